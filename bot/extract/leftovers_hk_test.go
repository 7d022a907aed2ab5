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
	salaried := slot.Ptr(slot.EmploymentSalaried)
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
		{"想借十万给我妹 她要装修", slot.Slots{AmountYuan: slot.Ptr[int64](100000), LoanPurpose: other}},
		{"贷五万给我弟 他要买车", slot.Slots{AmountYuan: slot.Ptr[int64](50000), LoanPurpose: other}},
		{"想借十万 给我自己装修", slot.Slots{AmountYuan: slot.Ptr[int64](100000), LoanPurpose: slot.Ptr(slot.PurposeRenovation)}},
		{"借五万给我妈看病", slot.Slots{AmountYuan: slot.Ptr[int64](50000), LoanPurpose: slot.Ptr(slot.PurposeMedical)}},
		{"我开店的 想借钱给我弟 他要做生意", slot.Slots{LoanPurpose: other, Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		// a wage where the applicant works: salaried; a shop's income stays self-employed
		{"在杭州工作 工资八千", slot.Slots{City: slot.Ptr("杭州"), Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](8000)}},
		{"人在深圳工作 每个月工资一万二", slot.Slots{City: slot.Ptr("深圳"), Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](12000)}},
		{"我在苏州工作，月薪9000", slot.Slots{City: slot.Ptr("苏州"), Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](9000)}},
		{"现在在成都工作 税后工资七千", slot.Slots{City: slot.Ptr("成都"), Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](7000)}},
		{"我在一家公司工作 工资六千", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](6000)}},
		{"我开店 月收入一万", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed), MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		// a car already bought on a loan: no purpose, a car owned; one to buy so is the purpose
		{"分期买的车 每月还两千", slot.Slots{Collateral: car, ExistingMonthlyDebtYuan: slot.Ptr[int64](2000)}},
		{"去年贷款买了辆车", slot.Slots{Collateral: car}},
		{"我按揭买的车 还有两年", slot.Slots{Collateral: car}},
		{"有套房 贷款买的车 还了一年了", slot.Slots{Collateral: house}},
		{"想贷款买车", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar)}},
		{"贷款买的车 想换一辆新的", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar)}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, x.Extract(tt.text, "").Slots); diff != "" {
				t.Errorf("Extract(%q) slots (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestPastBorrowingRepaid checks that a loan taken before and repaid raises no borrow_to_repay,
// while money wanted to repay one still does.
func TestPastBorrowingRepaid(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want bool // borrow_to_repay raised
	}{
		{"以前贷过款 早就还清了", false},
		{"去年借过借呗 已经还清了", false},
		{"借过信用卡的钱 都还上了", false},
		{"之前在网贷借过 都按时还了", false},
		{"想借一笔把网贷还了", true},
		{"借钱还信用卡", true},
		{"想贷款把网贷都还清", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := false
			for _, sig := range x.Extract(tt.text, "").Signals {
				got = got || sig == SignalBorrowToRepay
			}
			if got != tt.want {
				t.Errorf("Extract(%q) borrow_to_repay = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLoanDeniedToCollateralQuestion checks that a loan on a house or car denied in answer to the
// collateral question owns nothing either way, while a house or car named besides is owned.
func TestLoanDeniedToCollateralQuestion(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want *string // collateral; nil = not stated
	}{
		{"没房贷", nil},
		{"没有逾期 也没房贷", nil},
		{"没有车贷", nil},
		{"房贷车贷都没有", nil},
		{"有房 没房贷", slot.Ptr(slot.CollateralHouse)},
		{"有车 没有车贷", slot.Ptr(slot.CollateralCar)},
		{"有房贷", slot.Ptr(slot.CollateralHouse)},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, x.Extract(tt.text, KeyCollateral).Slots.Collateral); diff != "" {
				t.Errorf("Extract(%q, collateral) collateral (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestHukouInHometownLivedIn checks that a 老家 the applicant lives and works in, after a hukou
// ("农村户口 在老家种果树"), is no hukou placed elsewhere, while "户口在老家" still is.
func TestHukouInHometownLivedIn(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want *bool // local_hukou; nil = not stated
	}{
		{"农村户口 在老家养猪", nil},
		{"是农村户口 平时在老家带孩子", nil},
		{"农村户口 一直在老家务农", nil},
		{"户口在老家", slot.Ptr(false)},
		{"户口在河南老家", slot.Ptr(false)},
		{"户口在老家 在深圳上班", slot.Ptr(false)},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, x.Extract(tt.text, "").Slots.LocalHukou); diff != "" {
				t.Errorf("Extract(%q) local_hukou (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
