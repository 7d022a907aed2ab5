package extract

import (
	"encoding/json"
	"testing"
)

// TestNumberClassesFromBlindHK checks the classes of figures that training batches H and K showed,
// on sentences that are not the batches' own: debts named after a monthly repayment or listed after
// one, a lender named after the verb, money lent out, a loan's age, a share of the amount, a figure
// to be written into a proof, a year's earnings, incomes that swing, alternatives, 出头, figures
// that are no figures, and overdue said without 逾期.
func TestNumberClassesFromBlindHK(t *testing.T) {
	x := New()
	tests := []struct {
		text, expecting string
		slots, tent     string // JSON objects of the slots and tentative values wanted
	}{
		// a monthly repayment, then the debts it repays
		{"每个月要还京东白条和花呗大概两千", "", `{"existing_monthly_debt_yuan":2000}`, `{}`},
		{"每个月还网贷 信用卡 差不多五千", "", `{"existing_monthly_debt_yuan":5000}`, `{}`},
		{"花呗借呗每个月加起来要还两千", "", `{"existing_monthly_debt_yuan":2000}`, `{}`},
		{"花呗一千 借呗两千", "existing_monthly_debt_yuan", `{"existing_monthly_debt_yuan":3000}`, `{}`},
		{"车贷每月两千 花呗每月五百", "", `{"collateral":"car","existing_monthly_debt_yuan":2500}`, `{}`},
		// the lender is named, the debt is the applicant's; money lent out is nobody's loan
		{"跟朋友借了两万 每个月还他两千", "", `{"existing_monthly_debt_yuan":2000}`, `{}`},
		{"我欠亲戚十万 每月还三千", "", `{"existing_monthly_debt_yuan":3000}`, `{}`},
		{"我朋友每个月还网贷三千", "", `{}`, `{}`},
		{"我同学借了我五千一直没还", "", `{}`, `{}`},
		{"我表哥欠我两万 我想借三万", "", `{"amount_yuan":30000}`, `{}`},
		// how long a loan has run is no term
		{"这笔贷款贷了两年了 每月还两千", "", `{"existing_monthly_debt_yuan":2000}`, `{}`},
		{"我借款一年了", "", `{}`, `{}`},
		{"那就借两年了", "", `{"term_months":24}`, `{}`},
		{"车贷三年的 每月两千", "", `{"collateral":"car","existing_monthly_debt_yuan":2000}`, `{}`},
		// a share of the amount, told by its use
		{"借二十万 十万装修 十万买车", "", `{"amount_yuan":200000,"loan_purpose":"car"}`, `{}`},
		{"要借八万 五万还网贷", "", `{"amount_yuan":80000}`, `{}`},
		// a figure to be written into a proof is faked; one a proof states is not
		{"帮我开个收入证明 写一万五", "", `{}`, `{}`},
		{"工资证明能不能给我写到两万", "", `{}`, `{}`},
		{"收入证明上写的八千", "", `{"monthly_income_yuan":8000}`, `{}`},
		{"帮我把工资写到一万五", "", `{}`, `{}`},
		{"能不能做一份两万的工资流水", "", `{}`, `{}`},
		{"帮我弄个收入证明 月入两万的", "", `{}`, `{}`},
		{"我工资写的是八千", "", `{"monthly_income_yuan":8000}`, `{}`},
		{"能不能帮我算一下 月入两万的能借多少", "", `{"monthly_income_yuan":20000}`, `{}`},
		// a year's earnings; a harvest is no income
		{"一年种果树下来能赚八万", "", `{"monthly_income_yuan":6667}`, `{}`},
		{"一年收成大概十万", "", `{}`, `{}`},
		{"一年 月入五千", "", `{"term_months":12,"monthly_income_yuan":5000}`, `{}`},
		// the applicant's month after a loan word
		{"贷款的话我一个月能拿六千", "", `{"monthly_income_yuan":6000}`, `{}`},
		{"我和老公都在上海上班 我一个月一万八 他两万", "amount_yuan", `{"city":"上海","employment":"salaried","monthly_income_yuan":18000}`, `{}`},
		// incomes that swing, alternatives, 出头
		{"生意好的时候一个月两万 不好的时候五千", "", `{}`, `{"monthly_income_yuan":20000}`},
		{"旺季一个月能挣一万五 淡季三千", "", `{}`, `{"monthly_income_yuan":15000}`},
		{"多的时候八千 少的时候四千", "monthly_income_yuan", `{}`, `{"monthly_income_yuan":8000}`},
		{"期限24还是36", "", `{}`, `{"term_months":36}`},
		{"月薪五千出头", "", `{}`, `{"monthly_income_yuan":5000}`},
		// a household's total, then the applicant's share; a raise to come, then the income now
		{"八千是我和老公一起的 我自己四千", "", `{"monthly_income_yuan":4000}`, `{}`},
		{"我和老婆加起来两万", "monthly_income_yuan", `{}`, `{}`},
		{"家里一共一万五 我自己六千", "monthly_income_yuan", `{"monthly_income_yuan":6000}`, `{}`},
		{"老板说明年涨到八千 现在六千", "", `{"employment":"salaried","monthly_income_yuan":6000}`, `{}`},
		// no figures
		{"九零后", "age", `{}`, `{}`},
		{"想借个三十来个", "", `{}`, `{"amount_yuan":300000}`},
		{"近两个月查了三次 之前的不清楚", "", `{}`, `{}`},
		{"半年查了六次 之前的不知道", "", `{"credit_queries_6m":6}`, `{}`},
		// overdue without 逾期
		{"信用卡上个月断了一期 到现在还没补上", "", `{"overdue_current":true}`, `{}`},
		{"网贷有两期没补上", "", `{"overdue_current":true}`, `{}`},
		{"花呗逾紧期 点算", "", `{"overdue_current":true}`, `{}`},
		{"我張卡逾咗期", "", `{"overdue_current":true}`, `{}`},
		{"万一逾期了怎么办", "", `{}`, `{}`},
		// Cantonese and short forms of figures
		{"月入萬五", "", `{"monthly_income_yuan":15000}`, `{}`},
		{"人工得六千", "", `{"monthly_income_yuan":6000}`, `{}`},
		{"上次贷款按时还完了 没逾期", "", `{"overdue_current":false}`, `{}`},
		{"以前有过两次 都还上了", "overdue_current", `{"overdue_current":false}`, `{}`},
		{"社保断了两个月", "", `{"social_security_months":0}`, `{}`},
		// several debts denied; a house's own loan denied
		{"无车贷房贷 月入八千", "", `{"existing_monthly_debt_yuan":0,"monthly_income_yuan":8000}`, `{}`},
		{"房子是全款的 没贷款", "", `{"collateral":"house"}`, `{}`},
	}
	for _, tc := range tests {
		r := x.ExtractAt(tc.text, tc.expecting, blindNow)
		var want, tent map[string]any
		if err := json.Unmarshal([]byte(tc.slots), &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(tc.tent), &tent); err != nil {
			t.Fatal(err)
		}
		if got := jsonMap(r.Slots); !sameMap(got, want) {
			t.Errorf("%q (expecting %q): slots %v, want %v", tc.text, tc.expecting, show(got), show(want))
		}
		if got := jsonMap(r.Tentative); !sameMap(got, tent) {
			t.Errorf("%q (expecting %q): tentative %v, want %v", tc.text, tc.expecting, show(got), show(tent))
		}
	}
}

// TestSignalsFromBlindHK: a loan said to be mostly for repaying debts signals borrowing to repay
// (not where an income goes); a request to remove a credit record is fraud (not asking when one
// lapses); a correction names the figure it takes back.
func TestSignalsFromBlindHK(t *testing.T) {
	x := New()
	for _, tc := range []struct {
		text   string
		repay  bool
		intent string
	}{
		{"借的钱主要是还网贷", true, ""},
		{"分两年吧 就是还信用卡", true, ""},
		{"钱主要拿去还信用卡", true, ""},
		{"想把几张信用卡一次还清", true, ""},
		{"我每个月工资都拿去还信用卡了", false, ""},
		{"每个月工资主要就是还房贷", false, ""},
		{"征信上的不良能帮我删掉吗", false, IntentFraudRequest},
		{"你们能把我的查询记录清掉吗 多少钱都行", false, IntentFraudRequest},
		{"逾期记录多久能消", false, IntentFAQ},
		{"收入能不能写两万", false, IntentFraudRequest},
		{"我收入八千 能不能写成一万二", false, IntentFraudRequest},
		{"工资就写实际的", false, IntentProvideInfo},
	} {
		r := x.ExtractAt(tc.text, "", blindNow)
		repay := false
		for _, s := range r.Signals {
			repay = repay || s == SignalBorrowToRepay
		}
		if repay != tc.repay || (tc.intent != "" && r.Intent != tc.intent) {
			t.Errorf("%q: borrow_to_repay %v, intent %s; want %v, %s", tc.text, repay, r.Intent, tc.repay, tc.intent)
		}
	}
	if r := x.ExtractAt("写错了 是三万 不是三十万", "", blindNow); len(r.TakenBack) != 1 || r.TakenBack[0] != 300000 {
		t.Errorf("taken back %v, want [300000]", r.TakenBack)
	}
}
