package bot

import (
	"math"
	"strconv"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/screen"
)

// outlook answers a question about the applicant's own case ("这样还有希望吗") from the facts known
// so far: what stands in the way, or that nothing does yet — never a promise.
func (t *turn) outlook() {
	said := false
	for _, code := range []string{WarnOverdue, WarnQueries, WarnAffordability} {
		if t.hasFinding(code) {
			t.say("outlook_"+code, nil)
			said = true
		}
	}
	switch {
	case said:
	case t.pick() == "" && t.st.Consent:
		t.say("outlook_ok", nil)
	default:
		t.say("outlook_unknown", nil)
	}
}

func (t *turn) hasFinding(code string) bool { return hasFinding(t.findings(), code) }

// limit answers "我这种情况大概能借多少": the amount whose payment stays within half the income (less
// existing debt) over the stated term (36 months when none), at the representative rate — a
// calculation for reference, not a quota.
func (t *turn) limit() {
	_, income, ok := t.reading("monthly_income_yuan")
	if !ok || income <= 0 {
		t.say("limit_unknown", nil)
		return
	}
	debt, _, _ := t.reading("existing_monthly_debt_yuan")
	pay := income/screen.MinCoverRatio - debt
	if pay <= 0 {
		t.say("limit_none", nil)
		return
	}
	months := 36
	if _, hi, ok := t.reading("term_months"); ok && hi >= 1 {
		months = int(math.Round(hi))
	}
	r := screen.RepresentativeAPR / 12
	principal := pay * (1 - math.Pow(1+r, -float64(months))) / r
	principal = math.Floor(principal/1000) * 1000
	t.say("limit_estimate", map[string]string{
		"payment": loanmath.Yuan(pay), "term": strconv.Itoa(months), "amount": money(int64(principal)),
		"rate": loanmath.Percent(screen.RepresentativeAPR, 0),
	})
}
