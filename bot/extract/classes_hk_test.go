package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindHK checks the wording classes of the enumerated slots that batches H and K
// (train) revealed, on sentences that are not the batches' own: owning through a loan repaid,
// platform work on one's own account, Cantonese and traditional forms, gambling and lending on,
// farms built, a company's staff, a boss who pays the applicant, a spouse's hukou, a hukou "there
// too", Taiwan's cities, a year of birth on an ID card, a kind of applicant asked about, a pledge
// wish after the thing, instalments and allowances that are no purpose.
func TestClassesFromBlindHK(t *testing.T) {
	x := New()
	house, car := slot.Ptr(slot.CollateralHouse), slot.Ptr(slot.CollateralCar)
	business, other := slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.PurposeOther)
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		// a loan repaid on a house or car: owned; one wanted or refused: nothing
		{"我房贷还有八年", "", slot.Slots{Collateral: house}},
		{"车贷每月一千八 还剩一年", "", slot.Slots{Collateral: car, ExistingMonthlyDebtYuan: slot.Ptr[int64](1800)}},
		{"还有笔车贷 月供两千", "", slot.Slots{Collateral: car, ExistingMonthlyDebtYuan: slot.Ptr[int64](2000)}},
		{"想问下房贷能不能提前还", "", slot.Slots{}},
		{"申请房贷被拒了 想借点", "", slot.Slots{}},
		{"房贷车贷都没有", "", slot.Slots{}},
		{"我老公每个月还车贷", "", slot.Slots{}},
		// a house bought or valued is owned; one to buy is not
		{"前年买了套房 在昆明", "", slot.Slots{City: slot.Ptr("昆明"), Collateral: house}},
		{"我的房子市值三百万左右", "", slot.Slots{Collateral: house}},
		{"想买的房子价值两百万", "", slot.Slots{}},
		// platform drivers and riders are self-employed; the employer's car is a wage job
		{"跑了三年滴滴", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		{"干了五年货拉拉", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		{"饿了么骑手", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed)}},
		{"我在出租车公司上班开出租", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"接私活做设计", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"送外卖的 想开个奶茶店", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed), LoanPurpose: business}},
		// Cantonese and traditional
		{"我有間鋪位", "", slot.Slots{Collateral: house}},
		{"我得一部車", "", slot.Slots{Collateral: car}},
		{"用來開間餐廳", "", slot.Slots{LoanPurpose: business}},
		{"我想借錢開間髮廊", "", slot.Slots{LoanPurpose: business}},
		{"想开多一家分店", "", slot.Slots{LoanPurpose: business}},
		// gambling and money lent on are "other"
		{"上个月赌输了不少", "", slot.Slots{LoanPurpose: other}},
		{"想借钱去澳门搏两手", "", slot.Slots{LoanPurpose: other}},
		{"借钱给我朋友 他出利息给我", "", slot.Slots{LoanPurpose: other}},
		// farms built, a company's staff, a boss who pays the applicant
		{"养牛的 想借钱盖个牛棚", "", slot.Slots{LoanPurpose: business}},
		{"想扩建一下鸡舍", "", slot.Slots{LoanPurpose: business}},
		{"公司有三十多个员工", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		{"我们公司员工三百多", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"厂里员工两百多人", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"工头按天给钱 一天两百五", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"老板答应给我转正", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"出来打工十年了", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"我是老板 我说了算", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		{"我开了家烧烤店 二十多个员工", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		{"钱拿来给员工发工资", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"在深圳一家电子厂打工", "", slot.Slots{City: slot.Ptr("深圳"), Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"你们的职员说可以办", "", slot.Slots{}},
		{"打零工的 没有固定老板", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"喺地盘做嘢", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"门面是我自己买的", "", slot.Slots{Collateral: house}},
		// hukou: a spouse's is not the applicant's; "户口也在" is the city just named
		{"我爸是本地户口 我不是", "", slot.Slots{LocalHukou: slot.Ptr(false)}},
		{"我媳妇户口在本地 我也是", "", slot.Slots{LocalHukou: slot.Ptr(true)}},
		{"我老婆是本地户口", "", slot.Slots{}},
		{"我在宁波 户口也在", "", slot.Slots{City: slot.Ptr("宁波"), LocalHukou: slot.Ptr(true)}},
		{"在杭州上班 户口也在老家", "", slot.Slots{City: slot.Ptr("杭州"), Employment: slot.Ptr(slot.EmploymentSalaried), LocalHukou: slot.Ptr(false)}},
		// Taiwan's cities, a year of birth on an ID card
		{"住高雄", "", slot.Slots{City: slot.Ptr("高雄")}},
		{"身份证上是八三年的", "", slot.Slots{Age: slot.Ptr(43)}},
		{"房子是95年的", "", slot.Slots{}},
		// a kind of applicant asked about; a pledge wish after the thing
		{"研究生可以借吗", "", slot.Slots{}},
		{"我是研究生 可以借吗", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentStudent)}},
		{"个体户可以贷吗", "", slot.Slots{}},
		{"退休了可以贷吗", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentRetired)}},
		{"没工作能借吗", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentUnemployed)}},
		{"老婆怀孕了 她要生孩子 想借点钱", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeMedical)}},
		{"抵押车可以的", "", slot.Slots{PledgeWilling: slot.Ptr(true)}},
		// an instalment repaid, an allowance received, a franchise to pay: no purpose or no shop run
		{"月供八百 是买电脑的分期", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](800)}},
		{"爸妈给生活费 一个月一千五", "", slot.Slots{}},
		{"开火锅店 要交加盟费", "", slot.Slots{LoanPurpose: business}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, x.ExtractAt(tt.text, tt.expecting, blindNow).Slots); d != "" {
			t.Errorf("%q (expecting %q) slots (-want +got):\n%s", tt.text, tt.expecting, d)
		}
	}
}
