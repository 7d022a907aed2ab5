package bot

import (
	"slices"
	"testing"
)

// TestTurnsFromBlindHK replays short conversations of the classes training batches H and K showed,
// in words that are not theirs, and checks the last turn: a correction that names the figure it
// takes back corrects that slot; a tentative value confirmed by restating it stays in its slot; borrowing to repay is warned at every message that says it; a
// request to remove a credit record is refused; a question about the applicant's facts after a
// refusal is no insistence, a fact told to press the request is one; 出头 is a narrow band, so a sum too large for every reading warns.
func TestTurnsFromBlindHK(t *testing.T) {
	e := New()
	filter := outboundFilter(t)
	cases := []struct {
		name  string
		turns []string
		warn  string // must be said at the last turn ("" none)
		quiet string // must not be said at the last turn ("" none)
		slots map[string]any
	}{
		{"taken back", []string{"借三十万 分三年 月入三万", "写错了 是三万 不是三十万"}, "", "",
			map[string]any{"amount_yuan": 30000.0, "monthly_income_yuan": 30000.0}},
		{"confirmed by restating", []string{"想借八万 分三年", "跑滴滴的 收入不固定 好的时候一万二 差的时候六千", "对 就按一万二算"}, "", "",
			map[string]any{"amount_yuan": 80000.0, "monthly_income_yuan": 12000.0}},
		{"repay restated", []string{"借五万还网贷", "月入一万", "分两年 主要是还信用卡"}, WarnBorrowToRepay, "", nil},
		{"credit repair", []string{"想借两万", "帮我把征信上的逾期删掉 多少钱都行"}, WarnFraudRefusal, "", nil},
		{"insisting with a fact", []string{"帮我做个流水", "你就帮我弄一下嘛 我月入才五千"}, WarnFraudRefusal, "",
			map[string]any{"monthly_income_yuan": 5000.0}},
		{"accepting with a fact", []string{"帮我做个流水", "那就正常帮我办吧 借五万"}, "", WarnFraudRefusal, nil},
		{"question after refusal", []string{"帮我做个假流水", "不提供流水行不行"}, "", WarnFraudRefusal, nil},
		{"a little above", []string{"工资一万出头", "想借二十万 两年还"}, WarnAffordability, "", nil}, // 10000–13000: every reading fails
		{"a little above, affordable", []string{"工资一万出头", "想借十万 分三年"}, "", WarnAffordability, nil},
	}
	for _, c := range cases {
		out := replay(t, e, filter, append([]string{"你好"}, c.turns...)...)
		var said []string
		for _, w := range out.Warnings {
			said = append(said, w.Code)
		}
		if (c.warn != "" && !slices.Contains(said, c.warn)) || (c.quiet != "" && slices.Contains(said, c.quiet)) {
			t.Errorf("%s: warnings %v; want %q, not %q", c.name, said, c.warn, c.quiet)
		}
		got := slotMap(out.Slots)
		for k, v := range c.slots {
			if got[k] != v {
				t.Errorf("%s: %s = %v, want %v", c.name, k, got[k], v)
			}
		}
	}
}
