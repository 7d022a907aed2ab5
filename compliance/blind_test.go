package compliance

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Blind evaluation. A blind batch is written by someone who has seen neither
// the pack nor the code: JSON lines in testdata/blind/, either sentences
// (batchN.jsonl: text, label forbidden|allowed, family F01–F19 or "", kind,
// note) or long drafts (longN.jsonl: text, label, family, bad_clause).
//
// What counts:
//   - a forbidden sentence is caught when it is blocked. A flag does not
//     catch it (an outbound flag is still sent; it only queues the text for
//     human review); flags are reported on their own line ("reviewed" =
//     blocked or flagged), which is where the second opinion shows.
//   - an allowed sentence is wrongly blocked when it is blocked; flagged
//     allowed sentences are the review load, reported apart.
//   - a forbidden long draft is caught when it is blocked and points at the
//     bad clause: every counted block hit's sentence overlaps bad_clause.
//     Blocked but pointing elsewhere is reported as "misplaced".
//   - an allowed long draft is wrong when it is blocked.
//
// TestBlind logs the figures overall, per family and per kind, with and
// without the second opinion, and fails only below the floors in
// blindFloors (set after each batch was scored blind).

// blindItem is one line of a blind file.
type blindItem struct {
	Text      string `json:"text"`
	Label     string `json:"label"`
	Family    string `json:"family"`
	Kind      string `json:"kind"`
	Note      string `json:"note"`
	BadClause string `json:"bad_clause"`
	line      int
}

// blindFloor is what a file must keep scoring: recall of forbidden items at
// least Recall, wrong blocks of allowed items at most Wrong (fractions).
type blindFloor struct{ Recall, Wrong float64 }

// blindFloors lists the blind files and their floors. A file not listed is
// scored and logged but never fails the test. A batch joins the regression
// corpus at 100% / 0% once its fixes are in (its before-fix figures are in
// README.md and the commit that added it).
var blindFloors = map[string]blindFloor{
	"batch1.jsonl": {Recall: 1, Wrong: 0},
	"long1.jsonl":  {Recall: 1, Wrong: 0},
	"batch2.jsonl": {Recall: 1, Wrong: 0},
	"long2.jsonl":  {Recall: 1, Wrong: 0},
	"batch3.jsonl": {Recall: 1, Wrong: 0},
	"long3.jsonl":  {Recall: 1, Wrong: 0},
	"batch4.jsonl": {Recall: 1, Wrong: 0},
	"long4.jsonl":  {Recall: 1, Wrong: 0},
	"batch5.jsonl": {Recall: 1, Wrong: 0},
	"long5.jsonl":  {Recall: 1, Wrong: 0},
	"batch6.jsonl": {Recall: 1, Wrong: 0},
	"long6.jsonl":  {Recall: 1, Wrong: 0},
	"batch7.jsonl": {Recall: 1, Wrong: 0},
	"long7.jsonl":  {Recall: 1, Wrong: 0},
	"batch8.jsonl": {Recall: 1, Wrong: 0},
	// long8:4 stays misplaced: its 月利率 quote with no annualised figure is
	// itself F05 (月息/月费率 only), blocked in a sentence before the labelled clause.
	"long8.jsonl":   {Recall: 0.83, Wrong: 0},
	"batch9.jsonl":  {Recall: 1, Wrong: 0},
	"long9.jsonl":   {Recall: 1, Wrong: 0},
	"batch10.jsonl": {Recall: 1, Wrong: 0},
	"long10.jsonl":  {Recall: 1, Wrong: 0},
	"batch11.jsonl": {Recall: 1, Wrong: 0},
	"batch12.jsonl": {Recall: 1, Wrong: 0},
	"batch13.jsonl": {Recall: 1, Wrong: 0},
	"batch14.jsonl": {Recall: 1, Wrong: 0},
	"batch15.jsonl": {Recall: 1, Wrong: 0},
	"batch16.jsonl": {Recall: 1, Wrong: 0},
	"long11.jsonl":  {Recall: 1, Wrong: 0},
	"long12.jsonl":  {Recall: 1, Wrong: 0},
	"long13.jsonl":  {Recall: 1, Wrong: 0},
	"long14.jsonl":  {Recall: 1, Wrong: 0},
	"long15.jsonl":  {Recall: 1, Wrong: 0},
	"long16.jsonl":  {Recall: 1, Wrong: 0},
	"batch17.jsonl": {Recall: 1, Wrong: 0},
	"long17.jsonl":  {Recall: 1, Wrong: 0},
	"batch18.jsonl": {Recall: 1, Wrong: 0},
	"long18.jsonl":  {Recall: 1, Wrong: 0},
	"batch19.jsonl": {Recall: 1, Wrong: 0},
	"long19.jsonl":  {Recall: 1, Wrong: 0},
	"batch20.jsonl": {Recall: 1, Wrong: 0},
	"long20.jsonl":  {Recall: 1, Wrong: 0},
	"batch21.jsonl": {Recall: 1, Wrong: 0},
	"long21.jsonl":  {Recall: 1, Wrong: 0},
	"batch22.jsonl": {Recall: 1, Wrong: 0},
	"long22.jsonl":  {Recall: 1, Wrong: 0},
	"batch23.jsonl": {Recall: 1, Wrong: 0},
	"long23.jsonl":  {Recall: 1, Wrong: 0},
	"batch24.jsonl": {Recall: 1, Wrong: 0},
	"long24.jsonl":  {Recall: 1, Wrong: 0},
	"batch25.jsonl": {Recall: 1, Wrong: 0},
	"long25.jsonl":  {Recall: 1, Wrong: 0},
	"batch26.jsonl": {Recall: 1, Wrong: 0},
	"long26.jsonl":  {Recall: 1, Wrong: 0},
	"batch27.jsonl": {Recall: 1, Wrong: 0},
	"long27.jsonl":  {Recall: 1, Wrong: 0},
	"batch28.jsonl": {Recall: 1, Wrong: 0},
	"long28.jsonl":  {Recall: 1, Wrong: 0},
	"batch29.jsonl": {Recall: 1, Wrong: 0},
	"long29.jsonl":  {Recall: 1, Wrong: 0},
	"batch30.jsonl": {Recall: 1, Wrong: 0},
	"long30.jsonl":  {Recall: 1, Wrong: 0},
	"batch31.jsonl": {Recall: 1, Wrong: 0},
	"long31.jsonl":  {Recall: 1, Wrong: 0},
	// batch32:21 stays missed: a promise relayed after 他们说 with no warning
	// around it is excused as attributed words (the writer meant it as an
	// endorsement; attribution that excuses nothing unwarned would cost the
	// quotations that warn later in the text).
	"batch32.jsonl": {Recall: 0.994, Wrong: 0},
	"long32.jsonl":  {Recall: 1, Wrong: 0},
	"batch33.jsonl": {Recall: 1, Wrong: 0},
	"long33.jsonl":  {Recall: 1, Wrong: 0},
	"batch34.jsonl": {Recall: 1, Wrong: 0},
	"long34.jsonl":  {Recall: 1, Wrong: 0},
	"batch35.jsonl": {Recall: 1, Wrong: 0},
	"long35.jsonl":  {Recall: 1, Wrong: 0},
	"batch36.jsonl": {Recall: 1, Wrong: 0},
	"long36.jsonl":  {Recall: 1, Wrong: 0},
	"batch37.jsonl": {Recall: 1, Wrong: 0},
	// long37:4 and :5 stay misplaced: the draft's rate and rollover advice
	// are blocked in a neighbouring clause, not in the one labelled.
	"long37.jsonl":  {Recall: 0.66, Wrong: 0},
	"batch38.jsonl": {Recall: 1, Wrong: 0},
	"long38.jsonl":  {Recall: 1, Wrong: 0},
	"batch39.jsonl": {Recall: 1, Wrong: 0},
	"long39.jsonl":  {Recall: 1, Wrong: 0},
	"batch40.jsonl": {Recall: 1, Wrong: 0},
	// long40:2 stays misplaced.
	"long40.jsonl": {Recall: 0.83, Wrong: 0},
	// batch41–50 and their long drafts, after fix rounds 13–19 (each batch was
	// scored blind before its round; README has those figures). Lines left:
	// batch41:173 都是坑 about rivals reads as a verdict on the superlative;
	// batch42:19 English next-day disbursal; batch43:5 过不了？不存在的 after
	// a question (and two more of its lines); batch45:8 会被退件 reads as a
	// consequence; batch47:30 听说 excuses the endorsement after it;
	// batch48:133 拉黑 reads as a warning cue; batch50:24 合作的机构不看这些
	// (and one more); long42:4, long43:3, long45:5, long46:1 block a
	// sentence before their bad clause; long45:6 您提到 excuses the advice
	// that follows it. The second opinion blocks several of them.
	"batch41.jsonl": {Recall: 1, Wrong: 0},
	"long41.jsonl":  {Recall: 1, Wrong: 0},
	"batch42.jsonl": {Recall: 1, Wrong: 0},
	"long42.jsonl":  {Recall: 0.83, Wrong: 0},
	"batch43.jsonl": {Recall: 1, Wrong: 0},
	"long43.jsonl":  {Recall: 1, Wrong: 0},
	"batch44.jsonl": {Recall: 1, Wrong: 0},
	"long44.jsonl":  {Recall: 1, Wrong: 0},
	"batch45.jsonl": {Recall: 1, Wrong: 0},
	"long45.jsonl":  {Recall: 0.66, Wrong: 0},
	"batch46.jsonl": {Recall: 1, Wrong: 0},
	"long46.jsonl":  {Recall: 0.83, Wrong: 0},
	"batch47.jsonl": {Recall: 1, Wrong: 0},
	"long47.jsonl":  {Recall: 1, Wrong: 0},
	"batch48.jsonl": {Recall: 1, Wrong: 0},
	"long48.jsonl":  {Recall: 1, Wrong: 0},
	"batch49.jsonl": {Recall: 1, Wrong: 0},
	"long49.jsonl":  {Recall: 1, Wrong: 0},
	"batch50.jsonl": {Recall: 1, Wrong: 0},
	"long50.jsonl":  {Recall: 1, Wrong: 0},
	"batch51.jsonl": {Recall: 1, Wrong: 0},
	"long51.jsonl":  {Recall: 1, Wrong: 0},
	"batch52.jsonl": {Recall: 1, Wrong: 0},
	"long52.jsonl":  {Recall: 1, Wrong: 0},
	"batch53.jsonl": {Recall: 1, Wrong: 0},
	"long53.jsonl":  {Recall: 1, Wrong: 0},
	"batch54.jsonl": {Recall: 1, Wrong: 0},
	"long54.jsonl":  {Recall: 1, Wrong: 0},
	// batch55:163 stays missed: its threat (我们也会去问问) names the school in
	// a clause of its own before the comma. long55:2 stays misplaced: the
	// dealer's 您随时打我电话 blocks as F19 before its bad clause.
	"batch55.jsonl": {Recall: 1, Wrong: 0},
	"long55.jsonl":  {Recall: 0.83, Wrong: 0},
	"batch56.jsonl": {Recall: 1, Wrong: 0},
	"long56.jsonl":  {Recall: 1, Wrong: 0},
	"batch57.jsonl": {Recall: 1, Wrong: 0},
	"long57.jsonl":  {Recall: 1, Wrong: 0},
	"batch58.jsonl": {Recall: 1, Wrong: 0},
	"long58.jsonl":  {Recall: 1, Wrong: 0},
	"batch59.jsonl": {Recall: 1, Wrong: 0},
	"long59.jsonl":  {Recall: 1, Wrong: 0},
	"batch60.jsonl": {Recall: 1, Wrong: 0},
	"long60.jsonl":  {Recall: 1, Wrong: 0},
	"batch61.jsonl": {Recall: 1, Wrong: 0},
	"long61.jsonl":  {Recall: 1, Wrong: 0},
	"batch62.jsonl": {Recall: 1, Wrong: 0},
	"long62.jsonl":  {Recall: 1, Wrong: 0},
	// batch63:29 stays missed: its credit trouble is asked in two questions
	// and the dismissal answers them after the ？. long63:3 stays misplaced:
	// a later warning to keep the 安全码 secret blocks as F17.
	"batch63.jsonl": {Recall: 1, Wrong: 0},
	"long63.jsonl":  {Recall: 0.83, Wrong: 0},
	"batch64.jsonl": {Recall: 1, Wrong: 0},
	"long64.jsonl":  {Recall: 1, Wrong: 0},
	"batch65.jsonl": {Recall: 1, Wrong: 0},
	"long65.jsonl":  {Recall: 1, Wrong: 0},
	"batch66.jsonl": {Recall: 1, Wrong: 0},
	"long66.jsonl":  {Recall: 1, Wrong: 0},
	"batch67.jsonl": {Recall: 1, Wrong: 0},
	"long67.jsonl":  {Recall: 1, Wrong: 0},
	"batch68.jsonl": {Recall: 1, Wrong: 0},
	"long68.jsonl":  {Recall: 1, Wrong: 0},
	"batch69.jsonl": {Recall: 1, Wrong: 0},
	"long69.jsonl":  {Recall: 1, Wrong: 0},
	"batch70.jsonl": {Recall: 1, Wrong: 0},
	"long70.jsonl":  {Recall: 1, Wrong: 0},
	"batch71.jsonl": {Recall: 1, Wrong: 0},
	"long71.jsonl":  {Recall: 1, Wrong: 0},
	"batch72.jsonl": {Recall: 1, Wrong: 0},
	"long72.jsonl":  {Recall: 1, Wrong: 0},
	"batch73.jsonl": {Recall: 1, Wrong: 0},
	"long73.jsonl":  {Recall: 1, Wrong: 0},
	"batch74.jsonl": {Recall: 1, Wrong: 0},
	"long74.jsonl":  {Recall: 1, Wrong: 0},
	"batch75.jsonl": {Recall: 1, Wrong: 0},
	"long75.jsonl":  {Recall: 1, Wrong: 0},
	"batch76.jsonl": {Recall: 1, Wrong: 0},
	"long76.jsonl":  {Recall: 1, Wrong: 0},
	"batch77.jsonl": {Recall: 1, Wrong: 0},
	"long77.jsonl":  {Recall: 1, Wrong: 0},
	"batch78.jsonl": {Recall: 1, Wrong: 0},
	"long78.jsonl":  {Recall: 1, Wrong: 0},
	"batch79.jsonl": {Recall: 1, Wrong: 0},
	"long79.jsonl":  {Recall: 1, Wrong: 0},
	"batch80.jsonl": {Recall: 1, Wrong: 0},
	// long80:3: the F10 hit is found, but a closing F17 warning is blocked too.
	"long80.jsonl":  {Recall: 0.83, Wrong: 0},
	"batch81.jsonl": {Recall: 1, Wrong: 0},
	"long81.jsonl":  {Recall: 1, Wrong: 0},
	"batch82.jsonl": {Recall: 1, Wrong: 0},
	"long82.jsonl":  {Recall: 1, Wrong: 0},
	"batch83.jsonl": {Recall: 1, Wrong: 0},
	"long83.jsonl":  {Recall: 1, Wrong: 0},
	"batch84.jsonl": {Recall: 1, Wrong: 0},
	"long84.jsonl":  {Recall: 1, Wrong: 0},
	"batch85.jsonl": {Recall: 1, Wrong: 0},
	"long85.jsonl":  {Recall: 1, Wrong: 0},
	// batch86:164 "上传身份证正反面照片发给客服小姐姐，秒审哦～": sending an ID photo to
	// our own staff is no private channel (F17 by its label, disputed).
	"batch86.jsonl":  {Recall: 0.994, Wrong: 0},
	"long86.jsonl":   {Recall: 0.833, Wrong: 0},
	"batch87.jsonl":  {Recall: 1, Wrong: 0},
	"long87.jsonl":   {Recall: 1, Wrong: 0},
	"batch88.jsonl":  {Recall: 1, Wrong: 0},
	"long88.jsonl":   {Recall: 0.833, Wrong: 0},
	"batch89.jsonl":  {Recall: 1, Wrong: 0},
	"long89.jsonl":   {Recall: 1, Wrong: 0},
	"batch90.jsonl":  {Recall: 1, Wrong: 0},
	"long90.jsonl":   {Recall: 1, Wrong: 0},
	"batch91.jsonl":  {Recall: 1, Wrong: 0},
	"long91.jsonl":   {Recall: 1, Wrong: 0},
	"batch92.jsonl":  {Recall: 1, Wrong: 0},
	"long92.jsonl":   {Recall: 1, Wrong: 0},
	"batch93.jsonl":  {Recall: 1, Wrong: 0},
	"long93.jsonl":   {Recall: 1, Wrong: 0},
	"batch94.jsonl":  {Recall: 1, Wrong: 0},
	"long94.jsonl":   {Recall: 1, Wrong: 0},
	"batch95.jsonl":  {Recall: 1, Wrong: 0},
	"long95.jsonl":   {Recall: 1, Wrong: 0},
	"batch96.jsonl":  {Recall: 1, Wrong: 0},
	"long96.jsonl":   {Recall: 1, Wrong: 0},
	"batch97.jsonl":  {Recall: 1, Wrong: 0},
	"long97.jsonl":   {Recall: 0.8, Wrong: 0},
	"batch98.jsonl":  {Recall: 1, Wrong: 0},
	"long98.jsonl":   {Recall: 1, Wrong: 0},
	"batch99.jsonl":  {Recall: 1, Wrong: 0},
	"long99.jsonl":   {Recall: 1, Wrong: 0},
	"batch100.jsonl": {Recall: 1, Wrong: 0},
	"long100.jsonl":  {Recall: 0.833, Wrong: 0},
	// batch101:158 "…如今日未还款，将被追究刑事责任。": the threat reads as a
	// consequence, which excuses it.
	"batch101.jsonl": {Recall: 0.994, Wrong: 0},
	"long101.jsonl":  {Recall: 0.833, Wrong: 0},
	"batch102.jsonl": {Recall: 1, Wrong: 0},
	"long102.jsonl":  {Recall: 0.833, Wrong: 0},
	"batch103.jsonl": {Recall: 0.994, Wrong: 0},
	"long103.jsonl":  {Recall: 1, Wrong: 0},
	"batch104.jsonl": {Recall: 1, Wrong: 0},
	"long104.jsonl":  {Recall: 1, Wrong: 0},
	// batch105:237 (a claimed insider, then advice to check his staff number),
	// :300 (劝你冷静 after 借钱炒币) and batch106:228 (App里找我 beside a refused
	// private WeChat) stay blocked: advice after the term and a refusal elsewhere
	// in the sentence are not read yet.
	"batch105.jsonl": {Recall: 0.994, Wrong: 0.016},
	"long105.jsonl":  {Recall: 1, Wrong: 0},
	"batch106.jsonl": {Recall: 0.989, Wrong: 0.008},
	"long106.jsonl":  {Recall: 1, Wrong: 0},
	// batch107–108 (the sixth session's last holdout wave) are in at their
	// before-fix figures: the next round's material.
	"batch107.jsonl": {Recall: 0.927, Wrong: 0.024},
	"long107.jsonl":  {Recall: 0.833, Wrong: 0},
	"batch108.jsonl": {Recall: 0.953, Wrong: 0.04},
	"long108.jsonl":  {Recall: 0.8, Wrong: 0},
}

func readBlind(t *testing.T, path string) []blindItem {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []blindItem
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "//") {
			continue
		}
		var it blindItem
		if err := json.Unmarshal([]byte(s), &it); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if it.Label != "forbidden" && it.Label != "allowed" {
			t.Fatalf("%s:%d: label %q, want forbidden or allowed", path, n, it.Label)
		}
		it.line = n
		out = append(out, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// tally counts one group of items.
type tally struct {
	forbidden, caught, flaggedF, misplaced int
	allowed, wrong, flaggedA               int
}

func (c *tally) add(o tally) {
	c.forbidden += o.forbidden
	c.caught += o.caught
	c.flaggedF += o.flaggedF
	c.misplaced += o.misplaced
	c.allowed += o.allowed
	c.wrong += o.wrong
	c.flaggedA += o.flaggedA
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (c tally) recall() float64    { return pct(c.caught, c.forbidden) / 100 }
func (c tally) wrongRate() float64 { return pct(c.wrong, c.allowed) / 100 }

func (c tally) String() string {
	var parts []string
	if c.forbidden > 0 {
		parts = append(parts, fmt.Sprintf("recall %5.1f%% (%d/%d), reviewed %5.1f%%", pct(c.caught, c.forbidden), c.caught,
			c.forbidden, pct(c.caught+c.flaggedF, c.forbidden)))
		if c.misplaced > 0 {
			parts = append(parts, fmt.Sprintf("misplaced %d", c.misplaced))
		}
	}
	if c.allowed > 0 {
		parts = append(parts, fmt.Sprintf("wrong blocks %4.1f%% (%d/%d), flagged %4.1f%%", pct(c.wrong, c.allowed), c.wrong,
			c.allowed, pct(c.flaggedA, c.allowed)))
	}
	return strings.Join(parts, "; ")
}

// blindOutcome judges one item and returns its tally and, for a failure, a
// description.
func blindOutcome(f *Filter, it blindItem) (tally, string) {
	v := f.CheckOutbound(it.Text)
	var c tally
	if it.Label == "allowed" {
		c.allowed = 1
		switch v.Verdict {
		case Block:
			c.wrong = 1
			return c, "WRONG BLOCK" + describe(v)
		case Flag:
			c.flaggedA = 1
			return c, "FLAGGED" + describe(v)
		}
		return c, ""
	}
	c.forbidden = 1
	switch v.Verdict {
	case Flag:
		c.flaggedF = 1
		return c, "MISSED (flagged)" + describe(v)
	case Allow:
		return c, "MISSED" + describe(v)
	}
	if it.BadClause == "" {
		c.caught = 1
		return c, ""
	}
	lo, hi := badClauseSpan(it.Text, it.BadClause)
	for _, h := range v.Counted() {
		if h.Action == Block && (h.SentenceEnd <= lo || h.SentenceStart >= hi) {
			c.misplaced = 1
			return c, fmt.Sprintf("MISPLACED (bad clause [%d,%d))%s", lo, hi, describe(v))
		}
	}
	c.caught = 1
	return c, ""
}

// badClauseSpan finds the bad clause in the draft, in runes; not found → the
// whole text.
func badClauseSpan(text, clause string) (int, int) {
	i := strings.Index(text, strings.TrimSpace(clause))
	if i < 0 {
		return 0, len([]rune(text))
	}
	lo := len([]rune(text[:i]))
	return lo, lo + len([]rune(strings.TrimSpace(clause)))
}

// blindReport scores items and logs the figures overall, per family, per kind.
func blindReport(t *testing.T, f *Filter, name string, items []blindItem, verbose bool) tally {
	var all tally
	fam, kind := map[string]*tally{}, map[string]*tally{}
	for _, it := range items {
		c, why := blindOutcome(f, it)
		all.add(c)
		k := it.Family
		if k == "" {
			k = "-"
		}
		if fam[k] == nil {
			fam[k] = &tally{}
		}
		fam[k].add(c)
		kk := it.Kind
		if kk == "" {
			kk = it.Label
		}
		if kind[kk] == nil {
			kind[kk] = &tally{}
		}
		kind[kk].add(c)
		if why != "" && verbose {
			t.Logf("  %s:%d %s/%s %q → %s", name, it.line, it.Family, it.Kind, it.Text, why)
		}
	}
	t.Logf("%s: %s", name, all)
	for _, group := range []map[string]*tally{fam, kind} {
		keys := make([]string, 0, len(group))
		for k := range group {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			t.Logf("  %-12s %s", k, group[k])
		}
	}
	return all
}

// TestBlind scores every blind file in testdata/blind (skips when there is
// none). -v lists every miss and wrong block.
func TestBlind(t *testing.T) {
	files, _ := filepath.Glob("testdata/blind/*.jsonl")
	if len(files) == 0 {
		t.Skip("no blind batch in testdata/blind")
	}
	f := newDefault(t)
	plain := newDefault(t)
	plain.setSecondOpinion(false)
	for _, path := range files {
		name := filepath.Base(path)
		items := readBlind(t, path)
		t.Logf("── %s without the second opinion", name)
		base := blindReport(t, plain, name, items, testing.Verbose())
		if f.secondOpinion() {
			t.Logf("── %s with the second opinion", name)
			blindReport(t, f, name, items, false)
		}
		if fl, ok := blindFloors[name]; ok {
			if base.recall() < fl.Recall || base.wrongRate() > fl.Wrong {
				t.Errorf("%s: recall %.1f%%, wrong blocks %.1f%%: floor is recall ≥ %.1f%%, wrong ≤ %.1f%%", name,
					100*base.recall(), 100*base.wrongRate(), 100*fl.Recall, 100*fl.Wrong)
			}
		}
	}
}
