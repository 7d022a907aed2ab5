package loanmath

import (
	"fmt"
	"math"
)

// Fees are the costs a borrower pays beyond the schedule's interest. All of them enter the IRR.
type Fees struct {
	Upfront            float64 // deducted at disbursement (砍头) or paid at signing, yuan
	MonthlyFlat        float64 // a fixed fee every month, yuan
	MonthlyOnPrincipal float64 // a monthly fee as a fraction of the original principal (月费率, 担保费 0.003 …)
}

// Flows returns the borrower's monthly cash flows for schedule s with fees f: flows[0] is the
// amount actually received, flows[t] is minus everything paid in month t.
func Flows(s Schedule, f Fees) []float64 {
	flows := make([]float64, len(s.Rows)+1)
	flows[0] = s.Principal - f.Upfront
	monthlyFee := f.MonthlyFlat + f.MonthlyOnPrincipal*s.Principal
	for k, r := range s.Rows {
		flows[k+1] = -(r.Payment + monthlyFee)
	}
	return flows
}

// Cost is a schedule with its fees and the rate they amount to.
type Cost struct {
	Schedule  Schedule
	Fees      Fees
	Payment   float64 // month-1 payment including the monthly fees
	Received  float64 // principal minus upfront fees
	TotalPaid float64 // all payments and fees, upfront included
	TotalCost float64 // TotalPaid − principal: interest plus every fee
	Rate      Rate    // by IRR over all of the above
}

// CostOf computes what schedule s really costs with fees f.
func CostOf(s Schedule, f Fees) (Cost, error) {
	flows := Flows(s, f)
	rate, err := AnnualRate(flows)
	if err != nil {
		return Cost{}, fmt.Errorf("cost of %s %v yuan / %d months: %w", s.Method.Label(), s.Principal, s.Months, err)
	}
	c := Cost{Schedule: s, Fees: f, Payment: -flows[1], Received: flows[0], Rate: rate}
	c.TotalPaid = f.Upfront
	for _, x := range flows[1:] {
		c.TotalPaid -= x
	}
	c.TotalCost = c.TotalPaid - s.Principal
	return c, nil
}

// FlatFeeRate is the true rate of a "月费率" / "月手续费" quote: a monthly fee of feeRate on the
// original principal with the principal repaid in equal parts (等本等息), over months.
// 1% a month over 12 months is about 21.46% a year, not 12%.
func FlatFeeRate(feeRate float64, months int) (Rate, error) {
	s, err := New(EqualPrincipal, 10000, months, 0)
	if err != nil {
		return Rate{}, fmt.Errorf("flat fee rate %v over %d months: %w", feeRate, months, err)
	}
	c, err := CostOf(s, Fees{MonthlyOnPrincipal: feeRate})
	if err != nil {
		return Rate{}, fmt.Errorf("flat fee rate %v over %d months: %w", feeRate, months, err)
	}
	return c.Rate, nil
}

// DailyToAPR annualises a daily interest rate (日息; 万五 = 0.0005) on a year of days (365, or
// 360 where the contract says so): 0.0005 × 365 = 18.25%. Interest charged daily on the balance is
// simple interest on the principal in use, so this is already the IRR-basis APR.
func DailyToAPR(daily float64, days int) float64 { return daily * float64(days) }

// MonthlyToAPR annualises a monthly interest rate charged on the outstanding balance (月息; 1分 =
// 0.01): 12·r. Do not use it for a 月费率 on the original principal; see FlatFeeRate.
func MonthlyToAPR(monthly float64) float64 { return 12 * monthly }

// Cents rounds yuan to integer cents, half up (half away from zero). A tiny nudge absorbs
// binary representation error so that 0.125 yuan-cents style ties round the way a person expects.
func Cents(yuan float64) int64 {
	x := yuan * 100
	if x >= 0 {
		return int64(math.Floor(x + 0.5 + 1e-7))
	}
	return -int64(math.Floor(-x + 0.5 + 1e-7))
}
