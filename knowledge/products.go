package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/loanbot/loanbot/bot/slot"
)

// ProductType is the family of a loan product; it also keys the materials checklists.
type ProductType string

// Product types.
const (
	ProductCredit      ProductType = "credit"      // 信用贷
	ProductMortgage    ProductType = "mortgage"    // 房抵贷
	ProductCar         ProductType = "car"         // 车抵贷
	ProductInstallment ProductType = "installment" // 消费分期
	ProductBusiness    ProductType = "business"    // 经营贷
)

func productTypeLabels() map[ProductType]string {
	return map[ProductType]string{
		ProductCredit: "信用贷", ProductMortgage: "房抵贷", ProductCar: "车抵贷",
		ProductInstallment: "消费分期", ProductBusiness: "经营贷",
	}
}

// Label is the Chinese name of the type (信用贷 …), or the key itself if unknown.
func (t ProductType) Label() string {
	if l, ok := productTypeLabels()[t]; ok {
		return l
	}
	return string(t)
}

// Repayment method keys (the values of loanmath.Method).
const (
	RepayEqualInstalment = "equal_instalment" // 等额本息
	RepayEqualPrincipal  = "equal_principal"  // 等额本金
	RepayInterestOnly    = "interest_only"    // 先息后本
)

// Product is one loan product of a licensed lender. Rates are fractions (0.072 = 7.2%), the
// annualised rate on the IRR basis (单利) including every fee the borrower pays.
type Product struct {
	ID          string
	Name        string
	Lender      string // the licensed institution that lends and decides
	LenderKind  string // bank | consumer_finance | auto_finance
	Type        ProductType
	Collateral  string // slot.CollateralHouse, slot.CollateralCar or slot.CollateralNone
	AmountMin   int64  // yuan
	AmountMax   int64
	TermMin     int // months
	TermMax     int
	APRMin      float64
	APRMax      float64
	Repayment   []string // repayment method keys, the preferred one first
	Purposes    []string // slot.Purpose… values the funds may be used for
	Admission   Admission
	Speed       string // compliant wording: "一般1–3个工作日，以机构通知为准"
	Materials   ProductType
	CostNote    string // what the rate includes: "已含利息及担保费等全部费用"
	OverdueNote string // contingent costs on default (penalty interest, credit reporting)
	Line        int    // line of the product in its source file
}

// Secured reports whether the product needs collateral.
func (p Product) Secured() bool { return p.Collateral != slot.CollateralNone }

// Admission holds a product's entry rules, as the lender publishes them.
type Admission struct {
	AgeMin, AgeMax          int
	MinMonthlyIncomeYuan    int64
	MaxCreditQueries6m      int  // hard enquiries in the last 6 months
	AllowCurrentOverdue     bool // false: any current overdue excludes
	LocalHukou              bool // true: local household registration required
	MinHouseCertYears       float64
	MinSocialSecurityMonths int
	Employment              []string // slot.Employment… values admitted
	TaxProof                bool     // business tax records required (纳税证明)
}

func productKeys() []string {
	return []string{"id", "name", "lender", "lender_kind", "type", "collateral", "amount_yuan",
		"term_months", "apr_percent", "repayment", "purposes", "admission", "speed", "materials",
		"cost_note", "overdue_note"}
}

func productAdmissionKeys() []string {
	return []string{"age", "min_monthly_income_yuan", "max_credit_queries_6m",
		"allow_current_overdue", "local_hukou", "min_house_cert_years", "min_social_security_months",
		"employment", "tax_proof"}
}

func productLenderKinds() []string {
	return []string{"bank", "consumer_finance", "auto_finance"}
}

func productCollaterals() []string {
	return []string{slot.CollateralHouse, slot.CollateralCar, slot.CollateralNone}
}

func productRepayments() []string {
	return []string{RepayEqualInstalment, RepayEqualPrincipal, RepayInterestOnly}
}

func productPurposes() []string {
	return []string{slot.PurposeConsumption, slot.PurposeBusiness, slot.PurposeCar, slot.PurposeRenovation,
		slot.PurposeEducation, slot.PurposeMedical, slot.PurposeTurnover, slot.PurposeOther}
}

func productEmployments() []string {
	return []string{slot.EmploymentSalaried, slot.EmploymentBusinessOwner, slot.EmploymentSelfEmployed,
		slot.EmploymentFreelancer, slot.EmploymentUnemployed, slot.EmploymentRetired, slot.EmploymentStudent}
}

func productTypeCollateral() map[ProductType][]string {
	return map[ProductType][]string{
		ProductCredit: {slot.CollateralNone}, ProductInstallment: {slot.CollateralNone},
		ProductMortgage: {slot.CollateralHouse}, ProductCar: {slot.CollateralCar},
		ProductBusiness: {slot.CollateralNone, slot.CollateralHouse},
	}
}

// LoadProducts reads and validates the product catalogue at path in fsys. Every problem is
// reported as a *SourceError naming file and line (joined with errors.Join): unknown keys,
// missing fields, unknown enumeration values, min > max, rates outside 0–36%, duplicate ids,
// collateral that does not fit the type, speed wording without "以机构通知为准".
func LoadProducts(fsys fs.FS, path string) ([]Product, error) {
	root, r, err := openCatalog(fsys, path)
	if err != nil {
		return nil, err
	}
	top := r.mapping(root, "products file", "products")
	list := top["products"]
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		r.failf(root, "products: want a non-empty list of products")
		return nil, r.err()
	}
	var out []Product
	seen := map[string]int{}
	for _, n := range list.Content {
		p := r.product(n)
		if first, dup := seen[p.ID]; dup && p.ID != "" {
			r.failf(n, "duplicate product id %q (first at line %d)", p.ID, first)
		}
		seen[p.ID] = n.Line
		out = append(out, p)
	}
	if err := r.err(); err != nil {
		return nil, err
	}
	return out, nil
}

func (r *catalogReader) product(n *yaml.Node) Product {
	m := r.mapping(n, "product", productKeys()...)
	if m == nil {
		return Product{}
	}
	p := Product{Line: n.Line}
	p.ID = r.str(n, m, "id")
	p.Name = r.str(n, m, "name")
	p.Lender = r.str(n, m, "lender")
	p.LenderKind = r.enum(n, m, "lender_kind", productLenderKinds())
	p.Type = ProductType(r.enum(n, m, "type", catalogKeys(productTypeLabels())))
	p.Collateral = r.enum(n, m, "collateral", productCollaterals())
	if allowed, ok := productTypeCollateral()[p.Type]; ok && p.Collateral != "" && !slices.Contains(allowed, p.Collateral) {
		r.failf(m["collateral"], "collateral %q does not fit product type %q (want one of %s)", p.Collateral, p.Type, strings.Join(allowed, ", "))
	}
	p.AmountMin, p.AmountMax = r.intRange(n, m, "amount_yuan", 1000, 100_000_000)
	tmin, tmax := r.intRange(n, m, "term_months", 1, 360)
	p.TermMin, p.TermMax = int(tmin), int(tmax)
	lo, hi := r.floatRange(n, m, "apr_percent", 0, 36)
	p.APRMin, p.APRMax = lo/100, hi/100
	p.Repayment = r.enumList(n, m, "repayment", productRepayments())
	p.Purposes = r.enumList(n, m, "purposes", productPurposes())
	p.Admission = r.admission(n, m)
	p.Speed = r.str(n, m, "speed")
	if p.Speed != "" && !strings.Contains(p.Speed, "以机构通知为准") {
		r.failf(m["speed"], "speed must say 以机构通知为准 (no speed promises): %q", p.Speed)
	}
	p.Materials = ProductType(r.enum(n, m, "materials", catalogKeys(productTypeLabels())))
	p.CostNote = r.str(n, m, "cost_note")
	p.OverdueNote = r.str(n, m, "overdue_note")
	return p
}

func (r *catalogReader) admission(parent *yaml.Node, pm map[string]*yaml.Node) Admission {
	n := pm["admission"]
	if n == nil {
		r.failf(parent, "missing admission")
		return Admission{}
	}
	m := r.mapping(n, "admission", productAdmissionKeys()...)
	if m == nil {
		return Admission{}
	}
	var a Admission
	amin, amax := r.intRange(n, m, "age", 18, 75)
	a.AgeMin, a.AgeMax = int(amin), int(amax)
	a.MinMonthlyIncomeYuan = r.intIn(n, m, "min_monthly_income_yuan", 0, 1_000_000)
	a.MaxCreditQueries6m = int(r.intIn(n, m, "max_credit_queries_6m", 0, 100))
	a.AllowCurrentOverdue = r.boolean(n, m, "allow_current_overdue")
	a.LocalHukou = r.boolean(n, m, "local_hukou")
	a.MinHouseCertYears = r.floatIn(n, m, "min_house_cert_years", 0, 70)
	a.MinSocialSecurityMonths = int(r.intIn(n, m, "min_social_security_months", 0, 600))
	a.Employment = r.enumList(n, m, "employment", productEmployments())
	a.TaxProof = r.boolean(n, m, "tax_proof")
	return a
}

func catalogKeys[K ~string, V any](m map[K]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, string(k))
	}
	slices.Sort(out)
	return out
}

// openCatalog reads path from fsys and parses it into a yaml node tree.
func openCatalog(fsys fs.FS, path string) (*yaml.Node, *catalogReader, error) {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, yamlError(path, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil, &SourceError{File: path, Msg: "empty file"}
	}
	return doc.Content[0], &catalogReader{file: path}, nil
}

// catalogReader walks a yaml node tree and collects every problem with its line.
type catalogReader struct {
	file string
	errs []error
}

func (r *catalogReader) failf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	r.errs = append(r.errs, &SourceError{File: r.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (r *catalogReader) err() error { return errors.Join(r.errs...) }

// mapping checks that n is a mapping with only allowed keys, each once, and returns key → value.
func (r *catalogReader) mapping(n *yaml.Node, what string, allowed ...string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		r.failf(n, "%s: want a mapping of keys", what)
		return nil
	}
	m := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !slices.Contains(allowed, k.Value):
			r.failf(k, "unknown key %q in %s (allowed: %s)", k.Value, what, strings.Join(allowed, ", "))
		case m[k.Value] != nil:
			r.failf(k, "duplicate key %q in %s", k.Value, what)
		default:
			m[k.Value] = v
		}
	}
	return m
}

// field returns the value of key, reporting it missing (at the parent's line) when absent.
func (r *catalogReader) field(parent *yaml.Node, m map[string]*yaml.Node, key string) *yaml.Node {
	v := m[key]
	if v == nil {
		r.failf(parent, "missing %s", key)
	}
	return v
}

func (r *catalogReader) str(parent *yaml.Node, m map[string]*yaml.Node, key string) string {
	v := r.field(parent, m, key)
	if v == nil {
		return ""
	}
	if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
		r.failf(v, "%s: want non-empty text", key)
		return ""
	}
	return strings.TrimSpace(v.Value)
}

func (r *catalogReader) enum(parent *yaml.Node, m map[string]*yaml.Node, key string, allowed []string) string {
	s := r.str(parent, m, key)
	if s != "" && !slices.Contains(allowed, s) {
		r.failf(m[key], "unknown %s %q (want one of %s)", key, s, strings.Join(allowed, ", "))
		return ""
	}
	return s
}

func (r *catalogReader) enumList(parent *yaml.Node, m map[string]*yaml.Node, key string, allowed []string) []string {
	v := r.field(parent, m, key)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
		r.failf(v, "%s: want a non-empty list", key)
		return nil
	}
	var out []string
	for _, e := range v.Content {
		switch {
		case e.Kind != yaml.ScalarNode || !slices.Contains(allowed, e.Value):
			r.failf(e, "unknown %s value %q (want one of %s)", key, e.Value, strings.Join(allowed, ", "))
		case slices.Contains(out, e.Value):
			r.failf(e, "%s: %q listed twice", key, e.Value)
		default:
			out = append(out, e.Value)
		}
	}
	return out
}

func (r *catalogReader) boolean(parent *yaml.Node, m map[string]*yaml.Node, key string) bool {
	v := r.field(parent, m, key)
	var b bool
	if v != nil && (v.Tag != "!!bool" || v.Decode(&b) != nil) {
		r.failf(v, "%s: want true or false, got %q", key, v.Value)
	}
	return b
}

func (r *catalogReader) intIn(parent *yaml.Node, m map[string]*yaml.Node, key string, lo, hi int64) int64 {
	v := r.field(parent, m, key)
	var x int64
	switch {
	case v == nil:
	case v.Tag != "!!int" || v.Decode(&x) != nil:
		r.failf(v, "%s: want a whole number, got %q", key, v.Value)
	case x < lo || x > hi:
		r.failf(v, "%s: %d outside %d–%d", key, x, lo, hi)
	}
	return x
}

func (r *catalogReader) floatIn(parent *yaml.Node, m map[string]*yaml.Node, key string, lo, hi float64) float64 {
	v := r.field(parent, m, key)
	var x float64
	switch {
	case v == nil:
	case (v.Tag != "!!int" && v.Tag != "!!float") || v.Decode(&x) != nil:
		r.failf(v, "%s: want a number, got %q", key, v.Value)
	case x < lo || x > hi:
		r.failf(v, "%s: %g outside %g–%g", key, x, lo, hi)
	}
	return x
}

func (r *catalogReader) intRange(parent *yaml.Node, m map[string]*yaml.Node, key string, lo, hi int64) (int64, int64) {
	return readRange(r, parent, m, key, lo, hi, r.intIn)
}

func (r *catalogReader) floatRange(parent *yaml.Node, m map[string]*yaml.Node, key string, lo, hi float64) (float64, float64) {
	return readRange(r, parent, m, key, lo, hi, r.floatIn)
}

// readRange reads key as {min, max}, each read by in within lo–hi, and checks min ≤ max.
func readRange[T int64 | float64](r *catalogReader, parent *yaml.Node, m map[string]*yaml.Node, key string, lo, hi T,
	in func(*yaml.Node, map[string]*yaml.Node, string, T, T) T) (T, T) {
	v := r.field(parent, m, key)
	if v == nil {
		return 0, 0
	}
	rm := r.mapping(v, key, "min", "max")
	if rm == nil {
		return 0, 0
	}
	a, b := in(v, rm, "min", lo, hi), in(v, rm, "max", lo, hi)
	if a > b {
		r.failf(v, "%s: min %v > max %v", key, a, b)
	}
	return a, b
}
