package bot

import (
	"strconv"

	"github.com/loanbot/loanbot/bot/loanmath"
)

// answer says the answer to a question the message asks (calculator, rate, materials, progress,
// FAQ, thanks, hello), and reports whether it said anything.
func (t *turn) answer() bool {
	switch t.intent {
	case IntentCalculator:
		t.calculate()
		return true
	case IntentAskProgress:
		t.say("progress", nil)
		return true
	case IntentThanks:
		t.say("thanks", nil)
		return true
	case IntentGreeting:
		if t.st.Phase == phaseNew || t.st.Phase == phaseNoticed {
			return false // the greeting itself answers
		}
		t.say("hello_again", nil)
		return true
	case IntentAskRate:
		return t.answerRate()
	case IntentAskMaterials:
		return t.answerMaterials()
	case IntentAskChance:
		t.outlook()
		return true
	case IntentAskLimit:
		t.limit()
		return true
	}
	return t.answerFAQ()
}

// answerFAQ says the approved answer of the best-matching FAQ entry. Messages that state slots are
// answers, not questions, unless the extractor calls them a question.
func (t *turn) answerFAQ() bool {
	if t.intent != IntentFAQ && t.intent != IntentOther && !isEmpty(t.u.Slots) {
		return false
	}
	if t.intent == IntentProvideInfo && !isEmpty(t.u.Slots) {
		return false
	}
	m, ok := t.e.kb.FAQ.Match(t.text)
	if !ok {
		return false
	}
	t.pieces = append(t.pieces, piece{text: m.Entry.Answer})
	return true
}

func (t *turn) answerRate() bool {
	if p, ok := t.topProduct(); ok {
		t.quote(p)
		return true
	}
	if !t.answerFAQ() {
		t.say("rate_general", nil)
	}
	return true
}

func (t *turn) answerMaterials() bool {
	if p, ok := t.topProduct(); ok {
		t.checklist(p)
		return true
	}
	if !t.answerFAQ() {
		t.say("materials_general", nil)
	}
	return true
}

// calculate answers "贷10万12期月供多少" with the schedule, the annualised rate and the disclosures.
func (t *turn) calculate() {
	var c CalcRequest
	if t.u.Calc != nil {
		c = *t.u.Calc
	}
	if c.AmountYuan == 0 && t.st.Slots.AmountYuan != nil {
		c.AmountYuan = *t.st.Slots.AmountYuan
	}
	if c.TermMonths == 0 && t.st.Slots.TermMonths != nil {
		c.TermMonths = *t.st.Slots.TermMonths
	}
	calc := t.e.kb.Flow.Calculator
	if c.AnnualRatePct <= 0 {
		c.AnnualRatePct = calc.AnnualRatePct
	}
	method := loanmath.Method(c.Method)
	if !method.Valid() {
		method = loanmath.Method(calc.Method)
	}
	s, err := loanmath.New(method, float64(c.AmountYuan), c.TermMonths, c.AnnualRatePct/100)
	if c.AmountYuan <= 0 || c.TermMonths <= 0 || err != nil {
		t.say("calc_missing", nil)
		return
	}
	cost, err := loanmath.CostOf(s, loanmath.Fees{})
	if err != nil {
		t.say("calc_missing", nil)
		return
	}
	t.say("calc_result", map[string]string{
		"amount": money(c.AmountYuan), "term": strconv.Itoa(c.TermMonths), "method": t.methodName(method),
		"rate": loanmath.Percent(c.AnnualRatePct/100, 2), "payment_desc": t.paymentDesc(s),
		"interest": loanmath.Yuan(s.TotalInterest), "total": loanmath.Yuan(s.TotalPayment),
		"apr": loanmath.Percent(cost.Rate.APR, 2),
	})
}

func (t *turn) methodName(m loanmath.Method) string {
	name, err := t.e.kb.Replies.Render("method_"+string(m), nil)
	if err != nil {
		return m.Label()
	}
	return name
}

// paymentDesc describes the monthly payments of a schedule in the words of its method.
func (t *turn) paymentDesc(s loanmath.Schedule) string {
	fields := map[string]string{
		"monthly": loanmath.Yuan(s.FirstPayment()), "first": loanmath.Yuan(s.FirstPayment()),
		"last": loanmath.Yuan(s.LastPayment()), "n": strconv.Itoa(s.Months - 1), "step": "0.00",
	}
	if len(s.Rows) > 1 {
		fields["step"] = loanmath.Yuan(s.Rows[0].Payment - s.Rows[1].Payment)
	}
	key := "pay_" + string(s.Method)
	if s.Months == 1 {
		key = "pay_equal_instalment"
	}
	out, err := t.e.kb.Replies.Render(key, fields)
	if err != nil {
		t.fail(err)
	}
	return out
}
