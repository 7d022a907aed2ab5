package screen

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// Candidate is one product checked against an applicant's situation.
type Candidate struct {
	Product        knowledge.Product
	Fits           []string // why it may fit, for the applicant
	Misses         []Miss   // why it does not fit; empty for eligible products
	Unknown        []string // admission rules that could not be checked: the slot was not stated
	Notes          []string // requirements to know about (tax proof …)
	MonthlyPayment float64  // estimated at the product's upper rate for the request; 0 if unknown
}

// Miss is an admission rule a product's lender applies that the applicant does not meet.
type Miss struct {
	Code string // purpose, amount, term, age, income, credit_queries, overdue, hukou, collateral, house_cert, social_security, employment, affordability
	Text string // for agents and, on request, the applicant
}

// Eligible reports whether no admission rule is missed.
func (c Candidate) Eligible() bool { return len(c.Misses) == 0 }

// Matches is the outcome of matching: eligible products ranked best first, and the excluded ones
// with the reasons, for agents.
type Matches struct {
	Eligible []Candidate
	Excluded []Candidate
}

// Top returns at most n eligible products, best first: what the applicant is shown.
func (m Matches) Top(n int) []Candidate {
	return m.Eligible[:min(n, len(m.Eligible))]
}

// Match checks every product against the stated slots. A rule whose slot is not stated does not
// exclude; it is listed in Unknown and ranks the product lower. Eligible products are ranked by
// fewer unknowns, then lower mid-point rate, then higher maximum amount, then id.
func Match(s slot.Slots, products []knowledge.Product) Matches {
	var m Matches
	for _, p := range products {
		c := check(s, p)
		if c.Eligible() {
			m.Eligible = append(m.Eligible, c)
		} else {
			m.Excluded = append(m.Excluded, c)
		}
	}
	slices.SortStableFunc(m.Eligible, func(a, b Candidate) int {
		return cmp.Or(
			cmp.Compare(len(a.Unknown), len(b.Unknown)),
			cmp.Compare(a.Product.APRMin+a.Product.APRMax, b.Product.APRMin+b.Product.APRMax),
			cmp.Compare(b.Product.AmountMax, a.Product.AmountMax),
			cmp.Compare(a.Product.ID, b.Product.ID))
	})
	slices.SortStableFunc(m.Excluded, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(len(a.Misses), len(b.Misses)), cmp.Compare(a.Product.ID, b.Product.ID))
	})
	return m
}

// verdict is the outcome of one admission rule: at most one of fit, miss, unknown, note is set.
type verdict struct {
	fit, unknown, note string
	miss               *Miss
}

func fit(format string, args ...any) verdict { return verdict{fit: fmt.Sprintf(format, args...)} }
func unknown(what string) verdict            { return verdict{unknown: what} }
func miss(code, format string, args ...any) verdict {
	return verdict{miss: &Miss{Code: code, Text: fmt.Sprintf(format, args...)}}
}

type rule func(slot.Slots, knowledge.Product) verdict

// admissionRules lists the rules in the order their findings are shown.
func admissionRules() []rule {
	return []rule{purposeRule, amountRule, termRule, ageRule, incomeRule, queriesRule, overdueRule,
		hukouRule, collateralRule, houseCertRule, socialSecurityRule, employmentRule, taxProofRule}
}

func check(s slot.Slots, p knowledge.Product) Candidate {
	c := Candidate{Product: p}
	for _, r := range admissionRules() {
		c.add(r(s, p))
	}
	c.add(c.affordability(s))
	return c
}

func (c *Candidate) add(v verdict) {
	switch {
	case v.miss != nil:
		c.Misses = append(c.Misses, *v.miss)
	case v.fit != "":
		c.Fits = append(c.Fits, v.fit)
	case v.unknown != "":
		c.Unknown = append(c.Unknown, v.unknown)
	case v.note != "":
		c.Notes = append(c.Notes, v.note)
	}
}

// affordability estimates the payment at the product's upper rate with its first repayment method.
// Below 1× income the product is excluded; below MinCoverRatio it is kept with a note.
func (c *Candidate) affordability(s slot.Slots) verdict {
	p := c.Product
	if s.AmountYuan == nil || s.TermMonths == nil || s.MonthlyIncomeYuan == nil || len(p.Repayment) == 0 {
		return verdict{}
	}
	pay, ok := paymentEstimate(*s.AmountYuan, *s.TermMonths, p.APRMax, loanmath.Method(p.Repayment[0]))
	if !ok {
		return verdict{}
	}
	c.MonthlyPayment = pay
	debt := 0.0
	if s.ExistingMonthlyDebtYuan != nil {
		debt = float64(*s.ExistingMonthlyDebtYuan)
	}
	ratio := float64(*s.MonthlyIncomeYuan) / (pay + debt)
	switch {
	case ratio < 1:
		return miss("affordability", "按该产品利率上限测算月供约%s元（含现有月供），超过月收入", loanmath.Yuan(pay+debt))
	case ratio < MinCoverRatio:
		return verdict{note: fmt.Sprintf("按利率上限测算月供约%s元（含现有月供），约占月收入的%.0f%%，还款压力较大", loanmath.Yuan(pay+debt), 100/ratio)}
	}
	return fit("按利率上限测算月供约%s元，收入可覆盖2倍以上", loanmath.Yuan(pay))
}
