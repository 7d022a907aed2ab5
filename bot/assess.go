package bot

import (
	"strconv"
	"strings"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/knowledge"
)

// shownProducts is how many matched products the applicant sees.
const shownProducts = 3

// assess runs the pre-screen on the confirmed summary: the grade with reasons, flags for B and C,
// the products that may fit (at most three) and the materials checklist of the best one.
func (t *turn) assess() {
	a := t.e.screen.Assess(t.st.Slots, t.e.kb.Products, t.in.Now)
	grade := strings.ToUpper(a.Grade)
	if grade != "A" && grade != "C" {
		grade = "B" // anything unexpected goes to a human
	}
	t.st.Phase, t.st.Grade, t.graded = phaseAssessed, grade, true
	t.st.Reasons, t.st.Products = nil, nil
	var lines, details []string
	for _, r := range a.Reasons {
		t.st.Reasons = append(t.st.Reasons, r.Code)
		detail := r.Detail
		if detail == "" {
			detail = r.Text
		}
		details = append(details, r.Code+": "+detail)
		if l, err := t.e.kb.Replies.Render("reason_line", map[string]string{"reason": r.Text}); err == nil {
			lines = append(lines, l)
		}
	}
	t.say("prescreen_"+strings.ToLower(grade), map[string]string{"reasons": strings.Join(lines, "")})
	if grade != "A" {
		t.flag("grade_"+strings.ToLower(grade), strings.Join(details, "；"))
	}
	if grade == "C" {
		return
	}
	t.showProducts(a.Products)
	if p, ok := t.topProduct(); ok {
		t.checklist(p)
	}
	t.say("done_next", nil)
}

func (t *turn) showProducts(all []Fit) {
	var fits []Fit
	for _, f := range all {
		if t.allowed(f.Product) {
			fits = append(fits, f) // never an unsecured product after a current overdue; none secured against the applicant's wish
		}
	}
	if len(fits) == 0 {
		t.say("no_products", nil)
		t.flag("no_products", t.agentNote("agent_no_products"))
		return
	}
	if len(fits) > shownProducts {
		fits = fits[:shownProducts]
	}
	var items []string
	for i, f := range fits {
		t.st.Products = append(t.st.Products, f.Product.ID)
		item, err := t.e.kb.Replies.Render("product_item", map[string]string{
			"rank": strconv.Itoa(i + 1), "name": f.Product.Name, "lender": f.Product.Lender,
			"why": f.Why, "rate": rateRange(f.Product),
		})
		if err != nil {
			t.fail(err)
			return
		}
		items = append(items, item)
	}
	t.say("products_intro", map[string]string{"items": strings.Join(items, "")})
}

// topProduct is the best product shown to the applicant, if any.
func (t *turn) topProduct() (knowledge.Product, bool) {
	if t.st.Phase != phaseAssessed || len(t.st.Products) == 0 {
		return knowledge.Product{}, false
	}
	for _, p := range t.e.kb.Products {
		if p.ID == t.st.Products[0] {
			return p, true
		}
	}
	return knowledge.Product{}, false
}

func rateRange(p knowledge.Product) string {
	return loanmath.Percent(p.APRMin, 2) + "–" + loanmath.Percent(p.APRMax, 2)
}

// quote says the compliant rate quote of product p for the applicant's amount and term (clamped to
// the product's ranges), computed at the top of the product's rate range.
func (t *turn) quote(p knowledge.Product) {
	amount, months := p.AmountMin, p.TermMin
	if s := t.st.Slots.AmountYuan; s != nil {
		amount = clamp(*s, p.AmountMin, p.AmountMax)
	}
	if s := t.st.Slots.TermMonths; s != nil {
		months = int(clamp(int64(*s), int64(p.TermMin), int64(p.TermMax)))
	}
	method := loanmath.EqualInstalment
	if len(p.Repayment) > 0 {
		method = loanmath.Method(p.Repayment[0])
	}
	s, err := loanmath.New(method, float64(amount), months, p.APRMax)
	if err != nil {
		t.fail(err)
		return
	}
	t.say("rate_quote", map[string]string{
		"name": p.Name, "lender": p.Lender, "rate_range": rateRange(p), "amount": money(amount),
		"term": strconv.Itoa(months), "method": t.methodName(method), "rate": loanmath.Percent(p.APRMax, 2),
		"payment_desc": t.paymentDesc(s), "interest": loanmath.Yuan(s.TotalInterest),
	})
}

// checklist says the materials checklist for product p's type.
func (t *turn) checklist(p knowledge.Product) {
	c, ok := t.e.kb.Materials.Checklist(p.Materials)
	if !ok {
		t.say("materials_general", nil)
		return
	}
	naming := t.e.kb.Materials.Naming
	t.say("materials_list", map[string]string{
		"type": p.Type.Label(), "required": t.materialNames(c.Required),
		"supplementary": t.materialNames(c.Supplementary), "auxiliary": t.materialNames(c.Auxiliary),
		"naming":  strings.NewReplacer("{", "", "}", "").Replace(naming.Pattern),
		"example": naming.Example("身份证", t.in.Now),
	})
}

func (t *turn) materialNames(ms []knowledge.Material) string {
	if len(ms) == 0 {
		none, _ := t.e.kb.Replies.Render("none_item", nil)
		return none
	}
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	return strings.Join(names, "、")
}

func clamp(v, lo, hi int64) int64 {
	return min(max(v, lo), hi)
}
