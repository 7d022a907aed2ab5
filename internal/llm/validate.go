package llm

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loanbot/loanbot/bot/slot"
)

// factsSchema is record_facts' JSON schema: the canonical slot keys and units.
var factsSchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "amount_yuan":                {"type": "integer", "description": "想贷的金额，元"},
    "term_months":                {"type": "integer", "description": "期限，月"},
    "monthly_income_yuan":        {"type": "integer", "description": "本人税后月收入，元"},
    "loan_purpose":               {"type": "string", "enum": ["consumption","business","car","renovation","education","medical","turnover","other"]},
    "employment":                 {"type": "string", "enum": ["salaried","business_owner","self_employed","freelancer","unemployed","retired","student"]},
    "collateral":                 {"type": "string", "enum": ["house","car","none"]},
    "house_cert_years":           {"type": "number", "description": "房产证持有年数"},
    "local_hukou":                {"type": "boolean"},
    "social_security_months":     {"type": "integer"},
    "credit_queries_6m":          {"type": "integer", "description": "近6个月征信查询次数"},
    "overdue_current":            {"type": "boolean", "description": "本人当前是否有逾期未还"},
    "existing_monthly_debt_yuan": {"type": "integer", "description": "每月已有还款，元"},
    "age":                        {"type": "integer"},
    "city":                       {"type": "string"},
    "pledge_willing":             {"type": "boolean"},
    "sure":                       {"type": "boolean", "description": "所有数值都是申请人明确说出的确切值"}
  },
  "required": ["sure"]
}`)

// valid keeps the values that pass the same bounds the rules apply to any input.
func valid(s slot.Slots) slot.Slots {
	var out slot.Slots
	keepInt64(&out.AmountYuan, s.AmountYuan, 1000, 10_000_000)
	keepInt(&out.TermMonths, s.TermMonths, 1, 360)
	keepInt64(&out.MonthlyIncomeYuan, s.MonthlyIncomeYuan, 0, 10_000_000)
	keepEnum(&out.LoanPurpose, s.LoanPurpose, slot.PurposeConsumption, slot.PurposeBusiness, slot.PurposeCar,
		slot.PurposeRenovation, slot.PurposeEducation, slot.PurposeMedical, slot.PurposeTurnover, slot.PurposeOther)
	keepEnum(&out.Employment, s.Employment, slot.EmploymentSalaried, slot.EmploymentBusinessOwner,
		slot.EmploymentSelfEmployed, slot.EmploymentFreelancer, slot.EmploymentUnemployed, slot.EmploymentRetired,
		slot.EmploymentStudent)
	keepEnum(&out.Collateral, s.Collateral, slot.CollateralHouse, slot.CollateralCar, slot.CollateralNone)
	if v := s.HouseCertYears; v != nil && *v >= 0 && *v <= 70 {
		out.HouseCertYears = slot.Ptr(*v)
	}
	keepInt(&out.SocialSecurityMonths, s.SocialSecurityMonths, 0, 600)
	keepInt(&out.CreditQueries6m, s.CreditQueries6m, 0, 200)
	keepInt64(&out.ExistingMonthlyDebtYuan, s.ExistingMonthlyDebtYuan, 0, 10_000_000)
	keepInt(&out.Age, s.Age, 16, 100)
	if c := s.City; c != nil && cityName(*c) {
		out.City = slot.Ptr(*c)
	}
	out.LocalHukou, out.OverdueCurrent, out.PledgeWilling = s.LocalHukou, s.OverdueCurrent, s.PledgeWilling
	return out
}

func keepInt64(dst **int64, v *int64, lo, hi int64) {
	if v != nil && *v >= lo && *v <= hi {
		*dst = slot.Ptr(*v)
	}
}

func keepInt(dst **int, v *int, lo, hi int) {
	if v != nil && *v >= lo && *v <= hi {
		*dst = slot.Ptr(*v)
	}
}

func keepEnum(dst **string, v *string, allowed ...string) {
	if v == nil {
		return
	}
	for _, a := range allowed {
		if *v == a {
			*dst = slot.Ptr(*v)
			return
		}
	}
}

// cityName accepts 2–8 Han characters (北京, 乌鲁木齐市).
func cityName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 8 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// evidenced keeps the values the message itself gives grounds for: a figure needs a number in the
// text, a city its name, collateral a word for it. A model that answers about a message with a
// value from nowhere (an amount for "名下有套学区房") would otherwise overwrite what the applicant
// said before, since a later statement corrects an earlier one.
func evidenced(s slot.Slots, text string) slot.Slots {
	if !hasNumber(text) {
		s.AmountYuan, s.TermMonths, s.MonthlyIncomeYuan, s.HouseCertYears = nil, nil, nil, nil
		s.SocialSecurityMonths, s.CreditQueries6m, s.ExistingMonthlyDebtYuan, s.Age = nil, nil, nil, nil
	}
	if s.City != nil && !strings.Contains(text, *s.City) {
		s.City = nil
	}
	if s.Collateral != nil && !strings.ContainsAny(text, "房车抵押没无") {
		s.Collateral = nil
	}
	return s
}

// hasNumber reports whether text states a number (digits or Chinese numerals).
func hasNumber(text string) bool {
	for _, r := range text {
		if unicode.IsDigit(r) || strings.ContainsRune("零一二两三四五六七八九十百千万亿半几", r) {
			return true
		}
	}
	return false
}
