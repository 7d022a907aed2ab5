package conversation

import (
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// screen passes every outgoing text through the filter: blocked texts are replaced by the safe
// reply (once), missing disclosures are appended, and the hits are returned for the record.
func (s *Service) screen(texts []string) (out []string, hits []store.Hit, blocked bool) {
	for _, text := range texts {
		v := s.d.Filter.CheckOutbound(text)
		hits = append(hits, hitsOf(v, text, store.DirectionOut)...)
		if v.Verdict == compliance.Block {
			if !blocked {
				out = append(out, s.d.Lines.Blocked)
			}
			blocked = true
			continue
		}
		out = append(out, withDisclosures(text, v.MissingDisclosures))
	}
	return out, hits, blocked
}

func withDisclosures(text string, missing []string) string {
	var b strings.Builder
	b.WriteString(text)
	for _, code := range missing {
		if d := compliance.DisclosureText(code); d != "" && !strings.Contains(text, d) {
			b.WriteString("\n")
			b.WriteString(d)
		}
	}
	return b.String()
}

// hitsOf lists the hits that counted (not excused) for the record. A second-opinion flag (S01)
// records only its sentence: compliance staff review that sentence (store.QueueOutboundFlags),
// and the rest of the reply need not be kept with it.
func hitsOf(v compliance.Verdict, text, direction string) []store.Hit {
	var hits []store.Hit
	for _, h := range v.Hits {
		if h.ExcusedBy != "" {
			continue
		}
		t := text
		if h.Category == compliance.CatScorer {
			t = sentenceOf(text, h.SentenceStart, h.SentenceEnd)
		}
		hits = append(hits, store.Hit{Phrase: h.Phrase, Category: h.Category, Action: string(h.Action),
			Text: t, Direction: direction})
	}
	return hits
}

// sentenceOf returns the runes [start, end) of text, or all of text when the span is not in it.
func sentenceOf(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || end > len(r) || start >= end {
		return text
	}
	return string(r[start:end])
}

// stampHits records which published phrase-list version produced the hits.
func stampHits(hits []store.Hit, version func() uint64) {
	if version == nil || len(hits) == 0 {
		return
	}
	v := version()
	for i := range hits {
		hits[i].Version = v
	}
}
