package bot

import "testing"

// TestTurnsGivingUp: an applicant who gives up ("算了 不借了", also after a refused request) ends the
// consultation with what was stated kept for agents; only an explicit restart starts from nothing.
func TestTurnsGivingUp(t *testing.T) {
	facts := "借3万 分一年 上班族 月入六千"
	kept := map[string]any{"amount_yuan": 30000.0, "term_months": 12.0, "monthly_income_yuan": 6000.0}
	gone := map[string]any{"amount_yuan": nil, "term_months": nil, "monthly_income_yuan": nil}
	replayIJ(t, []ijCase{
		{name: "算了 不借了", turns: []string{facts, "算了 不借了"}, slots: kept},
		{name: "不想借了", turns: []string{facts, "不想借了"}, slots: kept},
		{name: "不贷了 太麻烦", turns: []string{facts, "不贷了 太麻烦"}, slots: kept},
		{name: "算了 我不办了", turns: []string{facts, "算了 我不办了"}, slots: kept},
		{name: "bare 取消", turns: []string{facts, "取消"}, slots: kept},
		{name: "after a refusal", turns: []string{"做直播的 借五万", "帮我改一下用途 写装修", "那算了 不借了"},
			quiet: WarnFraudRefusal, slots: map[string]any{"amount_yuan": 50000.0, "employment": "freelancer"}},
		{name: "重新开始", turns: []string{facts, "重新开始"}, slots: gone},
		{name: "算了 重新来吧", turns: []string{facts, "算了 重新来吧"}, slots: gone},
		{name: "清空 重新填", turns: []string{facts, "清空 重新填"}, slots: gone},
		{name: "restart after giving up", turns: []string{facts, "不想借了", "重新开始"}, slots: gone},
	})
}

// TestTurnsCorrectionLead: a message that opens with 不是/不对 and goes on to correct another fact
// answers neither the pending question nor its companion ("不是" is no "没有逾期", no zero enquiries);
// a bare 不是, or one its own words explain, still answers.
func TestTurnsCorrectionLead(t *testing.T) {
	base := "借5万 分两年 上班族 月入一万 没房没车" // the bot then asks about overdues and enquiries
	noAnswer := map[string]any{"overdue_current": nil, "credit_queries_6m": nil}
	replayIJ(t, []ijCase{
		{name: "我说错了 income", turns: []string{base, "不是 我说错了 月收入是三千"}, warn: WarnAffordability,
			slots: mergeWant(noAnswer, map[string]any{"monthly_income_yuan": 3000.0})},
		{name: "不对 amount", turns: []string{base, "不对 借的是八万"},
			slots: mergeWant(noAnswer, map[string]any{"amount_yuan": 80000.0})},
		{name: "不是 刚才说多了", turns: []string{base, "不是 收入是七千 刚才说多了"},
			slots: mergeWant(noAnswer, map[string]any{"monthly_income_yuan": 7000.0})},
		{name: "不对 打错了", turns: []string{base, "不对 打错了 是借八万"},
			slots: mergeWant(noAnswer, map[string]any{"amount_yuan": 80000.0})},
		{name: "after the overdue answer", turns: []string{base + " 没逾期", "不是 月入应该是九千"},
			slots: map[string]any{"monthly_income_yuan": 9000.0, "credit_queries_6m": nil, "overdue_current": false}},
		{name: "不是 with its own answer", turns: []string{base, "不是 没有逾期"},
			slots: map[string]any{"overdue_current": false}},
		{name: "不是 set apart answers", turns: []string{base + " 没逾期 查过两次 负债没有 社保三年", "不是 另外刚才说错了 月入是九千"},
			slots: map[string]any{"monthly_income_yuan": 9000.0, "local_hukou": false}},
		{name: "哦不对 purpose", turns: []string{base + " 买车用", "哦不对 说错了 是拿去装修"},
			slots: map[string]any{"loan_purpose": "renovation", "overdue_current": nil, "credit_queries_6m": nil}},
		{name: "correction with an answer", turns: []string{base, "不对 打错了 是借八万 没逾期"},
			slots: map[string]any{"amount_yuan": 80000.0, "overdue_current": false}},
	})
}

// TestTurnsBareYears: a bare duration answers the term when the term is asked, is no count of
// enquiries, and a house named with a bare number of years gives the certificate's years, also out
// of order, leaving a stated term alone.
func TestTurnsBareYears(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "term asked", turns: []string{"借5万 上班族 月入一万 没房没车", "三年"},
			slots: map[string]any{"term_months": 36.0}},
		{name: "enquiries asked", turns: []string{"借5万 分两年 上班族 月入一万 没房没车 没逾期", "三年"},
			slots: map[string]any{"credit_queries_6m": nil}},
		{name: "tentative term confirmed", turns: []string{"想借个七八万", "分两到三年", "一个月工资八千左右", "就8万吧", "三年"},
			slots: map[string]any{"term_months": 36.0, "amount_yuan": 80000.0}, tent: map[string]any{"term_months": nil}},
		{name: "有房 五年 out of order", turns: []string{"借5万 分两年 月收入八千 上班族", "有房 五年"},
			slots: map[string]any{"term_months": 24.0, "collateral": "house", "house_cert_years": 5.0}},
		{name: "有房 五年 asked", turns: []string{"借5万 分两年 月收入八千 上班族 买车用", "有房 五年"},
			slots: map[string]any{"term_months": 24.0, "house_cert_years": 5.0}},
		{name: "no overdue volunteered", turns: []string{"想借8万 分3年", "有一笔逾期", "哦不是 那是前年的 早就还清了 现在没有逾期"},
			slots: map[string]any{"overdue_current": false, "credit_queries_6m": nil, "monthly_income_yuan": nil}},
	})
}

// TestTurnsTentativeReplaced: a stated value replaces an approximate one of the same fact, put or
// not yet put to the applicant.
func TestTurnsTentativeReplaced(t *testing.T) {
	replayIJ(t, []ijCase{
		{name: "cert years", turns: []string{"我在温州开服装店 自己有个商铺", "房产证十几年了", "想借五十万 进货", "房本其实是十五年"},
			slots: map[string]any{"house_cert_years": 15.0}, tent: map[string]any{"house_cert_years": nil}},
		{name: "cert years 准确", turns: []string{"有套房 房本七八年了", "借十万 分三年", "房本准确是八年"},
			slots: map[string]any{"house_cert_years": 8.0}, tent: map[string]any{"house_cert_years": nil}},
		{name: "income", turns: []string{"想借十万 分三年", "工资七八千", "上班族 月入准确是七千五"},
			slots: map[string]any{"monthly_income_yuan": 7500.0}, tent: map[string]any{"monthly_income_yuan": nil}},
	})
}

func mergeWant(a, b map[string]any) map[string]any {
	m := map[string]any{}
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}
