package bot

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/screen"
	"github.com/loanbot/loanbot/bot/slot"
)

// finding is a warning that applies to what is known now, with the facts it rests on.
type finding struct {
	code   string
	facts  string
	fields map[string]string
}

// lasting are warnings about something the applicant said once (a request, a signal): they stay in
// the risk notes when later facts change.
func lasting(code string) bool {
	return code == WarnBorrowToRepay || code == WarnProhibitedUse || code == WarnFraudRefusal
}

// restated are warnings about what one message says (borrowing to repay, a prohibited use): said
// at every message that says it, not only when the facts change.
func restated(code string) bool {
	return code == WarnBorrowToRepay || code == WarnProhibitedUse
}

// warn says every warning whose facts are now known and that was not said on the same facts before;
// each said is kept in the state as a risk note. A warning whose facts no longer hold (a corrected
// income) is dropped from the notes. It runs once per turn.
func (t *turn) warn() {
	if t.warned {
		return
	}
	t.warned = true
	found := t.findings()
	kept := t.st.Risks[:0:0]
	for _, r := range t.st.Risks {
		if lasting(r.Code) || hasFinding(found, r.Code) {
			kept = append(kept, r)
		}
	}
	t.st.Risks = kept
	for _, f := range found {
		if !restated(f.code) && t.saidOn(f.code, f.facts) {
			continue
		}
		t.warnNow(f.code, "warn_"+f.code, f.fields, f.facts)
	}
}

// warnNow says warning code (reply key) now and keeps it as a risk note on facts.
func (t *turn) warnNow(code, key string, fields map[string]string, facts string) {
	text, err := t.e.kb.Replies.Render(key, fields)
	if err != nil {
		t.fail(err)
		return
	}
	t.pieces = append(t.pieces, piece{text: text})
	t.warnings = append(t.warnings, Warning{Code: code, Text: text})
	for i, r := range t.st.Risks {
		if r.Code == code {
			t.st.Risks[i] = risk{Code: code, Text: text, Facts: facts}
			return
		}
	}
	t.st.Risks = append(t.st.Risks, risk{Code: code, Text: text, Facts: facts})
}

// saidOn reports a warning already said on these facts, or on a range of readings they fall in:
// "十多次" confirmed as 10, or restated as 12, narrows what was said; it changes nothing the
// applicant has not heard.
func (t *turn) saidOn(code, facts string) bool {
	for i, r := range t.st.Risks {
		if r.Code != code {
			continue
		}
		if r.Facts == facts {
			return true
		}
		if within(facts, r.Facts) {
			t.st.Risks[i].Facts = facts
			return true
		}
	}
	return false
}

// within reports whether facts is a single reading inside the range prev ("12" in "10-19").
func within(facts, prev string) bool {
	a, b, ok := strings.Cut(prev, "-")
	if !ok {
		return false
	}
	v, errV := strconv.ParseFloat(facts, 64)
	lo, errLo := strconv.ParseFloat(a, 64)
	hi, errHi := strconv.ParseFloat(b, 64)
	return errV == nil && errLo == nil && errHi == nil && lo <= v && v <= hi
}

func hasFinding(fs []finding, code string) bool {
	for _, f := range fs {
		if f.code == code {
			return true
		}
	}
	return false
}

// findings applies the seed rules to what is known, each as soon as its facts are: a tentative value
// counts only when every reading of it satisfies the rule.
func (t *turn) findings() []finding {
	var out []finding
	s := t.st.Slots
	if lo, hi, ok := t.reading("credit_queries_6m"); ok && lo > screen.MaxCreditQueries6m {
		out = append(out, finding{code: WarnQueries, facts: rangeKey(lo, hi),
			fields: map[string]string{"n": countText(lo, hi), "max": strconv.Itoa(screen.MaxCreditQueries6m)}})
	}
	if s.OverdueCurrent != nil && *s.OverdueCurrent {
		out = append(out, finding{code: WarnOverdue, facts: "current"})
	}
	if f, ok := t.affordability(); ok {
		out = append(out, f)
	}
	if p := t.purpose(); p == slot.PurposeBusiness || p == slot.PurposeTurnover {
		out = append(out, finding{code: WarnTaxProof, facts: "business"})
	}
	if contains(t.u.Signals, SignalBorrowToRepay) {
		out = append(out, finding{code: WarnBorrowToRepay, facts: "stated"})
	}
	if u := t.u.ProhibitedUse; u != "" {
		out = append(out, finding{code: WarnProhibitedUse, facts: u})
	}
	return out
}

// purpose is the stated or tentative loan purpose.
func (t *turn) purpose() string {
	if p := t.known().LoanPurpose; p != nil {
		return *p
	}
	return ""
}

// reading returns the lowest and highest reading of a slot: its value when stated, its range when
// tentative.
func (t *turn) reading(key string) (lo, hi float64, ok bool) {
	if v, has := slotMap(t.st.Slots)[key]; has {
		f, isNum := v.(float64)
		return f, f, isNum
	}
	if v, has := slotMap(t.st.Tentative)[key]; has {
		if r, ok := t.st.Ranges[key]; ok {
			return r.Lo, r.Hi, true
		}
		f, isNum := v.(float64)
		return f, f, isNum
	}
	return 0, 0, false
}

// affordability applies the 2× rule so that the verdict does not hinge on an assumed rate: the
// payment is estimated at the lowest annualised rate of the catalogue for the smallest amount and
// the longest term the applicant's words allow, against the highest income they allow. When even
// that payment (plus the existing monthly debt) takes more than half the income, every reading and
// every rate fails the rule.
func (t *turn) affordability() (finding, bool) {
	amount, _, okA := t.reading("amount_yuan")
	_, months, okT := t.reading("term_months")
	_, income, okI := t.reading("monthly_income_yuan")
	if !okA || !okT || !okI || months < 1 || amount <= 0 {
		return finding{}, false
	}
	debt, _, _ := t.reading("existing_monthly_debt_yuan")
	loRate, hiRate := t.rateBand()
	n := int(math.Round(months))
	low := loanmath.InstalmentPayment(amount, n, loRate/12) + debt
	if income >= screen.MinCoverRatio*low {
		return finding{}, false
	}
	high := loanmath.InstalmentPayment(amount, n, hiRate/12) + debt
	return finding{code: WarnAffordability,
		facts: fmt.Sprintf("%.0f|%d|%.0f|%.0f", amount, n, income, debt),
		fields: map[string]string{
			"amount": money(int64(amount)), "term": strconv.Itoa(n), "income": money(int64(income)),
			"low": loanmath.Yuan(low), "high": loanmath.Yuan(high),
		}}, true
}

// rateBand is the lowest and highest annualised rate of the product catalogue.
func (t *turn) rateBand() (lo, hi float64) {
	lo, hi = screen.RepresentativeAPR, screen.RepresentativeAPR
	for i, p := range t.e.kb.Products {
		if i == 0 || p.APRMin < lo {
			lo = p.APRMin
		}
		if i == 0 || p.APRMax > hi {
			hi = p.APRMax
		}
	}
	return lo, hi
}

func rangeKey(lo, hi float64) string {
	if lo == hi {
		return canonical(lo)
	}
	return canonical(lo) + "-" + canonical(hi)
}

// countText writes a count or a range of counts: "12", "11–19".
func countText(lo, hi float64) string {
	if lo == hi {
		return canonical(lo)
	}
	return canonical(lo) + "–" + canonical(hi)
}
