package knowledge

import (
	"fmt"
	"io/fs"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// FAQ is the approved question-and-answer list with a matcher built once at load.
//
// The matcher is deliberately simple and explainable: questions and the applicant's text are
// normalised (width, case, common traditional characters, punctuation and filler words removed) and cut
// into character bigrams; an entry matches when the text contains at least MinCoverage of the weight of
// the bigrams of one of its question variants. A bigram weighs more the fewer variants use it
// (ln(1 + variants/df)), so "能不能" or "多少" alone match nothing. The best-covered variant wins.
type FAQ struct {
	Entries  []FAQEntry
	variants []faqVariant
	index    map[string][]int   // bigram → variant indexes
	weight   map[string]float64 // bigram → weight
}

// FAQEntry is one approved answer and the ways applicants ask for it.
type FAQEntry struct {
	ID        string   `yaml:"id"`
	Questions []string `yaml:"questions"`
	Answer    string   `yaml:"answer"`
}

// FAQMatch explains a match: which entry, through which question variant, with how many of that
// variant's bigrams found in the text.
type FAQMatch struct {
	Entry   FAQEntry
	Variant string
	Shared  int
	Of      int
	Score   float64 // weight of the shared bigrams / weight of all the variant's bigrams
}

func (m FAQMatch) String() string {
	return fmt.Sprintf("faq %s via %q: %d/%d bigrams (%.2f)", m.Entry.ID, m.Variant, m.Shared, m.Of, m.Score)
}

// MinCoverage is the share of a question variant's bigram weight the text must contain to match.
const MinCoverage = 0.6

type faqVariant struct {
	entry   int
	text    string
	bigrams []string
	total   float64 // sum of the bigrams' weights
}

// LoadFAQ reads and validates a FAQ file (a list of entries) and builds its matcher.
func LoadFAQ(fsys fs.FS, path string) (*FAQ, error) {
	var entries []FAQEntry
	root, err := readYAML(fsys, path, &entries)
	if err != nil {
		return nil, err
	}
	f := &FAQ{Entries: entries, index: map[string][]int{}}
	ids := map[string]bool{}
	owner := map[string]string{}
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
			f.addVariant(i, q, norm)
		}
	}
	f.weigh()
	return f, nil
}

// weigh gives every bigram its weight and every variant its total.
func (f *FAQ) weigh() {
	f.weight = make(map[string]float64, len(f.index))
	n := float64(len(f.variants))
	for b, vs := range f.index {
		f.weight[b] = math.Log(1 + n/float64(len(vs)))
	}
	for i := range f.variants {
		v := &f.variants[i]
		for _, b := range v.bigrams {
			v.total += f.weight[b]
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

func (f *FAQ) addVariant(entry int, text, norm string) {
	v := faqVariant{entry: entry, text: text, bigrams: bigrams(norm)}
	id := len(f.variants)
	f.variants = append(f.variants, v)
	for _, b := range v.bigrams {
		f.index[b] = append(f.index[b], id)
	}
}

// Match returns the best FAQ entry for text, if one reaches MinCoverage.
func (f *FAQ) Match(text string) (FAQMatch, bool) {
	q := bigrams(NormalizeQuery(text))
	if len(q) == 0 {
		return FAQMatch{}, false
	}
	shared := map[int]int{}
	got := map[int]float64{}
	for _, b := range q {
		for _, v := range f.index[b] {
			shared[v]++
			got[v] += f.weight[b]
		}
	}
	best, bestScore := -1, 0.0
	for v, w := range got {
		score := w / f.variants[v].total
		if score > bestScore || (score == bestScore && best >= 0 && f.better(v, best)) {
			best, bestScore = v, score
		}
	}
	if best < 0 || bestScore < MinCoverage || shared[best] < 2 {
		return FAQMatch{}, false
	}
	v := f.variants[best]
	return FAQMatch{Entry: f.Entries[v.entry], Variant: v.text, Shared: shared[best], Of: len(v.bigrams), Score: bestScore}, true
}

// better breaks ties deterministically: more bigrams matched first, then the earlier variant.
func (f *FAQ) better(a, b int) bool {
	la, lb := len(f.variants[a].bigrams), len(f.variants[b].bigrams)
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

// bigrams returns the distinct character bigrams of s (a single character counts as one gram).
func bigrams(s string) []string {
	r := []rune(s)
	if len(r) == 1 {
		return []string{s}
	}
	seen := map[string]bool{}
	var out []string
	for i := 0; i+1 < len(r); i++ {
		b := string(r[i : i+2])
		if !seen[b] {
			seen[b] = true
			out = append(out, b)
		}
	}
	return out
}

// fillers are words that carry no meaning for matching.
var fillers = []string{"请问", "你好", "您好", "我想问", "想问问", "想问", "问一下", "问下", "一下", "麻烦", "那个", "就是"}

// NormalizeQuery prepares text for matching: full-width → half-width, lower case, common traditional
// characters → simplified, fillers, particles, punctuation, spaces and emoji removed.
func NormalizeQuery(s string) string {
	s = strings.ToLower(foldWidth(s))
	var b strings.Builder
	for _, r := range s {
		if simp, ok := tradToSimp[r]; ok {
			r = simp
		}
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

func foldWidth(s string) string { return width.Fold.String(s) }

// tradToSimp covers the traditional characters common in loan questions; the compliance filter does
// the full conversion for its own purpose.
var tradToSimp = buildTradTable(
	"貸贷款款額额還还錢钱麼么嗎吗個个們们這这過过審审問问題题費费號号碼码證证據据結结單单銀银親亲車车" +
		"房房產产業业經经營营稅税務务險险徵征資资歷历記记錄录査查詢询構构機机關关帳账戶户頭头貨货幣币" +
		"條条開开辦办麼么會会為为時时間间與与實实際际準准確确請请說说話话聯联係系認认識识專专門门歲岁" +
		"齡龄險险擔担保保嗎吗還还給给讓让額额撥拨額额幾几種种類类計计劃划導导處处發发現现點点線线網网" +
		"齊齐夠够紙纸寫写複复傳传優优惠惠補补規规範范雙双員员態态熱热驗验標标準准強强稱称應应該该")

func buildTradTable(pairs string) map[rune]rune {
	r := []rune(pairs)
	m := make(map[rune]rune, len(r)/2)
	for i := 0; i+1 < len(r); i += 2 {
		if r[i] != r[i+1] {
			m[r[i]] = r[i+1]
		}
	}
	return m
}
