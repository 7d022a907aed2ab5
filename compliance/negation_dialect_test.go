package compliance

import "testing"

func TestDialectNeutral(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		k    int
		want bool
	}{
		{"批勿批得出", 1, 1, true},
		{"便宜勿便宜", 2, 1, true},
		{"有冇得内部渠道", 1, 2, true},
		{"勿好意思", 0, 2, true},
		{"冇得弹", 0, 2, true},
		{"我勿好打包票", 1, 2, false},
		{"这个冇得绕过去", 2, 2, false},
	} {
		n := []rune(c.text)
		if got := dialectNeutral(n, c.at, c.at+c.k); got != c.want {
			t.Errorf("dialectNeutral(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

func TestRepayRefused(t *testing.T) {
	if !repayRefused([]rune("覅还了"), 1) || repayRefused([]rune("覅还价"), 1) || repayRefused([]rune("覅告诉"), 1) {
		t.Error("repayRefused: 覅还了 is advice not to repay; 覅还价 and 覅告诉 are not")
	}
}
