package compliance

import (
	"fmt"
	"strings"
)

// Counted returns the hits that were not excused.
func (v Verdict) Counted() []Hit {
	var out []Hit
	for _, h := range v.Hits {
		if h.ExcusedBy == "" {
			out = append(out, h)
		}
	}
	return out
}

// Explain renders the verdict for people (the check CLI, logs, the
// console): one line for the verdict (and why: no rule fired, every hit
// excused, how many count), one per hit with the original text it covers,
// the rule that fired (phrase:…, paraphrase:…, claim:<family>/<order>,
// scorer:…) and what excused it (negation:…, warning:…, quotation:…,
// frame:<kind>:<word>, exception:…, disclosure:…), and for a hit that
// counts the sentence to rewrite.
func (v Verdict) Explain(text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", v.Verdict)
	switch counted := len(v.Counted()); {
	case len(v.Hits) == 0:
		b.WriteString(" — no rule fired")
	case counted == 0:
		b.WriteString(" — every hit is excused")
	default:
		fmt.Fprintf(&b, " — %d of %d hits count", counted, len(v.Hits))
	}
	if len(v.Flags) > 0 {
		fmt.Fprintf(&b, " flags=%s", strings.Join(v.Flags, ","))
	}
	if len(v.MissingDisclosures) > 0 {
		fmt.Fprintf(&b, " missing=%s", strings.Join(v.MissingDisclosures, ","))
	}
	runes := []rune(text)
	for _, h := range v.Hits {
		status := "counts"
		switch {
		case h.ExcusedBy != "":
			status = "excused by " + h.ExcusedBy
		case h.Rule == scorerRule:
			status = "counts: the rules allow it, the statistical second opinion finds it promise-like — for human review"
		case h.Rule == scorerDoubtRule:
			status = "counts: a rule blocked this sentence, but the statistical second opinion finds it far from a promise (a warning or an explanation?) — sent, for human review"
		case h.Rule == scorerBlockRule:
			status = "counts: the rules allow it, the statistical second opinion judges it a forbidden promise with high confidence — rewrite it, or mark a false positive"
		}
		covered := ""
		if h.Start >= 0 && h.End <= len(runes) && h.Start < h.End {
			covered = string(runes[h.Start:h.End])
		}
		fmt.Fprintf(&b, "\n  %s %s %q [%d,%d) %s %s — %s", h.Action, h.Category, covered, h.Start, h.End, h.Rule,
			CategoryName(h.Category), status)
		if h.ExcusedBy == "" && h.SentenceStart >= 0 && h.SentenceEnd <= len(runes) && h.SentenceStart < h.SentenceEnd {
			fmt.Fprintf(&b, "\n    in sentence [%d,%d) %q", h.SentenceStart, h.SentenceEnd, string(runes[h.SentenceStart:h.SentenceEnd]))
		}
	}
	return b.String()
}

// WithDisclosures appends the standard sentence of every disclosure the
// verdict lists as missing.
func WithDisclosures(text string, v Verdict) string {
	for _, code := range v.MissingDisclosures {
		text += DisclosureText(code)
	}
	return text
}
