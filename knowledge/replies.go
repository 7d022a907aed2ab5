package knowledge

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxReplyRunes bounds one standard reply (WeChat's passive reply holds 2048 bytes; filled-in fields
// must still fit).
const MaxReplyRunes = 600

var (
	replyKey    = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	placeholder = regexp.MustCompile(`\{([a-z][a-z0-9_]*)\}`)
)

// Replies is the approved library of standard sentences. Each is a template whose named fields are
// written {field} and filled in by Render.
type Replies struct {
	texts  map[string]string
	fields map[string][]string // the fields each template uses, sorted
}

// LoadReplies reads a replies file: a mapping from reply key to template text.
func LoadReplies(fsys fs.FS, path string) (*Replies, error) {
	var raw map[string]string
	root, err := readYAML(fsys, path, &raw)
	if err != nil {
		return nil, err
	}
	r := &Replies{texts: make(map[string]string, len(raw)), fields: make(map[string][]string, len(raw))}
	for key, text := range raw {
		line := mapKeyLine(root, key)
		if err := checkReply(key, text); err != nil {
			return nil, srcErr(path, line, "reply %q: %v", key, err)
		}
		r.texts[key] = unfold(text)
		r.fields[key] = templateFields(text)
	}
	return r, nil
}

func checkReply(key, text string) error {
	switch {
	case !replyKey.MatchString(key):
		return fmt.Errorf("key must be lower_snake_case")
	case strings.TrimSpace(text) == "":
		return fmt.Errorf("empty text")
	case utf8.RuneCountInString(text) > MaxReplyRunes:
		return fmt.Errorf("%d characters, more than %d", utf8.RuneCountInString(text), MaxReplyRunes)
	case strings.Count(text, "{") != len(placeholder.FindAllString(text, -1)):
		return fmt.Errorf("malformed placeholder: write fields as {name}")
	}
	return nil
}

// unfold removes the spaces YAML's folded style (>-) puts where a Chinese line was wrapped: a space
// next to a CJK character or CJK punctuation goes; spaces between Latin words stay.
func unfold(text string) string {
	r := []rune(text)
	var b strings.Builder
	for i, c := range r {
		if c == ' ' && ((i > 0 && isCJK(r[i-1])) || (i+1 < len(r) && isCJK(r[i+1]))) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—' || r == '–' || r == '·'
}

func templateFields(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}

// Has reports whether key is a known reply.
func (r *Replies) Has(key string) bool {
	_, ok := r.texts[key]
	return ok
}

// Fields returns the named fields the template key uses.
func (r *Replies) Fields(key string) []string { return r.fields[key] }

// Keys returns every reply key, sorted.
func (r *Replies) Keys() []string {
	keys := make([]string, 0, len(r.texts))
	for k := range r.texts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Render fills template key with fields. Every field the template uses must be given; extra fields are
// ignored.
func (r *Replies) Render(key string, fields map[string]string) (string, error) {
	text, ok := r.texts[key]
	if !ok {
		return "", fmt.Errorf("render reply %q: unknown reply", key)
	}
	var missing []string
	out := placeholder.ReplaceAllStringFunc(text, func(m string) string {
		name := m[1 : len(m)-1]
		v, ok := fields[name]
		if !ok {
			missing = append(missing, name)
		}
		return v
	})
	if len(missing) > 0 {
		return "", fmt.Errorf("render reply %q: missing fields %s", key, strings.Join(missing, ", "))
	}
	return out, nil
}

// Missing returns the keys among want that the library lacks; callers check their needs at start-up.
func (r *Replies) Missing(want ...string) []string {
	var out []string
	for _, k := range want {
		if !r.Has(k) {
			out = append(out, k)
		}
	}
	return out
}
