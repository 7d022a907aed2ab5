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
	car, no, yes := slot.Ptr(slot.PurposeCar), slot.Ptr(false), slot.Ptr(true)
	retired := slot.Ptr(slot.EmploymentRetired)
	tests := []struct {
		text, expecting string
		want            slot.Slots
	}{
		// a total said after the debts it sums replaces them, it does not add to them
		{"房贷三千 车贷两千 加起来五千", "", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: money(5000)}},
		{"房贷月供四千 车贷一千五 一共五千五", "", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: money(5500)}},
		{"每月还网贷两千 信用卡一千 总共三千", "", slot.Slots{ExistingMonthlyDebtYuan: money(3000)}},
		{"房贷3500 加信用卡1000", "", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: money(4500)}},
		{"房贷月供六千八，车贷两千", "", slot.Slots{Collateral: house, ExistingMonthlyDebtYuan: money(8800)}},
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
		// a car's shortfall after its down payment (差个, 差了): the amount
		{"想买辆车 首付够了 差个十万", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: car}},
		{"车首付够了 还差个五万", "", slot.Slots{AmountYuan: money(50000)}},
		{"买车首付付完了 差了三万", "", slot.Slots{AmountYuan: money(30000), LoanPurpose: car}},
		{"看中一台车 首付有了 差个八万", "", slot.Slots{AmountYuan: money(80000), LoanPurpose: car}},
		{"月底要发员工工资 差二十万", "", slot.Slots{AmountYuan: money(200000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		// a certificate in a relative's name: not the applicant's house
		{"房产证是我老婆名下的 我名下啥也没有", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}},
		{"房本是我老公的名字", "", slot.Slots{}},
		{"房产证是我媳妇名下", "", slot.Slots{}},
		{"房子在我爸名下", "", slot.Slots{}},
		{"房产证是我和老婆两个人的名字", "", slot.Slots{Collateral: house}},
		{"房子是我的", "", slot.Slots{Collateral: house}},
		// wages paid to workers: the applicant employs them, no employment read
		{"想借钱发工人工资 资金周转不过来", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"借点钱付工人工资", "", slot.Slots{}},
		{"要发员工工资 钱不够", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"我是工人 月薪五千", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried), MonthlyIncomeYuan: money(5000)}},
		{"在厂里当员工", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}},
		// a late payment (晚还了, 迟还了) is an overdue; repaid since, none now
		{"花呗晚还了两天 现在还上了", "", slot.Slots{OverdueCurrent: no}},
		{"信用卡晚还了几天 已经还清了", "", slot.Slots{OverdueCurrent: no}},
		{"借呗迟还了一天 第二天就补上了", "", slot.Slots{OverdueCurrent: no}},
		{"上个月信用卡晚还了 还没还", "", slot.Slots{OverdueCurrent: yes}},
		{"信用卡迟缴了三天 已经缴清", "", slot.Slots{OverdueCurrent: no}},
		// 逾期 echoed as a question, then answered
		{"逾期？算有吧 就一点点", "", slot.Slots{OverdueCurrent: yes}},
		{"逾期? 有一点 信用卡的", "", slot.Slots{OverdueCurrent: yes}},
		{"逾期？没有", "", slot.Slots{OverdueCurrent: no}},
		{"逾期？有过 早还清了", "", slot.Slots{OverdueCurrent: no}},
		{"逾期？有没有影响", "", slot.Slots{}},
		{"我有逾期吗", "", slot.Slots{}},
		// a term labelled 期 told of a loan taken before: no term wanted
		{"之前贷了五万 两年期 还有半年还完", "", slot.Slots{}},
		{"去年在银行借了20万 五年期", "", slot.Slots{}},
		{"上次借了八万 36期 还剩12期", "", slot.Slots{}},
		{"之前借过 这次想借10万 三年期", "", slot.Slots{AmountYuan: money(100000), TermMonths: slot.Ptr(36)}},
		{"之前借过钱 现在想借五万 两年期", "", slot.Slots{AmountYuan: money(50000), TermMonths: slot.Ptr(24)}},
		{"借十万 三年期", "", slot.Slots{AmountYuan: money(100000), TermMonths: slot.Ptr(36)}},
		// a household's pay summed (加起来, 一共, 合计 after a partner's): the applicant's own pay only
		{"我一个月七千 老公五千 一共一万二", "", slot.Slots{MonthlyIncomeYuan: money(7000)}},
		{"月入八千 媳妇四千 两人加起来一万二", "", slot.Slots{MonthlyIncomeYuan: money(8000)}},
		{"我工资六千 爱人四千 合计一万", "", slot.Slots{MonthlyIncomeYuan: money(6000)}},
		{"我老婆工资五千 我八千 两口子一共一万三", "", slot.Slots{MonthlyIncomeYuan: money(8000)}},
		{"我月薪八千 想借一共十万", "", slot.Slots{AmountYuan: money(100000), MonthlyIncomeYuan: money(8000)}},
		{"我月薪八千 老婆没工作 想借加起来五万", "", slot.Slots{AmountYuan: money(50000), MonthlyIncomeYuan: money(8000)}},
		// an income followed by the year it is earned in (十二万一年): a yearly income, no term
		{"收入十二万一年", "", slot.Slots{MonthlyIncomeYuan: money(10000)}},
		{"工资十五万一年", "", slot.Slots{MonthlyIncomeYuan: money(12500)}},
		{"我赚的话 二十四万一年吧", "", slot.Slots{MonthlyIncomeYuan: money(20000)}},
		{"不是月薪 是年薪 三十六万一年", "", slot.Slots{MonthlyIncomeYuan: money(30000)}},
		{"借十万一年", "", slot.Slots{AmountYuan: money(100000), TermMonths: slot.Ptr(12)}},
		{"月薪八千 借十万一年", "", slot.Slots{AmountYuan: money(100000), MonthlyIncomeYuan: money(8000), TermMonths: slot.Ptr(12)}},
		// a loan someone else took, and its payment: no slot of the applicant's
		{"我朋友借了十万 每个月还三千", "", slot.Slots{}},
		{"我老婆借了五万 每个月还两千", "", slot.Slots{}},
		{"我哥贷了二十万 每月还五千 我自己每月还两千", "", slot.Slots{ExistingMonthlyDebtYuan: money(2000)}},
		{"我借了朋友三万 每个月还他一千", "", slot.Slots{ExistingMonthlyDebtYuan: money(1000)}},
		{"我和老婆一起贷了三十万 每月还六千", "", slot.Slots{ExistingMonthlyDebtYuan: money(6000)}},
		{"之前贷了10万 每月还三千", "", slot.Slots{ExistingMonthlyDebtYuan: money(3000)}},
		// Cantonese 退咗休 (folded to 退了休): retired
		{"我退咗休 今年六十八歲", "", slot.Slots{Employment: retired, Age: slot.Ptr(68)}},
		{"我退咗休", "", slot.Slots{Employment: retired}},
		{"退咗休啦 每個月有長糧", "", slot.Slots{Employment: retired}},
		{"早就退了休", "", slot.Slots{Employment: retired}},
		{"我老公退了休", "", slot.Slots{}},
		// nothing owed to anyone now (冇欠人錢, 没欠钱): no debt; 从来不欠 is a habit of paying, no debt slot
		{"冇欠人錢", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"我沒欠人錢", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"我没欠钱 只是想周转", "", slot.Slots{ExistingMonthlyDebtYuan: money(0), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"没有欠人家钱", "", slot.Slots{ExistingMonthlyDebtYuan: money(0)}},
		{"我老婆没欠钱", "", slot.Slots{}},
		// the loan asked for past a bribe offered (帮我搞定, 帮我办): the amount; the bribe is none
		{"给你们经理包个两万的红包 帮我搞定三十万", "", slot.Slots{AmountYuan: money(300000)}},
		{"给经理五千好处费 帮我办二十万", "", slot.Slots{AmountYuan: money(200000)}},
		{"给你两千辛苦费 帮我弄到十万", "", slot.Slots{AmountYuan: money(100000)}},
		{"请你们吃饭 给我搞定五十万", "", slot.Slots{AmountYuan: money(500000)}},
		{"帮我弄一万块 我给你五千好处费", "", slot.Slots{AmountYuan: money(10000)}},
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

// TestAgeEarlyWithPlace checks a tens figure with 出头 told with a place but no other figure: a
// tentative age.
func TestAgeEarlyWithPlace(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		age  *int // tentative age; nil = none
	}{
		{"四十出头 在武汉", slot.Ptr(40)},
		{"三十出头，在杭州做会计", slot.Ptr(30)},
		{"五十出头了 人在成都", slot.Ptr(50)},
		{"我四十出头 在广州", slot.Ptr(40)},
		{"二十出头 在深圳打工", slot.Ptr(20)},
		{"一万出头 在武汉", nil}, // no tens figure of an age
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := x.ExtractAt(tt.text, "", blindNow)
			if diff := cmp.Diff(tt.age, r.Tentative.Age); diff != "" {
				t.Errorf("ExtractAt(%q) tentative age (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
