package loanmath

import (
	"math"
	"strconv"
	"strings"
)

// Yuan formats an amount in yuan with thousands separators and two decimals, rounded half up:
// 8884.878 → "8,884.88".
func Yuan(yuan float64) string {
	c := Cents(yuan)
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := strconv.FormatInt(c/100, 10)
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return sign + b.String() + "." + pad2(c%100)
}

func pad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// Percent formats a fraction as a percentage with the given decimals, rounded half up:
// Percent(0.214572, 2) → "21.46%".
func Percent(fraction float64, decimals int) string {
	scale := math.Pow(10, float64(decimals))
	v := math.Floor(math.Abs(fraction)*100*scale+0.5+1e-7) / scale
	if fraction < 0 && v != 0 {
		v = -v
	}
	return strconv.FormatFloat(v, 'f', decimals, 64) + "%"
}

// APRText is the display rule of the compliance reference: the simple annualised rate by IRR,
// two decimals: "年化利率约21.46%（单利，IRR口径）".
func APRText(r Rate) string {
	return "年化利率约" + Percent(r.APR, 2) + "（单利，IRR口径）"
}

// EARText labels the compound figure: "复利年化约23.70%".
func EARText(r Rate) string {
	return "复利年化约" + Percent(r.EAR, 2)
}

// WanYuan formats a whole-yuan amount the way applicants say it: 100000 → "10万元",
// 125000 → "12.5万元", 8000 → "8,000元".
func WanYuan(yuan int64) string {
	if yuan >= 10000 && yuan%1000 == 0 {
		return strconv.FormatFloat(float64(yuan)/10000, 'f', -1, 64) + "万元"
	}
	s := Yuan(float64(yuan))
	return strings.TrimSuffix(s, ".00") + "元"
}
