package screen

import (
	"slices"
	"strings"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

func purposeLabels() map[string]string {
	return map[string]string{
		slot.PurposeConsumption: "日常消费", slot.PurposeBusiness: "经营", slot.PurposeCar: "买车",
		slot.PurposeRenovation: "装修", slot.PurposeEducation: "教育", slot.PurposeMedical: "医疗",
		slot.PurposeTurnover: "资金周转", slot.PurposeOther: "其他用途",
	}
}

func employmentLabels() map[string]string {
	return map[string]string{
		slot.EmploymentSalaried: "上班族", slot.EmploymentBusinessOwner: "企业主", slot.EmploymentSelfEmployed: "个体户",
		slot.EmploymentFreelancer: "自由职业", slot.EmploymentUnemployed: "暂无工作", slot.EmploymentRetired: "退休人员",
		slot.EmploymentStudent: "学生",
	}
}

func labels(m map[string]string, keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return strings.Join(out, "、")
}

func purposeRule(s slot.Slots, p knowledge.Product) verdict {
	if s.LoanPurpose == nil {
		return unknown("贷款用途")
	}
	if !slices.Contains(p.Purposes, *s.LoanPurpose) {
		return miss("purpose", "资金不能用于%s（该产品用于%s）", purposeLabels()[*s.LoanPurpose], labels(purposeLabels(), p.Purposes))
	}
	return fit("用途（%s）符合", purposeLabels()[*s.LoanPurpose])
}

func amountRule(s slot.Slots, p knowledge.Product) verdict {
	if s.AmountYuan == nil {
		return unknown("贷款金额")
	}
	a := *s.AmountYuan
	switch {
	case a > p.AmountMax:
		return miss("amount", "申请金额%s超过产品上限%s", loanmath.WanYuan(a), loanmath.WanYuan(p.AmountMax))
	case a < p.AmountMin:
		return miss("amount", "申请金额%s低于产品起贷金额%s", loanmath.WanYuan(a), loanmath.WanYuan(p.AmountMin))
	}
	return fit("额度%s–%s", loanmath.WanYuan(p.AmountMin), loanmath.WanYuan(p.AmountMax))
}

func termRule(s slot.Slots, p knowledge.Product) verdict {
	if s.TermMonths == nil {
		return unknown("期限")
	}
	n := *s.TermMonths
	if n < p.TermMin || n > p.TermMax {
		return miss("term", "期限%d期不在产品的%d–%d期范围内", n, p.TermMin, p.TermMax)
	}
	return fit("期限%d–%d期", p.TermMin, p.TermMax)
}

func ageRule(s slot.Slots, p knowledge.Product) verdict {
	if s.Age == nil {
		return unknown("年龄")
	}
	a := p.Admission
	if *s.Age < a.AgeMin || *s.Age > a.AgeMax {
		return miss("age", "产品要求年龄%d–%d周岁", a.AgeMin, a.AgeMax)
	}
	if s.TermMonths != nil && *s.Age+(*s.TermMonths+11)/12 > a.AgeMax {
		return miss("age", "贷款到期时年龄不能超过%d周岁，可考虑缩短期限", a.AgeMax)
	}
	return verdict{}
}

func incomeRule(s slot.Slots, p knowledge.Product) verdict {
	min := p.Admission.MinMonthlyIncomeYuan
	if min == 0 {
		return verdict{}
	}
	if s.MonthlyIncomeYuan == nil {
		return unknown("月收入")
	}
	if *s.MonthlyIncomeYuan < min {
		return miss("income", "产品要求月收入不低于%s", loanmath.WanYuan(min))
	}
	return verdict{}
}

func queriesRule(s slot.Slots, p knowledge.Product) verdict {
	if s.CreditQueries6m == nil {
		return unknown("近6个月征信查询次数")
	}
	if max := p.Admission.MaxCreditQueries6m; *s.CreditQueries6m > max {
		return miss("credit_queries", "产品要求近6个月征信查询不超过%d次", max)
	}
	return verdict{}
}

func overdueRule(s slot.Slots, p knowledge.Product) verdict {
	if s.OverdueCurrent == nil {
		return unknown("是否有当前逾期")
	}
	if *s.OverdueCurrent && !p.Admission.AllowCurrentOverdue {
		return miss("overdue", "有当前逾期，该产品不受理")
	}
	return verdict{}
}

func hukouRule(s slot.Slots, p knowledge.Product) verdict {
	if !p.Admission.LocalHukou {
		return verdict{}
	}
	if s.LocalHukou == nil {
		return unknown("是否本地户籍")
	}
	if !*s.LocalHukou {
		return miss("hukou", "产品要求本地户籍")
	}
	return fit("本地户籍符合")
}

func collateralRule(s slot.Slots, p knowledge.Product) verdict {
	if !p.Secured() {
		return verdict{}
	}
	what := map[string]string{slot.CollateralHouse: "房产", slot.CollateralCar: "车辆"}[p.Collateral]
	if s.Collateral == nil {
		return unknown("是否有" + what + "可抵押")
	}
	if *s.Collateral != p.Collateral {
		return miss("collateral", "需要本人名下%s作抵押", what)
	}
	return fit("有%s可抵押", what)
}

func houseCertRule(s slot.Slots, p knowledge.Product) verdict {
	min := p.Admission.MinHouseCertYears
	if p.Collateral != slot.CollateralHouse || min == 0 || (s.Collateral != nil && *s.Collateral != slot.CollateralHouse) {
		return verdict{}
	}
	if s.HouseCertYears == nil {
		return unknown("房产证持有年限")
	}
	if *s.HouseCertYears < min {
		return miss("house_cert", "产品要求房产证持有满%g年", min)
	}
	return verdict{}
}

func socialSecurityRule(s slot.Slots, p knowledge.Product) verdict {
	min := p.Admission.MinSocialSecurityMonths
	if min == 0 {
		return verdict{}
	}
	if s.SocialSecurityMonths == nil {
		return unknown("社保缴纳月数")
	}
	if *s.SocialSecurityMonths < min {
		return miss("social_security", "产品要求连续缴纳社保满%d个月", min)
	}
	return fit("社保满%d个月", min)
}

func employmentRule(s slot.Slots, p knowledge.Product) verdict {
	if s.Employment == nil {
		return unknown("职业身份")
	}
	if !slices.Contains(p.Admission.Employment, *s.Employment) {
		return miss("employment", "产品面向%s", labels(employmentLabels(), p.Admission.Employment))
	}
	return fit("职业（%s）符合", employmentLabels()[*s.Employment])
}

func taxProofRule(_ slot.Slots, p knowledge.Product) verdict {
	if !p.Admission.TaxProof {
		return verdict{}
	}
	return verdict{note: "需要提供近12个月纳税证明或完税记录"}
}
