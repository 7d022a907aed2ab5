package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindN checks the wording classes that batch N (train) revealed, on sentences that
// are not the batch's own.
func TestClassesFromBlindN(t *testing.T) {
	x := New()
	house := slot.Ptr(slot.CollateralHouse)
	freelancer, selfEmployed, owner := slot.Ptr(slot.EmploymentFreelancer), slot.Ptr(slot.EmploymentSelfEmployed), slot.Ptr(slot.EmploymentBusinessOwner)
	money := func(v int64) *int64 { return &v }
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		// a writer paid by the piece, without an employer: freelancer
		{"我是网文作者 没有单位", "", slot.Slots{Employment: freelancer}},
		{"签约作家 在家码字", "", slot.Slots{Employment: freelancer}},
		{"平时写网文赚点稿费", "", slot.Slots{Employment: freelancer}},
		{"全职写手 收入不稳定", "", slot.Slots{Employment: freelancer}},
		{"我是网络作家", "", slot.Slots{Employment: freelancer}},
		// Cantonese: a flat at home or bought (屋企有間屋, 買咗層樓) is a house owned
		{"屋企有間屋 想借十萬", "", slot.Slots{AmountYuan: money(100000), Collateral: house}},
		{"我有層樓喺深圳", "", slot.Slots{Collateral: house, City: slot.Ptr("深圳")}},
		{"去年買咗層樓", "", slot.Slots{Collateral: house}},
		{"買咗間屋 想借啲錢", "", slot.Slots{Collateral: house}},
		{"有間屋 冇車", "", slot.Slots{Collateral: house}},
		// shops opened with ten or more staff: the owner of a business
		{"开了三家奶茶店 员工二十多个", "", slot.Slots{Employment: owner}},
		{"我开了两家饭店 有三十几个员工", "", slot.Slots{Employment: owner}},
		{"开了个超市 员工十几个", "", slot.Slots{Employment: owner}},
		{"开了家火锅店 就我跟老婆两个人", "", slot.Slots{Employment: selfEmployed}},
		{"开了家小面馆 夫妻俩自己干", "", slot.Slots{Employment: selfEmployed}},
		// a haulier with a truck of his own: self-employed
		{"开货车跑运输的 货车是我自己的", "", slot.Slots{Employment: selfEmployed, Collateral: slot.Ptr(slot.CollateralCar)}},
		{"我自己跑运输 开的是自己的车", "", slot.Slots{Employment: selfEmployed, Collateral: slot.Ptr(slot.CollateralCar)}},
		{"我有辆货车 自己拉货", "", slot.Slots{Employment: selfEmployed, Collateral: slot.Ptr(slot.CollateralCar)}},
		{"跑运输的 一个月挣一万二", "", slot.Slots{MonthlyIncomeYuan: money(12000)}}, // whose truck is not said
		{"跑长途的 车是自己的", "", slot.Slots{Employment: selfEmployed, Collateral: slot.Ptr(slot.CollateralCar)}},
		{"在物流公司开货车", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		// a loan held and its monthly payment: a debt, no amount wanted
		{"还有一笔经营贷 每月三千", "", slot.Slots{ExistingMonthlyDebtYuan: money(3000)}},
		{"有个消费贷每个月一千八", "", slot.Slots{ExistingMonthlyDebtYuan: money(1800)}},
		{"还有个装修贷 每月两千", "", slot.Slots{ExistingMonthlyDebtYuan: money(2000)}},
		{"身上还有一笔信用贷 一个月一千五", "", slot.Slots{ExistingMonthlyDebtYuan: money(1500)}},
		{"另外有个消费贷月供两千二", "", slot.Slots{ExistingMonthlyDebtYuan: money(2200)}},
	}
	for _, tt := range tests {
		t.Run(tt.text+"|"+tt.expecting, func(t *testing.T) {
			r := x.ExtractAt(tt.text, tt.expecting, blindNow)
			if diff := cmp.Diff(tt.want, r.Slots); diff != "" {
				t.Errorf("ExtractAt(%q, %q) (-want +got):\n%s", tt.text, tt.expecting, diff)
			}
		})
	}
}
