package loanmath

import (
	"errors"
	"fmt"
	"math"
)

// ErrNoSignChange is returned by IRR for cash flows that are all of one sign (or zero): no rate
// makes their present value zero.
var ErrNoSignChange = errors.New("cash flows have no sign change")

// ErrNoRoot is returned by IRR when no rate between −99% and 1000% a period balances the flows.
var ErrNoRoot = errors.New("no internal rate of return in range")

// Rate is the cost of a loan by IRR.
type Rate struct {
	Monthly float64 // monthly IRR i, a fraction
	APR     float64 // 12·i: simple annualised rate (单利), the figure to display
	EAR     float64 // (1+i)^12 − 1: compound annualised rate (复利), for tooltips and checks
}

// RateOf annualises a monthly rate.
func RateOf(monthly float64) Rate {
	return Rate{Monthly: monthly, APR: 12 * monthly, EAR: math.Pow(1+monthly, 12) - 1}
}

// bracket is the grid scanned for a sign change of the present value; IRR bisects the first
// interval where it changes. Loans live near the low end; the far points only catch extremes.
func bracket() []float64 {
	return []float64{-0.99, -0.9, -0.5, -0.2, -0.1, -0.05, -0.02, -0.01, 0, 0.002, 0.005,
		0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10}
}

// IRR returns the per-period internal rate of return of flows, where flows[t] is the net cash
// of period t (t = 0 is disbursement). The borrower's view: flows[0] > 0 received, later flows
// < 0 paid; the lender's view (signs reversed) gives the same rate. It scans a fixed grid for a
// sign change of the present value and bisects to 1e-13.
func IRR(flows []float64) (float64, error) {
	if !hasSignChange(flows) {
		return 0, fmt.Errorf("irr of %d flows: %w", len(flows), ErrNoSignChange)
	}
	grid := bracket()
	lo, flo := grid[0], npv(flows, grid[0])
	if flo == 0 {
		return lo, nil
	}
	for _, hi := range grid[1:] {
		fhi := npv(flows, hi)
		if fhi == 0 {
			return hi, nil
		}
		if math.Signbit(flo) != math.Signbit(fhi) {
			return bisect(flows, lo, hi, flo), nil
		}
		lo, flo = hi, fhi
	}
	return 0, fmt.Errorf("irr of %d flows: %w", len(flows), ErrNoRoot)
}

// AnnualRate is the IRR of monthly flows, annualised (see Rate).
func AnnualRate(flows []float64) (Rate, error) {
	i, err := IRR(flows)
	if err != nil {
		return Rate{}, fmt.Errorf("annual rate: %w", err)
	}
	return RateOf(i), nil
}

func hasSignChange(flows []float64) bool {
	var pos, neg bool
	for _, f := range flows {
		pos = pos || f > 0
		neg = neg || f < 0
	}
	return pos && neg
}

// npv is Σ flows[t] / (1+i)^t, evaluated by Horner's rule on v = 1/(1+i).
func npv(flows []float64, i float64) float64 {
	v := 1 / (1 + i)
	sum := 0.0
	for t := len(flows) - 1; t >= 0; t-- {
		sum = sum*v + flows[t]
	}
	return sum
}

func bisect(flows []float64, lo, hi, flo float64) float64 {
	for range 200 {
		mid := (lo + hi) / 2
		fm := npv(flows, mid)
		if fm == 0 || hi-lo < 1e-13 {
			return mid
		}
		if math.Signbit(fm) == math.Signbit(flo) {
			lo, flo = mid, fm
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}
