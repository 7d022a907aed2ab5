package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

//go:embed tschars.tsv
var tsChars string

// normalizer folds full-width forms to half-width, traditional characters to simplified and ASCII
// to lower case. Its table is built once; normalize is safe for concurrent use.
type normalizer struct {
	t2s map[rune]rune
}

// newNormalizer parses the embedded traditional → simplified table.
func newNormalizer() (*normalizer, error) {
	n := &normalizer{t2s: make(map[rune]rune, 4200)}
	for i, line := range strings.Split(tsChars, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		from, to, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(from) != 1 || utf8.RuneCountInString(to) != 1 {
			return nil, fmt.Errorf("tschars.tsv line %d: want one character, a tab, one character: %q", i+1, line)
		}
		f, _ := utf8.DecodeRuneInString(from)
		t, _ := utf8.DecodeRuneInString(to)
		n.t2s[f] = t
	}
	return n, nil
}

// normalize returns the folded runes of s. White space is dropped, except between two ASCII digits
// where it becomes a separator, so "20 万" reads as "20万" but "8000 20万" stays two numbers.
func (n *normalizer) normalize(s string) []rune {
	out := make([]rune, 0, len(s)/2+1)
	pendingSpace := false
	for _, r := range s {
		r = n.fold(r)
		if unicode.IsSpace(r) {
			pendingSpace = true
			continue
		}
		if pendingSpace && len(out) > 0 && isASCIIDigit(out[len(out)-1]) && isASCIIDigit(r) {
			out = append(out, '|')
		}
		pendingSpace = false
		out = append(out, r)
	}
	return out
}

func (n *normalizer) fold(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if k := width.LookupRune(r); k.Kind() == width.EastAsianFullwidth {
		if nr := k.Narrow(); nr != 0 {
			r = nr
		}
		if r < utf8.RuneSelf {
			return unicode.ToLower(r)
		}
	}
	switch r {
	case '\u3000':
		return ' '
	case '￥':
		return '¥'
	}
	if s, ok := n.t2s[r]; ok {
		return s
	}
	return r
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
