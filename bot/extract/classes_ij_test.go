package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindIJ checks the wording classes that batches I and J (train) revealed, on
// sentences that are not the batches' own: Cantonese driving, owning and restaurant work, a
// factory run with its workers counted, an owner's own pay, and the certificate years of a house
// in other words (产权证, 樓契, 房契).
func TestClassesFromBlindIJ(t *testing.T) {
	x := New()
	house, car := slot.Ptr(slot.CollateralHouse), slot.Ptr(slot.CollateralCar)
	salaried, self := slot.Ptr(slot.EmploymentSalaried), slot.Ptr(slot.EmploymentSelfEmployed)
	owner := slot.Ptr(slot.EmploymentBusinessOwner)
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		// Cantonese: 揸 drives, 係自己嘅 owns, restaurant floor staff are salaried
		{"揸的士十年 架車係我嘅", "", slot.Slots{Employment: self, Collateral: car}},
		{"喺佛山揸網約車", "", slot.Slots{Employment: self, City: slot.Ptr("佛山")}},
		{"架車係自己嘅", "", slot.Slots{Collateral: car}},
		{"層樓係我嘅", "", slot.Slots{Collateral: house}},
		{"部車係我老婆嘅", "", slot.Slots{}},
		{"喺酒樓做樓面", "", slot.Slots{Employment: salaried}},
		{"我喺酒家做企台 人工六千五", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](6500)}},
		{"我喺酒樓做侍應", "", slot.Slots{Employment: salaried}},
		{"一個月搵到八千蚊", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](8000)}},
		// a factory run, its workers counted: the applicant owns it; an owner's own pay is no wage job
		{"自己办了个厂 有十几个员工", "", slot.Slots{Employment: owner}},
		{"我是开厂的 工人二十几个", "", slot.Slots{Employment: owner}},
		{"在温州开工厂的 员工三十来个 想贷款进原材料", "", slot.Slots{Employment: owner, City: slot.Ptr("温州"), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"自己開廠 工人四十幾個", "", slot.Slots{Employment: owner}},
		{"想开个厂 需要五十万", "", slot.Slots{AmountYuan: slot.Ptr[int64](500000)}},
		{"给自己发工资两万 厂里流水每月三百万", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](20000)}},
		// a certificate held N years, in other words: its years, not a term
		{"房契拿了五年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(5.0)}},
		{"我有套房 产权证办了六年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(6.0)}},
		{"屋企層樓 樓契有十年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(10.0)}},
		{"商铺是自己的 有产权证 拿了九年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(9.0)}},
		{"产权证下来三年了 想贷款二十万 分三年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(3.0), AmountYuan: slot.Ptr[int64](200000), TermMonths: slot.Ptr(36)}},
		{"想贷三年 有房产证", "", slot.Slots{Collateral: house, TermMonths: slot.Ptr(36)}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, x.ExtractAt(tt.text, tt.expecting, blindNow).Slots); d != "" {
			t.Errorf("%q (expecting %q) slots (-want +got):\n%s", tt.text, tt.expecting, d)
		}
	}
}
