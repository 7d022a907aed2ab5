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
		{"房子放出去租了 每月租金三千", "", slot.Slots{}, "", ""}, // let out for rent: no lending
		{"车放出去给别人跑", "", slot.Slots{}, "", ""},
		{"消息已经放出去了", "", slot.Slots{}, "", ""},
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
		{"在别人的早餐摊帮忙 一个月三千", "", slot.Slots{MonthlyIncomeYuan: money(3000)}, "", ""}, // someone else's stall
		{"我在小卖部上班", "", slot.Slots{Employment: salaried}, "", ""},
		// retirement to come is no retirement yet
		{"下月退休 还能贷吗", "", slot.Slots{}, "", ""},
		{"我马上退休了", "", slot.Slots{}, "", ""},
		{"即将退休", "", slot.Slots{}, "", ""},
		{"下个月就退休了", "", slot.Slots{}, "", ""},
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
		{"在互联网公司 年包三十万", "", slot.Slots{MonthlyIncomeYuan: money(25000), Employment: salaried}, "", ""}, // working at a company is salaried (batch M)
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
		// someone else's ID to borrow on is fraud
		{"拿我舍友的身份证贷款行吗", "", slot.Slots{}, "", IntentFraudRequest},
		{"用工友的名字申请可以吗", "", slot.Slots{}, "", IntentFraudRequest},
		{"借我男朋友的身份证办一笔", "", slot.Slots{}, "", IntentFraudRequest},
		{"能不能用室友的身份证借", "", slot.Slots{}, "", IntentFraudRequest},
		{"用我房东的名义贷款", "", slot.Slots{}, "", IntentFraudRequest},
		{"用我自己的身份证借", "", slot.Slots{}, "", IntentProvideInfo},
		// a relative's or friend's wish to borrow is not the applicant's amount
		{"我哥想贷五万", "", slot.Slots{}, "", ""},
		{"我妹要借两万", "", slot.Slots{}, "", ""},
		{"我表弟想借3万块 能借吗", "", slot.Slots{}, "", ""},
		{"我同事打算借十万", "", slot.Slots{}, "", ""},
		{"朋友想借二十万 你们能放吗", "", slot.Slots{}, "", ""},
		{"我弟想借3万 我想借5万", "", slot.Slots{AmountYuan: money(50000)}, "", ""},
		{"帮我弟借3万", "", slot.Slots{AmountYuan: money(30000)}, "", ""},
		// someone else's house or car to pledge is no collateral of the applicant's
		{"我妈的房子能抵押吗", "", slot.Slots{}, "", ""},
		{"我哥的车可以押吗", "", slot.Slots{}, "", ""},
		{"用我老婆的车抵押行吗", "", slot.Slots{}, "", ""},
		{"我岳父的房子能拿来押吗", "", slot.Slots{}, "", ""},
		{"朋友的车能抵押吗", "", slot.Slots{}, "", ""},
		{"我的房子能抵押吗", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		// borrowing to pay a business's wages is turnover
		{"厂里订单少 想贷十万发工资", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, "", ""},
		{"公司账上没钱 想借三十万发工资", "", slot.Slots{AmountYuan: money(300000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, "", ""},
		{"我开了个餐馆 想借点钱发工钱", "", slot.Slots{Employment: self, LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, "", ""},
		{"火锅店撑不住了 借十万发工资", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, "", ""},
		{"饭馆生意不好 借五万发工资", "", slot.Slots{AmountYuan: money(50000), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, "", ""},
		{"借点钱 等发工资就还", "", slot.Slots{}, "", ""},
		// a student's or trainee's allowance is income
		{"读博 每个月补贴三千", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentStudent), MonthlyIncomeYuan: money(3000)}, "", ""},
		{"研二 学校每月补助一千五", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentStudent), MonthlyIncomeYuan: money(1500)}, "", ""},
		{"在读研究生 助研费一个月八百", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentStudent), MonthlyIncomeYuan: money(800)}, "", ""},
		{"实习期 每月补贴两千五", "", slot.Slots{MonthlyIncomeYuan: money(2500)}, "", ""},
		{"买车政府补贴一万 想借十万", "", slot.Slots{AmountYuan: money(100000), LoanPurpose: slot.Ptr(slot.PurposeCar)}, "", ""}, // a subsidy on a purchase is no pay
		{"装修有补贴两万", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeRenovation)}, "", ""},
		{"大三 导师每月给一千补助", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentStudent), MonthlyIncomeYuan: money(1000)}, "", ""},
		// a monthly figure after what an existing loan has left is its payment
		{"网贷还有十期 每个月两千", "", slot.Slots{ExistingMonthlyDebtYuan: money(2000)}, "", ""},
		{"分期还剩6期 每期800", "", slot.Slots{ExistingMonthlyDebtYuan: money(800)}, "", ""},
		{"信用卡分期还剩12期 每月1200", "", slot.Slots{ExistingMonthlyDebtYuan: money(1200)}, "", ""},
		{"借呗还剩半年 每个月九百", "", slot.Slots{ExistingMonthlyDebtYuan: money(900)}, "", ""},
		{"贷款还有24期 每月两千三", "", slot.Slots{ExistingMonthlyDebtYuan: money(2300)}, "", ""},
		{"还剩18期 我想借1500", "", slot.Slots{AmountYuan: money(1500)}, "", ""},
		{"贷款还剩5万 每月1500", "", slot.Slots{ExistingMonthlyDebtYuan: money(1500)}, "", ""},
		{"网贷还有两万多 每个月两千", "", slot.Slots{ExistingMonthlyDebtYuan: money(2000)}, "", ""},
		// a couple working the applicant's business together, a household's farm: the applicant's living
		{"开了个小超市 两口子一起做 一个月挣八千", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(8000)}, "", ""},
		{"夫妻俩一起经营一家面馆 每个月落个一万二", "", slot.Slots{MonthlyIncomeYuan: money(12000)}, "", ""},
		{"我们俩一起摆摊 一个月赚六千", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(6000)}, "", ""},
		{"两口子一起开店 月入两万", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(20000)}, "", ""},
		{"夫妻俩加起来一个月一万", "", slot.Slots{}, "", ""},
		{"种地的 家里养了猪 一年下来净挣六万", "", slot.Slots{MonthlyIncomeYuan: money(5000)}, "", ""},
		{"家里种了十亩地 一年挣个五万", "", slot.Slots{MonthlyIncomeYuan: money(4167)}, "", ""},
		{"家里开了个小饭馆 一个月能挣一万", "", slot.Slots{Employment: self, MonthlyIncomeYuan: money(10000)}, "", ""},
		{"家里养鸡的 一年下来净赚八万", "", slot.Slots{MonthlyIncomeYuan: money(6667)}, "", ""},
		{"家里给生活费两千", "", slot.Slots{}, "", ""},
		// a period in a message about the house certificate is the certificate's, no term
		{"不对 是十二年 房本上写着呢", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(12.0)}, "", ""},
		{"八年 房产证看过了", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(8.0)}, "", ""},
		{"应该是六年 我翻了下房产证", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(6.0)}, "", ""},
		{"是九年 不动产证上的日期", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(9.0)}, "", ""},
		{"十年前买的房", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(10.0)}, "", ""},
		{"想贷三年 房本有十年了", "", slot.Slots{TermMonths: slot.Ptr(36), Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(10.0)}, "", ""},
		{"房本有了 想分三年还", "", slot.Slots{TermMonths: slot.Ptr(36)}, "", ""},
		{"十年前买的车", "", slot.Slots{}, "", ""},
		// a certificate kept by the applicant is a house owned
		{"房本一直在我这", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		{"房产证一直在我手里", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		{"房本还在我这儿", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		{"房本都在我这", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		{"房产证还在我手上", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, "", ""},
		// Cantonese earning: 搵 a month or a year
		{"每个月搵八千", "", slot.Slots{MonthlyIncomeYuan: money(8000)}, "", ""},
		{"借两万零头不要", "", slot.Slots{AmountYuan: money(20000)}, "", ""}, // 零头 is no 萬零
		{"一年搵十二萬", "", slot.Slots{MonthlyIncomeYuan: money(10000)}, "", ""},
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

// TestTentativeFromBlindL checks approximate values of batch L's classes: 萬零 (Cantonese: ten
// thousand and a little) is a tentative 10000, and the month it is earned in no term.
func TestTentativeFromBlindL(t *testing.T) {
	x := New()
	tests := []struct {
		text string
		want slot.Slots // tentative
	}{
		{"一個月搵萬零", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"月入萬零蚊", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"人工萬零", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"一个月一万零", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"我喺深圳打工 一個月搵萬零蚊", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"一个月一万零五百", slot.Slots{}},
		// a house held for an approximate number of years: the certificate's, tentative
		{"十几年前买的房子 房产证在我这", slot.Slots{HouseCertYears: slot.Ptr(10.0)}},
		{"二十几年前分的房了", slot.Slots{HouseCertYears: slot.Ptr(20.0)}},
		{"三十多年前盖的房", slot.Slots{HouseCertYears: slot.Ptr(30.0)}},
		{"十来年前买的房 房本在我名下", slot.Slots{HouseCertYears: slot.Ptr(10.0)}},
		{"二十几年前的老房子", slot.Slots{HouseCertYears: slot.Ptr(20.0)}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := x.ExtractAt(tt.text, "", blindNow)
			if diff := cmp.Diff(tt.want, r.Tentative); diff != "" {
				t.Errorf("ExtractAt(%q) tentative (-want +got):\n%s", tt.text, diff)
			}
			if r.Slots.TermMonths != nil || r.Slots.AmountYuan != nil {
				t.Errorf("ExtractAt(%q) = term %v, amount %v; want neither", tt.text, r.Slots.TermMonths, r.Slots.AmountYuan)
			}
		})
	}
}
