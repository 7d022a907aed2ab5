package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesRemaining checks the wording classes the second part of the blind training batches
// revealed, on sentences of our own: a one-year term followed by a monthly income, debts held
// versus borrowing to repay them, an overdue now said without 逾期 or with 没还 before it, a vehicle
// bought for work, a false purpose asked for, and counts said as a range or in parts.
func TestClassesRemaining(t *testing.T) {
	x := New()
	tests := []struct {
		text   string
		want   slot.Slots
		tent   slot.Slots
		repays bool // the borrow_to_repay signal
	}{
		// a one-year term, then a monthly income: not a yearly income / 12
		{"借八万 一年 月薪七千", slot.Slots{AmountYuan: slot.Ptr[int64](80000), TermMonths: slot.Ptr(12), MonthlyIncomeYuan: slot.Ptr[int64](7000)}, slot.Slots{}, false},
		{"贷20万分一年还 月收入九千", slot.Slots{AmountYuan: slot.Ptr[int64](200000), TermMonths: slot.Ptr(12), MonthlyIncomeYuan: slot.Ptr[int64](9000)}, slot.Slots{}, false},
		{"一年 每月工资六千五", slot.Slots{TermMonths: slot.Ptr(12), MonthlyIncomeYuan: slot.Ptr[int64](6500)}, slot.Slots{}, false},
		{"年薪十八万", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](15000)}, slot.Slots{}, false},
		{"借六万 一年 到手四千五", slot.Slots{AmountYuan: slot.Ptr[int64](60000), TermMonths: slot.Ptr(12), MonthlyIncomeYuan: slot.Ptr[int64](4500)}, slot.Slots{}, false},
		{"一年 能挣十二万", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}, slot.Slots{}, false},
		{"借十万一年 年薪九万六", slot.Slots{AmountYuan: slot.Ptr[int64](100000), TermMonths: slot.Ptr(12), MonthlyIncomeYuan: slot.Ptr[int64](8000)}, slot.Slots{}, false},
		{"一年收入二十四万", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](20000)}, slot.Slots{}, false},
		// a debt held is no borrowing to repay it
		{"房贷有一期没还上", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"我有两笔网贷 都按时还的", slot.Slots{OverdueCurrent: slot.Ptr(false)}, slot.Slots{}, false},
		{"借钱还车贷", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}, slot.Slots{}, true}, // a car loan repaid is a car owned
		{"想贷款把花呗还清", slot.Slots{}, slot.Slots{}, true},
		{"想做个债务置换", slot.Slots{}, slot.Slots{}, true},
		{"想把欠的钱都还了 借十万", slot.Slots{AmountYuan: slot.Ptr[int64](100000)}, slot.Slots{}, true},
		{"信用卡还款日快到了 想倒一下", slot.Slots{}, slot.Slots{}, true},
		{"下周要还网贷了 先借点应急", slot.Slots{}, slot.Slots{}, true},
		{"贷点款把借呗平掉", slot.Slots{}, slot.Slots{}, true},
		{"一直在以卡养卡", slot.Slots{}, slot.Slots{}, true},
		{"在几个平台借过网贷 都结清了", slot.Slots{}, slot.Slots{}, false},
		// overdue now
		{"车贷上个月没还 已经逾期二十天了", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"信用卡逾期快两个月了", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"而家有张信用卡未还 逾期咗", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"现在天天被催收", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"网贷公司天天打电话催我", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"有yu期了", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"我表哥正在被催收", slot.Slots{}, slot.Slots{}, false},
		{"催收每天都打我电话", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}, false},
		{"逾期了你们会打电话催吗", slot.Slots{}, slot.Slots{}, false},
		{"申请了会不会被催收", slot.Slots{}, slot.Slots{}, false},
		{"房贷还没还完", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}, false},
		// a vehicle or machine bought for work is business, a family car is car
		{"想分期买台厢式货车拉货", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}, false},
		{"想贷款买台二手铲车", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}, false},
		{"借钱买辆车跑货运", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}, false},
		{"想买辆车 接送孩子用", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar)}, slot.Slots{}, false},
		{"准备换辆车开滴滴", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar), Employment: slot.Ptr(slot.EmploymentSelfEmployed)}, slot.Slots{}, false}, // a passenger car stays a car
		{"我是跑运输的 想给家里买辆车", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar)}, slot.Slots{}, false},
		// a false purpose asked for is no purpose
		{"到时候你就说是装修", slot.Slots{}, slot.Slots{}, false},
		{"用途帮我填成日常消费", slot.Slots{}, slot.Slots{}, false},
		{"就说是买车用的吧", slot.Slots{}, slot.Slots{}, false},
		{"跟银行说是家用就行", slot.Slots{}, slot.Slots{}, false},
		{"用途写的是装修", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeRenovation)}, slot.Slots{}, false}, // told, not asked for
		{"其实是买设备用 你们就写消费吧", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}, false},
		// counts given as two guesses, in parts, or as a form field
		{"征信查了七次八次吧", slot.Slots{}, slot.Slots{CreditQueries6m: slot.Ptr(8)}, false},
		{"被查了五次或者六次", slot.Slots{}, slot.Slots{CreditQueries6m: slot.Ptr(6)}, false},
		{"贷款审批4次 信用卡审批5次", slot.Slots{CreditQueries6m: slot.Ptr(9)}, slot.Slots{}, false},
		{"征信查了5次 不对是6次", slot.Slots{CreditQueries6m: slot.Ptr(6)}, slot.Slots{}, false},
		{"查了12次 其中本人查询3次", slot.Slots{CreditQueries6m: slot.Ptr(12)}, slot.Slots{}, false}, // a self-enquiry is no hard one
		{"查询次数: 7", slot.Slots{CreditQueries6m: slot.Ptr(7)}, slot.Slots{}, false},
		{"征信查询记录有13", slot.Slots{CreditQueries6m: slot.Ptr(13)}, slot.Slots{}, false},
		// what is owned: a mortgaged house is owned, commercial property is real estate, a generation no age
		{"房子是贷款买的 还有十年", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}, false},
		{"按揭买了一套房", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}, false},
		{"名下有间商铺", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}, false},
		{"门面房是我自己的", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}, false},
		{"我妈有套写字楼", slot.Slots{}, slot.Slots{}, false},
		{"有个门面在做生意", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed)}, slot.Slots{}, false}, // a shop run, not a property owned
		{"我是95后", slot.Slots{}, slot.Slots{}, false},
	}
	for _, tt := range tests {
		r := x.ExtractAt(tt.text, "", blindNow)
		if d := cmp.Diff(tt.want, r.Slots); d != "" {
			t.Errorf("%q slots (-want +got):\n%s", tt.text, d)
		}
		if d := cmp.Diff(tt.tent, r.Tentative); d != "" {
			t.Errorf("%q tentative (-want +got):\n%s", tt.text, d)
		}
		if got := slices.Contains(r.Signals, SignalBorrowToRepay); got != tt.repays {
			t.Errorf("%q borrow_to_repay = %v, want %v", tt.text, got, tt.repays)
		}
	}
}

// TestCollectorCallsNoComplaint checks that calls from a debt collector are an overdue told, not a
// complaint about us, while calls from us still are one.
func TestCollectorCallsNoComplaint(t *testing.T) {
	x := New()
	for _, tt := range []struct{ text, intent string }{
		{"催收每天打好几个电话 天天打", IntentProvideInfo},
		{"你们一天打了五个电话 别再打了", IntentComplaint},
	} {
		if got := x.ExtractAt(tt.text, "", blindNow).Intent; got != tt.intent {
			t.Errorf("%q intent = %q, want %q", tt.text, got, tt.intent)
		}
	}
}
