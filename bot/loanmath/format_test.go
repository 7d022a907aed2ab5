package loanmath

import "testing"

func TestYuan(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{8884.878867, "8,884.88"},
		{106618.5464, "106,618.55"},
		{0.005, "0.01"}, // half up
		{0.004999, "0.00"},
		{1.005, "1.01"}, // 100.49999… in binary; still rounds half up
		{999.995, "1,000.00"},
		{0, "0.00"},
		{-1234.5, "-1,234.50"},
		{1234567.891, "1,234,567.89"},
	}
	for _, tt := range tests {
		if got := Yuan(tt.in); got != tt.want {
			t.Errorf("Yuan(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPercentAndAPRText(t *testing.T) {
	r := RateOf(0.01788099)
	if got := APRText(r); got != "年化利率约21.46%（单利，IRR口径）" {
		t.Errorf("APRText = %q", got)
	}
	if got := EARText(r); got != "复利年化约23.70%" {
		t.Errorf("EARText = %q", got)
	}
	tests := []struct {
		in   float64
		dec  int
		want string
	}{
		{0.1825, 2, "18.25%"},
		{0.12345, 2, "12.35%"}, // half up
		{0.404231, 1, "40.4%"},
		{-0.1, 0, "-10%"},
	}
	for _, tt := range tests {
		if got := Percent(tt.in, tt.dec); got != tt.want {
			t.Errorf("Percent(%v, %d) = %q, want %q", tt.in, tt.dec, got, tt.want)
		}
	}
}

func TestWanYuan(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{100000, "10万元"},
		{125000, "12.5万元"},
		{358000, "35.8万元"},
		{8000, "8,000元"},
		{12345, "12,345元"},
		{1000000, "100万元"},
	}
	for _, tt := range tests {
		if got := WanYuan(tt.in); got != tt.want {
			t.Errorf("WanYuan(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
