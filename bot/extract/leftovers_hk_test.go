package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestLeftoverClassesHK checks the classes left over in blind H and K, on sentences of our own:
// a purpose denied with 不是 in a correction, a trailing 房贷/车贷 naming the debt of a payment,
// money handed on to a relative or friend, a wage earned where one works, an old loan repaid
// in time, a purchase made on a loan.
func TestLeftoverClassesHK(t *testing.T) {
	x := New()
	house, car := slot.Ptr(slot.CollateralHouse), slot.Ptr(slot.CollateralCar)
	turnover, business, other := slot.Ptr(slot.PurposeTurnover), slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.PurposeOther)
	tests := []struct {
		text string
		want slot.Slots
	}{
		// a business activity denied with 不是: the affirmed purpose wins
		{"不是扩大规模 就是资金周转一下", slot.Slots{LoanPurpose: turnover}},
		{"不是买设备的 是周转资金", slot.Slots{LoanPurpose: turnover}},
		{"不是扩店 周转用", slot.Slots{LoanPurpose: turnover}},
		{"买设备 周转一下", slot.Slots{LoanPurpose: business}},
		{"扩大规模要周转", slot.Slots{LoanPurpose: business}},
		// a trailing 房贷/车贷 names the debt of the payment stated
		{"每月还三千 车贷", slot.Slots{Collateral: car, ExistingMonthlyDebtYuan: slot.Ptr[int64](3000)}},
		{"一个月还4500 房贷", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: slot.Ptr[int64](4500)}},
		{"每个月要还六千 是房贷", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: slot.Ptr[int64](6000)}},
		{"月还五千 都是房贷", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: slot.Ptr[int64](5000)}},
		{"每月还款两千 信用卡", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](2000)}},
		{"想借五万 房贷", slot.Slots{AmountYuan: slot.Ptr[int64](50000)}},
		// money handed on: the other one's business is no purpose or occupation of the applicant's
		{"借钱给朋友 他开店", slot.Slots{LoanPurpose: other}},
		{"贷出来给我表哥 他要买车", slot.Slots{LoanPurpose: other}},
		{"借钱给同学 他要开个奶茶店", slot.Slots{LoanPurpose: other}},
		{"借钱给我哥 他想做点小生意", slot.Slots{LoanPurpose: other}},
		{"我开店的 想借钱给我弟 他要做生意", slot.Slots{LoanPurpose: other, Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, x.Extract(tt.text, "").Slots); diff != "" {
				t.Errorf("Extract(%q) slots (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
