package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// fakeX understands exactly the messages of its table; anything else is "other" with no slots.
type fakeX map[string]Understanding

func (f fakeX) Understand(text, _ string, _ time.Time) Understanding {
	if u, ok := f[text]; ok {
		return u
	}
	return Understanding{Intent: IntentOther}
}

// fakeScreen grades by one rule: a current overdue is C, more than 8 enquiries is B, else A with
// every product fitting.
func fakeScreen(s slot.Slots, products []knowledge.Product, _ time.Time) Assessment {
	switch {
	case s.OverdueCurrent != nil && *s.OverdueCurrent:
		return Assessment{Grade: "C", Reasons: []Reason{{Code: "overdue_current", Text: "目前有逾期，信用类产品暂不适合"}}}
	case s.CreditQueries6m != nil && *s.CreditQueries6m > 8:
		return Assessment{Grade: "B", Reasons: []Reason{{Code: "credit_queries", Text: "近6个月征信查询较多"}}, Products: fits(products)}
	}
	return Assessment{Grade: "A", Products: fits(products)}
}

func fits(ps []knowledge.Product) []Fit {
	var out []Fit
	for _, p := range ps {
		out = append(out, Fit{Product: p, Why: "金额和期限在产品范围内"})
	}
	return out
}

func info(s slot.Slots) Understanding { return Understanding{Slots: s, Intent: IntentProvideInfo} }

var table = fakeX{
	"你好":          {Intent: IntentGreeting},
	"装修":          info(slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeRenovation)}),
	"20万 3年":      info(slot.Slots{AmountYuan: slot.Ptr[int64](200000), TermMonths: slot.Ptr(36)}),
	"30万":         info(slot.Slots{AmountYuan: slot.Ptr[int64](300000)}),
	"100块":        info(slot.Slots{AmountYuan: slot.Ptr[int64](100)}),
	"上班族月入1.2万":   info(slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried), MonthlyIncomeYuan: slot.Ptr[int64](12000)}),
	"社保2年":        info(slot.Slots{SocialSecurityMonths: slot.Ptr(24)}),
	"有房":          info(slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}),
	"没有抵押物":       info(slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}),
	"房本5年":        info(slot.Slots{HouseCertYears: slot.Ptr(5.0)}),
	"没有负债":        info(slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}),
	"查了2次":        info(slot.Slots{CreditQueries6m: slot.Ptr(2)}),
	"查了9次":        info(slot.Slots{CreditQueries6m: slot.Ptr(9)}),
	"没有逾期":        info(slot.Slots{OverdueCurrent: slot.Ptr(false)}),
	"有逾期":         info(slot.Slots{OverdueCurrent: slot.Ptr(true)}),
	"35岁本地户口":     info(slot.Slots{Age: slot.Ptr(35), LocalHukou: slot.Ptr(true)}),
	"利息多少":        {Intent: IntentAskRate},
	"要什么材料":       {Intent: IntentAskMaterials},
	"帮我做流水":       {Intent: IntentFraudRequest},
	"贷10万12期月供多少": {Intent: IntentCalculator, Calc: &CalcRequest{AmountYuan: 100000, TermMonths: 12}},
	"你们老板是谁呀":     {Intent: IntentFAQ},
	"谢谢":          {Intent: IntentThanks},
}

func newTestEngine(t *testing.T) *Engine {
	t.Helper()
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewWith(Deps{Knowledge: kb, Extractor: table, Screener: ScreenerFunc(fakeScreen)})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// say sends one message in a conversation, carrying the state along.
type convo struct {
	t     *testing.T
	e     *Engine
	state []byte
	last  Output
}

func (c *convo) send(text string, flags ...string) Output {
	c.t.Helper()
	out, err := c.e.Reply(context.Background(), Input{Kind: KindText, Text: text, State: c.state, Flags: flags,
		Now: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)})
	if err != nil {
		c.t.Fatalf("Reply(%q): %v", text, err)
	}
	c.state, c.last = out.State, out
	return out
}

func joined(o Output) string { return strings.Join(o.Replies, "\n") }

func TestEngineSteps(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // sent in order; the checks apply to the last reply
		flags []string // inbound flags of the last line
		want  []string // substrings of the last turn's replies
		not   []string // substrings that must not appear
		check func(t *testing.T, o Output)
	}{
		{name: "greeting asks consent and the first question", lines: []string{"你好"},
			want: []string{"居间", "个人信息告知", "撤回同意", "保存期限", "贷款主要用来做什么"},
			check: func(t *testing.T, o Output) {
				if o.Consent || !isEmpty(o.Slots) {
					t.Errorf("consent %v slots %+v before the applicant continued", o.Consent, o.Slots)
				}
			}},
		{name: "continuing consents and answers", lines: []string{"你好", "装修"}, want: []string{"借多少钱"},
			check: func(t *testing.T, o Output) {
				if !o.Consent || o.Slots.LoanPurpose == nil {
					t.Errorf("consent %v, slots %+v", o.Consent, o.Slots)
				}
			}},
		{name: "同意 to the notice goes on with the question", lines: []string{"你好", "同意"},
			want: []string{"贷款主要用来做什么"}, not: []string{"没能确认"},
			check: func(t *testing.T, o Output) {
				if !o.Consent {
					t.Errorf("no consent")
				}
			}},
		{name: "好的 to the notice goes on with the question", lines: []string{"你好", "好的"},
			want: []string{"贷款主要用来做什么"}, not: []string{"没能确认"}},
		{name: "several slots at once skip their questions", lines: []string{"你好", "装修", "20万 3年"},
			want: []string{"做什么工作"}, not: []string{"几期"}},
		{name: "faq mid-flow returns to the pending question", lines: []string{"你好", "装修", "利息多少"},
			want: []string{"年化利率（单利，IRR口径", "接着刚才的问题", "借多少钱"}},
		{name: "an unknown question is not a bad answer", lines: []string{"你好", "装修", "你们老板是谁呀"},
			want: []string{"暂时无法准确回答", "接着刚才的问题"}, not: []string{"没能确认"}},
		{name: "out of range amount is re-asked with an example", lines: []string{"你好", "装修", "100块"},
			want: []string{"没能确认金额", "例如"}},
		{name: "unclear answer re-asks", lines: []string{"你好", "装修", "嗯哼哈"}, want: []string{"没能确认金额"}},
		{name: "too many unclear answers offer a human", lines: []string{"你好", "装修", "嗯哼哈", "嗯哼哈", "嗯哼哈"},
			want: []string{"转人工"}},
		{name: "after one re-ask the bot moves to another fact", lines: []string{"你好", "装修", "嗯哼哈", "嗯哼哈"},
			want: []string{"分几期"}, not: []string{"借多少钱", "没能确认金额"}},
		{name: "fraud is refused, flagged, and the flow resumes", lines: []string{"你好", "装修", "帮我做流水"},
			want:  []string{"不能做", "骗取贷款", "借多少钱"},
			check: func(t *testing.T, o Output) { wantFlag(t, o, "fraud_request") }},
		{name: "inbound complaint flag hands off", lines: []string{"你好", "装修", "你们就是骗子"}, flags: []string{"complaint"},
			want: []string{"抱歉", "12378"},
			check: func(t *testing.T, o Output) {
				wantFlag(t, o, "complaint")
				if !o.Handoff {
					t.Errorf("no handoff")
				}
			}},
		{name: "transfer to human", lines: []string{"你好", "装修", "转人工"}, want: []string{"人工顾问"},
			check: func(t *testing.T, o Output) { wantFlag(t, o, "ask_human") }},
		{name: "restart clears", lines: []string{"你好", "装修", "20万 3年", "重新开始"}, want: []string{"重新开始", "贷款主要用来做什么"},
			check: func(t *testing.T, o Output) {
				if !isEmpty(o.Slots) {
					t.Errorf("slots kept: %+v", o.Slots)
				}
			}},
		{name: "withdraw consent", lines: []string{"你好", "装修", "撤回同意"}, want: []string{"撤回同意"},
			check: func(t *testing.T, o Output) {
				if !o.ConsentWithdrawn || !isEmpty(o.Slots) {
					t.Errorf("withdrawn %v slots %+v", o.ConsentWithdrawn, o.Slots)
				}
			}},
		{name: "decline consent keeps nothing", lines: []string{"你好", "不同意", "装修"}, want: []string{"同意"},
			check: func(t *testing.T, o Output) {
				if o.Consent || !isEmpty(o.Slots) {
					t.Errorf("consent %v slots %+v", o.Consent, o.Slots)
				}
			}},
		{name: "calculator", lines: []string{"你好", "贷10万12期月供多少"},
			want: []string{"8,884.88", "6,618.55", "12.00%（单利，IRR口径", "贷款有风险"}},
		{name: "house cert asked only with a house", lines: append(upToCollateral(), "有房"), want: []string{"房产证拿到多少年"}},
		{name: "every fact is acknowledged", lines: upToCollateral(), want: []string{"记下了：工作情况为上班族，月收入1.2万"}},
		{name: "the pre-screen follows the last fact, no summary to confirm", lines: fullProfile(),
			want: []string{"【初步评估】"}, not: []string{"对吗"}},
		{name: "a correction after the pre-screen assesses again", lines: append(fullProfile(), "30万"),
			want: []string{"已更新：需要30万", "【初步评估】"}},
		{name: "grade A with products and checklist", lines: fullProfile(),
			want: []string{"【初步评估】", "可能适合", "放款机构：", "必传项", "以放款机构审批为准"},
			check: func(t *testing.T, o Output) {
				if o.Grade != "A" || len(o.Products) != 3 || len(o.Flags) != 0 {
					t.Errorf("grade %q products %v flags %v", o.Grade, o.Products, o.Flags)
				}
			}},
		{name: "rate after the pre-screen quotes the top product", lines: append(fullProfile(), "利息多少"),
			want: []string{"年化利率（单利，IRR口径，含全部费用）", "测算仅供参考", "贷款有风险，借款需谨慎"}},
		{name: "thanks", lines: append(fullProfile(), "谢谢"), want: []string{"不客气"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &convo{t: t, e: newTestEngine(t)}
			for i, l := range tt.lines {
				if i == len(tt.lines)-1 {
					c.send(l, tt.flags...)
				} else {
					c.send(l)
				}
			}
			got := joined(c.last)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("replies lack %q:\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("replies contain %q:\n%s", n, got)
				}
			}
			if tt.check != nil {
				tt.check(t, c.last)
			}
		})
	}
}

func upToCollateral() []string {
	return []string{"你好", "装修", "20万 3年", "上班族月入1.2万"}
}

// fullProfile answers every question the engine asks, in its order; the last line completes the
// facts and brings the pre-screen.
func fullProfile() []string {
	return append(upToCollateral(), "有房", "房本5年", "没有逾期", "查了2次", "没有负债", "社保2年", "35岁本地户口")
}

func wantFlag(t *testing.T, o Output, reason string) {
	t.Helper()
	for _, f := range o.Flags {
		if f.Reason == reason {
			return
		}
	}
	t.Errorf("flags %+v lack %q", o.Flags, reason)
}

func TestGradesFlag(t *testing.T) {
	for _, tt := range []struct {
		swap, with, grade, flag string
	}{
		{"查了2次", "查了9次", "B", "grade_b"},
		{"没有逾期", "有逾期", "C", "grade_c"},
	} {
		c := &convo{t: t, e: newTestEngine(t)}
		for _, l := range fullProfile() {
			if l == tt.swap {
				l = tt.with
			}
			c.send(l)
		}
		o := c.last
		if o.Grade != tt.grade {
			t.Errorf("grade = %q, want %q", o.Grade, tt.grade)
		}
		wantFlag(t, o, tt.flag)
	}
}

func TestRepliesFitWeChat(t *testing.T) {
	c := &convo{t: t, e: newTestEngine(t)}
	for _, l := range append(fullProfile(), "利息多少", "要什么材料") {
		for _, r := range c.send(l).Replies {
			if len(r) > maxReplyBytes {
				t.Errorf("reply to %q has %d bytes", l, len(r))
			}
		}
	}
}

func TestBadStateStartsOver(t *testing.T) {
	e := newTestEngine(t)
	out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: "你好", State: []byte("{not json")})
	if err != nil || !strings.Contains(joined(out), "欢迎") {
		t.Errorf("Reply with a broken state = %q, %v", out.Replies, err)
	}
}
