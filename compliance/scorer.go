package compliance

import (
	_ "embed"
	"fmt"
	"slices"

	"github.com/loanbot/loanbot/compliance/internal/ngram"
)

// The second opinion: a character n-gram logistic regression (package
// internal/ngram) trained by `go generate` on the labelled material (the
// corpus and the blind batches already scored) and on the bot's standard
// replies, FAQ answers and rendered quotes as allowed text, and embedded. It reads every
// outbound sentence the rules have no hit in (neither counted nor excused: a
// sentence a frame or a negation excused was judged on purpose) and turns a
// promise-like one into a flag for human review (rule "scorer:promise-like",
// category S01). A sentence it is confident of (probability ≥
// scorerBlockAt) is blocked instead (rule "scorer:strongly-promise-like",
// same category), which compliance staff can mark a false positive like any
// block. What it adds on a writer it has not seen is measured by leaving that
// writer out: `go run ./internal/ngram/train -holdout testdata/blind/batchN.jsonl,…`
// (-show T lists what it gets wrong at threshold T).
//
// The block threshold was chosen that way on the six writers of batches
// 11–16, each left out of training in turn and judged through the rules as
// they stood before those batches' fixes (56ce7e5): the lowest threshold at
// which the blocks added on those writers' allowed sentences stay within
// 0.5% and none falls on a clean sentence of a long draft. Trained with the
// blind everyday text of testdata/everyday*.txt (greetings, small talk,
// posts), of the 181 forbidden sentences the rules let through it blocks 130
// at 0.65, 117 at 0.70, 110 at 0.75, 99 at 0.80 and 83 at 0.85; of 762
// allowed sentences it would block 4 at 0.70, 3 (0.39%) at 0.75 and 1 at
// 0.80; of 281 clean long-draft sentences none. Without the everyday text it
// blocked 63 of 1,000 everyday sentences two further writers wrote (今天好热，
// 小编在空调房里都出汗了): trained on loan talk alone, it took any chatty line
// for a promise. Trained on one of those writers, it blocked fewer of the
// other's 500 sentences than the rules alone (6 against 11: it doubts five
// rule blocks, see scorerDoubtAt).
//
// Applied again once batches 23–24 (two more writers, judged through the
// rules before their fixes, e476575) could join, the rule picks 0.65:
// pooled over the eight writers it adds 5 wrong blocks to 1,016 allowed
// sentences (0.49%; 0.75 adds 4) and blocks 157 of the 227 sentences the
// rules let through (0.75: 131). It stayed 0.75 until the lines the bot's
// screen package renders (testdata/bot_texts.txt: quotes, shortlists,
// checklists, estimates) joined the training, because 0.65 had blocked a
// line of the bot's own product quote (额度10万元–300万元，期限12–36期). With
// them it is 0.65: batches 27–28 left out (two writers, rules before their
// fixes, e1b8de6) block 22 of the 44 sentences the rules let through at
// 0.65 against 19 at 0.75, and none of 251 allowed sentences either way.
//
// It is 0.60 since the model is trained with L2 6e-5 (train.options): batches
// 35–38 left out (four writers, rules as of 6826bba) block 69% of the rule
// misses at 0.65 against 52% with L2 1e-5, 77% at 0.60, and none of their
// 510 allowed sentences at either; the held-out everyday writers
// (everyday4–5, each left out in turn) keep the same blocks as with 1e-5 at
// 0.65 and one more in 1,000 at 0.60.

//go:generate go run ./internal/ngram/train -out scorer_model.bin

//go:embed scorer_model.bin
var scorerModel []byte

// CatScorer is the category of the second opinion's flags.
const CatScorer = "S01"

// scorerRule names the second opinion's flags, scorerBlockRule its blocks,
// scorerDoubtRule the flag it puts on a rule's block it doubts (whose hits it
// excuses with scorerDoubt).
const (
	scorerRule      = "scorer:promise-like"
	scorerBlockRule = "scorer:strongly-promise-like"
	scorerDoubtRule = "scorer:block-doubted"
	scorerDoubt     = "scorer:unlike-a-promise"
)

// scorerBlockAt is the probability from which the second opinion blocks
// rather than flags (chosen as told above).
const scorerBlockAt = 0.6

// scorerDoubtAt is the probability below which the second opinion doubts a
// block by a phrase of the embedded pack: the sentence holding it reads like
// a warning or an explanation (日息这个叫法, 包过这种话…是在骗你). The block
// becomes a flag for human review. Claims are never doubted (an order of
// word classes states a whole claim; the engineers' own polite probes of new
// claims scored below it before the model saw them), nor phrases staff added.
// Chosen by leaving writers out, as for scorerBlockAt: on the six writers of
// batches 11–16, judged through the rules before their fixes (56ce7e5) with
// everyday text in training, none of the 974 forbidden sentences the rules
// blocked was let through at 0.005–0.05 by phrase blocks alone, and 3, 6, 7,
// 7 and 8 of their 15 wrong blocks were lifted at 0.005, 0.01, 0.02, 0.03
// and 0.05; doubting claims too would have let 2 forbidden sentences through
// at 0.05. On the two writers of batches 17–18 (rules of 17e125e, model
// without them) 0.02 was the highest threshold at which no rule-blocked
// forbidden sentence fell below it.
const scorerDoubtAt = 0.02

// scorer is the statistical second opinion; nil when the filter runs on the
// rules alone.
type scorer struct {
	m                        *ngram.Model
	blockAt, flagAt, doubtAt float32 // scorerBlockAt, the model's threshold and scorerDoubtAt as log-odds
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
	return newScorer(m), nil
}

// newScorer holds the model with its thresholds as log-odds.
func newScorer(m *ngram.Model) *scorer {
	return &scorer{m: m, blockAt: ngram.LogOdds(scorerBlockAt), flagAt: ngram.LogOdds(m.Threshold),
		doubtAt: ngram.LogOdds(scorerDoubtAt)}
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

// flag adds a candidate for every sentence without a hit that the model
// finds promise-like: a flag, or a block from scorerBlockAt. cands are
// sorted by start.
func (sc *scorer) flag(s *snapshot, n []rune, cands []cand) []cand {
	k := 0 // next candidate at or after the sentence
	for a := 0; a < len(n); {
		b, han := a, 0
		for ; b < len(n) && !isSentenceEnd(n[b]); b++ { // one pass: the sentence's end and its Han count
			han += hanRune(n[b])
		}
		hit := false
		for ; k < len(cands) && int(cands[k].start) < b; k++ {
			hit = true
		}
		if !hit && b-a >= 4 && han >= 2 {
			switch z := sc.m.Logit(n[a:b]); {
			case z >= sc.blockAt && han >= 4:
				cands = append(cands, cand{phrase: s.scorerPhrase + 1, start: int32(a), end: int32(b), rule: scorerBlockRule})
			case z >= sc.flagAt:
				cands = append(cands, cand{phrase: s.scorerPhrase, start: int32(a), end: int32(b), rule: scorerRule})
			}
		}
		a = b + 1
	}
	return cands
}

// consult runs the scorer over the rules' candidates (sorted by
// start): it doubts blocks, then, unless a block still counts (a blocked text
// is not sent: no review), flags or blocks sentences the rules let through.
func (f *Filter) consult(s *snapshot, n []rune, cands []cand) []cand {
	k := len(cands)
	if blocks(s, cands) {
		if cands = f.scorer.doubt(s, n, cands); len(cands) > k {
			slices.SortFunc(cands, byPosition)
			k = len(cands)
		}
	}
	if !blocks(s, cands) {
		if cands = f.scorer.flag(s, n, cands); len(cands) > k {
			slices.SortFunc(cands, byPosition)
		}
	}
	return cands
}

// doubt excuses the counted block hits of every sentence the model finds
// far from a promise (below scorerDoubtAt) and flags that sentence for
// review instead — only when they are all shipped pack phrases'. cands are sorted by start; a sentence must be mostly
// Chinese, as for a block of the model's own.
func (sc *scorer) doubt(s *snapshot, n []rune, cands []cand) []cand {
	for i := 0; i < len(cands); {
		a, b := sentenceAround(n, int(cands[i].start))
		k := i
		for k < len(cands) && int(cands[k].start) < b {
			k++
		}
		if blocks(s, cands[i:k]) && doubtable(s, cands[i:k]) {
			if han, latin := script(n[a:b]); han >= 6 && latin <= 2*han && sc.m.Logit(n[a:b]) < sc.doubtAt {
				for j := i; j < k; j++ {
					if cands[j].excuse == "" && s.phrases[cands[j].phrase].Action == Block {
						cands[j].excuse = scorerDoubt
					}
				}
				cands = append(cands, cand{phrase: s.scorerPhrase + 2, start: int32(a), end: int32(b), rule: scorerDoubtRule})
			}
		}
		i = k
	}
	return cands
}

// doubtable reports whether every counted block among cands is a shipped
// pack phrase's.
func doubtable(s *snapshot, cands []cand) bool {
	for i := range cands {
		if cands[i].excuse == "" && s.phrases[cands[i].phrase].Action == Block && !s.doubtable[cands[i].phrase] {
			return false
		}
	}
	return true
}

// sentenceAround returns the bounds of the sentence of n holding position i.
func sentenceAround(n []rune, i int) (int, int) {
	a, b := i, i
	for a > 0 && !isSentenceEnd(n[a-1]) {
		a--
	}
	for b < len(n) && !isSentenceEnd(n[b]) {
		b++
	}
	return a, b
}

// script counts a sentence's Han characters and Latin letters. The model was
// trained on Chinese text: a sentence with almost no Han (hello world, a
// code, an English line) is outside what it has seen and scores
// erratically, so it is not judged at all; a block needs four Han characters
// (mixed Chinese and English is the material's own: Same-day cash
// guaranteed，下午茶之前money就到你account), a doubt a sentence that is
// mostly Chinese.
func script(rs []rune) (han, latin int) {
	for _, r := range rs {
		han += hanRune(r)
		latin += latinRune(r)
	}
	return han, latin
}

// hanRune is 1 for a CJK ideograph (the blocks; unicode.Is(unicode.Han) costs a
// table search per rune), else 0.
func hanRune(r rune) int {
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x2FA1F {
		return 1
	}
	return 0
}

// latinRune is 1 for an ASCII letter, else 0.
func latinRune(r rune) int {
	if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
		return 1
	}
	return 0
}

// addScorerPhrase appends the synthetic phrases the second opinion's hits
// name: its flag at scorerPhrase, its block right after it, then its flag on
// a doubted block.
func (c *compiler) addScorerPhrase() {
	c.snap.scorerPhrase = int32(len(c.snap.phrases))
	for _, p := range []Phrase{
		{Text: scorerRule, Category: CatScorer, Action: Flag, Severity: 1, Scope: Outbound, Enabled: true,
			Reason: "statistical second opinion: the sentence reads like a forbidden promise"},
		{Text: scorerBlockRule, Category: CatScorer, Action: Block, Severity: 3, Scope: Outbound, Enabled: true,
			Reason: "statistical second opinion: the sentence reads almost certainly like a forbidden promise"},
		{Text: scorerDoubtRule, Category: CatScorer, Action: Flag, Severity: 1, Scope: Outbound, Enabled: true,
			Reason: "statistical second opinion: a rule blocked a sentence that reads like a warning or an explanation"},
	} {
		c.snap.phrases = append(c.snap.phrases, p)
		c.snap.segments = append(c.snap.segments, nil)
		c.snap.paraRule = append(c.snap.paraRule, p.Text)
		c.snap.needsRate = append(c.snap.needsRate, false)
	}
}
