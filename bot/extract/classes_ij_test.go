package extract

import (
	"strings"
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
		{"月入万几", "", slot.Slots{}}, // 一万几: tentative (TestTentativeFromBlindIJ)
		// a factory run, its workers counted: the applicant owns it; an owner's own pay is no wage job
		{"自己办了个厂 有十几个员工", "", slot.Slots{Employment: owner}},
		{"我是开厂的 工人二十几个", "", slot.Slots{Employment: owner}},
		{"在温州开工厂的 员工三十来个 想贷款进原材料", "", slot.Slots{Employment: owner, City: slot.Ptr("温州"), LoanPurpose: slot.Ptr(slot.PurposeTurnover)}},
		{"自己開廠 工人四十幾個", "", slot.Slots{Employment: owner}},
		{"想开个厂 需要五十万", "", slot.Slots{AmountYuan: slot.Ptr[int64](500000), LoanPurpose: slot.Ptr(slot.PurposeBusiness)}},
		// a factory run is no purpose; one to open is business
		{"我在宁波开厂 工人五十多个", "", slot.Slots{Employment: owner, City: slot.Ptr("宁波")}},
		{"借钱开厂", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}},
		{"准备办个工厂 差一百万", "", slot.Slots{AmountYuan: slot.Ptr[int64](1000000), LoanPurpose: slot.Ptr(slot.PurposeBusiness)}},
		{"想贷款开厂", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeBusiness)}},
		{"给自己发工资两万 厂里流水每月三百万", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](20000)}},
		// a worker in someone's factory counting colleagues, a boss who pays the applicant: salaried
		{"我在厂里做工人 厂里三十个工人", "", slot.Slots{Employment: salaried}},
		{"在工厂打工 厂里五十个工人 一个月五千", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](5000)}},
		{"老板每个月给我发工资八千", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](8000)}},
		{"老板每月给我六千", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](6000)}},
		{"公司每个月给我八千五", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](8500)}},
		{"我爸每个月给我两千", "", slot.Slots{}},
		{"我开了个厂 五十个工人 自己也在厂里上班", "", slot.Slots{Employment: owner}},
		// a trade plied where one works, for a wage, is salaried; housework and a spouse's are not
		{"在杭州做运营 工资八千", "", slot.Slots{Employment: salaried, City: slot.Ptr("杭州"), MonthlyIncomeYuan: slot.Ptr[int64](8000)}},
		{"我在成都做设计 月薪七千", "", slot.Slots{Employment: salaried, City: slot.Ptr("成都"), MonthlyIncomeYuan: slot.Ptr[int64](7000)}},
		{"在家做饭 没工资", "", slot.Slots{}},
		{"老公在南京做设计 工资一万", "", slot.Slots{City: slot.Ptr("南京")}},
		{"在上海做生意 月入两万", "", slot.Slots{Employment: self, City: slot.Ptr("上海"), MonthlyIncomeYuan: slot.Ptr[int64](20000)}},
		{"在深圳做设计", "", slot.Slots{City: slot.Ptr("深圳")}},
		// a guarantor is a person, no pledge; one's own asset as security still is
		{"我想找个人担保", "", slot.Slots{}},
		{"朋友可以给我担保", "", slot.Slots{}},
		{"需要担保人吗", "", slot.Slots{}},
		{"我哥愿意当担保人", "", slot.Slots{}},
		{"可以担保", "", slot.Slots{PledgeWilling: slot.Ptr(true)}},
		// a certificate held N years, in other words: its years, not a term
		{"房契拿了五年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(5.0)}},
		{"我有套房 产权证办了六年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(6.0)}},
		{"屋企層樓 樓契有十年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(10.0)}},
		{"商铺是自己的 有产权证 拿了九年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(9.0)}},
		{"产权证下来三年了 想贷款二十万 分三年", "", slot.Slots{Collateral: house, HouseCertYears: slot.Ptr(3.0), AmountYuan: slot.Ptr[int64](200000), TermMonths: slot.Ptr(36)}},
		{"想贷三年 有房产证", "", slot.Slots{Collateral: house, TermMonths: slot.Ptr(36)}},
		// one thing owned, the other denied: the one owned; nothing in one's own name: none
		{"有台二手车 房没有", "", slot.Slots{Collateral: car}},
		{"有套老房子 车没有", "", slot.Slots{Collateral: house}},
		{"有辆破车 没房", "", slot.Slots{Collateral: car}},
		{"房子车子都没有", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}},
		{"老婆有车 我自己名下什么都没有", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}},
		{"我名下没有贷款", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}},
		// a house said to exist besides a refusal to pledge it; a two-wheeler owned is no car
		{"房子确实有 但不想押", "", slot.Slots{Collateral: house, PledgeWilling: slot.Ptr(false)}},
		{"不抵押 房子是有的", "", slot.Slots{Collateral: house, PledgeWilling: slot.Ptr(false)}},
		{"电瓶车是我的 没有汽车", "", slot.Slots{Collateral: slot.Ptr(slot.CollateralNone)}},
		{"送快递的 摩托车是自己的", "", slot.Slots{Employment: salaried}},
		// a car already bought (全款买的车) is owned, no purpose; one to buy is
		{"车是去年全款买的车", "", slot.Slots{Collateral: car}},
		{"这是我前年买的车 想押一下", "", slot.Slots{Collateral: car, PledgeWilling: slot.Ptr(true)}},
		{"想买的车要二十万", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar)}},
		{"打算买的车是二手的 差五万", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeCar), AmountYuan: slot.Ptr[int64](50000)}},
		// being chased now is overdue; one to come is none; one repaid since is not overdue
		{"天天有人催收", "", slot.Slots{OverdueCurrent: slot.Ptr(true)}},
		{"催收都找到我单位了", "", slot.Slots{OverdueCurrent: slot.Ptr(true)}},
		{"下个月可能要逾期", "", slot.Slots{}},
		{"信用卡快要逾期了", "", slot.Slots{}},
		{"信用卡逾期了一个月 上周已经还清了", "", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		{"信用卡逾期了两天 还没还上", "", slot.Slots{OverdueCurrent: slot.Ptr(true)}},
		{"逾期了两次 都还上了", "", slot.Slots{OverdueCurrent: slot.Ptr(false)}},
		// a year alone after the zodiac sign is the year of birth
		{"属龙 88年", "", slot.Slots{Age: slot.Ptr(38)}},
		{"我是属马的 九零年", "", slot.Slots{Age: slot.Ptr(36)}},
		{"属兔的 87年 在深圳上班", "", slot.Slots{Age: slot.Ptr(39), City: slot.Ptr("深圳"), Employment: salaried}},
		{"属猪的 2019年买的房", "", slot.Slots{}},
		// living costs are consumption; customer service and a first job are salaried; a foreign sum no yuan
		{"借两万 日常开支用", "", slot.Slots{AmountYuan: slot.Ptr[int64](20000), LoanPurpose: slot.Ptr(slot.PurposeConsumption)}},
		{"想借点钱应付家里开销", "", slot.Slots{LoanPurpose: slot.Ptr(slot.PurposeConsumption)}},
		{"在电商公司当客服", "", slot.Slots{Employment: salaried}},
		{"刚入职半年 月薪五千", "", slot.Slots{Employment: salaried, MonthlyIncomeYuan: slot.Ptr[int64](5000)}},
		{"找客服", "", slot.Slots{}},
		{"每个月三万港币收入", "", slot.Slots{}},
		{"月薪五千美元", "", slot.Slots{}},
		{"想借二十万 人民币", "", slot.Slots{AmountYuan: slot.Ptr[int64](200000)}},
		// a hukou in this county or district; no loan ever taken
		{"户口也在本区", "", slot.Slots{LocalHukou: slot.Ptr(true)}},
		{"户籍就是本县的 没贷过款", "", slot.Slots{LocalHukou: slot.Ptr(true), ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}},
		{"月薪八千 没有别的负债", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](8000), ExistingMonthlyDebtYuan: slot.Ptr[int64](0)}},
		{"从没贷过款 征信干净", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](0), OverdueCurrent: slot.Ptr(false)}},
		{"没有借过钱给别人", "", slot.Slots{}},
		// a workplace counted (一家外商公司) or 一次性 counts no enquiries
		{"在一家公司上班", KeyCreditQueries, slot.Slots{Employment: salaried}},
		{"想一次性贷下来", "", slot.Slots{}},
		{"查了三家", KeyCreditQueries, slot.Slots{CreditQueries6m: slot.Ptr(3)}},
		{"半年查了两家银行", "", slot.Slots{CreditQueries6m: slot.Ptr(2)}},
		{"两家", KeyCreditQueries, slot.Slots{CreditQueries6m: slot.Ptr(2)}},
		// a shop or storefront to pledge is a house
		{"有个铺头 可以押", "", slot.Slots{Collateral: house, PledgeWilling: slot.Ptr(true)}},
		{"店面是自己的 能押吗", "", slot.Slots{Collateral: house}},
		{"商铺想拿去抵押", "", slot.Slots{Collateral: house, PledgeWilling: slot.Ptr(true)}},
		// what a down payment lacks is the sum wanted (a prohibited use, purpose other)
		{"首付差十万 能贷吗", "", slot.Slots{AmountYuan: slot.Ptr[int64](100000), LoanPurpose: slot.Ptr(slot.PurposeOther)}},
		{"婚房首付还差三十万", "", slot.Slots{AmountYuan: slot.Ptr[int64](300000), LoanPurpose: slot.Ptr(slot.PurposeOther)}},
		{"首付三十万 还差十万", "", slot.Slots{AmountYuan: slot.Ptr[int64](100000)}},
		{"买房子首付就缺五万", "", slot.Slots{AmountYuan: slot.Ptr[int64](50000), LoanPurpose: slot.Ptr(slot.PurposeOther)}},
		// the price of goods bought is no amount wanted
		{"上个月买了台电脑六千 想借两万", "", slot.Slots{AmountYuan: slot.Ptr[int64](20000)}},
		{"买了个手机 想借八千", "", slot.Slots{AmountYuan: slot.Ptr[int64](8000)}},
		{"前几天买了一台冰箱 四千多", "", slot.Slots{}},
		{"想买个手机 借八千", "", slot.Slots{AmountYuan: slot.Ptr[int64](8000), LoanPurpose: slot.Ptr(slot.PurposeConsumption)}},
		// another loan's monthly payment is a debt, not the amount nor borrowing to repay
		{"每月还别的贷款三千", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](3000)}},
		{"每个月还其他贷款一千五", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](1500)}},
		{"想借十万 每月还其他的网贷两千", "", slot.Slots{AmountYuan: slot.Ptr[int64](100000), ExistingMonthlyDebtYuan: slot.Ptr[int64](2000)}},
		{"另外的贷款每月一千二", "", slot.Slots{ExistingMonthlyDebtYuan: slot.Ptr[int64](1200)}},
		{"想借两万还别的贷款", "", slot.Slots{AmountYuan: slot.Ptr[int64](20000)}},
		// an income before and after tax: the one after tax
		{"税前一万五 税后一万二", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](12000)}},
		{"工资税后八千 税前一万", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](8000)}},
		{"税前一万二 实发一万", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"月薪税前两万", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](20000)}},
		{"到手九千 税前一万一", "", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](9000)}},
		// social security the employer pays, after a place of work
		{"我在上海工作 公司交了四年社保", "", slot.Slots{City: slot.Ptr("上海"), SocialSecurityMonths: slot.Ptr(48)}},
		{"在厂里上班 厂里交了两年社保", "", slot.Slots{Employment: salaried, SocialSecurityMonths: slot.Ptr(24)}},
		{"在苏州工作三年了 单位缴了两年社保", "", slot.Slots{City: slot.Ptr("苏州"), SocialSecurityMonths: slot.Ptr(24)}},
		{"公司交了五年的公积金", "", slot.Slots{SocialSecurityMonths: slot.Ptr(60)}},
		{"老板给我交了一年社保", "", slot.Slots{Employment: salaried, SocialSecurityMonths: slot.Ptr(12)}}, // the boss is the employer
		// a period after an occupation is how long it has been done, not a term
		{"当了三年老师 想借五万", "", slot.Slots{AmountYuan: slot.Ptr[int64](50000), Employment: salaried}},
		{"我是网约车司机五年了", "", slot.Slots{Employment: self}},
		{"做主播一年多", "", slot.Slots{Employment: slot.Ptr(slot.EmploymentFreelancer)}},
		{"跑滴滴三年 想借五万分两年", "", slot.Slots{AmountYuan: slot.Ptr[int64](50000), TermMonths: slot.Ptr(24), Employment: self}},
		{"我是护士 借三万 一年还清", "", slot.Slots{AmountYuan: slot.Ptr[int64](30000), TermMonths: slot.Ptr(12), Employment: salaried}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, x.ExtractAt(tt.text, tt.expecting, blindNow).Slots); d != "" {
			t.Errorf("%q (expecting %q) slots (-want +got):\n%s", tt.text, tt.expecting, d)
		}
	}
}

// TestRequestsFromBlindIJ checks the intents, uses and signals batches I and J revealed: a human
// asked to phone or explain, a loan on someone else's identity, money lent on for interest paid by
// the friend, money taken to repay a debt named with a qualifier, and a job a faked proof is to
// state (not the applicant's).
func TestRequestsFromBlindIJ(t *testing.T) {
	x := New()
	tests := []struct {
		text      string
		intent    string // "" = not checked
		use       string
		repay     bool
		employ    string // "" = none stated
		wantOther bool   // loan purpose other
	}{
		// a person asked to phone or explain: a human
		{"能不能找个人跟我讲讲", IntentAskHuman, "", false, "", false},
		{"让人打个电话给我吧", IntentAskHuman, "", false, "", false},
		{"你们派个人跟我说", IntentAskHuman, "", false, "", false},
		{"找个人给我解释一下", IntentAskHuman, "", false, "", false},
		{"电话沟通吧 打字不方便", IntentAskHuman, "", false, "", false},
		{"我找个人问问再说", IntentOther, "", false, "", false},
		{"上次那个业务员答应给我办的", "", "", false, "", false},
		// the applicant's own job title is no request for a human
		{"我在保险公司做客户经理", IntentProvideInfo, "", false, slot.EmploymentSalaried, false},
		{"我是业务员 月薪六千", IntentProvideInfo, "", false, slot.EmploymentSalaried, false},
		{"在银行当客户经理三年了", IntentProvideInfo, "", false, slot.EmploymentSalaried, false},
		{"有没有客户经理", IntentAskHuman, "", false, "", false},
		{"我在银行做客户经理 能不能找人工", IntentAskHuman, "", false, slot.EmploymentSalaried, false},
		// calls told of a debt chased are an overdue, not a call asked for
		{"催收天天给我打电话", IntentProvideInfo, "", false, "", false},
		{"被催收了 催收的一直给我打电话 怎么办", IntentProvideInfo, "", false, "", false},
		{"催款的老给我打电话 烦死了", "", "", false, "", false},
		{"催收天天打电话 我要转人工", IntentAskHuman, "", false, "", false},
		{"催收打电话太烦了 找个人跟我说说怎么办", IntentAskHuman, "", false, "", false},
		// a loan on someone else's identity is fraud; one's own ID, or a spouse's own, is not
		{"拿我老婆的身份证去办行不行", IntentFraudRequest, "", false, "", false},
		{"借我哥的名字申请一下", IntentFraudRequest, "", false, "", false},
		{"用我爸的名义贷款可以吗", IntentFraudRequest, "", false, "", false},
		{"我征信花了 用朋友身份证办一个", IntentFraudRequest, "", false, "", false},
		{"用他的身份证贷", IntentFraudRequest, "", false, "", false},
		{"用我自己的身份证", IntentProvideInfo, "", false, "", false},
		{"我弟弟的身份证丢了", IntentOther, "", false, "", false},
		{"老婆用她的身份证也办了一笔", IntentProvideInfo, "", false, "", false},
		{"房子用我老婆的名字买的", "", "", false, "", false},
		// money lent on, the friend paying interest: lending, purpose other; our rate asked is not
		{"想贷二十万借给同事 他每月付我一分五的利息", IntentProvideInfo, UseLending, false, "", true},
		{"借五万给我表哥 他给我三分息", IntentProvideInfo, UseLending, false, "", true},
		{"借给亲戚用 他们还我本金加两分利", IntentProvideInfo, UseLending, false, "", true},
		{"借给朋友 他给我利息 这样可以吗", IntentFAQ, UseLending, false, "", true},
		{"我朋友推荐的 你们给我利息低点", IntentAskRate, "", false, "", false},
		{"我朋友推荐的 能不能给我利息低一点", IntentAskRate, "", false, "", false},
		// money taken to repay a debt named with a qualifier: borrowing to repay
		{"钱主要拿来还以前欠的网贷", "", "", true, "", false},
		{"一部分用来还手上的信用卡", "", "", true, "", false},
		{"借的钱拿去还银行的贷款", "", "", true, "", false},
		{"想借五万 用来还之前借的网贷", "", "", true, "", false},
		{"工资拿去还之前的房贷", "", "", false, "", false},
		{"拿去还之前的人情", "", "", false, "", false},
		// a job a faked proof is to state is not the applicant's
		{"帮我做个在职证明 写我在国企上班", IntentFraudRequest, "", false, "", false},
		{"能不能开个假的工作证明 说我是公司职员", IntentFraudRequest, "", false, "", false},
		{"失业了 帮我搞个收入证明 证明我在银行工作", IntentFraudRequest, "", false, slot.EmploymentUnemployed, false},
		{"我在公司上班 能不能帮我做个工资流水", IntentFraudRequest, "", false, slot.EmploymentSalaried, false},
		{"我是老师 需要开在职证明吗", "", "", false, slot.EmploymentSalaried, false},
	}
	for _, tt := range tests {
		r := x.ExtractAt(tt.text, "", blindNow)
		if tt.intent != "" && r.Intent != tt.intent {
			t.Errorf("%q: intent %q, want %q", tt.text, r.Intent, tt.intent)
		}
		if r.ProhibitedUse != tt.use {
			t.Errorf("%q: prohibited use %q, want %q", tt.text, r.ProhibitedUse, tt.use)
		}
		if got := containsAny(strings.Join(r.Signals, " "), []string{SignalBorrowToRepay}); got != tt.repay {
			t.Errorf("%q: borrow_to_repay %v, want %v (signals %v)", tt.text, got, tt.repay, r.Signals)
		}
		if got := deref(r.Slots.Employment); got != tt.employ {
			t.Errorf("%q: employment %q, want %q", tt.text, got, tt.employ)
		}
		if got := deref(r.Slots.LoanPurpose) == slot.PurposeOther; got != tt.wantOther {
			t.Errorf("%q: purpose %q, want other %v", tt.text, deref(r.Slots.LoanPurpose), tt.wantOther)
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// TestTentativeFromBlindIJ checks 万几 with 一 left out ("一個月搵萬幾蚊"): 一万几, approximate; and a
// tens figure with 出头 said alone ("四十出头"), an approximate age.
func TestTentativeFromBlindIJ(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text string
		want slot.Slots
	}{
		{"月入万几", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"想借万几块", slot.Slots{AmountYuan: slot.Ptr[int64](10000)}},
		{"一個月搵萬幾蚊", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"月入一万几", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		{"工资萬幾", slot.Slots{MonthlyIncomeYuan: slot.Ptr[int64](10000)}},
		// a tens figure with 出头 said alone is an age
		{"五十出头了", slot.Slots{Age: slot.Ptr(50)}},
		{"我今年三十出头", slot.Slots{Age: slot.Ptr(30)}},
		{"30出头吧", slot.Slots{Age: slot.Ptr(30)}},
		{"八千出头", slot.Slots{}},
		{"借四十出头", slot.Slots{}},
	} {
		if d := cmp.Diff(tt.want, x.ExtractAt(tt.text, "", blindNow).Tentative); d != "" {
			t.Errorf("%q tentative (-want +got):\n%s", tt.text, d)
		}
	}
}
