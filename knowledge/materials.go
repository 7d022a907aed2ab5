package knowledge

import (
	"fmt"
	"io/fs"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Materials holds the materials checklists per product type and the file-naming rule.
type Materials struct {
	Naming     NamingRule
	Checklists map[ProductType]Checklist
}

// NamingRule says how applicants name their files: 姓名_证件类型_日期.pdf.
type NamingRule struct {
	Pattern     string // "{姓名}_{证件类型}_{日期}.pdf"
	DateFormat  string // YYYYMMDD or YYYY-MM-DD
	ExampleName string // the name used in examples (张三)
	Note        string // one sentence for applicants
}

// Checklist is the materials for one product type, split 必传项 / 补充项 / 辅助项.
type Checklist struct {
	Type          ProductType
	Required      []Material // 必传项
	Supplementary []Material // 补充项
	Auxiliary     []Material // 辅助项
	Line          int
}

// Material is one document to prepare.
type Material struct {
	Name    string // 近6个月工资流水
	DocType string // the short name in the file name: 银行流水
	Note    string // optional advice
}

// Checklist returns the checklist for product type t.
func (m Materials) Checklist(t ProductType) (Checklist, bool) {
	c, ok := m.Checklists[t]
	return c, ok
}

// CheckProducts reports every product whose materials key has no checklist.
func (m Materials) CheckProducts(ps []Product) error {
	var missing []string
	for _, p := range ps {
		if _, ok := m.Checklists[p.Materials]; !ok {
			missing = append(missing, fmt.Sprintf("%s (line %d): %q", p.ID, p.Line, p.Materials))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("products name materials checklists that do not exist: %s", strings.Join(missing, "; "))
	}
	return nil
}

func namingLayouts() map[string]string {
	return map[string]string{"YYYYMMDD": "20060102", "YYYY-MM-DD": "2006-01-02"}
}

// FileName renders the rule for a person, a document type and a date:
// FileName("张三", "身份证", 2026-11-23) → "张三_身份证_20261123.pdf". Separators, spaces and path
// characters inside name and docType are dropped so the parts stay unambiguous.
func (n NamingRule) FileName(name, docType string, date time.Time) string {
	layout, ok := namingLayouts()[n.DateFormat]
	if !ok {
		layout = "20060102"
	}
	return strings.NewReplacer("{姓名}", cleanFilePart(name), "{证件类型}", cleanFilePart(docType),
		"{日期}", date.Format(layout)).Replace(n.Pattern)
}

// Example renders the rule with the example name: "张三_身份证_20261123.pdf".
func (n NamingRule) Example(docType string, date time.Time) string {
	return n.FileName(n.ExampleName, docType, date)
}

func cleanFilePart(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '_', '/', '\\', ' ', '\u3000', '\t', '\n', '.', ':', '*', '?', '"', '<', '>', '|':
			return -1
		}
		return r
	}, s)
}

func materialsKeys() []string { return []string{"naming", "checklists"} }
func namingKeys() []string    { return []string{"pattern", "date_format", "example_name", "note"} }
func checklistKeys() []string { return []string{"type", "required", "supplementary", "auxiliary"} }
func materialKeys() []string  { return []string{"name", "doc_type", "note"} }

// LoadMaterials reads and validates the materials file at path in fsys. Problems are reported as
// *SourceError with file and line: unknown keys, unknown or repeated product types, empty 必传项,
// missing names, a naming pattern without {姓名}, {证件类型} and {日期} or not ending in .pdf.
func LoadMaterials(fsys fs.FS, path string) (Materials, error) {
	root, r, err := openCatalog(fsys, path)
	if err != nil {
		return Materials{}, err
	}
	top := r.mapping(root, "materials file", materialsKeys()...)
	if top == nil {
		return Materials{}, r.err()
	}
	m := Materials{Checklists: map[ProductType]Checklist{}}
	if n := r.field(root, top, "naming"); n != nil {
		m.Naming = r.naming(n)
	}
	list := r.field(root, top, "checklists")
	if list != nil && (list.Kind != yaml.SequenceNode || len(list.Content) == 0) {
		r.failf(list, "checklists: want a non-empty list")
		list = nil
	}
	for _, n := range seqContent(list) {
		c := r.checklist(n)
		if prev, dup := m.Checklists[c.Type]; dup && c.Type != "" {
			r.failf(n, "duplicate checklist for %q (first at line %d)", c.Type, prev.Line)
		}
		m.Checklists[c.Type] = c
	}
	if err := r.err(); err != nil {
		return Materials{}, err
	}
	return m, nil
}

func seqContent(n *yaml.Node) []*yaml.Node {
	if n == nil {
		return nil
	}
	return n.Content
}

func (r *catalogReader) naming(n *yaml.Node) NamingRule {
	m := r.mapping(n, "naming", namingKeys()...)
	if m == nil {
		return NamingRule{}
	}
	rule := NamingRule{
		Pattern:     r.str(n, m, "pattern"),
		DateFormat:  r.enum(n, m, "date_format", catalogKeys(namingLayouts())),
		ExampleName: r.str(n, m, "example_name"),
		Note:        r.str(n, m, "note"),
	}
	for _, ph := range []string{"{姓名}", "{证件类型}", "{日期}"} {
		if rule.Pattern != "" && !strings.Contains(rule.Pattern, ph) {
			r.failf(m["pattern"], "pattern %q lacks %s", rule.Pattern, ph)
		}
	}
	if rule.Pattern != "" && !strings.HasSuffix(rule.Pattern, ".pdf") {
		r.failf(m["pattern"], "pattern %q must end in .pdf", rule.Pattern)
	}
	return rule
}

func (r *catalogReader) checklist(n *yaml.Node) Checklist {
	m := r.mapping(n, "checklist", checklistKeys()...)
	if m == nil {
		return Checklist{}
	}
	c := Checklist{Line: n.Line}
	c.Type = ProductType(r.enum(n, m, "type", catalogKeys(productTypeLabels())))
	c.Required = r.materialList(n, m, "required", true)
	c.Supplementary = r.materialList(n, m, "supplementary", false)
	c.Auxiliary = r.materialList(n, m, "auxiliary", false)
	return c
}

func (r *catalogReader) materialList(parent *yaml.Node, m map[string]*yaml.Node, key string, required bool) []Material {
	v := m[key]
	if v == nil {
		if required {
			r.failf(parent, "missing %s", key)
		}
		return nil
	}
	if v.Kind != yaml.SequenceNode || (required && len(v.Content) == 0) {
		r.failf(v, "%s: want a non-empty list of materials", key)
		return nil
	}
	var out []Material
	for _, e := range v.Content {
		em := r.mapping(e, key+" item", materialKeys()...)
		if em == nil {
			continue
		}
		mat := Material{Name: r.str(e, em, "name"), DocType: r.str(e, em, "doc_type")}
		if em["note"] != nil {
			mat.Note = r.str(e, em, "note")
		}
		out = append(out, mat)
	}
	return out
}
