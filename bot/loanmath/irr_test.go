package loanmath

import (
	"errors"
	"testing"
)

// The worked examples of compliance-rules.md §4.3 (check) and §4.5.
func TestCostWorkedExamples(t *testing.T) {
	tests := []struct {
		name      string
		method    Method
		principal float64
		months    int
		rate      float64
		fees      Fees
		payment   string // month-1 payment incl. monthly fees; "" = not pinned
		monthly   string // monthly IRR, 6 decimals; "" = not pinned
		apr       string // 4 decimals
		ear       string // 4 decimals; "" = not pinned
	}{
		{"§4.3 等额本息 12%", EqualInstalment, 100000, 12, 0.12, Fees{}, "8,884.88", "1.000000%", "12.0000%", "12.6825%"},
		{"§4.3 等额本金 12%", EqualPrincipal, 100000, 12, 0.12, Fees{}, "9,333.33", "1.000000%", "12.0000%", "12.6825%"},
		{"§4.3 先息后本 12%", InterestOnly, 100000, 12, 0.12, Fees{}, "1,000.00", "1.000000%", "12.0000%", "12.6825%"},
		{"B 月手续费1% 等本等息", EqualPrincipal, 100000, 12, 0, Fees{MonthlyOnPrincipal: 0.01}, "9,333.33", "1.788099%", "21.4572%", "23.6984%"},
		{"C = B + 3,000 砍头", EqualPrincipal, 100000, 12, 0, Fees{MonthlyOnPrincipal: 0.01, Upfront: 3000}, "9,333.33", "2.284571%", "27.4149%", "31.1359%"},
		{"D 等额本息12% + 0.3%/月担保费", EqualInstalment, 100000, 12, 0.12, Fees{MonthlyOnPrincipal: 0.003}, "9,184.88", "1.529542%", "18.3545%", "19.9801%"},
		{"F 先息后本 2万 6期 1.5%/月 砍头2,000", InterestOnly, 20000, 6, 0.18, Fees{Upfront: 2000}, "300.00", "3.368589%", "40.4231%", "48.8206%"},
		{"extra 0.6% flat 12 months", EqualPrincipal, 100000, 12, 0, Fees{MonthlyOnPrincipal: 0.006}, "", "", "13.0342%", ""},
		{"extra 1% flat 24 months", EqualPrincipal, 100000, 24, 0, Fees{MonthlyOnPrincipal: 0.01}, "", "", "21.5712%", ""},
		{"extra 1% flat 36 months", EqualPrincipal, 100000, 36, 0, Fees{MonthlyOnPrincipal: 0.01}, "", "", "21.1999%", ""},
		{"monthly flat fee in yuan", EqualPrincipal, 100000, 12, 0, Fees{MonthlyFlat: 1000}, "9,333.33", "1.788099%", "21.4572%", "23.6984%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.method, tt.principal, tt.months, tt.rate)
			if err != nil {
				t.Fatal(err)
			}
			c, err := CostOf(s, tt.fees)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %s, want %s", what, got, want)
				}
			}
			check("payment", Yuan(c.Payment), tt.payment)
			check("monthly IRR", Percent(c.Rate.Monthly, 6), tt.monthly)
			check("APR", Percent(c.Rate.APR, 4), tt.apr)
			check("EAR", Percent(c.Rate.EAR, 4), tt.ear)
		})
	}
}

func TestCostTotals(t *testing.T) {
	s, err := New(EqualPrincipal, 100000, 12, 0)
	if err != nil {
		t.Fatal(err)
	}
	c, err := CostOf(s, Fees{MonthlyOnPrincipal: 0.01, Upfront: 3000})
	if err != nil {
		t.Fatal(err)
	}
	// Example B's total cost is 12,000; C adds the 3,000 deducted upfront, received 97,000.
	if got := []string{Yuan(c.Received), Yuan(c.TotalCost), Yuan(c.TotalPaid)}; got[0] != "97,000.00" || got[1] != "15,000.00" || got[2] != "115,000.00" {
		t.Errorf("received/cost/paid = %v, want 97,000.00 15,000.00 115,000.00", got)
	}
}

func TestFlatFeeRate(t *testing.T) {
	tests := []struct {
		fee    float64
		months int
		want   string
	}{
		{0.01, 12, "21.4572%"},
		{0.006, 12, "13.0342%"},
		{0.01, 24, "21.5712%"},
		{0.01, 36, "21.1999%"},
	}
	for _, tt := range tests {
		r, err := FlatFeeRate(tt.fee, tt.months)
		if err != nil {
			t.Fatal(err)
		}
		if got := Percent(r.APR, 4); got != tt.want {
			t.Errorf("FlatFeeRate(%v, %d) = %s, want %s", tt.fee, tt.months, got, tt.want)
		}
	}
}

// Example E: 日息万五.
func TestQuotedRatesToAPR(t *testing.T) {
	tests := []struct {
		name string
		got  float64
		want string
	}{
		{"日息万五 365", DailyToAPR(0.0005, 365), "18.25%"},
		{"日息万五 360", DailyToAPR(0.0005, 360), "18.00%"},
		{"月息1分", MonthlyToAPR(0.01), "12.00%"},
		{"月息8厘", MonthlyToAPR(0.008), "9.60%"},
	}
	for _, tt := range tests {
		if got := Percent(tt.got, 2); got != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestIRR(t *testing.T) {
	tests := []struct {
		name    string
		flows   []float64
		want    string // 6 decimals
		wantErr error
	}{
		{"one period 10%", []float64{100, -110}, "10.000000%", nil},
		{"lender view", []float64{-100, 110}, "10.000000%", nil},
		{"negative rate", []float64{100, -90}, "-10.000000%", nil},
		{"zero rate", []float64{100, -50, -50}, "0.000000%", nil},
		{"all positive", []float64{100, 10, 10}, "", ErrNoSignChange},
		{"all zero", []float64{0, 0}, "", ErrNoSignChange},
		{"empty", nil, "", ErrNoSignChange},
		{"absurd", []float64{1, -1e9}, "", ErrNoRoot},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, err := IRR(tt.flows)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("IRR(%v) err = %v, want %v", tt.flows, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := Percent(i, 6); got != tt.want {
				t.Errorf("IRR(%v) = %s, want %s", tt.flows, got, tt.want)
			}
		})
	}
}

func TestAnnualRateWrapsError(t *testing.T) {
	if _, err := AnnualRate([]float64{1, 2}); !errors.Is(err, ErrNoSignChange) {
		t.Errorf("err = %v, want ErrNoSignChange", err)
	}
}

// A schedule without fees costs exactly its nominal rate, whatever the method: the IRR recovers it.
func TestIRRRecoversNominalRate(t *testing.T) {
	for _, m := range []Method{EqualInstalment, EqualPrincipal, InterestOnly} {
		for _, months := range []int{1, 6, 12, 36, 120, 360} {
			for _, rate := range []float64{0.036, 0.0725, 0.1499, 0.24, 0.36} {
				s, err := New(m, 123456, months, rate)
				if err != nil {
					t.Fatal(err)
				}
				c, err := CostOf(s, Fees{})
				if err != nil {
					t.Fatal(err)
				}
				if d := c.Rate.APR - rate; d > 1e-9 || d < -1e-9 {
					t.Errorf("%s %d months %v: APR %v", m.Label(), months, rate, c.Rate.APR)
				}
			}
		}
	}
}

func FuzzIRR(f *testing.F) {
	f.Add(100000.0, 3000.0, 9333.33, 12)
	f.Add(20000.0, 2000.0, 300.0, 6)
	f.Fuzz(func(t *testing.T, principal, upfront, payment float64, n int) {
		if n < 1 || n > 400 {
			return
		}
		flows := make([]float64, n+1)
		flows[0] = principal - upfront
		for k := 1; k <= n; k++ {
			flows[k] = -payment
		}
		i, err := IRR(flows)
		if err != nil {
			return
		}
		if i < -0.99 || i > 10 {
			t.Fatalf("IRR(%v) = %v out of the scanned range", flows, i)
		}
	})
}
