// Package slot defines the facts a consultation collects from an applicant, with their canonical
// keys and units. It is the shared vocabulary of extraction, pre-screen, matching and the flow.
//
// What each slot means (extraction, the flow and matching all follow these):
//
//   - amount_yuan: the amount the applicant wants to borrow, in yuan. Not a fee, a bribe, a friend's
//     loan, a figure the applicant asks us to fake, or the balance of an existing loan.
//   - term_months: the term wanted for the new loan, in months. Not the age or remaining term of an
//     existing loan, nor a time window ("半年查了3次").
//   - monthly_income_yuan: the applicant's own monthly income after tax (年薪 / 12). Not a spouse's
//     or relative's income, not turnover (流水) or revenue.
//   - loan_purpose: what the money is for (consumption, business, car, renovation, education, medical,
//     turnover, other). Urgency ("等着用钱", "急用") is not a purpose; borrowing to pay off other
//     loans or cards (以贷养贷) is a risk signal, not a purpose value.
//   - employment: the applicant's own occupation (a student with a side job is a student):
//     business_owner owns a company or factory with employees; self_employed works on their own
//     account — a 个体户, a shop, a stall, a 网店, and a platform driver or rider (滴滴/网约车/货拉拉/
//     出租 drivers, 外卖/美团/饿了么 riders, 跑腿); freelancer has no employer and no shop (designers,
//     writers, streamers/主播, 自媒体, odd jobs 打零工/接私活); salaried works for someone else's wage
//     (打工, a site 工地, a factory for a boss, a driver employed by a company or boss); unemployed,
//     retired (退休, on a pension), student. A farmer states no employment value.
//   - collateral: what the applicant OWNS that could be pledged — house, car, or none — whether or
//     not they want to pledge it ("有套商品房", "房产证在我名下" → house; "有台车" → car;
//     "房和车都没有" → none). A wish not to pledge is pledge_willing, never "owns nothing". A house on
//     a mortgage the applicant repays is owned ("房贷还剩15年", "每月房贷4500" → house), a car loan
//     repaid is a car ("每个月两千的车贷" → car); a mortgage wanted or refused ("想办房贷", "房贷被拒")
//     owns nothing. A shop or other commercial property owned (商铺, 铺头) is a house; a house and a
//     car owned is house.
//   - pledge_willing: the applicant's preference: false = does not want to pledge / only pure credit
//     ("不想拿房子押", "只考虑纯信用"); true = willing ("房子可以抵押"). Matching respects it; it never
//     sets collateral.
//   - house_cert_years: years the house certificate has been held (asked only with a house).
//   - local_hukou: the applicant's own household registration in the city of the application; a
//     spouse's is not the applicant's ("我老婆是本地户口 我不是" → false).
//   - social_security_months: months of continuous social security (or housing fund) contributions.
//   - credit_queries_6m: hard credit enquiries in the last 6 months.
//   - overdue_current: an overdue loan or card payment NOW; one repaid long ago is false.
//   - existing_monthly_debt_yuan: what the applicant repays each month on existing loans and cards.
//   - age: the applicant's age in years; city: where the applicant lives or applies.
//
// Approximate values ("七八万", "三四千", "一万出头", "5到8万", "两到三年", "二十几年", "十多次") are not
// stated facts: extraction reports them apart as tentative values (the upper end of a range, the
// base of 多/来/几/出头) with the range of every reading; the engine confirms them with the applicant
// and applies a rule to them only when every reading satisfies it. A single figure with 左右 or 大概
// is a stated figure.
package slot

import (
	"fmt"
	"math"
)

// Canonical values of the enumerated slots.
const (
	PurposeConsumption = "consumption"
	PurposeBusiness    = "business"
	PurposeCar         = "car"
	PurposeRenovation  = "renovation"
	PurposeEducation   = "education"
	PurposeMedical     = "medical"
	PurposeTurnover    = "turnover"
	PurposeOther       = "other"

	EmploymentSalaried      = "salaried"
	EmploymentBusinessOwner = "business_owner"
	EmploymentSelfEmployed  = "self_employed"
	EmploymentFreelancer    = "freelancer"
	EmploymentUnemployed    = "unemployed"
	EmploymentRetired       = "retired"
	EmploymentStudent       = "student"

	CollateralHouse = "house"
	CollateralCar   = "car"
	CollateralNone  = "none"
)

// Slots holds what an applicant has stated. A nil field means "not stated"; the JSON keys are the
// canonical slot keys. Money is in yuan, periods in months.
type Slots struct {
	AmountYuan              *int64   `json:"amount_yuan,omitempty"`
	TermMonths              *int     `json:"term_months,omitempty"`
	MonthlyIncomeYuan       *int64   `json:"monthly_income_yuan,omitempty"`
	LoanPurpose             *string  `json:"loan_purpose,omitempty"`
	Employment              *string  `json:"employment,omitempty"`
	Collateral              *string  `json:"collateral,omitempty"`
	HouseCertYears          *float64 `json:"house_cert_years,omitempty"`
	LocalHukou              *bool    `json:"local_hukou,omitempty"`
	SocialSecurityMonths    *int     `json:"social_security_months,omitempty"`
	CreditQueries6m         *int     `json:"credit_queries_6m,omitempty"`
	OverdueCurrent          *bool    `json:"overdue_current,omitempty"`
	ExistingMonthlyDebtYuan *int64   `json:"existing_monthly_debt_yuan,omitempty"`
	Age                     *int     `json:"age,omitempty"`
	City                    *string  `json:"city,omitempty"`
	PledgeWilling           *bool    `json:"pledge_willing,omitempty"` // a preference: false = will not pledge; never sets Collateral
}

// Merge overwrites s with every field stated in o (later statements correct earlier ones).
func (s *Slots) Merge(o Slots) {
	mergeField(&s.AmountYuan, o.AmountYuan)
	mergeField(&s.TermMonths, o.TermMonths)
	mergeField(&s.MonthlyIncomeYuan, o.MonthlyIncomeYuan)
	mergeField(&s.LoanPurpose, o.LoanPurpose)
	mergeField(&s.Employment, o.Employment)
	mergeField(&s.Collateral, o.Collateral)
	mergeField(&s.HouseCertYears, o.HouseCertYears)
	mergeField(&s.LocalHukou, o.LocalHukou)
	mergeField(&s.SocialSecurityMonths, o.SocialSecurityMonths)
	mergeField(&s.CreditQueries6m, o.CreditQueries6m)
	mergeField(&s.OverdueCurrent, o.OverdueCurrent)
	mergeField(&s.ExistingMonthlyDebtYuan, o.ExistingMonthlyDebtYuan)
	mergeField(&s.Age, o.Age)
	mergeField(&s.City, o.City)
	mergeField(&s.PledgeWilling, o.PledgeWilling)
}

func mergeField[T any](dst **T, src *T) {
	if src != nil {
		v := *src
		*dst = &v
	}
}

// Ptr returns a pointer to v; handy for building Slots literals.
func Ptr[T any](v T) *T { return &v }

// Keys lists every canonical slot key, in declaration order.
func Keys() []string {
	return []string{"amount_yuan", "term_months", "monthly_income_yuan", "loan_purpose", "employment", "collateral",
		"house_cert_years", "local_hukou", "social_security_months", "credit_queries_6m", "overdue_current",
		"existing_monthly_debt_yuan", "age", "city", "pledge_willing"}
}

// Get returns the value of key as its JSON view holds it — numbers as float64, booleans as bool,
// enums and text as string — and whether it is stated.
func (s Slots) Get(key string) (any, bool) {
	switch key {
	case "amount_yuan":
		return num(s.AmountYuan)
	case "term_months":
		return num(s.TermMonths)
	case "monthly_income_yuan":
		return num(s.MonthlyIncomeYuan)
	case "loan_purpose":
		return str(s.LoanPurpose)
	case "employment":
		return str(s.Employment)
	case "collateral":
		return str(s.Collateral)
	case "house_cert_years":
		return num(s.HouseCertYears)
	case "local_hukou":
		return boolean(s.LocalHukou)
	case "social_security_months":
		return num(s.SocialSecurityMonths)
	case "credit_queries_6m":
		return num(s.CreditQueries6m)
	case "overdue_current":
		return boolean(s.OverdueCurrent)
	case "existing_monthly_debt_yuan":
		return num(s.ExistingMonthlyDebtYuan)
	case "age":
		return num(s.Age)
	case "city":
		return str(s.City)
	case "pledge_willing":
		return boolean(s.PledgeWilling)
	}
	return nil, false
}

// Map returns the stated slots keyed by canonical key, as their JSON view holds them (see Get).
func (s Slots) Map() map[string]any {
	m := make(map[string]any, 8)
	for _, k := range Keys() {
		if v, ok := s.Get(k); ok {
			m[k] = v
		}
	}
	return m
}

func num[T int | int64 | float64](p *T) (any, bool) {
	if p == nil {
		return nil, false
	}
	return float64(*p), true
}

func str(p *string) (any, bool) {
	if p == nil {
		return nil, false
	}
	return *p, true
}

func boolean(p *bool) (any, bool) {
	if p == nil {
		return nil, false
	}
	return *p, true
}

// FromMap builds Slots from the JSON view Map returns; a value of the wrong type for its key is an
// error, an unknown key is ignored.
func FromMap(m map[string]any) (Slots, error) {
	var s Slots
	for k, v := range m {
		if err := s.set(k, v); err != nil {
			return Slots{}, err
		}
	}
	return s, nil
}

func (s *Slots) set(key string, v any) error {
	f, isNum := v.(float64)
	str, isStr := v.(string)
	b, isBool := v.(bool)
	bad := fmt.Errorf("slot %s: value %v of type %T", key, v, v)
	switch key {
	case "amount_yuan", "monthly_income_yuan", "existing_monthly_debt_yuan":
		if !isNum {
			return bad
		}
		n := int64(math.Round(f))
		switch key {
		case "amount_yuan":
			s.AmountYuan = &n
		case "monthly_income_yuan":
			s.MonthlyIncomeYuan = &n
		default:
			s.ExistingMonthlyDebtYuan = &n
		}
	case "term_months", "social_security_months", "credit_queries_6m", "age":
		if !isNum {
			return bad
		}
		n := int(math.Round(f))
		switch key {
		case "term_months":
			s.TermMonths = &n
		case "social_security_months":
			s.SocialSecurityMonths = &n
		case "credit_queries_6m":
			s.CreditQueries6m = &n
		default:
			s.Age = &n
		}
	case "house_cert_years":
		if !isNum {
			return bad
		}
		s.HouseCertYears = &f
	case "loan_purpose", "employment", "collateral", "city":
		if !isStr {
			return bad
		}
		switch key {
		case "loan_purpose":
			s.LoanPurpose = &str
		case "employment":
			s.Employment = &str
		case "collateral":
			s.Collateral = &str
		default:
			s.City = &str
		}
	case "local_hukou", "overdue_current", "pledge_willing":
		if !isBool {
			return bad
		}
		switch key {
		case "local_hukou":
			s.LocalHukou = &b
		case "overdue_current":
			s.OverdueCurrent = &b
		default:
			s.PledgeWilling = &b
		}
	}
	return nil
}
