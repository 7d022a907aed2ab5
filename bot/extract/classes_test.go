package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/loanbot/loanbot/bot/slot"
)

// TestClassesFromBlindDE checks the wording classes batches D and E (train b1, b2) revealed, on
// sentences that are not the batches' own: the readings the brief states (stock and wages are
// turnover, a certificate held is a house, 公积金 counts, 二十几岁 is tentative), Cantonese and
// pinyin forms, spaces that end a clause in voice text, owned vehicles and houses in any wording,
// work for a boss or a platform, hukou in another province, and figures that are not the loan.
func TestClassesFromBlindDE(t *testing.T) {
	x := New()
	type tc struct {
		text, expecting string
		want, tent      slot.Slots
	}
	tests := []tc{
		// turnover and business
		{"开了家灯具店 想借二十万拿一批货", "", sl(func(s *slot.Slots) {
			s.AmountYuan, s.LoanPurpose, s.Employment = slot.Ptr[int64](200000), slot.Ptr(slot.PurposeTurnover), slot.Ptr(slot.EmploymentSelfEmployed)
		}), slot.Slots{}},
		{"厂里下个月发不出工资了", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeTurnover)}, slot.Slots{}},
		{"想再开一家新店", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}},
		{"想买台铲车接活", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}},
		{"车间要换几台新机器", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}},
		{"打算在镇上开个水果店", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}, slot.Slots{}},
		{"要借八万 其中三万还网贷 五万给孩子交学费", "", slot.Slots{AmountYuan: slot.Ptr[int64](80000), LoanPurpose: slot.Ptr(slot.PurposeEducation)}, slot.Slots{}},
		{"想去驾校学个驾照", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeEducation)}, slot.Slots{}},
		{"我在村里养鸭子", "", slot.Slots{}, slot.Slots{}},
		// ownership
		{"房產證下來四年了", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse), HouseCertYears: slot.Ptr(4.0)}, slot.Slots{}},
		{"有辆小轿车 房子是租的", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}, slot.Slots{}},
		{"没有房子 车倒是有一辆", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}, slot.Slots{}},
		{"住在厂里宿舍 也没买车", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}, slot.Slots{}},
		{"车子可以拿去押", "", slot.Slots{PledgeWilling: slot.Ptr(true)}, slot.Slots{}},
		{"有套房 房贷还在还", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}},
		// work
		{"给物流公司老板开货车", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried)}, slot.Slots{}},
		{"老板你好 想咨询一下", "", slot.Slots{}, slot.Slots{}},
		{"在快手上做直播的", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}, slot.Slots{}},
		{"帮人接私活做网站", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}, slot.Slots{}},
		{"我在南京开奶茶店", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSelfEmployed), City: slot.Ptr("南京")}, slot.Slots{}},
		{"养了五十头猪 请了两个工人", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentBusinessOwner)}, slot.Slots{}},
		// figures
		{"教了二十年书 一个月六千", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](6000)}, slot.Slots{}},
		{"月薪七千 社保公积金都交了三年", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](7000), SocialSecurityMonths: slot.Ptr(36)}, slot.Slots{}},
		{"公积金缴了两年半", "", slot.Slots{SocialSecurityMonths: slot.Ptr(30)}, slot.Slots{}},
		{"装修还差八万", "", slot.Slots{AmountYuan: slot.Ptr[int64](80000), LoanPurpose: slot.Ptr(slot.PurposeRenovation)}, slot.Slots{}},
		{"给银行的人包个红包 三千行吗", "", slot.Slots{}, slot.Slots{}},
		{"每个月要还两张信用卡 加起来五千", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](5000)}, slot.Slots{}},
		{"老公一个月九千多 我自己四千", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](4000)}, slot.Slots{}},
		{"三十几岁", "", slot.Slots{}, slot.Slots{Age: slot.Ptr(30)}},
		{"我三十七八了", "", slot.Slots{}, slot.Slots{Age: slot.Ptr(38)}},
		{"到手六千到九千", "", slot.Slots{}, slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](9000)}},
		{"结婚五年了 车子登记在我名下", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralCar)}, slot.Slots{}},
		{"借四万 两年还 征信没问题", "", slot.Slots{AmountYuan: slot.Ptr[int64](40000), TermMonths: slot.Ptr(24), OverdueCurrent: slot.Ptr(false)}, slot.Slots{}},
		{"借 wu wan fen 24 qi", "", slot.Slots{AmountYuan: slot.Ptr[int64](50000), TermMonths: slot.Ptr(24)}, slot.Slots{}},
		// hukou, social security, overdue
		{"在苏州上班 户口在安徽", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentSalaried), City: slot.Ptr("苏州"), LocalHukou: slot.Ptr(false)}, slot.Slots{}},
		{"户籍就在本市", "", slot.Slots{LocalHukou: slot.Ptr(true)}, slot.Slots{}},
		{"社保从来没交过", "", slot.Slots{SocialSecurityMonths: slot.Ptr(0)}, slot.Slots{}},
		{"想借钱先把逾期的网贷还掉", "", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}},
		// Cantonese
		{"我冇車 層樓係我自己嘅", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralHouse)}, slot.Slots{}},
		{"而家冇逾期", "", slot.Slots{OverdueCurrent: slot.Ptr(false)}, slot.Slots{}},
		{"征信应该没啥问题", "", slot.Slots{OverdueCurrent: slot.Ptr(false)}, slot.Slots{}},
		{"上个月的信用卡没还上", "", slot.Slots{OverdueCurrent: slot.Ptr(true)}, slot.Slots{}},
		{"借呗晚还了两天 已经还上了", "", slot.Slots{OverdueCurrent: slot.Ptr(false)}, slot.Slots{}},
		{"这半年申请了好多网贷", "", slot.Slots{}, slot.Slots{}},
	}
	for _, tt := range tests {
		r := x.ExtractAt(tt.text, tt.expecting, blindNow)
		if d := cmp.Diff(tt.want, r.Slots); d != "" {
			t.Errorf("%q (expecting %q) slots (-want +got):\n%s", tt.text, tt.expecting, d)
		}
		if d := cmp.Diff(tt.tent, r.Tentative); d != "" {
			t.Errorf("%q (expecting %q) tentative (-want +got):\n%s", tt.text, tt.expecting, d)
		}
	}
}

// sl builds a Slots with set.
func sl(set func(*slot.Slots)) slot.Slots {
	var s slot.Slots
	set(&s)
	return s
}
