package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindM checks the wording classes that batch M (train) revealed, on sentences that
// are not the batch's own.
func TestClassesFromBlindM(t *testing.T) {
	x := New()
	consumption, business, car := slot.Ptr(slot.PurposeConsumption), slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.PurposeCar)
	unemployed := slot.Ptr(slot.EmploymentUnemployed)
	no, yes := slot.Ptr(false), slot.Ptr(true)
	house := slot.Ptr(slot.CollateralHouse)
	money := func(v int64) *int64 { return &v }
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		// debts denied with 也/都 after the noun: none owed
		{"负债也没有", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"贷款也没有", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"负债都没有", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"逾期没有 负债也没有", "", slot.Slots{ExistingMonthlyDebtYuan: money(0), OverdueCurrent: no}},
		{"欠款也没有", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"我老婆负债也没有", "", slot.Slots{}}, // someone else's
		// borrowing to live on: consumption
		{"失业了 想借点钱生活", "", slot.Slots{Employment: unemployed, LoanPurpose: consumption}},
		{"想借点钱过日子", "", slot.Slots{LoanPurpose: consumption}},
		{"借钱维持生活", "", slot.Slots{LoanPurpose: consumption}},
		{"没工作了 借点钱生活", "", slot.Slots{Employment: unemployed, LoanPurpose: consumption}},
		{"生活费每月三千 想借五万装修", "", slot.Slots{AmountYuan: money(50000), LoanPurpose: slot.Ptr(slot.PurposeRenovation)}},
		// Cantonese furniture (傢俬, 家私) bought: consumption
		{"買傢俬 借三萬", "", slot.Slots{AmountYuan: money(30000), LoanPurpose: consumption}},
		{"想换套傢俬", "", slot.Slots{LoanPurpose: consumption}},
		{"新屋要添啲家私", "", slot.Slots{LoanPurpose: consumption}},
		{"买家私 分一年", "", slot.Slots{LoanPurpose: consumption, TermMonths: slot.Ptr(12)}},
		{"开了家家私厂 想借五十万", "", slot.Slots{AmountYuan: money(500000), Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		// a herd's pens grown (扩栏): business
		{"养羊的 想借十万扩圈", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: business}},
		{"养鸡的 想扩大存栏 借五万", "", slot.Slots{AmountYuan: money(50000), LoanPurpose: business}},
		{"养牛的 借三十万扩栏", "", slot.Slots{AmountYuan: money(300000), LoanPurpose: business}},
		{"想增加存栏 贷二十万", "", slot.Slots{AmountYuan: money(200000), LoanPurpose: business}},
		{"存栏两百头", "", slot.Slots{}},
		// a bare consent to pledge, with the verb
		{"可以押", KeyPledge, slot.Slots{PledgeWilling: yes}},
		{"能押", KeyPledge, slot.Slots{PledgeWilling: yes}},
		{"押也行", KeyPledge, slot.Slots{PledgeWilling: yes}},
		{"可以抵押啊", KeyPledge, slot.Slots{PledgeWilling: yes}},
		{"愿意押的", KeyPledge, slot.Slots{PledgeWilling: yes}},
		{"可以押", KeyOverdue, slot.Slots{}},
		{"不押", KeyPledge, slot.Slots{PledgeWilling: no}},
		{"不能押", KeyPledge, slot.Slots{PledgeWilling: no}},
		{"押不了", KeyPledge, slot.Slots{PledgeWilling: no}},
		{"有车能不能押", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}},
		{"车子不能抵押", "", slot.Slots{PledgeWilling: no}},
		// a car picked to buy, its price, then the loan
		{"看上了一辆车 二十万 首付五万 贷十五万", "", slot.Slots{AmountYuan: money(150000), LoanPurpose: car}},
		{"相中一辆二手车 八万 想借六万", "", slot.Slots{AmountYuan: money(60000), LoanPurpose: car}},
		{"看中了一台新车 想贷款十万", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: car}},
		{"看好了一辆车 差三万", "", slot.Slots{AmountYuan: money(30000), LoanPurpose: car}},
		{"看中一台挖机 想贷三十万", "", slot.Slots{AmountYuan: money(300000)}},
		// contributions broken a number of times: no enquiry count
		{"社保断过两次", "", slot.Slots{}},
		{"公积金停过两次", "", slot.Slots{}},
		{"社保中断过一次 现在交了两年", "", slot.Slots{SocialSecurityMonths: slot.Ptr(24)}},
		{"公积金中断过三次", "", slot.Slots{}},
		{"工作换过两次", "", slot.Slots{}},
		{"征信查了两次", "", slot.Slots{CreditQueries6m: slot.Ptr(2)}},
		// a flat owned and no car (Cantonese 有樓冇車; 有房没有车): the 没有 denies only the car
		{"有樓冇車 想借十萬", "", slot.Slots{AmountYuan: money(100000), Collateral: house}},
		{"有房没有车", "", slot.Slots{Collateral: house}},
		{"有套房 但没有车", "", slot.Slots{Collateral: house}},
		{"我有楼", "", slot.Slots{Collateral: house}},
		{"有楼 也有车", "", slot.Slots{Collateral: house}},
		{"没有房没有车", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}},
		{"冇樓有車", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}},
		{"楼上有楼梯", "", slot.Slots{}},
		// the house kept because the family lives in it is owned; the refusal is the preference
		{"房子是自己住的 不想抵押", "", slot.Slots{Collateral: house, PledgeWilling: no}},
		{"房子一家人在住 不能押", "", slot.Slots{Collateral: house, PledgeWilling: no}},
		{"房子是全家住的 不想抵押", "", slot.Slots{Collateral: house, PledgeWilling: no}},
		{"不押 房子是一家老小住的", KeyPledge, slot.Slots{Collateral: house, PledgeWilling: no}},
		{"租的房子是一家人住的", "", slot.Slots{}},
		{"我爸的房子是自己住的", "", slot.Slots{}},
		// payments named by debt, answered to the debt question: each a monthly figure, added up
		{"网贷一千 花呗五百", KeyExistingDebt, slot.Slots{ExistingMonthlyDebtYuan: money(1500)}},
		{"信用卡一千五 网贷两千", KeyExistingDebt, slot.Slots{ExistingMonthlyDebtYuan: money(3500)}},
		{"网贷2000 信用卡1500", KeyExistingDebt, slot.Slots{ExistingMonthlyDebtYuan: money(3500)}},
		{"网贷两千", KeyExistingDebt, slot.Slots{ExistingMonthlyDebtYuan: money(2000)}},
		{"网贷欠五万", KeyExistingDebt, slot.Slots{}},
		{"网贷五万", KeyExistingDebt, slot.Slots{}},
		// the term of a loan taken before is no term wanted
		{"之前借过五万 分了两年", "", slot.Slots{}},
		{"以前在银行贷过 分了五年 还清了", "", slot.Slots{}},
		{"去年贷了二十万 分的三年 这次想借五万 分一年", "", slot.Slots{AmountYuan: money(50000), TermMonths: slot.Ptr(12)}},
		{"上次借了十万 分了三年 这次想分五年", "", slot.Slots{TermMonths: slot.Ptr(60)}},
		{"想借五万 分两年", "", slot.Slots{AmountYuan: money(50000), TermMonths: slot.Ptr(24)}},
		// a late payment (迟缴, 晚还) long settled (缴清) is no overdue now
		{"以前信用卡迟缴过 早就缴清了", "", slot.Slots{OverdueCurrent: no}},
		{"以前信用卡逾期过 早就交清了", "", slot.Slots{OverdueCurrent: no}},
		{"花呗晚还过几天 第二天就还了", "", slot.Slots{OverdueCurrent: no}},
		{"信用卡遲繳過一次 早就繳清了", "", slot.Slots{OverdueCurrent: no}},
		{"以前迟缴过 早就缴清了", KeyOverdue, slot.Slots{OverdueCurrent: no}},
		// a freelance trade (自由摄影, 独立设计师) is a freelancer
		{"我是自由摄影师", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"做独立设计师的 月入一万", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer), MonthlyIncomeYuan: money(10000)}},
		{"自由撰稿 收入不固定", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"自由摄影的", KeyEmployment, slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"我老公是自由摄影师", "", slot.Slots{}},
		// working at a company of a trade (在互联网公司) is salaried
		{"在一家科技公司 月薪两万", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried), MonthlyIncomeYuan: money(20000)}},
		{"在游戏公司做美术", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		{"在外贸公司 年薪二十四万", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried), MonthlyIncomeYuan: money(20000)}},
		{"我老婆在互联网公司", "", slot.Slots{}},
		{"我自己开了家互联网公司", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}},
		// a business or consumer loan held and repaid is a debt, no purpose
		{"有笔消费贷每月还两千", "", slot.Slots{ExistingMonthlyDebtYuan: money(2000)}},
		{"经营贷每个月还五千", "", slot.Slots{ExistingMonthlyDebtYuan: money(5000)}},
		{"还有个经营贷 每月还三千", "", slot.Slots{ExistingMonthlyDebtYuan: money(3000)}},
		{"想办个经营贷 借二十万", "", slot.Slots{AmountYuan: money(200000), LoanPurpose: business}},
		{"想申请经营贷", "", slot.Slots{LoanPurpose: business}},
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
