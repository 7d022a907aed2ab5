package compliance

import (
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance/internal/ngram"
)

// TestSecondOpinionScope: the scorer flags or blocks only sentences the rules
// had no hit in, doubts no rule's block of a forbidden corpus text, blocks
// only through its strong rule, and blocks no allowed corpus text.
func TestSecondOpinionScope(t *testing.T) {
	f := newDefault(t)
	if !f.secondOpinion() {
		t.Skip("no second-opinion model embedded")
	}
	plain := newDefault(t)
	plain.setSecondOpinion(false)
	type text struct {
		s       string
		allowed bool
	}
	var texts []text
	for _, c := range readCorpus(t, "testdata/forbidden.txt", 3) {
		texts = append(texts, text{c.text, false})
	}
	for _, c := range readCorpus(t, "testdata/allowed.txt", 2) {
		texts = append(texts, text{c.text, true})
	}
	texts = append(texts, text{"稳稳当当拿钱回家，额度给力随心借。您好，请问有什么可以帮您？", false})
	flags, blocks := 0, 0
	for _, tx := range texts {
		with, without := f.CheckOutbound(tx.s), plain.CheckOutbound(tx.s)
		scorerBlocked := false
		for _, h := range with.Hits {
			if h.Rule != scorerRule && h.Rule != scorerBlockRule {
				continue
			}
			want := Flag
			if h.Rule == scorerBlockRule {
				want, scorerBlocked = Block, true
				blocks++
			} else {
				flags++
			}
			if h.Action != want || h.Category != CatScorer || h.ExcusedBy != "" {
				t.Errorf("%q: scorer hit %+v", tx.s, h)
			}
			for _, o := range without.Hits {
				if o.Start < h.SentenceEnd && o.End > h.SentenceStart {
					t.Errorf("%q: scorer judged a sentence the rules had a hit in (%s)", tx.s, o.Rule)
				}
			}
		}
		if !tx.allowed && without.Verdict == Block && with.Verdict != Block {
			t.Errorf("%q: the second opinion lifted a block of a forbidden text", tx.s)
		}
		if with.Verdict == Block && without.Verdict != Block && !scorerBlocked {
			t.Errorf("%q: blocked with the second opinion but not by its rule%s", tx.s, describe(with))
		}
		if tx.allowed && scorerBlocked {
			t.Errorf("%q: allowed corpus text blocked by the second opinion%s", tx.s, describe(with))
		}
		if len(with.Hits) > 1 && !sortedHits(with.Hits) {
			t.Errorf("%q: hits out of order%s", tx.s, describe(with))
		}
	}
	in := f.CheckInbound("稳稳当当拿钱回家，额度给力随心借")
	if hasHit(in, func(h Hit) bool { return h.Rule == scorerRule || h.Rule == scorerBlockRule }) {
		t.Error("the second opinion judged an inbound message")
	}
	t.Logf("second opinion on %d corpus texts: %d flags, %d blocks", len(texts), flags, blocks)
}

// TestSecondOpinionDoubt: a shipped rule's block in a sentence the model
// finds far from a promise becomes a flag for review, its hits excused by the
// second opinion and the verdict explaining why; a phrase staff added is
// never doubted. A hand-built model that finds nothing promise-like doubts
// every block it may.
func TestSecondOpinionDoubt(t *testing.T) {
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	staff := Phrase{Text: "小熊软糖", Category: "F05", Action: Block, Severity: 2, Scope: Outbound, Enabled: true, Reason: "staff"}
	f, err := NewFilter(append(pack, staff))
	if err != nil {
		t.Fatal(err)
	}
	m := &ngram.Model{W: make([]float32, 1<<ngram.Bits), Bias: -10, Threshold: 0.5}
	f.scorer = newScorer(m)
	const text = "您放心，我们这边包过，资料齐全就行。"
	v := f.CheckOutbound(text)
	if v.Verdict != Flag || !hasHit(v, func(h Hit) bool { return h.Rule == scorerDoubtRule && h.ExcusedBy == "" }) ||
		!hasHit(v, func(h Hit) bool { return h.Category == "F01" && h.ExcusedBy == scorerDoubt }) {
		t.Fatalf("doubt: %s", v.Explain(text))
	}
	if e := v.Explain(text); !strings.Contains(e, "far from a promise") || !strings.Contains(e, "excused by "+scorerDoubt) {
		t.Errorf("the explanation does not say the block was doubted:\n%s", e)
	}
	for _, s := range []string{"小熊软糖真好吃，大家快来买吧。", "包过！小熊软糖真好吃，大家快来买吧。"} {
		if v := f.CheckOutbound(s); v.Verdict != Block {
			t.Errorf("a staff phrase was doubted: %s", v.Explain(s))
		}
	}
	if v := f.CheckOutbound("Hi，包过，OK？"); v.Verdict != Block {
		t.Errorf("a sentence with too little Chinese was doubted: %s", v.Explain("Hi，包过，OK？"))
	}
}

func sortedHits(hs []Hit) bool {
	for i := 1; i < len(hs); i++ {
		if hs[i].Start < hs[i-1].Start {
			return false
		}
	}
	return true
}

// TestCheckAllocations: a check allocates nothing when nothing matched and at
// most two slices when something did — with the second opinion and the claim
// patterns on, on a 500-character reply.
func TestCheckAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts mean nothing under -race: sync.Pool drops items at random")
	}
	f := newDefault(t)
	clean := benchReply()
	bad := strings.Replace(clean, "初步评估您可能适合以下产品。", "包过，秒批，不看征信，先交保证金。", 1)
	promise := strings.Replace(clean, "初步评估您可能适合以下产品。", "稳稳当当拿钱回家，额度给力随心借。", 1)
	for _, c := range []struct {
		name, text string
		max        float64
	}{{"clean", clean, 0}, {"hits", bad, 2}, {"second opinion", promise, 2}} {
		f.CheckOutbound(c.text)
		if n := testing.AllocsPerRun(50, func() { f.CheckOutbound(c.text) }); n > c.max {
			t.Errorf("%s: %.0f allocations per check, want ≤ %.0f", c.name, n, c.max)
		}
	}
}

// TestSecondOpinionOnFreshWording guards a retrained model against gross
// breakage: promises in wording no training file holds are reviewed
// (blocked by a rule or flagged by the scorer), and everyday replies that are
// neither standard replies nor FAQ answers are left alone.
func TestSecondOpinionOnFreshWording(t *testing.T) {
	f := newDefault(t)
	if !f.secondOpinion() {
		t.Skip("no second-opinion model embedded")
	}
	for _, text := range []string{
		"您这边材料交齐，后面的事情我们来搞，钱的事不用操心。",
		"额度这块您不用担心，想要多少我们就能帮您争取到多少。",
	} {
		if v := f.CheckOutbound(text); v.Verdict == Allow {
			t.Errorf("%q: allowed, want it reviewed", text)
		}
	}
	for _, text := range []string{
		"审核结果以放款机构的书面通知为准。",
		"请您准备好身份证和近六个月的银行流水。",
		"月供金额会根据您选择的期数变化。",
		"您的资料已收到，顾问会在工作时间内联系您。",
	} {
		if v := f.CheckOutbound(text); v.Verdict != Allow {
			t.Errorf("%q: %s, want it allowed%s", text, v.Verdict, describe(v))
		}
	}
}

// TestSecondOpinionLeavesNonChinese: text with almost no Han characters is
// outside what the model was trained on; the second opinion does not judge it
// (it blocked "hello world" and the drafter's NO_SOURCE marker once).
func TestSecondOpinionLeavesNonChinese(t *testing.T) {
	f := newDefault(t)
	if !f.secondOpinion() {
		t.Skip("no second-opinion model embedded")
	}
	for _, text := range []string{"NO_SOURCE", "hello world", "OK thanks", "LOAN-2024 ok", "ID: 2026-12-07-0001",
		"Dear customer, your application has been received.", "APR 7.2%, lender decides"} {
		if v := f.CheckOutbound(text); hasHit(v, func(h Hit) bool { return h.Category == CatScorer }) {
			t.Errorf("%q judged by the second opinion%s", text, describe(v))
		}
	}
}
