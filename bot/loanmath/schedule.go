// Package loanmath computes repayment schedules (等额本息, 等额本金, 先息后本) and the annualised
// rate of a loan by IRR over every cost the borrower pays, following the PBOC definition (all
// costs divided by the principal actually in use). It is pure arithmetic: no I/O, no state.
//
// Amounts are yuan in float64 and are kept unrounded inside schedules; round only for display
// (Cents, Yuan), half up to the cent, so that totals agree with the reference worked examples.
package loanmath

import (
	"errors"
	"fmt"
	"math"
)

// Method is a repayment method. Its values are the canonical keys used in knowledge data.
type Method string

// Repayment methods.
const (
	EqualInstalment Method = "equal_instalment" // 等额本息: the same payment every month
	EqualPrincipal  Method = "equal_principal"  // 等额本金: the same principal every month, interest on the balance
	InterestOnly    Method = "interest_only"    // 先息后本: interest monthly, all principal in the last month
)

// Label returns the Chinese name of the method (等额本息 …), or the key itself if unknown.
func (m Method) Label() string {
	switch m {
	case EqualInstalment:
		return "等额本息"
	case EqualPrincipal:
		return "等额本金"
	case InterestOnly:
		return "先息后本"
	}
	return string(m)
}

// Valid reports whether m is one of the known methods.
func (m Method) Valid() bool {
	return m == EqualInstalment || m == EqualPrincipal || m == InterestOnly
}

// ErrInvalidLoan is returned for a non-positive principal or term, or a negative or absurd rate.
var ErrInvalidLoan = errors.New("invalid loan")

// Row is one month of a schedule. Values are unrounded yuan.
type Row struct {
	Month     int     // 1-based
	Principal float64 // principal repaid this month
	Interest  float64 // interest paid this month
	Payment   float64 // Principal + Interest
	Balance   float64 // principal outstanding after this payment
}

// Schedule is a full repayment plan.
type Schedule struct {
	Method        Method
	Principal     float64 // yuan
	Months        int
	AnnualRate    float64 // nominal annual rate as a fraction (0.12 = 12%); monthly rate = AnnualRate/12
	Rows          []Row
	TotalInterest float64
	TotalPayment  float64
}

// MonthlyRate is AnnualRate / 12.
func (s Schedule) MonthlyRate() float64 { return s.AnnualRate / 12 }

// FirstPayment is the payment of month 1 (the highest one for 等额本金).
func (s Schedule) FirstPayment() float64 { return s.Rows[0].Payment }

// LastPayment is the payment of the last month (principal included for 先息后本).
func (s Schedule) LastPayment() float64 { return s.Rows[len(s.Rows)-1].Payment }

// MaxRegularPayment is the highest payment in months 1…n−1, or the only payment for a one-month
// loan: the monthly burden an applicant must carry, leaving out a 先息后本 balloon.
func (s Schedule) MaxRegularPayment() float64 {
	rows := s.Rows
	if len(rows) > 1 && s.Method == InterestOnly {
		rows = rows[:len(rows)-1]
	}
	m := 0.0
	for _, r := range rows {
		m = math.Max(m, r.Payment)
	}
	return m
}

// New builds the schedule of a loan of principal yuan over months at the nominal annualRate
// (a fraction: 0.12 = 12%).
func New(method Method, principal float64, months int, annualRate float64) (Schedule, error) {
	if principal <= 0 || months <= 0 || months > 600 || annualRate < 0 || annualRate > 10 ||
		math.IsNaN(principal) || math.IsInf(principal, 0) || math.IsNaN(annualRate) {
		return Schedule{}, fmt.Errorf("schedule %v yuan / %d months / %v: %w", principal, months, annualRate, ErrInvalidLoan)
	}
	s := Schedule{Method: method, Principal: principal, Months: months, AnnualRate: annualRate}
	r := annualRate / 12
	switch method {
	case EqualInstalment:
		s.Rows = equalInstalmentRows(principal, months, r)
	case EqualPrincipal:
		s.Rows = equalPrincipalRows(principal, months, r)
	case InterestOnly:
		s.Rows = interestOnlyRows(principal, months, r)
	default:
		return Schedule{}, fmt.Errorf("schedule: unknown repayment method %q: %w", method, ErrInvalidLoan)
	}
	for _, row := range s.Rows {
		s.TotalInterest += row.Interest
		s.TotalPayment += row.Payment
	}
	return s, nil
}

// InstalmentPayment is the 等额本息 monthly payment M = P·r·(1+r)^n / ((1+r)^n − 1), with r the
// monthly rate; P/n when r is 0.
func InstalmentPayment(principal float64, months int, monthlyRate float64) float64 {
	if monthlyRate == 0 {
		return principal / float64(months)
	}
	g := math.Pow(1+monthlyRate, float64(months))
	return principal * monthlyRate * g / (g - 1)
}

func equalInstalmentRows(p float64, n int, r float64) []Row {
	m := InstalmentPayment(p, n, r)
	rows := make([]Row, n)
	bal := p
	for k := range rows {
		in := bal * r
		pr := m - in
		if k == n-1 {
			pr = bal // absorb float drift so the loan closes at exactly zero
		}
		bal -= pr
		rows[k] = Row{Month: k + 1, Principal: pr, Interest: in, Payment: pr + in, Balance: bal}
	}
	return rows
}

func equalPrincipalRows(p float64, n int, r float64) []Row {
	rows := make([]Row, n)
	each := p / float64(n)
	for k := range rows {
		bal := p - float64(k)*each
		in := bal * r
		after := p - float64(k+1)*each
		if k == n-1 {
			after = 0
		}
		rows[k] = Row{Month: k + 1, Principal: each, Interest: in, Payment: each + in, Balance: after}
	}
	return rows
}

func interestOnlyRows(p float64, n int, r float64) []Row {
	rows := make([]Row, n)
	for k := range rows {
		row := Row{Month: k + 1, Interest: p * r, Balance: p}
		if k == n-1 {
			row.Principal, row.Balance = p, 0
		}
		row.Payment = row.Principal + row.Interest
		rows[k] = row
	}
	return rows
}
