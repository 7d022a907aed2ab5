package knowledge

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/loanbot/loanbot/compliance/hanzi"
)

// FAQ is the approved question-and-answer list with a matcher built once at load.
//
// Every question variant is a document of an in-memory bleve index analysed with bleve's CJK
// analyzer (character bigrams), after NormalizeQuery (width, case, traditional characters,
// punctuation and filler words). Match asks the index for the variants that share terms with the
// text (bleve's TF-IDF ranking), then keeps the explainable rule that decides whether an approved
// answer may be sent as it is: the text must contain at least MinCoverage of the weight of one
// variant's terms, a term weighing ln(1 + variants/df), so "能不能" or "多少" alone match nothing.
// The best-covered candidate wins.
type FAQ struct {
	Entries  []FAQEntry
	variants []faqVariant
	index    *textIndex
	weight   map[string]float64 // term → weight
}

// FAQEntry is one approved answer and the ways applicants ask for it.
type FAQEntry struct {
	ID        string   `yaml:"id"`
	Questions []string `yaml:"questions"`
	Answer    string   `yaml:"answer"`
}

// FAQMatch explains a match: which entry, through which question variant, with how many of that
// variant's terms (bigrams) found in the text.
type FAQMatch struct {
	Entry   FAQEntry
	Variant string
	Shared  int
	Of      int
	Score   float64 // weight of the shared terms / weight of all the variant's terms
}

func (m FAQMatch) String() string {
	return fmt.Sprintf("faq %s via %q: %d/%d bigrams (%.2f)", m.Entry.ID, m.Variant, m.Shared, m.Of, m.Score)
}

// MinCoverage is the share of a question variant's term weight the text must contain to match.
const MinCoverage = 0.6

// faqCandidates is how many variants the index proposes to the coverage rule.
const faqCandidates = 24

type faqVariant struct {
	entry int
	text  string
	terms []string
	total float64 // sum of the terms' weights
}

// LoadFAQ reads and validates a FAQ file (a list of entries) and builds its matcher.
func LoadFAQ(fsys fs.FS, path string) (*FAQ, error) {
	var entries []FAQEntry
	root, err := readYAML(fsys, path, &entries)
	if err != nil {
		return nil, err
	}
	idx, err := newTextIndex()
	if err != nil {
		return nil, err
	}
	f := &FAQ{Entries: entries, index: idx}
	ids := map[string]bool{}
	owner := map[string]string{}
	docs := map[string]string{}
	for i, e := range entries {
		line := lineOf(seqItem(root, i))
		if err := checkFAQEntry(e, ids); err != nil {
			return nil, srcErr(path, line, "faq %q: %v", e.ID, err)
		}
		ids[e.ID] = true
		f.Entries[i].Answer = unfold(strings.TrimSpace(e.Answer))
		for _, q := range e.Questions {
			norm := NormalizeQuery(q)
			if prev, dup := owner[norm]; dup {
				return nil, srcErr(path, line, "faq %q: question %q is already asked by %q", e.ID, q, prev)
			}
			owner[norm] = e.ID
			docs[strconv.Itoa(len(f.variants))] = norm
			f.variants = append(f.variants, faqVariant{entry: i, text: q, terms: idx.terms(norm)})
		}
	}
	if err := idx.add(docs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.weigh()
	return f, nil
}

// weigh gives every term its weight and every variant its total.
func (f *FAQ) weigh() {
	all := make([][]string, len(f.variants))
	for i, v := range f.variants {
		all[i] = v.terms
	}
	f.weight = idfWeights(all)
	for i := range f.variants {
		v := &f.variants[i]
		for _, t := range v.terms {
			v.total += f.weight[t]
		}
	}
}

func checkFAQEntry(e FAQEntry, ids map[string]bool) error {
	switch {
	case !replyKey.MatchString(e.ID):
		return fmt.Errorf("id must be lower_snake_case")
	case ids[e.ID]:
		return fmt.Errorf("duplicate id")
	case len(e.Questions) == 0:
		return fmt.Errorf("no questions")
	case strings.TrimSpace(e.Answer) == "":
		return fmt.Errorf("empty answer")
	case utf8.RuneCountInString(e.Answer) > MaxReplyRunes:
		return fmt.Errorf("answer has %d characters, more than %d", utf8.RuneCountInString(e.Answer), MaxReplyRunes)
	}
	for _, q := range e.Questions {
		if utf8.RuneCountInString(NormalizeQuery(q)) < 3 {
			return fmt.Errorf("question %q is too short to match reliably (3 characters at least after normalisation)", q)
		}
	}
	return nil
}

// Match returns the best FAQ entry for text, if one reaches MinCoverage.
func (f *FAQ) Match(text string) (FAQMatch, bool) {
	norm := NormalizeQuery(text)
	if norm == "" || f.index == nil {
		return FAQMatch{}, false
	}
	hits, err := f.index.search(norm, faqCandidates)
	if err != nil || len(hits) == 0 {
		return FAQMatch{}, false
	}
	have := map[string]bool{}
	for _, t := range f.index.terms(norm) {
		have[t] = true
	}
	best, bestScore, bestShared := -1, 0.0, 0
	for _, h := range hits {
		v, err := strconv.Atoi(h.ID)
		if err != nil || v < 0 || v >= len(f.variants) {
			continue
		}
		shared, got := f.cover(v, have)
		score := got / f.variants[v].total
		if score > bestScore || (score == bestScore && best >= 0 && f.better(v, best)) {
			best, bestScore, bestShared = v, score, shared
		}
	}
	if best < 0 || bestScore < MinCoverage || bestShared < 2 {
		return FAQMatch{}, false
	}
	v := f.variants[best]
	return FAQMatch{Entry: f.Entries[v.entry], Variant: v.text, Shared: bestShared, Of: len(v.terms), Score: bestScore}, true
}

// cover returns how many of variant v's terms the text has, and their weight.
func (f *FAQ) cover(v int, have map[string]bool) (int, float64) {
	n, w := 0, 0.0
	for _, t := range f.variants[v].terms {
		if have[t] {
			n++
			w += f.weight[t]
		}
	}
	return n, w
}

// better breaks ties deterministically: more terms first, then the earlier variant.
func (f *FAQ) better(a, b int) bool {
	la, lb := len(f.variants[a].terms), len(f.variants[b].terms)
	if la != lb {
		return la > lb
	}
	return a < b
}

// Entry returns the entry with id.
func (f *FAQ) Entry(id string) (FAQEntry, bool) {
	for _, e := range f.Entries {
		if e.ID == id {
			return e, true
		}
	}
	return FAQEntry{}, false
}

// fillers are words that carry no meaning for matching.
var fillers = []string{"请问", "你好", "您好", "我想问", "想问问", "想问", "问一下", "问下", "一下", "麻烦", "那个", "就是"}

// NormalizeQuery prepares text for matching: the project's one Chinese folder (compliance/hanzi:
// NFKC width, case, OpenCC's traditional → simplified characters), then fillers, particles,
// punctuation, spaces and emoji removed.
func NormalizeQuery(s string) string {
	s = hanzi.Fold(s)
	var b strings.Builder
	for _, r := range s {
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !strings.ContainsRune("吗呢吧啊呀哦嘛哈啦", r) {
			b.WriteRune(r)
		}
	}
	out := b.String()
	for _, f := range fillers {
		out = strings.ReplaceAll(out, f, "")
	}
	return out
}

// foldWidth folds full-width forms only (the flow's command words).
func foldWidth(s string) string { return width.Fold.String(s) }
