// Package screen grades an applicant's stated situation (pre-screen), matches it against the
// product catalogue, and writes the applicant-facing texts that carry the required disclosures:
// product rate quotes, repayment estimates and materials checklists.
//
// Everything here is an initial assessment (初步评估) of what the applicant said: the wording says
// so, never promises approval, and always leaves the decision to the lending institution. The
// package is pure: no I/O, no clock (time is passed in), no state.
package screen

import (
	"fmt"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/slot"
)

// Grade is the pre-screen outcome.
type Grade string

// Grades, from best to worst.
const (
	GradeA Grade = "A" // may proceed to matching and application
	GradeB Grade = "B" // needs a human review before any referral
	GradeC Grade = "C" // not suitable now
)

func (g Grade) worse(o Grade) bool { return g > o }

// Thresholds of the seed rules (DESIGN §7).
const (
	MaxCreditQueries6m = 8    // more enquiries in 6 months → warning (B)
	MinCoverRatio      = 2.0  // monthly income ≥ 2 × (new payment + existing debt)
	MinHouseCertYears  = 3.0  // most home-equity products want the certificate held ≥ 3 years
	RepresentativeAPR  = 0.12 // the rate the affordability estimate uses (等额本息), before a product is chosen
	MinAge, YoungAge   = 18, 22
	SeniorAge, MaxAge  = 60, 65
)

// Reason codes of the pre-screen, for agents and flags.
const (
	ReasonOK               = "basic_ok"
	ReasonInfoMissing      = "info_missing"
	ReasonAgeUnder18       = "age_under_18"
	ReasonAgeYoung         = "age_young"
	ReasonAgeSenior        = "age_senior"
	ReasonAgeOver          = "age_over_limit"
	ReasonStudent          = "student"
	ReasonNoJob            = "no_stable_income"
	ReasonCreditQueries    = "credit_queries_high"
	ReasonOverdue          = "overdue_current"
	ReasonOverdueSecured   = "overdue_current_secured"
	ReasonIncomeLow        = "income_cover_low"
	ReasonIncomeShort      = "income_insufficient"
	ReasonTaxProof         = "business_tax_proof"
	ReasonBusinessNotOwner = "business_not_owner"
	ReasonHouseCertShort   = "house_cert_short"
)

// Reason is one finding. Grade is the grade this finding alone leads to (A: a note only).
type Reason struct {
	Code   string
	Grade  Grade
	Text   string // for the applicant, plain and compliant
	Detail string // for agents, with the numbers
}

// Result is a pre-screen.
type Result struct {
	Grade          Grade
	Reasons        []Reason // worst first
	MonthlyPayment float64  // estimated payment for the request at RepresentativeAPR; 0 if unknown
	DebtService    float64  // MonthlyPayment + existing monthly debt
	CoverRatio     float64  // monthly income / DebtService; 0 if unknown
	At             time.Time
}

// Prescreen grades what the applicant stated, applying every rule and keeping every reason.
// The grade is the worst of the reasons; with no finding it is A (reason basic_ok).
func Prescreen(s slot.Slots, now time.Time) Result {
	r := Result{Grade: GradeA, At: now}
	add := func(rs ...Reason) {
		for _, x := range rs {
			r.Reasons = append(r.Reasons, x)
			if x.Grade.worse(r.Grade) {
				r.Grade = x.Grade
			}
		}
	}
	add(missingInfo(s)...)
	add(ageReasons(s)...)
	add(employmentReasons(s)...)
	add(creditReasons(s)...)
	add(r.affordability(s)...)
	add(purposeReasons(s)...)
	add(collateralReasons(s)...)
	if len(r.Reasons) == 0 {
		add(Reason{Code: ReasonOK, Grade: GradeA,
			Text:   "根据您提供的信息，您的基本情况可能适合申请相关贷款产品。",
			Detail: "no rule fired"})
	}
	sortReasons(r.Reasons)
	return r
}

func sortReasons(rs []Reason) {
	// stable insertion sort by grade, worst first: few reasons, keeps rule order within a grade
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Grade.worse(rs[j-1].Grade); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// Codes lists the reason codes, worst first.
func (r Result) Codes() []string {
	out := make([]string, len(r.Reasons))
	for i, x := range r.Reasons {
		out[i] = x.Code
	}
	return out
}

// Has reports whether reason code was found.
func (r Result) Has(code string) bool {
	for _, x := range r.Reasons {
		if x.Code == code {
			return true
		}
	}
	return false
}

// NeedsAgent reports whether the conversation should be flagged for a human (grades B and C).
func (r Result) NeedsAgent() bool { return r.Grade != GradeA }

// AgentDetail is one line for the agents' queue: grade and every reason with its numbers.
func (r Result) AgentDetail() string {
	parts := make([]string, len(r.Reasons))
	for i, x := range r.Reasons {
		parts[i] = fmt.Sprintf("[%s] %s: %s", x.Grade, x.Code, x.Detail)
	}
	return "pre-screen " + string(r.Grade) + ": " + strings.Join(parts, "; ")
}

// Disclaimer closes every pre-screen and matching message (D5).
const Disclaimer = "以上仅为根据您提供的信息所做的初步评估，不代表审批结果；是否获批、额度及定价均由放款机构决定，最终以放款机构审批为准。"

// Text is the message for the applicant: the outcome in compliant wording, the reasons, what to do,
// the disclaimer and the risk notice. The grade letter itself is internal and not shown.
func (r Result) Text() string {
	var b strings.Builder
	switch r.Grade {
	case GradeA:
		b.WriteString("初步评估：您的情况可能适合申请相关产品。")
	case GradeB:
		b.WriteString("初步评估：您的情况需要顾问进一步人工复核后再给出建议。")
	default:
		b.WriteString("初步评估：根据您提供的信息，目前可能暂时不太适合申请。")
	}
	for _, x := range r.Reasons {
		if x.Code == ReasonOK {
			continue
		}
		b.WriteString("\n· ")
		b.WriteString(x.Text)
	}
	switch r.Grade {
	case GradeB:
		b.WriteString("\n顾问会尽快查看您的情况并与您联系。")
	case GradeC:
		b.WriteString("\n建议先改善上述情况后再考虑申请，理性借贷，避免过度负债。")
	}
	b.WriteString("\n")
	b.WriteString(Disclaimer + RiskNotice)
	return b.String()
}

// paymentEstimate is the monthly burden of borrowing amount over months at apr with method.
func paymentEstimate(amount int64, months int, apr float64, method loanmath.Method) (float64, bool) {
	s, err := loanmath.New(method, float64(amount), months, apr)
	if err != nil {
		return 0, false
	}
	return s.MaxRegularPayment(), true
}
