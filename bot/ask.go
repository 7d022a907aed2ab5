package bot

import (
	"github.com/loanbot/loanbot/bot/screen"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// optional reports a fact the pre-screen can do without: asked only when it can still change the
// outcome, and skipped after one unclear answer. The others are required.
func (t *turn) optional(key string) bool {
	switch key {
	case "loan_purpose", "amount_yuan", "term_months", "employment", "monthly_income_yuan", "collateral",
		"overdue_current", "credit_queries_6m":
		return false
	}
	return true
}

// worthAsking reports whether asking for key can still change the outcome, given what is known.
func (t *turn) worthAsking(key string) bool {
	s := t.known()
	switch key {
	case "house_cert_years":
		return s.PledgeWilling == nil || *s.PledgeWilling // certificate years matter only for a pledge
	case "existing_monthly_debt_yuan":
		return !t.hasRisk(WarnAffordability) // already short of 2×: more debt changes nothing said
	case "social_security_months":
		return t.candidatesNeed(func(p knowledge.Product) bool { return p.Admission.MinSocialSecurityMonths > 0 })
	case "local_hukou":
		return t.candidatesNeed(func(p knowledge.Product) bool { return p.Admission.LocalHukou })
	case "age":
		// every product has an age band; it binds in practice for retirees and the very young
		return s.Employment != nil && (*s.Employment == slot.EmploymentRetired || *s.Employment == slot.EmploymentStudent)
	case "city":
		return false
	}
	return true
}

// known is what is stated plus the tentative values, for deciding what to ask.
func (t *turn) known() slot.Slots {
	s := t.st.Tentative
	s.Merge(t.st.Slots)
	return s
}

// candidatesNeed reports whether a product still open to the applicant has an admission rule need
// says depends on the fact being asked.
func (t *turn) candidatesNeed(need func(knowledge.Product) bool) bool {
	for _, p := range t.candidates() {
		if need(p) {
			return true
		}
	}
	return false
}

// candidates are the products the known facts do not exclude (unknown facts exclude nothing), less
// unsecured products after a current overdue and secured ones when the applicant will not pledge.
func (t *turn) candidates() []knowledge.Product {
	if t.cands != nil {
		return *t.cands // computed earlier in the turn; merge and confirmations clear it
	}
	s := t.known()
	out := []knowledge.Product{}
	for _, c := range screen.Match(s, t.e.kb.Products).Eligible {
		if t.allowed(c.Product) {
			out = append(out, c.Product)
		}
	}
	t.cands = &out
	return out
}

// allowed reports whether product p may be shown in this conversation.
func (t *turn) allowed(p knowledge.Product) bool {
	if t.st.Overdue && !p.Secured() {
		return false // never an unsecured product after a current overdue
	}
	if w := t.st.Slots.PledgeWilling; w != nil && !*w && p.Secured() {
		return false
	}
	return true
}

func (t *turn) hasRisk(code string) bool {
	for _, r := range t.st.Risks {
		if r.Code == code {
			return true
		}
	}
	return false
}
