package bot

import (
	"context"
	"strings"
	"testing"
	"time"
)

// real sends lines through the standard engine and returns every output.
func real(t *testing.T, lines ...string) []Output {
	t.Helper()
	e := New()
	var st []byte
	var outs []Output
	for _, l := range lines {
		out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatalf("Reply(%q): %v", l, err)
		}
		st = out.State
		outs = append(outs, out)
	}
	return outs
}

func TestHandoffSummaryAndHandBack(t *testing.T) {
	outs := real(t, "你好", "想借20万装修 分3年 月入1万2 最近查了十几次", "转人工")
	last := outs[len(outs)-1]
	if !last.Handoff {
		t.Fatalf("no hand-off: %+v", last)
	}
	sum, err := Summarize(last.State)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Handoff != IntentAskHuman || sum.Pending == "" || len(sum.Warnings) == 0 {
		t.Errorf("summary %+v: want hand-off reason, pending question and warnings", sum)
	}
	for _, w := range []string{"需要20万", "月收入1.2万", "待确认", "近半年征信查询先按10次", "已提示", "转人工原因：申请人要求人工", "正在询问"} {
		if !strings.Contains(sum.Text, w) {
			t.Errorf("summary text %q lacks %q", sum.Text, w)
		}
	}
	// the agent hands the conversation back: the engine carries on with the pending question
	e := New()
	out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: "上班族", State: last.State, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if out.Handoff || len(out.Replies) == 0 || !strings.Contains(joined(out), "记下了") {
		t.Errorf("after hand-back: handoff %v, replies %q", out.Handoff, out.Replies)
	}
	if s, _ := Summarize(out.State); s.Handoff != IntentAskHuman {
		t.Errorf("the last hand-off reason is kept for agents: %q", s.Handoff)
	}
}

func TestVersion1StateCarriesOn(t *testing.T) {
	v1 := []byte(`{"v":1,"phase":"collecting","consent":true,"slots":{"amount_yuan":200000,"term_months":36,"loan_purpose":"renovation"},"pending":"employment"}`)
	out, err := New().Reply(context.Background(), Input{Kind: KindText, Text: "上班族，月入2万", State: v1, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if out.Slots.AmountYuan == nil || *out.Slots.AmountYuan != 200000 || out.Slots.Employment == nil {
		t.Errorf("a version 1 state lost its slots: %+v", slotMap(out.Slots))
	}
	if strings.Contains(joined(out), "个人信息告知") {
		t.Errorf("a version 1 state started over: %q", out.Replies)
	}
}

func TestOpenQuestionIsItsOwnReply(t *testing.T) {
	outs := real(t, "你好", "装修", "你们公司在哪个城市办公")
	last := outs[len(outs)-1]
	if last.OpenQuestion != "你们公司在哪个城市办公" {
		t.Errorf("open question %q", last.OpenQuestion)
	}
	fallback := -1
	for i, r := range last.Replies {
		if strings.Contains(r, "暂时无法准确回答") {
			fallback = i
			if strings.Contains(r, "\n") {
				t.Errorf("the fallback shares its reply element: %q", r)
			}
		}
	}
	if fallback < 0 || len(last.Replies) < 2 {
		t.Errorf("replies %q: want the fallback alone and the flow going on", last.Replies)
	}
	answered := real(t, "你好", "装修", "利息多少")
	if q := answered[2].OpenQuestion; q != "" {
		t.Errorf("an answered question is reported open: %q", q)
	}
}

// TestNeverTheSameQuestionTwice sends answers that keep missing the question asked: no reply asks
// what the previous one asked in the same words.
func TestNeverTheSameQuestionTwice(t *testing.T) {
	outs := real(t, "你好", "我没有逾期", "最近查了2次", "本地户口", "嗯嗯", "哦", "没有负债", "月入8000")
	prev := ""
	for i, o := range outs {
		q := lastLine(o)
		if i > 0 && q == prev {
			t.Errorf("turn %d asks again %q", i+1, q)
		}
		prev = q
	}
}

func lastLine(o Output) string {
	all := joined(o)
	return all[strings.LastIndex(all, "\n")+1:]
}

// TestWarningsFireOnceAndOnChange: said when first known, again only when the facts change.
func TestWarningsFireOnceAndOnChange(t *testing.T) {
	outs := real(t, "你好", "借5万装修 两年", "最近查了12次", "上班族 月入1万", "查了12次没错", "不对 是15次")
	codes := func(o Output) string {
		var c []string
		for _, w := range o.Warnings {
			c = append(c, w.Code)
		}
		return strings.Join(c, ",")
	}
	if got := codes(outs[2]); got != WarnQueries {
		t.Errorf("turn 3 warnings %q, want queries", got)
	}
	if got := codes(outs[4]); got != "" {
		t.Errorf("turn 5 repeats %q", got)
	}
	if got := codes(outs[5]); got != WarnQueries {
		t.Errorf("turn 6 (facts changed) warnings %q, want queries", got)
	}
}

// TestOverdueKeepsUnsecuredProductsAway: once a current overdue was said, no unsecured product is
// shown in the conversation, even after the applicant says it is cleared.
func TestOverdueKeepsUnsecuredProductsAway(t *testing.T) {
	e := New()
	outs := real(t, "你好", "借10万装修 分3年 上班族 月入2万", "有套房 房本5年", "现在有一笔逾期", "不对 没有逾期了 刚还上", "查了1次 没有负债", "社保3年 本地户口")
	for i, o := range outs {
		for _, id := range o.Products {
			for _, p := range e.kb.Products {
				if p.ID == id && !p.Secured() {
					t.Errorf("turn %d shows unsecured product %s after a current overdue", i+1, id)
				}
			}
		}
	}
}

// TestCorrectionGoesToTheFigureItFixes: a corrected sum the words name stays with its slot; a bare
// one replaces the figure it is nearest to, or the one it is ten times or a tenth of when the
// applicant blames a slipped zero.
func TestCorrectionGoesToTheFigureItFixes(t *testing.T) {
	for _, c := range []struct {
		lines          []string
		amount, income int64
	}{
		{[]string{"你好", "想借30万 两年 月薪九千", "不对不对 我说错了 是借3万"}, 30000, 9000},
		{[]string{"你好", "想借20w 两年还完 月收入6000", "打错了 多打了个零 是2万"}, 20000, 6000},
		{[]string{"你好", "想借二十万 分24期 月薪八千", "哦打错了，是两万八"}, 200000, 28000},
		{[]string{"你好", "月入七千 想借三万 分12期", "不对，打少了一个零，是三十万"}, 300000, 7000},
	} {
		outs := real(t, c.lines...)
		s := outs[len(outs)-1].Slots
		if s.AmountYuan == nil || *s.AmountYuan != c.amount || s.MonthlyIncomeYuan == nil || *s.MonthlyIncomeYuan != c.income {
			t.Errorf("%q: slots %v, want amount %d and income %d", c.lines, slotMap(s), c.amount, c.income)
		}
	}
}

// TestOnlyAnAnswerConfirms: a value put for confirmation is confirmed by a yes set off from what
// follows, not by a message that merely opens with the same characters.
func TestOnlyAnAnswerConfirms(t *testing.T) {
	for _, c := range []struct {
		reply     string
		confirmed bool
	}{
		{"可以", true},
		{"可以的，就按这个", true},
		{"对 我是开出租的", true},
		{"对了 我是开出租的", false},
		{"是这样的 我是开出租的", false},
		{"好几年没逾期了", false},
	} {
		outs := real(t, "你好", "装修 想借个七八万 分两年", c.reply)
		last := outs[len(outs)-1]
		if got := last.Slots.AmountYuan != nil; got != c.confirmed {
			t.Errorf("%q: amount confirmed %v, want %v (slots %v, tentative %v)", c.reply, got, c.confirmed, slotMap(last.Slots), slotMap(last.Tentative))
		}
	}
}

// TestNarrowedCountIsNotNews: a vague count warned about ("十多次") and then confirmed or stated
// within its range is not warned about again; a count outside it is.
func TestNarrowedCountIsNotNews(t *testing.T) {
	for _, c := range []struct {
		then string
		warn bool
	}{
		{"可以", false},
		{"查了12次", false},
		{"不对 查了25次", true},
	} {
		outs := real(t, "你好", "借5万装修 两年 最近查了十多次", c.then)
		last := outs[len(outs)-1]
		said := false
		for _, w := range last.Warnings {
			said = said || w.Code == WarnQueries
		}
		if said != c.warn {
			t.Errorf("%q after 十多次: queries warned %v, want %v", c.then, said, c.warn)
		}
	}
}
