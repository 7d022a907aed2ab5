package knowledge

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/loanbot/loanbot/bot/slot"
)

func TestLoadProductsShipped(t *testing.T) {
	ps, err := LoadProducts(os.DirFS("."), "products.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 8 {
		t.Errorf("%d products, want at least 8", len(ps))
	}
	types := map[ProductType]int{}
	for _, p := range ps {
		types[p.Type]++
		if p.APRMax > 0.24 {
			t.Errorf("%s: APR up to %.2f%% is above the 24%% line for licensed lenders", p.ID, p.APRMax*100)
		}
		if !strings.Contains(p.Lender, "银行") && !strings.Contains(p.Lender, "有限公司") {
			t.Errorf("%s: lender %q does not look like a licensed institution", p.ID, p.Lender)
		}
	}
	for _, want := range []ProductType{ProductCredit, ProductMortgage, ProductCar, ProductInstallment, ProductBusiness} {
		if types[want] == 0 {
			t.Errorf("no %s product", want.Label())
		}
	}
	m, err := LoadMaterials(os.DirFS("."), "materials.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := m.CheckProducts(ps); err != nil {
		t.Error(err)
	}
}

func TestLoadProductsFields(t *testing.T) {
	ps, err := LoadProducts(fstest.MapFS{"p.yaml": {Data: []byte(validProduct)}}, "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	if p.ID != "t1" || p.Lender != "测试银行股份有限公司" || p.Type != ProductCredit || p.Secured() ||
		p.AmountMin != 10000 || p.AmountMax != 300000 || p.TermMin != 6 || p.TermMax != 36 ||
		math.Abs(p.APRMin-0.072) > 1e-12 || math.Abs(p.APRMax-0.18) > 1e-12 || p.Line != 2 || p.Materials != ProductCredit {
		t.Errorf("product = %+v", p)
	}
	a := p.Admission
	if a.AgeMin != 22 || a.AgeMax != 55 || a.MinMonthlyIncomeYuan != 5000 || a.MaxCreditQueries6m != 6 ||
		a.AllowCurrentOverdue || a.LocalHukou || a.MinSocialSecurityMonths != 12 || a.TaxProof ||
		len(a.Employment) != 1 || a.Employment[0] != slot.EmploymentSalaried {
		t.Errorf("admission = %+v", a)
	}
}

// validProduct is one good product; the line numbers in TestLoadProductsRejects refer to it.
const validProduct = `products:
  - id: t1
    name: 测试贷
    lender: 测试银行股份有限公司
    lender_kind: bank
    type: credit
    collateral: none
    amount_yuan: {min: 10000, max: 300000}
    term_months: {min: 6, max: 36}
    apr_percent: {min: 7.2, max: 18.0}
    repayment: [equal_instalment]
    purposes: [consumption]
    admission:
      age: {min: 22, max: 55}
      min_monthly_income_yuan: 5000
      max_credit_queries_6m: 6
      allow_current_overdue: false
      local_hukou: false
      min_house_cert_years: 0
      min_social_security_months: 12
      employment: [salaried]
      tax_proof: false
    speed: 一般1–3个工作日，以机构通知为准
    materials: credit
    cost_note: 已含全部费用
    overdue_note: 逾期罚息上浮50%
`

func TestLoadProductsRejects(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replace old by new in validProduct
		want     string // substring of the error
	}{
		{"unknown key", "    name: 测试贷\n", "    name: 测试贷\n    colour: red\n", "p.yaml:4: unknown key \"colour\""},
		{"unknown admission key", "      tax_proof: false\n", "      tax_proof: false\n      vip: true\n", "p.yaml:23: unknown key \"vip\" in admission"},
		{"missing lender", "    lender: 测试银行股份有限公司\n", "", "p.yaml:2: missing lender"},
		{"empty lender", "lender: 测试银行股份有限公司", "lender: \"\"", "p.yaml:4: lender: want non-empty text"},
		{"amount min > max", "{min: 10000, max: 300000}", "{min: 300000, max: 10000}", "p.yaml:8: amount_yuan: min 300000 > max 10000"},
		{"term min > max", "{min: 6, max: 36}", "{min: 36, max: 6}", "p.yaml:9: term_months: min 36 > max 6"},
		{"rate above 36%", "max: 18.0}", "max: 48.0}", "p.yaml:10: max: 48 outside 0–36"},
		{"negative rate", "min: 7.2,", "min: -1,", "p.yaml:10: min: -1 outside 0–36"},
		{"rate as text", "max: 18.0}", "max: 十八}", "p.yaml:10: max: want a number"},
		{"unknown type", "type: credit", "type: payday", "p.yaml:6: unknown type \"payday\""},
		{"unknown repayment", "[equal_instalment]", "[balloon]", "p.yaml:11: unknown repayment value \"balloon\""},
		{"unknown purpose", "[consumption]", "[consumption, gambling]", "p.yaml:12: unknown purposes value \"gambling\""},
		{"unknown employment", "[salaried]", "[salaried, astronaut]", "p.yaml:21: unknown employment value \"astronaut\""},
		{"collateral mismatch", "collateral: none", "collateral: house", "p.yaml:7: collateral \"house\" does not fit product type \"credit\""},
		{"bool as text", "local_hukou: false", "local_hukou: 不需要", "p.yaml:18: local_hukou: want true or false"},
		{"age under 18", "age: {min: 22,", "age: {min: 16,", "p.yaml:14: min: 16 outside 18–75"},
		{"speed promise", "一般1–3个工作日，以机构通知为准", "当天放款", "p.yaml:23: speed must say 以机构通知为准"},
		{"missing admission", validProduct[strings.Index(validProduct, "    admission:"):strings.Index(validProduct, "    speed:")], "", "p.yaml:2: missing admission"},
		{"unknown materials", "materials: credit", "materials: yacht", "p.yaml:24: unknown materials \"yacht\""},
		{"duplicate key", "    name: 测试贷\n", "    name: 测试贷\n    name: 又一个\n", "p.yaml:4: duplicate key \"name\""},
		{"empty list", "products:\n  - id: t1", "products: []\nx:\n  - id: t1", "unknown key \"x\""},
		{"bad yaml", "name: 测试贷", "name: [测试贷", "p.yaml:2: did not find expected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(validProduct, tt.old, tt.new, 1)
			if src == validProduct {
				t.Fatalf("replacement %q not applied", tt.old)
			}
			_, err := LoadProducts(fstest.MapFS{"p.yaml": {Data: []byte(src)}}, "p.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadProductsDuplicateIDAndAllErrors(t *testing.T) {
	two := validProduct + strings.TrimPrefix(validProduct, "products:\n")
	two = strings.Replace(two, "colour", "", 1)
	_, err := LoadProducts(fstest.MapFS{"p.yaml": {Data: []byte(two)}}, "p.yaml")
	if err == nil || !strings.Contains(err.Error(), "p.yaml:27: duplicate product id \"t1\" (first at line 2)") {
		t.Fatalf("err = %v", err)
	}
	bad := strings.NewReplacer("type: credit", "type: payday", "max: 18.0}", "max: 40}").Replace(validProduct)
	_, err = LoadProducts(fstest.MapFS{"p.yaml": {Data: []byte(bad)}}, "p.yaml")
	var se *SourceError
	if !errors.As(err, &se) || se.File != "p.yaml" {
		t.Fatalf("err = %v, want a *SourceError", err)
	}
	for _, want := range []string{"p.yaml:6:", "p.yaml:10:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want every problem reported, incl. %s", err, want)
		}
	}
}

func TestLoadProductsMissingFile(t *testing.T) {
	if _, err := LoadProducts(fstest.MapFS{}, "nope.yaml"); err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("err = %v", err)
	}
	if _, err := LoadProducts(fstest.MapFS{"e.yaml": {Data: []byte("# nothing\n")}}, "e.yaml"); err == nil || !strings.Contains(err.Error(), "e.yaml: empty file") {
		t.Errorf("err = %v", err)
	}
}

func TestProductTypeLabel(t *testing.T) {
	for ty, want := range map[ProductType]string{ProductCredit: "信用贷", ProductMortgage: "房抵贷", ProductCar: "车抵贷",
		ProductInstallment: "消费分期", ProductBusiness: "经营贷", "x": "x"} {
		if got := ty.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", ty, got, want)
		}
	}
}

// FuzzLoadProducts: any input either loads or fails with an error; nothing panics, and whatever
// loads respects the validated invariants.
func FuzzLoadProducts(f *testing.F) {
	f.Add(validProduct)
	f.Add(strings.Replace(validProduct, "max: 18.0}", "max: 80}", 1))
	f.Add("products:\n  - {id: x}\n")
	f.Add("products: [1, [2], {a: b}]\n")
	f.Fuzz(func(t *testing.T, src string) {
		ps, err := LoadProducts(fstest.MapFS{"p.yaml": {Data: []byte(src)}}, "p.yaml")
		if err != nil {
			return
		}
		for _, p := range ps {
			if p.Lender == "" || p.AmountMin > p.AmountMax || p.TermMin > p.TermMax || p.APRMin > p.APRMax || p.APRMax > 0.36 {
				t.Fatalf("loaded an invalid product: %+v", p)
			}
		}
	})
}
