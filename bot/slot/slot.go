// Package slot defines the facts a consultation collects from an applicant, with their canonical
// keys and units. It is the shared vocabulary of extraction, pre-screen, matching and the flow.
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
	PledgeWilling           *bool    `json:"pledge_willing,omitempty"`
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
