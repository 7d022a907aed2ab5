package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/compliance/internal/ngram"
)

// Leave one writer out: the second opinion only matters on what the rules
// let through, and the rules are fixed batch by batch, so a model is judged
// on a writer it was not trained on, through the rules as they stand. The
// figures are those of TestBlind: a forbidden item is reviewed when the
// rules block or flag it or the scorer flags one of its sentences the rules
// had no hit in; an allowed item flagged by the scorer is review load; and,
// closest to everyday drafts, the sentences of the long drafts outside the
// bad clause.

// heldItem is what the rules and the scorer make of one held-out item.
type heldItem struct {
	forbidden, long bool
	text            string
	verdict         compliance.Action // rules only
	score           float32           // highest score of a sentence the rules had no hit in
	blockScore      float32           // highest score of a sentence holding a counted block hit of the rules
	claimBlock      bool              // a counted block hit is a claim's (claim:…)
	plain           []float32         // scores of those sentences outside a long draft's bad clause
}

// heldFigures sums the held-out items.
type heldFigures struct {
	forbidden, ruleReviewed, allowed int
	free                             []float32 // forbidden items the rules allow: their scores
	allowedFree                      []float32 // allowed items the rules allow
	plain                            []float32
}

// runHoldout trains without the holdout files and scores them.
func runHoldout(w io.Writer, batches []string, holdout string, maxFalse, show float64) error {
	held := split(holdout)
	var train []string
	for _, b := range batches {
		if !slices.Contains(held, b) {
			train = append(train, b)
		}
	}
	samples, labelled, err := material(train)
	if err != nil {
		return err
	}
	thr, _ := crossValidate(samples, labelled, options(), maxFalse)
	m := ngram.Train(samples, options())
	items, err := judgeHeld(m, held)
	if err != nil {
		return err
	}
	fig := sum(items)
	fmt.Fprintf(w, "held out %s: %d forbidden (the rules block or flag %d), %d allowed; %d long-draft sentences the rules allow\n",
		strings.Join(held, ", "), fig.forbidden, fig.ruleReviewed, fig.allowed, len(fig.plain))
	fmt.Fprintln(w, "| threshold | rule-allowed forbidden flagged | reviewed (rules → with scorer) | allowed items flagged | long-draft sentences flagged |")
	for _, t := range []float32{thr, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99} {
		fmt.Fprintln(w, fig.row(t, t == thr))
	}
	fmt.Fprintln(w, "| excuse below | rule-blocked forbidden items let through | rule-blocked allowed items let through | the same, phrase blocks only |")
	for _, t := range []float32{0.005, 0.01, 0.02, 0.03, 0.05, 0.1} {
		fmt.Fprintln(w, excuseRow(items, t))
	}
	if show > 0 {
		showItems(w, items, float32(show))
	}
	return nil
}

// excuseRow counts the sentence items the rules block whose blocking
// sentences all score below t: all of them, then those blocked by phrases
// alone (no claim).
func excuseRow(items []heldItem, t float32) string {
	var f, fn, a, an, fp, ap int
	for _, it := range items {
		if it.long || it.verdict != compliance.Block {
			continue
		}
		below := it.blockScore < t
		if it.forbidden {
			fn++
			f += b2i(below)
			fp += b2i(below && !it.claimBlock)
		} else {
			an++
			a += b2i(below)
			ap += b2i(below && !it.claimBlock)
		}
	}
	return fmt.Sprintf("| %.3f | %d/%d | %d/%d | %d/%d, %d/%d |", t, f, fn, a, an, fp, fn, ap, an)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// showItems lists the sentence items the rules allow that the scorer judges
// wrongly at threshold t: allowed ones reaching it, forbidden ones below it.
func showItems(w io.Writer, items []heldItem, t float32) {
	for _, it := range items {
		if it.long || it.verdict != compliance.Allow || it.forbidden == (it.score >= t) {
			continue
		}
		what := "allowed, reaches"
		if it.forbidden {
			what = "forbidden, below"
		}
		fmt.Fprintf(w, "%s %.2f: %.3f %s\n", what, t, it.score, it.text)
	}
}

func (f heldFigures) row(t float32, cv bool) string {
	label := fmt.Sprintf("%.2f", t)
	if cv {
		label = fmt.Sprintf("%.3f (cv)", t)
	}
	n, a, p := reach(f.free, t), reach(f.allowedFree, t), reach(f.plain, t)
	return fmt.Sprintf("| %s | %d/%d %.1f%% | %.1f%% → %.1f%% | %d/%d %.1f%% | %d/%d %.1f%% |", label, n, len(f.free), pct(n, len(f.free)),
		pct(f.ruleReviewed, f.forbidden), pct(f.ruleReviewed+n, f.forbidden), a, f.allowed, pct(a, f.allowed), p, len(f.plain), pct(p, len(f.plain)))
}

func reach(scores []float32, t float32) int {
	n := 0
	for _, s := range scores {
		if s >= t {
			n++
		}
	}
	return n
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

func sum(items []heldItem) heldFigures {
	var f heldFigures
	for _, it := range items {
		if it.long {
			f.plain = append(f.plain, it.plain...)
		}
		if it.forbidden && it.long { // a long draft's bad clause counts only when blocked where it is: TestBlind's matter
			continue
		}
		switch {
		case it.forbidden:
			f.forbidden++
			if it.verdict != compliance.Allow {
				f.ruleReviewed++
			} else {
				f.free = append(f.free, it.score)
			}
		case !it.long:
			f.allowed++
			if it.verdict == compliance.Allow {
				f.allowedFree = append(f.allowedFree, it.score)
			}
		}
	}
	return f
}

// judgeHeld runs the rules (the embedded filter without its scorer's hits)
// and the model over every item of the held-out files.
func judgeHeld(m *ngram.Model, files []string) ([]heldItem, error) {
	pack, err := compliance.DefaultPack()
	if err != nil {
		return nil, err
	}
	f, err := compliance.NewFilter(pack)
	if err != nil {
		return nil, err
	}
	var out []heldItem
	for _, path := range files {
		long := strings.HasPrefix(filepath.Base(path), "long")
		err := eachBlind(path, func(text, label, bad string) error {
			it, err := judge(f, m, text, bad)
			it.forbidden, it.long, it.text = label == "forbidden", long, text
			out = append(out, it)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// judge scores the sentences of text the rules had no hit in, as the
// filter's second opinion does: each normalised sentence on its own.
func judge(f *compliance.Filter, m *ngram.Model, text, bad string) (heldItem, error) {
	n, err := compliance.Normalize(text)
	if err != nil {
		return heldItem{}, err
	}
	sents := splitAll(n)
	free := make([]bool, len(sents))
	for i := range free {
		free[i] = true
	}
	it := heldItem{verdict: compliance.Allow}
	runes := []rune(text)
	for _, h := range f.CheckOutbound(text).Hits {
		if h.Category == compliance.CatScorer {
			continue
		}
		if k, err := sentenceIndex(string(runes[:h.Start])); err != nil {
			return it, err
		} else if k < len(free) {
			free[k] = false
		}
		if h.ExcusedBy == "" && (h.Action == compliance.Block || it.verdict == compliance.Allow) {
			it.verdict = h.Action
		}
		if h.ExcusedBy == "" && h.Action == compliance.Block {
			sn, err := compliance.Normalize(string(runes[h.SentenceStart:h.SentenceEnd]))
			if err != nil {
				return it, err
			}
			it.blockScore = max(it.blockScore, m.Score([]rune(sn)))
			it.claimBlock = it.claimBlock || strings.HasPrefix(h.Rule, "claim:")
		}
	}
	lo, hi, err := badSentences(text, bad)
	if err != nil {
		return it, err
	}
	for i, rs := range sents {
		if !free[i] || len(rs) < 4 {
			continue
		}
		sc := m.Score(rs)
		it.score = max(it.score, sc)
		if i < lo || i > hi {
			it.plain = append(it.plain, sc)
		}
	}
	return it, nil
}

// isEnd splits a normalised text into sentences (the filter's sentence ends).
func isEnd(r rune) bool { return strings.ContainsRune("。!?;\n！？；\r", r) }

// sentenceIndex is the index of the sentence an original-text prefix ends
// in: normalisation keeps sentence ends, so counting them suffices.
func sentenceIndex(prefix string) (int, error) {
	n, err := compliance.Normalize(prefix)
	k := 0
	for _, r := range n {
		if isEnd(r) {
			k++
		}
	}
	return k, err
}

// splitAll cuts a normalised text at every sentence end, keeping empty
// sentences so that indices match sentenceIndex.
func splitAll(n string) [][]rune {
	out := [][]rune{nil}
	for _, r := range n {
		if isEnd(r) {
			out = append(out, nil)
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], r)
	}
	return out
}

// badSentences returns the first and last sentence index of a long draft's
// bad clause (-1, -1 when there is none).
func badSentences(text, bad string) (int, int, error) {
	i := strings.Index(text, strings.TrimSpace(bad))
	if bad == "" || i < 0 {
		return -1, -1, nil
	}
	lo, err := sentenceIndex(text[:i])
	if err != nil {
		return 0, 0, err
	}
	hi, err := sentenceIndex(text[:i+len(strings.TrimSpace(bad))])
	return lo, hi, err
}

// eachBlind calls fn with every item of a blind file.
func eachBlind(path string, fn func(text, label, bad string) error) error {
	fh, err := os.Open(filepath.Clean(path))
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "//") {
			continue
		}
		var it struct {
			Text, Label string
			BadClause   string `json:"bad_clause"`
		}
		if err := json.Unmarshal([]byte(s), &it); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(it.Text, it.Label, it.BadClause); err != nil {
			return err
		}
	}
	return sc.Err()
}
