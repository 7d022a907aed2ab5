package bot

import (
	"slices"
	"testing"
)

// ijCase is a short conversation of a class training batches I and J showed, in words that are not
// theirs; the last turn is checked.
type ijCase struct {
	name    string
	turns   []string
	warn    string         // must be said at the last turn ("" none)
	quiet   string         // must not be said at the last turn ("" none)
	handoff bool           // the last turn hands the conversation to a human
	slots   map[string]any // stated slots after the last turn (nil: the slot must be absent)
	tent    map[string]any // tentative values after the last turn (nil: the value must be absent)
}

// replayIJ runs each case after a greeting, with the inbound flags the compliance filter raises.
func replayIJ(t *testing.T, cases []ijCase) {
	t.Helper()
	e := New()
	filter := outboundFilter(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := replay(t, e, filter, append([]string{"你好"}, c.turns...)...)
			var said []string
			for _, w := range out.Warnings {
				said = append(said, w.Code)
			}
			if (c.warn != "" && !slices.Contains(said, c.warn)) || (c.quiet != "" && slices.Contains(said, c.quiet)) {
				t.Errorf("warnings %v; want %q, not %q", said, c.warn, c.quiet)
			}
			if out.Handoff != c.handoff {
				t.Errorf("handoff %v, want %v", out.Handoff, c.handoff)
			}
			checkSlotValues(t, "slot", slotMap(out.Slots), c.slots)
			checkSlotValues(t, "tentative", slotMap(out.Tentative), c.tent)
		})
	}
}

func checkSlotValues(t *testing.T, what string, got, want map[string]any) {
	t.Helper()
	for k, v := range want {
		g, ok := got[k]
		switch {
		case v == nil && ok:
			t.Errorf("%s %s = %v, want none", what, k, g)
		case v != nil && g != v:
			t.Errorf("%s %s = %v, want %v", what, k, g, v)
		}
	}
}

// TestTurnsTentativeRestated: after an approximate value is put to the applicant ("月收入先按2万…可以吗"),
// a message whose figure, read as that value, falls within its readings restates it (a stated slot,
// no amount); one that says it corrects something corrects the value put when the figure is near it;
// a figure outside the approximation keeps the message's own reading.
func TestTurnsTentativeRestated(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "restated exactly", turns: []string{"想借15万 分两年", "收入两万出头", "准确说就两万", "车贷每月六千"},
			warn:  WarnAffordability,
			slots: map[string]any{"amount_yuan": 150000.0, "monthly_income_yuan": 20000.0, "existing_monthly_debt_yuan": 6000.0},
			tent:  map[string]any{"monthly_income_yuan": nil}},
		{name: "restated near", turns: []string{"想借二十万 分五年", "工资一万出头", "一万一"},
			slots: map[string]any{"amount_yuan": 200000.0, "monthly_income_yuan": 11000.0}},
		{name: "restated with 差不多", turns: []string{"想借五万 分一年", "月收入八九千", "差不多九千吧"},
			slots: map[string]any{"amount_yuan": 50000.0, "monthly_income_yuan": 9000.0}},
		{name: "restated period", turns: []string{"借二十万 分三年", "社保交了两年多", "准确是两年"},
			slots: map[string]any{"term_months": 36.0, "social_security_months": 24.0}},
		{name: "restated debt", turns: []string{"想借三十万", "每个月还房贷七八千", "就是八千"},
			slots: map[string]any{"amount_yuan": 300000.0, "existing_monthly_debt_yuan": 8000.0}},
		{name: "outside the approximation", turns: []string{"我手上有几个网贷 每个月要还六千多", "要借十万 分三年", "我在超市做理货 一个月四千"},
			slots: map[string]any{"monthly_income_yuan": 4000.0, "existing_monthly_debt_yuan": nil},
			tent:  map[string]any{"existing_monthly_debt_yuan": 6000.0}},
		{name: "corrected near", turns: []string{"借五万 分两年", "月薪七八千", "说错了 一万"},
			slots: map[string]any{"amount_yuan": 50000.0, "monthly_income_yuan": 10000.0}},
		{name: "corrected with 应该是", turns: []string{"借三十万", "月薪七八千", "应该是一万二"},
			slots: map[string]any{"amount_yuan": 300000.0, "monthly_income_yuan": 12000.0}},
		{name: "corrected far is the amount", turns: []string{"借三十万", "月薪七八千", "不好意思打错了 是三万"},
			slots: map[string]any{"amount_yuan": 30000.0, "monthly_income_yuan": nil},
			tent:  map[string]any{"monthly_income_yuan": 8000.0}},
		{name: "amount named", turns: []string{"借五万 分两年", "月薪七八千", "说错了 借一万"},
			slots: map[string]any{"amount_yuan": 10000.0},
			tent:  map[string]any{"monthly_income_yuan": 8000.0}},
	})
}

// TestTurnsFraudFlatters: a fraud request that shows the applicant better than a stated fact (a job
// after 失业了, a house after 没有房子, fewer enquiries, no overdue) states what it wants faked and
// corrects nothing; a worse fact told to press it is kept, and a gap is filled.
func TestTurnsFraudFlatters(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "job for none", turns: []string{"失业了 想借点钱", "帮我包装一下 就写在国企上班"}, warn: WarnFraudRefusal,
			slots: map[string]any{"employment": "unemployed"}},
		{name: "house for none", turns: []string{"没有房子", "能不能做个假房产证 就当我有套房"}, warn: WarnFraudRefusal,
			slots: map[string]any{"collateral": "none"}},
		{name: "fewer enquiries", turns: []string{"征信查了十二次", "能不能帮我把查询记录洗掉 就当只查了两次"}, warn: WarnFraudRefusal,
			slots: map[string]any{"credit_queries_6m": 12.0}},
		{name: "overdue cleared", turns: []string{"现在有逾期没还", "找关系帮我把逾期消了 就说没逾期"}, warn: WarnFraudRefusal,
			slots: map[string]any{"overdue_current": true}},
		{name: "worse income kept", turns: []string{"月入八千", "帮我做个流水吧 其实我月入才三千"}, warn: WarnFraudRefusal,
			slots: map[string]any{"monthly_income_yuan": 3000.0}},
		{name: "gap filled", turns: []string{"想借十万", "我是开公司的 能不能包过"}, warn: WarnFraudRefusal,
			slots: map[string]any{"amount_yuan": 100000.0, "employment": "business_owner"}},
	})
}

// TestTurnsIdentityInsisted: after a refused request to borrow on someone else's identity, a plea
// or an offer of another person's papers is the same request and is refused again; a question about
// the applicant's own facts, or accepting to apply in their own name, is not.
func TestTurnsIdentityInsisted(t *testing.T) {
	refused := []string{"想借五万", "我征信不好 能用我弟弟的身份证贷吗"}
	var cases []ijCase
	for _, s := range []string{"他同意的 就借用一下 帮帮忙", "是我亲弟弟 没关系的", "我弟同意了 你们通融一下",
		"那用我老婆的行不行", "用我老公的可以不", "那拿我爸的去办行不行", "换我姐的名字行不行"} {
		cases = append(cases, ijCase{name: s, turns: append(refused[:2:2], s), warn: WarnFraudRefusal})
	}
	for _, s := range []string{"那我用公积金贷行不行", "用我自己的行不行", "不讲收入行不行", "我老婆的收入算不算", "好吧 那我自己申请"} {
		cases = append(cases, ijCase{name: s, turns: append(refused[:2:2], s), quiet: WarnFraudRefusal})
	}
	replayIJ(t, cases)
}

// TestTurnsTentativeAnswered: a bare figure after an approximate value is put answers it when the
// message's own reading would silently change another stated fact with it (不止 有两万五 after
// 借15万 is no new amount); a reply that accepts the approximation (差不多吧, 八九不离十) confirms it.
func TestTurnsTentativeAnswered(t *testing.T) {
	put := []string{"想借15万 分两年", "收入两万出头"}
	stated := func(v float64) map[string]any {
		return map[string]any{"amount_yuan": 150000.0, "monthly_income_yuan": v}
	}
	var cases []ijCase
	for s, v := range map[string]float64{"不止 有两万五": 25000, "没那么多 一万八": 18000, "其实是一万八": 18000, "两万五": 25000,
		"差不多吧": 20000, "大概是吧": 20000, "八九不离十": 20000, "差唔多啦": 20000, "嗯 大概就这么多": 20000} {
		cases = append(cases, ijCase{name: s, turns: append(put[:2:2], s), slots: stated(v),
			tent: map[string]any{"monthly_income_yuan": nil}})
	}
	cases = append(cases,
		ijCase{name: "amount named", turns: append(put[:2:2], "借十万吧"),
			slots: map[string]any{"amount_yuan": 100000.0}, tent: map[string]any{"monthly_income_yuan": 20000.0}},
		ijCase{name: "unsure", turns: append(put[:2:2], "应该是吧 我也记不太清"),
			slots: map[string]any{"monthly_income_yuan": nil}, tent: map[string]any{"monthly_income_yuan": 20000.0}})
	replayIJ(t, cases)
}

// TestTurnsAssetDenied: a message that denies only the other kind of asset ("没有房产" after 有台车)
// leaves the one owned; denying the one owned, or both, owns nothing.
func TestTurnsAssetDenied(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "house denied after a car", turns: []string{"有台车", "没有房产"}, slots: map[string]any{"collateral": "car"}},
		{name: "house denied after a car, reversed", turns: []string{"有辆旧车", "房子没有"}, slots: map[string]any{"collateral": "car"}},
		{name: "car denied after a house", turns: []string{"有套房", "没车"}, slots: map[string]any{"collateral": "house"}},
		{name: "car and other denied after a house", turns: []string{"名下有房", "没有车 也没有其他的"}, slots: map[string]any{"collateral": "house"}},
		{name: "both denied", turns: []string{"有辆车", "房和车都没有"}, slots: map[string]any{"collateral": "none"}},
		{name: "owned one denied", turns: []string{"有车", "说错了 没有车"}, slots: map[string]any{"collateral": "none"}},
		{name: "house not mine", turns: []string{"有套房", "不好意思 房子是我爸的 我名下什么都没有"}, slots: map[string]any{"collateral": "none"}},
	})
}

// TestTurnsCompanionFact: the flow's questions ask two facts at once (做什么工作、月收入多少; 有房产吗…
// 房产证拿到几年了); a figure the answer leaves unplaced, or places only by default, is the second fact,
// and the first fact's bare answer stays.
func TestTurnsCompanionFact(t *testing.T) {
	asked := []string{"想借十万 分两年 装修用"} // the next question: 做什么工作、本人税后月收入大概多少
	replayIJ(t, []ijCase{
		{name: "job and bare income", turns: append(asked[:1:1], "上班的 八千"),
			slots: map[string]any{"employment": "salaried", "monthly_income_yuan": 8000.0, "amount_yuan": 100000.0}},
		{name: "job and income, no amount", turns: append(asked[:1:1], "开店的 一万左右"),
			slots: map[string]any{"employment": "self_employed", "monthly_income_yuan": 10000.0, "amount_yuan": 100000.0}},
		{name: "bare income only", turns: append(asked[:1:1], "8000"),
			slots: map[string]any{"monthly_income_yuan": 8000.0, "amount_yuan": 100000.0}},
		{name: "house and bare years", turns: []string{"想借二十万 分三年 装修用", "上班", "一万二", "有房 五年"},
			slots: map[string]any{"collateral": "house", "house_cert_years": 5.0, "term_months": 36.0}},
		{name: "car and years is no certificate", turns: []string{"想借二十万 分三年 装修用", "上班", "一万二", "有车 三年"},
			slots: map[string]any{"collateral": "car", "house_cert_years": nil, "term_months": 36.0}},
		{name: "bare amount stays the amount", turns: []string{"想借钱 装修用", "二十万"},
			slots: map[string]any{"amount_yuan": 200000.0, "term_months": nil}},
		{name: "overdue and bare count", turns: []string{"想借二十万 分三年 装修用", "上班", "一万二", "都没有", "没有 三次"},
			slots: map[string]any{"overdue_current": false, "credit_queries_6m": 3.0}},
	})
}
