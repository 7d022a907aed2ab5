package phrasebook

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/compliance"
)

// maxBenchText bounds what the bench and the check API judge (a long draft is a few KB).
const maxBenchText = 20000

// CheckResult is the verdict JSON of `loanbot check`, plus the version that produced it.
type CheckResult struct {
	Text string `json:"text"`
	compliance.Verdict
	Explain string `json:"explain"`
	Version uint64 `json:"version"` // the published version (0 for the draft)
	Draft   bool   `json:"draft,omitempty"`
}

// Check judges text with this instance's live filter, or the draft when draft is set.
func (b *Book) Check(ctx context.Context, text string, inbound, draft bool) (CheckResult, error) {
	if err := checkText(text); err != nil {
		return CheckResult{}, err
	}
	f, v, err := b.filterFor(ctx, draft)
	if err != nil {
		return CheckResult{}, err
	}
	verdict := f.CheckOutbound(text)
	if inbound {
		verdict = f.CheckInbound(text)
	}
	if verdict.Hits == nil {
		verdict.Hits = []compliance.Hit{}
	}
	if verdict.MissingDisclosures == nil {
		verdict.MissingDisclosures = []string{}
	}
	r := CheckResult{Text: text, Verdict: verdict, Explain: verdict.Explain(text), Version: v, Draft: draft}
	if draft {
		r.Version = 0
	}
	return r, nil
}

func checkText(text string) error {
	switch {
	case strings.TrimSpace(text) == "":
		return Invalid("the text is empty")
	case !utf8.ValidString(text):
		return Invalid("the text is not valid UTF-8")
	case len(text) > maxBenchText:
		return Invalid("the text is longer than %d bytes", maxBenchText)
	}
	return nil
}

func (b *Book) filterFor(ctx context.Context, draft bool) (*compliance.Filter, uint64, error) {
	if draft {
		return b.draftFilter(ctx)
	}
	return b.publishedFilter(ctx)
}

// Span is a run of the original text: plain, or covered by hits (indexes into Side.Hits).
type Span struct {
	Text    string `json:"text"`
	Hits    []int  `json:"hits,omitempty"`
	Counted bool   `json:"counted,omitempty"` // at least one covering hit counts (not excused)
}

// BenchHit explains one hit for people.
type BenchHit struct {
	compliance.Hit
	Covered  string `json:"covered"`  // the original text the hit covers
	Family   string `json:"family"`   // the family's readable name
	Sentence string `json:"sentence"` // the sentence it is in
}

// Disclosure is a disclosure the text lacks, with the sentence that would be appended.
type Disclosure struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

// Side is the bench's result against one list.
type Side struct {
	Label   string       `json:"label"` // "已发布 v7" / "草稿"
	Version uint64       `json:"version"`
	Verdict string       `json:"verdict"`
	Flags   []string     `json:"flags,omitempty"`
	Spans   []Span       `json:"spans"`
	Hits    []BenchHit   `json:"hits"`
	Missing []Disclosure `json:"missing_disclosures"`
}

// BenchResult is one text judged against the published version and the draft side by side.
type BenchResult struct {
	Text      string `json:"text"`
	Inbound   bool   `json:"inbound"`
	Published Side   `json:"published"`
	Draft     Side   `json:"draft"`
	Differs   bool   `json:"differs"` // the two verdicts differ
}

// Bench judges text against the published version and the draft.
func (b *Book) Bench(ctx context.Context, text string, inbound bool) (BenchResult, error) {
	pub, err := b.Check(ctx, text, inbound, false)
	if err != nil {
		return BenchResult{}, err
	}
	dr, err := b.Check(ctx, text, inbound, true)
	if err != nil {
		return BenchResult{}, err
	}
	out := BenchResult{Text: text, Inbound: inbound, Published: side(pub), Draft: side(dr)}
	out.Published.Label = "已发布版本"
	out.Draft.Label = "草稿"
	out.Differs = pub.Verdict.Verdict != dr.Verdict.Verdict
	return out, nil
}

func side(r CheckResult) Side {
	runes := []rune(r.Text)
	s := Side{Version: r.Version, Verdict: string(r.Verdict.Verdict), Flags: r.Flags, Hits: []BenchHit{},
		Missing: []Disclosure{}}
	for _, h := range r.Hits {
		s.Hits = append(s.Hits, BenchHit{Hit: h, Covered: slice(runes, h.Start, h.End), Family: compliance.CategoryName(h.Category),
			Sentence: slice(runes, h.SentenceStart, h.SentenceEnd)})
	}
	for _, code := range r.MissingDisclosures {
		s.Missing = append(s.Missing, Disclosure{Code: code, Text: compliance.DisclosureText(code)})
	}
	s.Spans = spans(runes, r.Hits)
	return s
}

func slice(runes []rune, a, b int) string {
	if a < 0 || b > len(runes) || a >= b {
		return ""
	}
	return string(runes[a:b])
}

// spans cuts the text at every hit boundary, so overlapping hits highlight correctly.
func spans(runes []rune, hits []compliance.Hit) []Span {
	cut := make([]bool, len(runes)+1)
	cut[0], cut[len(runes)] = true, true
	for _, h := range hits {
		if h.Start >= 0 && h.End <= len(runes) && h.Start < h.End {
			cut[h.Start], cut[h.End] = true, true
		}
	}
	out := []Span{}
	start := 0
	for i := 1; i <= len(runes); i++ {
		if !cut[i] {
			continue
		}
		sp := Span{Text: string(runes[start:i])}
		for j, h := range hits {
			if h.Start <= start && i <= h.End {
				sp.Hits = append(sp.Hits, j)
				sp.Counted = sp.Counted || h.ExcusedBy == ""
			}
		}
		out = append(out, sp)
		start = i
	}
	return out
}
