package compliance

import (
	_ "embed"
	"fmt"

	"github.com/loanbot/loanbot/compliance/internal/ngram"
)

// The second opinion: a character n-gram logistic regression (package
// internal/ngram) trained by `go generate` on the labelled material (the
// corpus and the blind batches already scored) and on the bot's standard
// replies and FAQ answers as allowed text, and embedded. It reads every
// outbound sentence the rules have no hit in (neither counted nor excused: a
// sentence a frame or a negation excused was judged on purpose) and turns a
// promise-like one into a flag for human review, never a block. Its hit is
// rule "scorer:promise-like", category S01. What it adds on a writer it has
// not seen is measured by leaving that writer out:
// `go run ./internal/ngram/train -holdout testdata/blind/batchN.jsonl,…`.

//go:generate go run ./internal/ngram/train -out scorer_model.bin

//go:embed scorer_model.bin
var scorerModel []byte

// CatScorer is the category of the second opinion's flags.
const CatScorer = "S01"

// scorerRule names the second opinion's hits.
const scorerRule = "scorer:promise-like"

// scorer is the statistical second opinion; nil when the filter runs on the
// rules alone.
type scorer struct {
	m *ngram.Model
}

// loadScorer decodes the embedded model; an empty model file means rules only.
func loadScorer() (*scorer, error) {
	if len(scorerModel) == 0 {
		return nil, nil
	}
	m, err := ngram.Decode(scorerModel)
	if err != nil {
		return nil, fmt.Errorf("second opinion model: %w", err)
	}
	return &scorer{m: m}, nil
}

// secondOpinion reports whether the filter consults the statistical scorer.
func (f *Filter) secondOpinion() bool { return f.scorer != nil }

// setSecondOpinion turns the statistical scorer off (tests compare the
// figures with and without it). Call it before the filter is shared.
func (f *Filter) setSecondOpinion(on bool) {
	if !on {
		f.scorer = nil
	}
}

// flag adds a flag candidate for every sentence without a hit that the
// model finds promise-like. cands are sorted by start.
func (sc *scorer) flag(s *snapshot, n []rune, cands []cand) []cand {
	k := 0 // next candidate at or after the sentence
	for a := 0; a < len(n); {
		b := a
		for b < len(n) && !isSentenceEnd(n[b]) {
			b++
		}
		hit := false
		for ; k < len(cands) && int(cands[k].start) < b; k++ {
			hit = true
		}
		if !hit && b-a >= 4 && sc.m.Score(n[a:b]) >= sc.m.Threshold {
			cands = append(cands, cand{phrase: s.scorerPhrase, start: int32(a), end: int32(b), rule: scorerRule})
		}
		a = b + 1
	}
	return cands
}

// addScorerPhrase appends the synthetic phrase the second opinion's hits name.
func (c *compiler) addScorerPhrase() {
	c.snap.scorerPhrase = int32(len(c.snap.phrases))
	c.snap.phrases = append(c.snap.phrases, Phrase{Text: scorerRule, Category: CatScorer, Action: Flag, Severity: 1,
		Scope: Outbound, Enabled: true, Reason: "statistical second opinion: the sentence reads like a forbidden promise"})
	c.snap.segments = append(c.snap.segments, nil)
	c.snap.paraRule = append(c.snap.paraRule, scorerRule)
	c.snap.needsRate = append(c.snap.needsRate, false)
}
