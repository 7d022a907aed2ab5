package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// labelled is one line of testdata/labelled.jsonl: an utterance and what it states. Now, when
// given ("2006-01-02"), is the reference date of the line; otherwise labelledNow.
type labelled struct {
	Text          string     `json:"text"`
	Expecting     string     `json:"expecting"`
	Slots         slot.Slots `json:"slots"`
	Tentative     slot.Slots `json:"tentative"`
	ProhibitedUse string     `json:"prohibited_use"`
	Intent        string     `json:"intent"`
	Now           string     `json:"now"`
}

// labelledNow is the reference date of the labelled set: ages from a year of birth are as of it.
var labelledNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// at returns the reference date of l.
func (l labelled) at(t testing.TB) time.Time {
	if l.Now == "" {
		return labelledNow
	}
	d, err := time.Parse(time.DateOnly, l.Now)
	if err != nil {
		t.Fatalf("labelled %q: now: %v", l.Text, err)
	}
	return d
}

func loadLabelled(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open("testdata/labelled.jsonl")
	if err != nil {
		t.Fatalf("open labelled set: %v", err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("testdata/labelled.jsonl line %d: %v", n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read labelled set: %v", err)
	}
	return out
}

// TestLabelled measures slot accuracy (every stated slot right, nothing added) and intent accuracy
// on the labelled set, prints every miss, and fails below 97% slot accuracy.
func TestLabelled(t *testing.T) {
	const minSlotAccuracy = 0.97
	set := loadLabelled(t)
	if len(set) < 300 {
		t.Fatalf("labelled set has %d utterances, want ≥ 300", len(set))
	}
	x := New()
	slotOK, intentOK := 0, 0
	for _, l := range set {
		got := x.ExtractAt(l.Text, l.Expecting, l.at(t))
		if d := cmp.Diff(l.Slots, got.Slots); d != "" {
			t.Logf("slot miss %q (expecting %q) (-want +got):\n%s", l.Text, l.Expecting, d)
		} else if d := cmp.Diff(l.Tentative, got.Tentative); d != "" {
			t.Logf("tentative miss %q (expecting %q) (-want +got):\n%s", l.Text, l.Expecting, d)
		} else if got.ProhibitedUse != l.ProhibitedUse {
			t.Logf("prohibited-use miss %q: got %q, want %q", l.Text, got.ProhibitedUse, l.ProhibitedUse)
		} else {
			slotOK++
		}
		if got.Intent != l.Intent {
			t.Logf("intent miss %q: got %s, want %s", l.Text, got.Intent, l.Intent)
		} else {
			intentOK++
		}
	}
	slotAcc := float64(slotOK) / float64(len(set))
	intentAcc := float64(intentOK) / float64(len(set))
	t.Logf("labelled set: %d utterances; slots right on %d (%.1f%%); intent right on %d (%.1f%%)",
		len(set), slotOK, 100*slotAcc, intentOK, 100*intentAcc)
	if slotAcc < minSlotAccuracy {
		t.Errorf("slot accuracy %.1f%% < %.0f%%", 100*slotAcc, 100*minSlotAccuracy)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"贷20万,不对,30万", "两万五", "三十五万八", "3万5", "1.2w", "15k", "¥50,000", "２０万", "貸款二十萬",
		"一年半", "没有逾期", "月供3000能接受", "车贷还剩12期", "老公月入两万", "征信花了", "1万2000", "二十万三十六期", "万一", "十几次",
		"百分之", "第三", "零零零", "亿亿万万", "0.", "1,2", "9999999999999999999999万", "半", "1e9万", "一年挣二十万", "🙏🙏"} {
		f.Add(s, "")
		f.Add(s, KeyIncome)
	}
	x := New()
	f.Fuzz(func(t *testing.T, s, expecting string) {
		a := x.ExtractAt(s, expecting, labelledNow)
		b := x.ExtractAt(s, expecting, labelledNow)
		if !cmp.Equal(a, b) {
			t.Fatalf("Extract(%q) not deterministic: %v", s, cmp.Diff(a, b))
		}
		if a.Intent == "" {
			t.Fatalf("Extract(%q): empty intent", s)
		}
		if p := a.Slots.AmountYuan; p != nil && *p < 0 {
			t.Fatalf("Extract(%q): negative amount %d", s, *p)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	set := loadLabelled(b)
	x := New()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := set[i%len(set)]
		x.Extract(l.Text, l.Expecting)
	}
}
