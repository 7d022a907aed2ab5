package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindL checks the wording classes that batch L (train) revealed, on sentences that
// are not the batch's own.
func TestClassesFromBlindL(t *testing.T) {
	x := New()
	salaried, self := slot.Ptr(slot.EmploymentSalaried), slot.Ptr(slot.EmploymentSelfEmployed)
	business, other := slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.PurposeOther)
	no, yes := slot.Ptr(false), slot.Ptr(true)
	money := func(v int64) *int64 { return &v }
	tests := []struct {
		text, expecting string
		want            slot.Slots
		use             string // ProhibitedUse wanted
		intent          string // "" = not checked
	}{
		// lending the loan out for interest
		{"想借点钱放出去 收利息", "", slot.Slots{LoanPurpose: other}, UseLending, ""},
		{"借二十万放出去 吃利息", "", slot.Slots{AmountYuan: money(200000), LoanPurpose: other}, UseLending, ""},
		{"贷点款把钱放出去收息", "", slot.Slots{LoanPurpose: other}, UseLending, ""},
		{"想贷五万 放出去赚点利息", "", slot.Slots{AmountYuan: money(50000), LoanPurpose: other}, UseLending, ""},
		{"借出去吃利息", "", slot.Slots{LoanPurpose: other}, UseLending, ""},
		// a quality inspector in a factory is salaried
		{"在服装厂做质检的", "", slot.Slots{Employment: salaried}, "", ""},
		{"我是当质检的 五千一个月", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: money(5000)}, "", ""},
		{"在汽车厂干质检", "", slot.Slots{Employment: salaried}, "", ""},
		{"做品管的 月薪七千", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: money(7000)}, "", ""},
		{"在苏州一家电子厂做质检", "", slot.Slots{Employment: salaried, City: slot.Ptr("苏州")}, "", ""},
		{"我老婆在厂里做质检", "", slot.Slots{}, "", ""},
		// a corner shop or a stall run is self-employed
		{"村里开了个小卖部", "", slot.Slots{Employment: self}, "", ""},
		{"我家开小卖部的", "", slot.Slots{Employment: self}, "", ""},
		{"摆了个水果摊", "", slot.Slots{Employment: self}, "", ""},
		{"在学校门口有个早餐摊 一个月挣六千", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(6000)}, "", ""},
		{"做煎饼摊的", "", slot.Slots{Employment: self}, "", ""},
		// retirement to come is no retirement yet
		{"下月退休 还能贷吗", "", slot.Slots{}, "", ""},
		{"我马上退休了", "", slot.Slots{}, "", ""},
		{"即将退休", "", slot.Slots{}, "", ""},
		{"还有三个月退休", "", slot.Slots{}, "", ""},
		{"快要退休了 五十九", "", slot.Slots{}, "", ""},
		{"退休三年了", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentRetired)}, "", ""},
		// a small business to start with the loan is its purpose, no occupation yet
		{"想借点钱做个小生意", "", slot.Slots{LoanPurpose: business}, "", ""},
		{"借三万做点小生意", "", slot.Slots{AmountYuan: money(30000), LoanPurpose: business}, "", ""},
		{"打算贷款搞个小生意 摆个摊", "", slot.Slots{LoanPurpose: business}, "", ""},
		{"我是做小生意的 想借五万", "", slot.Slots{AmountYuan: money(50000), Employment: self}, "", ""},
		{"自己做点小生意 一个月一万", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(10000)}, "", ""},
		// yearly pay (年包) is income over twelve, never an amount
		{"年包四十万", "", slot.Slots{MonthlyIncomeYuan: money(33333)}, "", ""},
		{"我年包五十万 想借二十万", "", slot.Slots{AmountYuan: money(200000), MonthlyIncomeYuan: money(41667)}, "", ""},
		{"在互联网公司 年包三十万", "", slot.Slots{MonthlyIncomeYuan: money(25000)}, "", ""},
		{"年包六十个 每月到手三万五", "", slot.Slots{MonthlyIncomeYuan: money(35000)}, "", ""},
		{"年包二十四万 到手每月一万六", "", slot.Slots{MonthlyIncomeYuan: money(16000)}, "", ""},
		// only a credit loan wanted: no pledge
		{"没有 只想做信用贷", "collateral", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone), PledgeWilling: no}, "", ""},
		{"只想做信用贷", "", slot.Slots{PledgeWilling: no}, "", ""},
		{"什么都没有 只想办信用贷", "", slot.Slots{PledgeWilling: no}, "", ""},
		{"有套房 但只想做信用贷", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), PledgeWilling: no}, "", ""},
		{"信用贷就行", "", slot.Slots{PledgeWilling: no}, "", ""},
		// a bribe offered is no amount
		{"给你们经理送两万 帮我批下来", "", slot.Slots{}, "", ""},
		{"我送你五千 帮我搞定", "", slot.Slots{}, "", ""},
		{"想借十万 送你们领导一万好处", "", slot.Slots{AmountYuan: money(100000)}, "", ""},
		{"孝敬经理三千块行不行", "", slot.Slots{}, "", ""},
		{"送你们三千 帮忙走个后门", "", slot.Slots{}, "", ""},
		// a payslip to be doctored: the figure is the forgery's, the request fraud
		{"工资条帮我改成两万", "", slot.Slots{}, "", IntentFraudRequest},
		{"能不能把收入证明改成一万", "", slot.Slots{}, "", IntentFraudRequest},
		{"流水p一下 改成月入三万", "", slot.Slots{}, "", IntentFraudRequest},
		{"工资条p成一万二", "", slot.Slots{}, "", IntentFraudRequest},
		{"收入证明能不能改到一万八", "", slot.Slots{}, "", IntentFraudRequest},
		{"我工资条上写的八千", "", slot.Slots{MonthlyIncomeYuan: money(8000)}, "", ""},
		{"是两万 改成二十万", "", slot.Slots{AmountYuan: money(200000)}, "", ""},
		// someone else's overdue, then the applicant's own denied
		{"我老公逾期了 我自己没有", "", slot.Slots{OverdueCurrent: no}, "", ""},
		{"我弟逾期了 我倒是没有", "", slot.Slots{OverdueCurrent: no}, "", ""},
		{"老公信用卡逾期 但我没有", "", slot.Slots{OverdueCurrent: no}, "", ""},
		{"我弟逾期了 我从来没有", "", slot.Slots{OverdueCurrent: no}, "", ""},
		{"我爸有逾期 我没逾期", "", slot.Slots{OverdueCurrent: no}, "", ""},
		{"我老婆有逾期 我不清楚", "", slot.Slots{}, "", ""},
		// one's own overdue asked about is no fact
		{"我逾期了吗", "", slot.Slots{}, "", ""},
		{"我是不是逾期了", "", slot.Slots{}, "", ""},
		{"现在有逾期么", "", slot.Slots{}, "", ""},
		{"我有没有逾期 怎么查", "", slot.Slots{}, "", ""},
		{"不知道自己有逾期吗 怎么看", "", slot.Slots{}, "", ""},
		{"我有逾期", "", slot.Slots{OverdueCurrent: yes}, "", ""},
		{"现在逾期中", "", slot.Slots{OverdueCurrent: yes}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := x.ExtractAt(tt.text, tt.expecting, blindNow)
			if diff := cmp.Diff(tt.want, r.Slots); diff != "" {
				t.Errorf("ExtractAt(%q, %q) slots (-want +got):\n%s", tt.text, tt.expecting, diff)
			}
			if r.ProhibitedUse != tt.use {
				t.Errorf("ExtractAt(%q) prohibited use = %q, want %q", tt.text, r.ProhibitedUse, tt.use)
			}
			if tt.intent != "" && r.Intent != tt.intent {
				t.Errorf("ExtractAt(%q) intent = %q, want %q", tt.text, r.Intent, tt.intent)
			}
		})
	}
}
