package extract

import (
	"testing"
	"time"
)

func day(s string) time.Time { // test dates are literals: a bad one is a bug in the test
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestExtractAtAge pins ages read from a year of birth against the reference date.
func TestExtractAtAge(t *testing.T) {
	x := New()
	tests := []struct {
		in, now string
		want    int // 0 = no age
	}{
		{"我95年的", "2026-11-23", 31},
		{"我95年的", "2025-01-01", 30},
		{"1990年出生", "2026-11-23", 36},
		{"八五年生人", "2026-11-23", 41},
		{"我是九五年的，在深圳上班", "2026-11-23", 31},
		{"1992年12月出生", "2026-11-23", 33},
		{"1992年12月出生", "2026-12-01", 34},
		{"出生于1988年", "2026-11-23", 38},
		{"我是00年的", "2026-11-23", 26},
		{"本人一九七零年生的", "2026-11-23", 56},
		{"我老公90年的", "2026-11-23", 0},   // a relative's
		{"95年的房子", "2026-11-23", 0},    // a house's
		{"房子是2010年的", "2026-11-23", 0}, // a house's
		{"我25年的", "2026-11-23", 0},     // one year old: out of range
		{"二十几岁", "2026-11-23", 0},      // vague
	}
	for _, tt := range tests {
		r := x.ExtractAt(tt.in, "", day(tt.now))
		got := 0
		if r.Slots.Age != nil {
			got = *r.Slots.Age
		}
		if got != tt.want {
			t.Errorf("ExtractAt(%q, %s) age = %d, want %d", tt.in, tt.now, got, tt.want)
		}
	}
}

// TestProhibitedUse pins the F14 signal: named uses, negations, workplaces and questions.
func TestProhibitedUse(t *testing.T) {
	x := New()
	tests := []struct {
		in, want, intent string
	}{
		{"借钱炒股", UseStocks, IntentProvideInfo},
		{"想借十万买股票", UseStocks, IntentProvideInfo},
		{"凑首付", UseDownPayment, IntentProvideInfo},
		{"首付還差十萬", UseDownPayment, IntentProvideInfo}, // traditional
		{"买车首付不够", "", IntentProvideInfo},             // a car purchase
		{"首付30万 还需要贷款70万", "", IntentProvideInfo},     // the loan is not the down payment
		{"买币", UseCrypto, IntentProvideInfo},
		{"拿去买比特币😂", UseCrypto, IntentProvideInfo},
		{"买基金", UseInvestment, IntentProvideInfo},
		{"贷款能买理财吗", UseInvestment, IntentFAQ},
		{"贷款可以炒股吗", UseStocks, IntentFAQ},
		{"不炒股 装修用", "", IntentProvideInfo},
		{"我在基金公司上班", "", IntentProvideInfo},
		{"装修房子", "", IntentProvideInfo},
	}
	for _, tt := range tests {
		r := x.ExtractAt(tt.in, "", day("2026-11-23"))
		if r.ProhibitedUse != tt.want || r.Intent != tt.intent {
			t.Errorf("ExtractAt(%q) = use %q intent %s, want %q %s", tt.in, r.ProhibitedUse, r.Intent, tt.want, tt.intent)
		}
	}
}
