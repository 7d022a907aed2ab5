package extract

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Repayment methods, spelled as bot/loanmath's Method values.
const (
	MethodEqualInstalment = "equal_instalment" // 等额本息
	MethodEqualPrincipal  = "equal_principal"  // 等额本金
	MethodInterestOnly    = "interest_only"    // 先息后本
)

// calcFrom builds the calculator parameters from what the text states.
func calcFrom(s string, st slot.Slots, as []assigned, rs []rune) *Calc {
	c := &Calc{Method: methodOf(s)}
	if st.AmountYuan != nil {
		c.AmountYuan = *st.AmountYuan
	}
	if st.TermMonths != nil {
		c.TermMonths = *st.TermMonths
	}
	for _, a := range as {
		if a.m.kind == kindPercent {
			c.AnnualRatePct = annualRate(a.m.value, string(rs[max(0, a.m.start-4):a.m.start]))
		}
	}
	return c
}

func methodOf(s string) string {
	switch {
	case strings.Contains(s, "等额本息"):
		return MethodEqualInstalment
	case strings.Contains(s, "等额本金"):
		return MethodEqualPrincipal
	case strings.Contains(s, "先息后本"):
		return MethodInterestOnly
	}
	return ""
}

// annualRate turns a stated percentage into an annual one: 月息1% → 12%, 日息0.05% → 18.25%.
func annualRate(pct float64, before string) float64 {
	switch {
	case containsAny(before, []string{"月息", "月利率", "月费率", "每月", "一个月", "月利息"}):
		return pct * 12
	case containsAny(before, []string{"日息", "日利率", "每天", "一天"}):
		return pct * 365
	}
	return pct
}
