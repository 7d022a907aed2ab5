package screen

import (
	"fmt"
	"strings"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/slot"
)

func missingInfo(s slot.Slots) []Reason {
	var miss []string
	if s.AmountYuan == nil {
		miss = append(miss, "贷款金额")
	}
	if s.TermMonths == nil {
		miss = append(miss, "期限")
	}
	if s.MonthlyIncomeYuan == nil {
		miss = append(miss, "月收入")
	}
	if len(miss) == 0 {
		return nil
	}
	return []Reason{{Code: ReasonInfoMissing, Grade: GradeB,
		Text:   "还缺少" + strings.Join(miss, "、") + "，暂时无法完成还款能力评估。",
		Detail: "not stated: " + strings.Join(miss, ", ")}}
}

func ageReasons(s slot.Slots) []Reason {
	if s.Age == nil {
		return nil
	}
	age := *s.Age
	detail := fmt.Sprintf("age %d", age)
	switch {
	case age < MinAge:
		return []Reason{{ReasonAgeUnder18, GradeC, "放款机构要求借款人年满18周岁，未成年人不能申请贷款。", detail}}
	case age < YoungAge:
		return []Reason{{ReasonAgeYoung, GradeB, "多数放款机构要求借款人年满22周岁，可选择的产品较少，需要顾问人工复核。", detail}}
	case age > MaxAge:
		return []Reason{{ReasonAgeOver, GradeC, "您的年龄超出了多数放款机构的借款年龄上限（一般为55–65周岁）。", detail}}
	case age >= SeniorAge:
		return []Reason{{ReasonAgeSenior, GradeB, "部分产品对借款人年龄有上限，且借款期限不能超过年龄上限，需要顾问人工复核。", detail}}
	}
	return nil
}

func employmentReasons(s slot.Slots) []Reason {
	if s.Employment == nil {
		return nil
	}
	secured := hasCollateral(s)
	switch *s.Employment {
	case slot.EmploymentStudent:
		return []Reason{{ReasonStudent, GradeC, "在校学生一般不符合放款机构的借款要求，建议理性消费、谨慎借贷。", "employment student"}}
	case slot.EmploymentUnemployed:
		if secured {
			return []Reason{{ReasonNoJob, GradeB, "目前暂无稳定工作收入，需要顾问结合您的抵押物和其他收入来源人工复核。", "unemployed, has collateral"}}
		}
		return []Reason{{ReasonNoJob, GradeC, "目前暂无稳定工作收入，一般不符合放款机构的借款要求。", "unemployed, no collateral"}}
	}
	return nil
}

func hasCollateral(s slot.Slots) bool {
	return s.Collateral != nil && (*s.Collateral == slot.CollateralHouse || *s.Collateral == slot.CollateralCar)
}

func creditReasons(s slot.Slots) []Reason {
	var out []Reason
	if s.CreditQueries6m != nil && *s.CreditQueries6m > MaxCreditQueries6m {
		n := *s.CreditQueries6m
		out = append(out, Reason{ReasonCreditQueries, GradeB,
			fmt.Sprintf("近6个月征信查询%d次，多于一般机构关注的%d次，可能影响审批；建议近期不要再频繁申请贷款或信用卡。", n, MaxCreditQueries6m),
			fmt.Sprintf("%d credit enquiries in 6 months > %d", n, MaxCreditQueries6m)})
	}
	if s.OverdueCurrent != nil && *s.OverdueCurrent {
		if hasCollateral(s) {
			out = append(out, Reason{ReasonOverdueSecured, GradeB,
				"您目前有逾期未还，信用类（无抵押）产品一般不会受理；有抵押物的产品或可考虑，需要顾问人工复核，建议尽快结清逾期。",
				"current overdue; collateral " + *s.Collateral + " → secured products only"})
		} else {
			out = append(out, Reason{ReasonOverdue, GradeC,
				"您目前有逾期未还，信用类（无抵押）产品一般不会受理，建议先结清逾期，保持良好的还款记录后再申请。",
				"current overdue, no collateral → no unsecured credit"})
		}
	}
	return out
}

// affordability applies the 2× rule: monthly income must cover the estimated payment of the request
// (等额本息 at RepresentativeAPR) plus existing monthly debt at least MinCoverRatio times.
func (r *Result) affordability(s slot.Slots) []Reason {
	if s.AmountYuan == nil || s.TermMonths == nil || s.MonthlyIncomeYuan == nil {
		return nil
	}
	pay, ok := paymentEstimate(*s.AmountYuan, *s.TermMonths, RepresentativeAPR, loanmath.EqualInstalment)
	if !ok {
		return nil
	}
	var debt float64
	if s.ExistingMonthlyDebtYuan != nil {
		debt = float64(*s.ExistingMonthlyDebtYuan)
	}
	income := float64(*s.MonthlyIncomeYuan)
	r.MonthlyPayment, r.DebtService = pay, pay+debt
	r.CoverRatio = income / r.DebtService
	if r.CoverRatio >= MinCoverRatio {
		return nil
	}
	burden := fmt.Sprintf("按年化约%s（单利，含全部费用）、等额本息测算，%s分%d期每月约%s元",
		loanmath.Percent(RepresentativeAPR, 0), loanmath.WanYuan(*s.AmountYuan), *s.TermMonths, loanmath.Yuan(pay))
	if debt > 0 {
		burden += fmt.Sprintf("，加上现有月供%s，合计约%s元", loanmath.WanYuan(*s.ExistingMonthlyDebtYuan), loanmath.Yuan(r.DebtService))
	}
	detail := fmt.Sprintf("payment %.2f + debt %.2f = %.2f; income %.0f; cover %.2f× < %.1f×", pay, debt, r.DebtService, income, r.CoverRatio, MinCoverRatio)
	if income == 0 {
		return []Reason{{ReasonIncomeShort, GradeC, burden + "，目前没有月收入来偿还，还款压力过大；建议有稳定收入后再考虑。", detail}}
	}
	if r.CoverRatio < 1 {
		return []Reason{{ReasonIncomeShort, GradeC,
			burden + fmt.Sprintf("，已超过您的月收入%s，还款压力过大；建议降低金额或延长期限。", loanmath.WanYuan(*s.MonthlyIncomeYuan)), detail}}
	}
	return []Reason{{ReasonIncomeLow, GradeB,
		burden + fmt.Sprintf("；您的月收入%s约为其%.1f倍，一般需要达到2倍以上，可考虑降低金额或延长期限。", loanmath.WanYuan(*s.MonthlyIncomeYuan), r.CoverRatio), detail}}
}

func purposeReasons(s slot.Slots) []Reason {
	if s.LoanPurpose == nil || (*s.LoanPurpose != slot.PurposeBusiness && *s.LoanPurpose != slot.PurposeTurnover) {
		return nil
	}
	out := []Reason{{ReasonTaxProof, GradeA,
		"经营类贷款一般需要提供近12个月的纳税证明或完税记录，请提前准备。", "business purpose: tax proof required"}}
	if s.Employment != nil && *s.Employment != slot.EmploymentBusinessOwner && *s.Employment != slot.EmploymentSelfEmployed {
		out = append(out, Reason{ReasonBusinessNotOwner, GradeB,
			"经营类贷款一般要求借款人为企业主或个体工商户，需要顾问确认您的经营主体情况。",
			"business purpose but employment " + *s.Employment})
	}
	return out
}

func collateralReasons(s slot.Slots) []Reason {
	if s.Collateral == nil || *s.Collateral != slot.CollateralHouse || s.HouseCertYears == nil || *s.HouseCertYears >= MinHouseCertYears {
		return nil
	}
	y := *s.HouseCertYears
	return []Reason{{ReasonHouseCertShort, GradeB,
		fmt.Sprintf("多数房产抵押产品要求房产证持有满%g年，您的房产证持有约%g年，可选产品有限，需要顾问人工复核。", MinHouseCertYears, y),
		fmt.Sprintf("house certificate %.1f years < %g", y, MinHouseCertYears)}}
}
