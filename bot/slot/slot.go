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
//   - employment: the applicant's own occupation (a student with a side job is a student).
//   - collateral: what the applicant OWNS that could be pledged — house, car, or none — whether or
//     not they want to pledge it ("有套商品房", "房产证在我名下" → house; "有台车" → car;
//     "房和车都没有" → none). A wish not to pledge is pledge_willing, never "owns nothing".
//   - pledge_willing: the applicant's preference: false = does not want to pledge / only pure credit
//     ("不想拿房子押", "只考虑纯信用"); true = willing ("房子可以抵押"). Matching respects it; it never
//     sets collateral.
//   - house_cert_years: years the house certificate has been held (asked only with a house).
//   - local_hukou: household registration in the city of the application.
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
