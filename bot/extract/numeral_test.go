package extract

import (
	"testing"
	"time"
)

func TestMentions(t *testing.T) {
	x := New()
	tests := []struct {
		in     string
		value  float64 // the first mention's value
		kind   kind
		months float64 // for periods
	}{
		{"二十万", 200000, kindMoney, 0},
		{"两万五", 25000, kindMoney, 0},
		{"三十五万八", 358000, kindMoney, 0},
		{"3万5", 35000, kindMoney, 0},
		{"1.2w", 12000, kindMoney, 0},
		{"1.2W", 12000, kindMoney, 0}, // upper case folds
		{"15k", 15000, kindMoney, 0},
		{"¥50,000", 50000, kindMoney, 0},
		{"￥８０００", 8000, kindMoney, 0}, // full-width yen and digits
		{"五万块", 50000, kindMoney, 0},
		{"２０万", 200000, kindMoney, 0}, // full-width
		{"二十萬", 200000, kindMoney, 0}, // traditional
		{"一万二", 12000, kindMoney, 0},
		{"1万2000", 12000, kindMoney, 0},
		{"两万零五百", 20500, kindMoney, 0},
		{"壹拾万元", 100000, kindMoney, 0}, // financial numerals
		{"一亿二千万", 1.2e8, kindMoney, 0},
		{"1亿2000万", 1.2e8, kindMoney, 0},
		{"8000块", 8000, kindMoney, 0},
		{"3千5", 3500, kindPlain, 0},
		{"3年", 3, kindPeriod, 36},
		{"36期", 36, kindPeriod, 36},
		{"半年", 0.5, kindPeriod, 6},
		{"一年半", 1, kindPeriod, 18},
		{"三十六个月", 36, kindPeriod, 36},
		{"两年多", 2, kindPeriod, 24},
		{"35岁", 35, kindAge, 0},
		{"8次", 8, kindCount, 0},
		{"年化8%", 8, kindPercent, 0},
		{"百分之十", 10, kindPercent, 0},
		{"2020年", 2020, kindOther, 0},
		{"13812345678", 13812345678, kindOther, 0}, // a phone number
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ms := scanMentions(x.norm.normalize(tt.in), x.units, time.Now())
			if len(ms) == 0 {
				t.Fatalf("no mention in %q", tt.in)
			}
			m := ms[0]
			if m.value != tt.value || m.kind != tt.kind || m.months != tt.months {
				t.Errorf("%q → value %v kind %d months %v, want %v %d %v", tt.in, m.value, m.kind, m.months, tt.value, tt.kind, tt.months)
			}
		})
	}
}

func TestMentionSplits(t *testing.T) {
	x := New()
	tests := []struct {
		in   string
		want []float64
	}{
		{"贷款20万36期", []float64{200000, 36}},
		{"二十万三十六期", []float64{200000, 36}},
		{"20万3年", []float64{200000, 3}},
		{"3年20万", []float64{3, 200000}},
		{"月入8000 20万", []float64{8000, 200000}},
		{"2万5 十二期", []float64{25000, 12}}, // a space separates two numbers
		{"20 万", []float64{200000}},       // but not a number and its unit
		{"二十来万", []float64{200000}},
		{"八千下个月", []float64{8000}},
		{"十万八万", []float64{100000, 80000}},
		{"一下子万一", nil}, // lone digits and 万一 are words, not numbers
		{"五险一金", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []float64
			for _, m := range scanMentions(x.norm.normalize(tt.in), x.units, time.Now()) {
				if m.kind != kindOther {
					got = append(got, m.value)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%q → %v, want %v", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%q → %v, want %v", tt.in, got, tt.want)
				}
			}
		})
	}
}
