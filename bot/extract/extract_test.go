package extract

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCalc(t *testing.T) {
	x := New()
	tests := []struct {
		in   string
		want Calc
	}{
		{"贷10万12期月供多少", Calc{AmountYuan: 100000, TermMonths: 12}},
		{"借5万一年利息多少", Calc{AmountYuan: 50000, TermMonths: 12}},
		{"帮我算一下30万5年等额本息月供", Calc{AmountYuan: 300000, TermMonths: 60, Method: MethodEqualInstalment}},
		{"借10万年化8%一年利息多少", Calc{AmountYuan: 100000, TermMonths: 12, AnnualRatePct: 8}},
		{"２０萬分３６期，月息1%，每個月還多少", Calc{AmountYuan: 200000, TermMonths: 36, AnnualRatePct: 12}},
		{"借2万先息后本半年要还多少钱", Calc{AmountYuan: 20000, TermMonths: 6, Method: MethodInterestOnly}},
		{"贷款100000元等额本金24期每月还多少", Calc{AmountYuan: 100000, TermMonths: 24, Method: MethodEqualPrincipal}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r := x.Extract(tt.in, "")
			if r.Intent != IntentCalculator || r.Calc == nil {
				t.Fatalf("Extract(%q) intent %q calc %v, want calculator", tt.in, r.Intent, r.Calc)
			}
			if d := cmp.Diff(tt.want, *r.Calc); d != "" {
				t.Errorf("Extract(%q) calc (-want +got):\n%s", tt.in, d)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	x := New()
	tests := []struct {
		in, expecting, want string
	}{
		{"贷20万,不对,30万", "", `{"slots":{"amount_yuan":300000},"tentative":{},"intent":"provide_info","signals":["correction"]}`},
		{"你好", "", `{"slots":{},"tentative":{},"intent":"greeting"}`},
		{"没有", KeyOverdue, `{"slots":{"overdue_current":false},"tentative":{},"intent":"provide_info"}`},
		{"房本满两年半", "", `{"slots":{"collateral":"house","house_cert_years":2.5},"tentative":{},"intent":"provide_info"}`},
		{"贷10万12期月供多少", "", `{"slots":{"amount_yuan":100000,"term_months":12},"tentative":{},"intent":"calculator","calc":{"amount_yuan":100000,"term_months":12}}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(x.Extract(tt.in, tt.expecting))
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if string(b) != tt.want {
			t.Errorf("Extract(%q, %q) = %s, want %s", tt.in, tt.expecting, b, tt.want)
		}
	}
}

// TestConcurrent runs one Extractor from many goroutines (meaningful under -race).
func TestConcurrent(t *testing.T) {
	x := New()
	set := loadLabelled(t)
	want := make([]Result, len(set))
	for i, l := range set {
		want[i] = x.ExtractAt(l.Text, l.Expecting, labelledNow)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, l := range set {
				if got := x.ExtractAt(l.Text, l.Expecting, labelledNow); !cmp.Equal(got, want[i]) {
					t.Errorf("concurrent Extract(%q) differs", l.Text)
				}
			}
		}()
	}
	wg.Wait()
}
