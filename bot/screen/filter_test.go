package screen

import (
	"os"
	"testing"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/knowledge"
)

// Every text this package writes passes the real outbound filter with the default phrase pack (a
// flag — the filter's statistical second opinion, sent and recorded for review — is logged) and
// lacks no required disclosure.
func TestTextsPassComplianceFilter(t *testing.T) {
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := compliance.NewFilter(pack)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range allTexts(t) {
		v := f.CheckOutbound(text)
		if v.Verdict == compliance.Flag {
			t.Logf("%s: flagged for review, hits %+v", name, v.Counted())
		}
		if v.Verdict == compliance.Block || len(v.MissingDisclosures) > 0 {
			t.Errorf("%s: verdict %s, hits %+v, missing %v\n%s", name, v.Verdict, v.Counted(), v.MissingDisclosures, text)
		}
	}
}

// allTexts renders every kind of text for a spread of personas and the whole catalogue.
func allTexts(t *testing.T) map[string]string {
	t.Helper()
	dir := os.DirFS("../../knowledge")
	ps, err := knowledge.LoadProducts(dir, "products.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := knowledge.LoadMaterials(dir, "materials.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	personas := map[string]slot.Slots{
		"clean":   clean(),
		"queries": with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(9) }),
		"overdue": with(func(s *slot.Slots) { s.OverdueCurrent = slot.Ptr(true) }),
		"house":   with(func(s *slot.Slots) { s.Collateral, s.HouseCertYears = slot.Ptr(slot.CollateralHouse), slot.Ptr(2.0) }),
		"low income": with(func(s *slot.Slots) {
			s.MonthlyIncomeYuan, s.ExistingMonthlyDebtYuan = slot.Ptr[int64](5000), slot.Ptr[int64](1000)
		}),
		"no income": with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](0) }),
		"business": with(func(s *slot.Slots) {
			s.LoanPurpose, s.Employment, s.AmountYuan = slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.EmploymentSalaried), slot.Ptr[int64](500000)
		}),
		"student": with(func(s *slot.Slots) { s.Employment, s.Age = slot.Ptr(slot.EmploymentStudent), slot.Ptr(20) }),
		"elderly": with(func(s *slot.Slots) { s.Age = slot.Ptr(67) }),
		"empty":   {},
	}
	for name, s := range personas {
		out["prescreen "+name] = Prescreen(s, testNow).Text()
		out["shortlist "+name] = ShortlistText(Match(s, ps), 3)
	}
	for _, p := range ps {
		out["quote "+p.ID] = QuoteText(p, p.AmountMin, p.TermMin)
		out["quote no example "+p.ID] = QuoteText(p, 0, 0)
	}
	for _, ty := range []knowledge.ProductType{knowledge.ProductCredit, knowledge.ProductMortgage, knowledge.ProductCar, knowledge.ProductInstallment, knowledge.ProductBusiness} {
		text, err := Checklist(ty, ms, testNow)
		if err != nil {
			t.Fatal(err)
		}
		out["checklist "+string(ty)] = text
	}
	for _, m := range []loanmath.Method{loanmath.EqualInstalment, loanmath.EqualPrincipal, loanmath.InterestOnly} {
		text, err := EstimateText(100000, 12, 0.12, m)
		if err != nil {
			t.Fatal(err)
		}
		out["estimate "+string(m)] = text
	}
	for _, q := range []struct {
		kind string
		rate float64
	}{{"daily", 0.0005}, {"monthly", 0.008}, {"flat", 0.01}} {
		text, err := QuotedRateText(q.kind, q.rate, 12)
		if err != nil {
			t.Fatal(err)
		}
		out["quoted "+q.kind] = text
	}
	return out
}
