package extract

import (
	"math"
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Figures into slots: each assigned figure sets its slot (debts and enquiries may add up), an
// approximate one becomes a tentative value with the range of its readings.

// fillNumbers sets the numeric slots; a later mention of a slot overrides an earlier one, except
// a monthly debt added to another ("加", "还有"). Approximate numbers go to tentative, with the
// range of their readings.
func fillNumbers(st, tent *slot.Slots, as []assigned) map[string]Range {
	var ranges map[string]Range
	for _, a := range as {
		if a.role == roleNone || a.role == roleDrop {
			continue
		}
		var one slot.Slots
		setNumber(&one, a, value(a))
		key := numericKey(one)
		if key == "" {
			continue
		}
		if !a.m.approx {
			setNumber(st, a, value(a))
			*tent = without(*tent, key)
			delete(ranges, key)
			continue
		}
		*st = without(*st, key) // the later, approximate figure replaces ("税前一万 到手八千多")
		tent.Merge(one)
		if ranges == nil {
			ranges = map[string]Range{}
		}
		ranges[key] = rangeOf(a)
	}
	return ranges
}

// rangeOf is every reading of an approximate mention in its slot's unit.
func rangeOf(a assigned) Range {
	lo, hi := a, a
	lo.m.value, lo.m.months = a.m.lo, a.m.loMonths
	hi.m.value, hi.m.months = a.m.hi, a.m.hiMonths
	return Range{Lo: value(lo), Hi: value(hi)}
}

// setNumber sets the slot of a's role to v.
func setNumber(st *slot.Slots, a assigned, v float64) {
	switch a.role {
	case roleAmount:
		st.AmountYuan = slot.Ptr(int64(math.Round(v)))
	case roleTerm:
		st.TermMonths = slot.Ptr(int(math.Round(v)))
	case roleIncome:
		st.MonthlyIncomeYuan = slot.Ptr(int64(math.Round(v)))
	case roleDebt:
		d := int64(math.Round(v))
		if a.plus && st.ExistingMonthlyDebtYuan != nil {
			d += *st.ExistingMonthlyDebtYuan // "房贷3500 加信用卡1000"
		}
		st.ExistingMonthlyDebtYuan = slot.Ptr(d)
	case roleHouseYears:
		st.HouseCertYears = slot.Ptr(math.Round(v*100) / 100)
	case roleSocial:
		st.SocialSecurityMonths = slot.Ptr(int(math.Round(v)))
	case roleQueries:
		q := int(math.Round(v))
		if a.plus && st.CreditQueries6m != nil {
			q += *st.CreditQueries6m // "贷款审批查了9次 信用卡审批3次"
		}
		st.CreditQueries6m = slot.Ptr(q)
	case roleAge:
		st.Age = slot.Ptr(int(math.Round(v)))
	}
}

func hasVague(as []assigned) bool {
	for _, a := range as {
		if a.m.vague {
			return true
		}
	}
	return false
}

// dropPreTax drops an income said before tax when the same message gives one after tax ("月薪税后
// 一万 税前一万三"): the slot is the income after tax, whichever comes last.
func dropPreTax(rs []rune, as []assigned) {
	pre, post := -1, false
	for i, a := range as {
		if a.role != roleIncome {
			continue
		}
		left := string(rs[max(0, a.m.start-4):a.m.start])
		switch {
		case strings.Contains(left, "税前"):
			pre = i
		case containsAny(left, []string{"税后", "到手", "实发", "实际拿"}):
			post = true
		}
	}
	if pre >= 0 && post {
		as[pre].role = roleDrop
	}
}
