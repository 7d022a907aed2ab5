package compliance

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLine is one sentence of the regression corpus.
type corpusLine struct {
	tags []string // family and evasion kind (forbidden) or kind (allowed)
	text string
	line int
}

func readCorpus(t *testing.T, path string, fields int) []corpusLine {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []corpusLine
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		parts := strings.SplitN(s, "\t", fields)
		if len(parts) != fields {
			t.Fatalf("%s:%d: want %d tab-separated fields", path, n, fields)
		}
		out = append(out, corpusLine{tags: parts[:fields-1], text: parts[fields-1], line: n})
	}
	return out
}

func describe(v Verdict) string {
	var b strings.Builder
	for _, h := range v.Hits {
		fmt.Fprintf(&b, " [%s %s %s %d:%d excused=%q]", h.Category, h.Rule, h.Action, h.Start, h.End, h.ExcusedBy)
	}
	return b.String()
}

// TestCorpus checks the regression corpus against the targets: every
// forbidden sentence blocked, no allowed one.
func TestCorpus(t *testing.T) {
	f := newDefault(t)
	forbidden := readCorpus(t, "testdata/forbidden.txt", 3)
	allowed := readCorpus(t, "testdata/allowed.txt", 2)
	if len(forbidden) < 150 || len(allowed) < 150 {
		t.Fatalf("corpus too small: %d forbidden, %d allowed (want ≥ 150 each)", len(forbidden), len(allowed))
	}
	checkCoverage(t, forbidden)
	var missed, wrong []string
	for _, c := range forbidden {
		if v := f.CheckOutbound(c.text); v.Verdict != Block {
			missed = append(missed, fmt.Sprintf("forbidden.txt:%d %v %q → %s%s", c.line, c.tags, c.text, v.Verdict, describe(v)))
		}
	}
	for _, c := range allowed {
		if v := f.CheckOutbound(c.text); v.Verdict == Block {
			wrong = append(wrong, fmt.Sprintf("allowed.txt:%d %v %q → %s%s", c.line, c.tags, c.text, v.Verdict, describe(v)))
		}
	}
	recall := 1 - float64(len(missed))/float64(len(forbidden))
	wrongRate := float64(len(wrong)) / float64(len(allowed))
	t.Logf("recall %.2f%% (%d/%d), wrong blocks %.2f%% (%d/%d)", 100*recall, len(forbidden)-len(missed), len(forbidden),
		100*wrongRate, len(wrong), len(allowed))
	for _, m := range missed {
		t.Log("MISSED ", m)
	}
	for _, w := range wrong {
		t.Log("WRONG BLOCK ", w)
	}
	if len(missed) > 0 || len(wrong) > 0 {
		t.Errorf("recall %.2f%%, wrong blocks %.2f%%: want 100%% and 0%%", 100*recall, 100*wrongRate)
	}
}

// checkCoverage requires every family and every evasion kind in the corpus.
func checkCoverage(t *testing.T, lines []corpusLine) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range lines {
		seen[c.tags[0]] = true
		seen[c.tags[1]] = true
	}
	for i := 1; i <= 19; i++ {
		if code := fmt.Sprintf("F%02d", i); !seen[code] {
			t.Errorf("forbidden corpus has no sentence of family %s", code)
		}
	}
	for _, k := range []string{"plain", "space", "fullwidth", "traditional", "pinyin", "homophone", "zerowidth",
		"emoji", "symbol", "numeral", "paraphrase", "case", "voice"} {
		if !seen[k] {
			t.Errorf("forbidden corpus has no sentence of evasion kind %s", k)
		}
	}
}

// TestInboundCorpus checks the reason codes raised on applicant messages.
func TestInboundCorpus(t *testing.T) {
	f := newDefault(t)
	for _, c := range readCorpus(t, "testdata/inbound.txt", 2) {
		want := c.tags[0]
		v := f.CheckInbound(c.text)
		got := strings.Join(v.Flags, ",")
		if got == "" {
			got = "-"
		}
		if got != want {
			t.Errorf("inbound.txt:%d CheckInbound(%q) flags = %s, want %s%s", c.line, c.text, got, want, describe(v))
		}
	}
}

// TestParaphraseGap reports (without failing) how many unseen free
// paraphrases the rules catch. The file is deliberately not tuned for: it
// measures the limit of a phrase-and-pattern filter, which the corpus
// targets above do not show.
func TestParaphraseGap(t *testing.T) {
	f := newDefault(t)
	lines := readCorpus(t, "testdata/holdout_paraphrases.txt", 3)
	caught := 0
	for _, c := range lines {
		if f.CheckOutbound(c.text).Verdict == Block {
			caught++
		} else {
			t.Logf("not caught: %v %q", c.tags, c.text)
		}
	}
	t.Logf("unseen free paraphrases caught: %d/%d", caught, len(lines))
}

// TestEveryday: the blind everyday text (testdata/everyday*.txt, one
// sentence per line) is never blocked — by the rules or by the second
// opinion. everydayFloor is how many blocks each file may still have.
func TestEveryday(t *testing.T) {
	f := newDefault(t)
	files, _ := filepath.Glob("testdata/everyday*.txt")
	for _, path := range files {
		var wrong []string
		lines := readCorpus(t, path, 1)
		for _, c := range lines {
			if v := f.CheckOutbound(c.text); v.Verdict == Block {
				wrong = append(wrong, fmt.Sprintf("%s:%d %q%s", filepath.Base(path), c.line, c.text, describe(v)))
			}
		}
		t.Logf("%s: %d of %d blocked", filepath.Base(path), len(wrong), len(lines))
		for _, w := range wrong {
			t.Log("WRONG BLOCK ", w)
		}
		if len(wrong) > everydayFloor[filepath.Base(path)] {
			t.Errorf("%s: %d everyday sentences blocked, at most %d may be", filepath.Base(path), len(wrong), everydayFloor[filepath.Base(path)])
		}
	}
}

// everydayFloor: blocks still allowed per everyday file (none once fixed).
var everydayFloor = map[string]int{
	// 您加一下我微信吧，这个号就是 and 稍后将通过微信与您联系: the writer meant
	// them as harmless, but moving the applicant to an agent's own WeChat is
	// F19 (off-platform diversion) by the family's definition.
	"everyday6.txt": 2,
}
