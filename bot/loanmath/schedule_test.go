package loanmath

import (
	"errors"
	"testing"
)

// The worked examples of compliance-rules.md §4.1–4.3: 100,000 yuan, 12 months, 12% a year.
func TestScheduleWorkedExamples(t *testing.T) {
	tests := []struct {
		name          string
		method        Method
		principal     float64
		months        int
		rate          float64
		first, last   string // payments of month 1 and month n
		totalInterest string
		totalPayment  string
	}{
		{"§4.1 等额本息", EqualInstalment, 100000, 12, 0.12, "8,884.88", "8,884.88", "6,618.55", "106,618.55"},
		{"§4.2 等额本金", EqualPrincipal, 100000, 12, 0.12, "9,333.33", "8,416.67", "6,500.00", "106,500.00"},
		{"§4.3 先息后本", InterestOnly, 100000, 12, 0.12, "1,000.00", "101,000.00", "12,000.00", "112,000.00"},
		{"extra 30,000 at 15% 等额本息", EqualInstalment, 30000, 12, 0.15, "2,707.75", "2,707.75", "2,492.99", "32,492.99"},
		{"zero rate 等额本息", EqualInstalment, 12000, 12, 0, "1,000.00", "1,000.00", "0.00", "12,000.00"},
		{"one month 先息后本", InterestOnly, 10000, 1, 0.12, "10,100.00", "10,100.00", "100.00", "10,100.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.method, tt.principal, tt.months, tt.rate)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{Yuan(s.FirstPayment()), Yuan(s.LastPayment()), Yuan(s.TotalInterest), Yuan(s.TotalPayment)}
			want := []string{tt.first, tt.last, tt.totalInterest, tt.totalPayment}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("first/last/interest/total[%d] = %s, want %s", i, got[i], want[i])
				}
			}
			if len(s.Rows) != tt.months {
				t.Fatalf("%d rows, want %d", len(s.Rows), tt.months)
			}
			if b := s.Rows[len(s.Rows)-1].Balance; Cents(b) != 0 {
				t.Errorf("final balance %v, want 0", b)
			}
			var principal float64
			for _, r := range s.Rows {
				principal += r.Principal
				if Cents(r.Payment) != Cents(r.Principal+r.Interest) {
					t.Errorf("month %d: payment %v != principal %v + interest %v", r.Month, r.Payment, r.Principal, r.Interest)
				}
			}
			if Cents(principal) != Cents(tt.principal) {
				t.Errorf("principal repaid %v, want %v", principal, tt.principal)
			}
		})
	}
}

func TestEqualInstalmentRows(t *testing.T) {
	s, err := New(EqualInstalment, 100000, 12, 0.12)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		month               int
		interest, principal string
	}{
		{1, "1,000.00", "7,884.88"},
		{12, "87.97", "8,796.91"},
	}
	for _, tt := range tests {
		r := s.Rows[tt.month-1]
		if Yuan(r.Interest) != tt.interest || Yuan(r.Principal) != tt.principal {
			t.Errorf("month %d = %s interest + %s principal, want %s + %s",
				tt.month, Yuan(r.Interest), Yuan(r.Principal), tt.interest, tt.principal)
		}
	}
}

// §4.2: each later month is 83.33 less than the month before.
func TestEqualPrincipalStep(t *testing.T) {
	s, err := New(EqualPrincipal, 100000, 12, 0.12)
	if err != nil {
		t.Fatal(err)
	}
	for k := 1; k < len(s.Rows); k++ {
		if d := Yuan(s.Rows[k-1].Payment - s.Rows[k].Payment); d != "83.33" {
			t.Errorf("month %d → %d step %s, want 83.33", k, k+1, d)
		}
	}
}

func TestMaxRegularPayment(t *testing.T) {
	tests := []struct {
		method Method
		want   string
	}{
		{EqualInstalment, "8,884.88"},
		{EqualPrincipal, "9,333.33"},
		{InterestOnly, "1,000.00"}, // the balloon is not a monthly burden
	}
	for _, tt := range tests {
		s, err := New(tt.method, 100000, 12, 0.12)
		if err != nil {
			t.Fatal(err)
		}
		if got := Yuan(s.MaxRegularPayment()); got != tt.want {
			t.Errorf("%s: MaxRegularPayment = %s, want %s", tt.method.Label(), got, tt.want)
		}
	}
}

func TestNewRejectsInvalidLoans(t *testing.T) {
	tests := []struct {
		name      string
		method    Method
		principal float64
		months    int
		rate      float64
	}{
		{"zero principal", EqualInstalment, 0, 12, 0.12},
		{"negative term", EqualInstalment, 1000, -1, 0.12},
		{"negative rate", EqualPrincipal, 1000, 12, -0.01},
		{"unknown method", Method("balloon"), 1000, 12, 0.12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.method, tt.principal, tt.months, tt.rate); !errors.Is(err, ErrInvalidLoan) {
				t.Errorf("err = %v, want ErrInvalidLoan", err)
			}
		})
	}
}

func TestMethodLabel(t *testing.T) {
	for m, want := range map[Method]string{EqualInstalment: "等额本息", EqualPrincipal: "等额本金", InterestOnly: "先息后本", "x": "x"} {
		if got := m.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", m, got, want)
		}
	}
}
