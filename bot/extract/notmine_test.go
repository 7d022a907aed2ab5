package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindC checks the word classes and role rules batch C revealed, on sentences that
// are not the batch's own: figures that are not the applicant's (a purchase price, a figure asked
// to be faked, a loan asked about for someone else, phone calls), time windows that are no term,
// ownership stated inverted or as a purchase, employers named beside their workers, and pinyin or
// English numerals and words.
func TestClassesFromBlindC(t *testing.T) {
	x := New()
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		{"房子是前年一百五十万全款买的", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}},
		{"我同事让我帮他问问，他想贷五十万", "", slot.Slots{}},
		{"能不能帮我把流水做高点，就写月入三万", "", slot.Slots{}},
		{"收入写成三万吧，实际我就七千", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](7000)}},
		{"打了五次电话没人接，征信查了两次", "", slot.Slots{CreditQueries6m: slot.Ptr(2)}},
		{"征信这半年里有七次查询", "", slot.Slots{CreditQueries6m: slot.Ptr(7)}},
		{"手续费多少钱一个月", "", slot.Slots{}},
		{"想借20万，三年还，行吗", "", slot.Slots{AmountYuan: slot.Ptr[int64](200000), TermMonths: slot.Ptr(36)}},
		{"开了个包子铺，想借五万扩大一下", "", slot.Slots{AmountYuan: slot.Ptr[int64](50000), LoanPurpose: slot.Ptr(slot.PurposeBusiness), Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		{"我是跑出租的", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		{"车子有，房子没有", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}},
		{"房车都有", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}},
		{"每个月还借呗两千，工资八千", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](8000), ExistingMonthlyDebtYuan: slot.Ptr[int64](2000)}},
		{"我太太月薪一万二", "", slot.Slots{}},
		{"想贷 san shi wan", "", slot.Slots{AmountYuan: slot.Ptr[int64](300000)}},
		{"loan 10w, term 3 years", "", slot.Slots{AmountYuan: slot.Ptr[int64](100000), TermMonths: slot.Ptr(36)}},
		{"可以可以", KeyPledge, slot.Slots{PledgeWilling: slot.Ptr(true)}},
		{"不行", KeyPledge, slot.Slots{PledgeWilling: slot.Ptr(false)}},
		{"有有", KeyOverdue, slot.Slots{OverdueCurrent: slot.Ptr(true)}},
		{"闵行", KeyCity, slot.Slots{City: slot.Ptr("上海")}},
		{"想借钱买个电动车", "", slot.Slots{}},
		{"我开了家物流公司，手下二十个司机", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		{"没房没车，只考虑纯信用", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone), PledgeWilling: slot.Ptr(false)}},
		{"申请了5次都被拒", "", slot.Slots{}},
		{"征信查了三次都没下来", "", slot.Slots{CreditQueries6m: slot.Ptr(3)}},
		{"房本在我名下没有贷款", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}},
		{"想借二十万给工人发工资", "", slot.Slots{AmountYuan: slot.Ptr[int64](200000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
	}
	for _, tt := range tests {
		got := x.ExtractAt(tt.text, tt.expecting, labelledNow)
		if d := cmp.Diff(tt.want, got.Slots); d != "" {
			t.Errorf("%q (expecting %q) slots (-want +got):\n%s", tt.text, tt.expecting, d)
		}
	}
	if got := x.ExtractAt("年收入过万", "", labelledNow); got.Tentative.MonthlyIncomeYuan == nil && got.Slots.MonthlyIncomeYuan == nil {
		t.Errorf("过万: no income read")
	}
	if got := x.ExtractAt("月入过万", "", labelledNow); got.Tentative.MonthlyIncomeYuan == nil || *got.Tentative.MonthlyIncomeYuan != 10000 {
		t.Errorf("月入过万: tentative %+v, want income 10000", got.Tentative)
	}
}
