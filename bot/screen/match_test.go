package screen

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// creditProduct is a typical bank credit loan; clean() meets all its rules.
func creditProduct() knowledge.Product {
	return knowledge.Product{
		ID: "credit", Name: "薪享贷", Lender: "江州银行股份有限公司", LenderKind: "bank", Type: knowledge.ProductCredit,
		Collateral: slot.CollateralNone, AmountMin: 10000, AmountMax: 300000, TermMin: 6, TermMax: 36,
		APRMin: 0.072, APRMax: 0.18, Repayment: []string{knowledge.RepayEqualInstalment},
		Purposes: []string{slot.PurposeConsumption, slot.PurposeRenovation},
		Admission: knowledge.Admission{AgeMin: 22, AgeMax: 55, MinMonthlyIncomeYuan: 5000, MaxCreditQueries6m: 6,
			LocalHukou: true, MinSocialSecurityMonths: 12, Employment: []string{slot.EmploymentSalaried}},
		Speed: "一般1–3个工作日，以机构通知为准", Materials: knowledge.ProductCredit,
		CostNote: "已含利息及担保费等全部费用", OverdueNote: "逾期罚息为借款利率上浮50%",
	}
}

func houseProduct() knowledge.Product {
	p := creditProduct()
	p.ID, p.Name, p.Type, p.Collateral = "house", "安居抵押贷", knowledge.ProductMortgage, slot.CollateralHouse
	p.APRMin, p.APRMax, p.AmountMax, p.TermMax = 0.036, 0.065, 5000000, 120
	p.Admission.MinHouseCertYears, p.Admission.AllowCurrentOverdue, p.Admission.LocalHukou = 3, true, false
	p.Admission.MinSocialSecurityMonths = 0
	return p
}

func TestMatchRules(t *testing.T) {
	tests := []struct {
		name    string
		slots   slot.Slots
		product knowledge.Product
		miss    string // expected miss code; "" = eligible
		unknown string // expected entry of Unknown
	}{
		{"clean", clean(), creditProduct(), "", ""},
		{"purpose", with(func(s *slot.Slots) { s.LoanPurpose = slot.Ptr(slot.PurposeBusiness) }), creditProduct(), "purpose", ""},
		{"amount above max", with(func(s *slot.Slots) { s.AmountYuan = slot.Ptr[int64](310000) }), creditProduct(), "amount", ""},
		{"amount below min", with(func(s *slot.Slots) { s.AmountYuan = slot.Ptr[int64](5000) }), creditProduct(), "amount", ""},
		{"term", with(func(s *slot.Slots) { s.TermMonths = slot.Ptr(48) }), creditProduct(), "term", ""},
		{"age", with(func(s *slot.Slots) { s.Age = slot.Ptr(58) }), creditProduct(), "age", ""},
		{"age at maturity", with(func(s *slot.Slots) { s.Age = slot.Ptr(53) }), creditProduct(), "age", ""},
		{"age at maturity fits", with(func(s *slot.Slots) { s.Age, s.TermMonths = slot.Ptr(53), slot.Ptr(24) }), creditProduct(), "", ""},
		{"income", with(func(s *slot.Slots) {
			s.MonthlyIncomeYuan = slot.Ptr[int64](4000)
			s.AmountYuan = slot.Ptr[int64](20000)
		}), creditProduct(), "income", ""},
		{"enquiries", with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(7) }), creditProduct(), "credit_queries", ""},
		{"overdue, unsecured", with(func(s *slot.Slots) { s.OverdueCurrent = slot.Ptr(true) }), creditProduct(), "overdue", ""},
		{"hukou", with(func(s *slot.Slots) { s.LocalHukou = slot.Ptr(false) }), creditProduct(), "hukou", ""},
		{"social security", with(func(s *slot.Slots) { s.SocialSecurityMonths = slot.Ptr(6) }), creditProduct(), "social_security", ""},
		{"employment", with(func(s *slot.Slots) { s.Employment = slot.Ptr(slot.EmploymentFreelancer) }), creditProduct(), "employment", ""},
		{"cannot afford", with(func(s *slot.Slots) {
			s.MonthlyIncomeYuan = slot.Ptr[int64](5000)
			s.AmountYuan = slot.Ptr[int64](200000)
		}), creditProduct(), "affordability", ""},
		{"no house", clean(), houseProduct(), "collateral", ""},
		{"house certificate too young", with(func(s *slot.Slots) { s.Collateral, s.HouseCertYears = slot.Ptr(slot.CollateralHouse), slot.Ptr(2.5) }), houseProduct(), "house_cert", ""},
		{"house, overdue allowed", with(func(s *slot.Slots) {
			s.Collateral, s.HouseCertYears, s.OverdueCurrent = slot.Ptr(slot.CollateralHouse), slot.Ptr(4.0), slot.Ptr(true)
		}), houseProduct(), "", ""},
		{"hukou not stated", with(func(s *slot.Slots) { s.LocalHukou = nil }), creditProduct(), "", "是否本地户籍"},
		{"house years not stated", with(func(s *slot.Slots) { s.Collateral = slot.Ptr(slot.CollateralHouse) }), houseProduct(), "", "房产证持有年限"},
		{"collateral not stated", with(func(s *slot.Slots) { s.Collateral = nil }), houseProduct(), "", "是否有房产可抵押"},
		{"enquiries not stated", with(func(s *slot.Slots) { s.CreditQueries6m = nil }), creditProduct(), "", "近6个月征信查询次数"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Match(tt.slots, []knowledge.Product{tt.product})
			if tt.miss == "" {
				if len(m.Eligible) != 1 {
					t.Fatalf("excluded: %+v", m.Excluded[0].Misses)
				}
				if tt.unknown != "" && !slices.Contains(m.Eligible[0].Unknown, tt.unknown) {
					t.Errorf("Unknown = %v, want %q", m.Eligible[0].Unknown, tt.unknown)
				}
				return
			}
			if len(m.Excluded) != 1 {
				t.Fatalf("eligible, want excluded for %s; fits %v", tt.miss, m.Eligible[0].Fits)
			}
			var codes []string
			for _, x := range m.Excluded[0].Misses {
				codes = append(codes, x.Code)
				if x.Text == "" {
					t.Errorf("miss %s without text", x.Code)
				}
			}
			if !slices.Equal(codes, []string{tt.miss}) {
				t.Errorf("misses = %v, want [%s]", codes, tt.miss)
			}
		})
	}
}

func TestMatchRanking(t *testing.T) {
	cheap := creditProduct()
	cheap.ID, cheap.APRMin, cheap.APRMax = "cheap", 0.04, 0.10
	dear := creditProduct()
	dear.ID, dear.APRMin, dear.APRMax = "dear", 0.10, 0.24
	needsHukou := creditProduct() // cheapest, but its hukou rule cannot be checked
	needsHukou.ID, needsHukou.APRMin, needsHukou.APRMax = "needs-hukou", 0.03, 0.06
	wide := creditProduct()
	wide.ID, wide.APRMin, wide.APRMax, wide.AmountMax = "wide", 0.10, 0.24, 1000000
	business := creditProduct()
	business.ID, business.Purposes = "business", []string{slot.PurposeBusiness}
	for _, p := range []*knowledge.Product{&cheap, &dear, &wide} {
		p.Admission.LocalHukou = false
	}
	s := with(func(s *slot.Slots) { s.LocalHukou = nil })
	m := Match(s, []knowledge.Product{dear, business, needsHukou, wide, cheap})
	var got []string
	for _, c := range m.Eligible {
		got = append(got, c.Product.ID)
	}
	if want := []string{"cheap", "wide", "dear", "needs-hukou"}; !slices.Equal(got, want) {
		t.Errorf("ranking = %v, want %v", got, want)
	}
	if top := m.Top(3); len(top) != 3 || top[0].Product.ID != "cheap" {
		t.Errorf("Top(3) = %d items", len(top))
	}
	if len(m.Top(10)) != 4 || len(m.Excluded) != 1 || m.Excluded[0].Product.ID != "business" {
		t.Errorf("Top(10) = %d, excluded %d", len(m.Top(10)), len(m.Excluded))
	}
	if len(Matches{}.Top(3)) != 0 {
		t.Error("Top of no matches")
	}
}

// Personas against the shipped catalogue.
func TestMatchShippedCatalogue(t *testing.T) {
	ps, err := knowledge.LoadProducts(os.DirFS("../../knowledge"), "products.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		slots    slot.Slots
		check    func(knowledge.Product) bool // every eligible product satisfies it
		eligible bool                         // at least one eligible
	}{
		{"clean salaried", clean(), func(p knowledge.Product) bool { return !p.Secured() }, true},
		{"overdue, no collateral: nothing unsecured", with(func(s *slot.Slots) { s.OverdueCurrent = slot.Ptr(true) }),
			func(p knowledge.Product) bool { return p.Secured() }, false},
		{"overdue with a house: secured only", with(func(s *slot.Slots) {
			s.OverdueCurrent, s.Collateral, s.HouseCertYears = slot.Ptr(true), slot.Ptr(slot.CollateralHouse), slot.Ptr(5.0)
		}), func(p knowledge.Product) bool { return p.Secured() && p.Admission.AllowCurrentOverdue }, true},
		{"business owner with tax records", with(func(s *slot.Slots) {
			s.LoanPurpose, s.Employment, s.AmountYuan, s.MonthlyIncomeYuan = slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.EmploymentBusinessOwner), slot.Ptr[int64](500000), slot.Ptr[int64](60000)
		}), func(p knowledge.Product) bool {
			return p.Type == knowledge.ProductBusiness || p.Type == knowledge.ProductCar
		}, true},
		{"12 enquiries: no product", with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(13) }), func(knowledge.Product) bool { return false }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Match(tt.slots, ps)
			if (len(m.Eligible) > 0) != tt.eligible {
				t.Errorf("%d eligible, want eligible=%v", len(m.Eligible), tt.eligible)
			}
			for _, c := range m.Eligible {
				if !tt.check(c.Product) {
					t.Errorf("%s should not be eligible", c.Product.ID)
				}
			}
			if len(m.Eligible)+len(m.Excluded) != len(ps) {
				t.Errorf("lost products")
			}
			text := ShortlistText(m, 3)
			checkCompliantText(t, text)
			if !strings.Contains(text, Disclaimer) || !strings.Contains(text, RoleNotice) && len(m.Eligible) > 0 {
				t.Errorf("shortlist lacks disclosures:\n%s", text)
			}
		})
	}
}

func TestMatchNotes(t *testing.T) {
	p := creditProduct()
	p.Admission.TaxProof = true
	m := Match(with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](7000) }), []knowledge.Product{p})
	c := m.Eligible[0]
	if !slices.Contains(c.Notes, "需要提供近12个月纳税证明或完税记录") {
		t.Errorf("notes = %v", c.Notes)
	}
	// 10万/36期 at 18%: 3,615.24 a month on 7,000 income: kept, with a note on the burden.
	if yuan(c.MonthlyPayment) != "3,615.24" || !strings.Contains(strings.Join(c.Notes, ";"), "约占月收入的52%") {
		t.Errorf("payment %s, notes %v", yuan(c.MonthlyPayment), c.Notes)
	}
	text := CandidateText(c)
	for _, w := range []string{"江州银行股份有限公司·薪享贷（信用贷）", "年化利率（单利，IRR口径）7.20%–18.00%", "可能适合的原因：用途（日常消费）符合", "请注意："} {
		if !strings.Contains(text, w) {
			t.Errorf("CandidateText = %s\nwant %q", text, w)
		}
	}
}

func BenchmarkPrescreenAndMatch(b *testing.B) {
	ps, err := knowledge.LoadProducts(os.DirFS("../../knowledge"), "products.yaml")
	if err != nil {
		b.Fatal(err)
	}
	s := clean()
	for b.Loop() {
		_ = Prescreen(s, testNow)
		_ = ShortlistText(Match(s, ps), 3)
	}
}
