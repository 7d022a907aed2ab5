package knowledge

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLoadMaterialsShipped(t *testing.T) {
	m, err := LoadMaterials(os.DirFS("."), "materials.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range []ProductType{ProductCredit, ProductMortgage, ProductCar, ProductInstallment, ProductBusiness} {
		c, ok := m.Checklist(ty)
		if !ok {
			t.Errorf("no checklist for %s", ty.Label())
			continue
		}
		if len(c.Required) == 0 || len(c.Supplementary) == 0 || len(c.Auxiliary) == 0 {
			t.Errorf("%s: 必传 %d / 补充 %d / 辅助 %d, want all three non-empty", ty.Label(), len(c.Required), len(c.Supplementary), len(c.Auxiliary))
		}
	}
	business, _ := m.Checklist(ProductBusiness)
	if !hasDocType(business.Required, "纳税证明") {
		t.Error("经营贷 必传项 lacks the tax proof (纳税证明)")
	}
	mortgage, _ := m.Checklist(ProductMortgage)
	if !hasDocType(mortgage.Required, "房产证") {
		t.Error("房抵贷 必传项 lacks the property certificate")
	}
}

func hasDocType(ms []Material, docType string) bool {
	for _, m := range ms {
		if m.DocType == docType {
			return true
		}
	}
	return false
}

func TestFileName(t *testing.T) {
	rule := NamingRule{Pattern: "{姓名}_{证件类型}_{日期}.pdf", DateFormat: "YYYYMMDD", ExampleName: "张三"}
	day := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, docType string
		rule          NamingRule
		want          string
	}{
		{"张三", "身份证", rule, "张三_身份证_20261123.pdf"},
		{"欧阳 娜娜", "银行流水", rule, "欧阳娜娜_银行流水_20261123.pdf"}, // spaces dropped
		{"李_四", "收入/证明", rule, "李四_收入证明_20261123.pdf"},    // separators dropped
		{"王　五", "户口本", rule, "王五_户口本_20261123.pdf"},       // full-width space
		{"赵六", "身份证", NamingRule{Pattern: rule.Pattern, DateFormat: "YYYY-MM-DD"}, "赵六_身份证_2026-11-23.pdf"},
	}
	for _, tt := range tests {
		if got := tt.rule.FileName(tt.name, tt.docType, day); got != tt.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tt.name, tt.docType, got, tt.want)
		}
	}
	if got := rule.Example("营业执照", day); got != "张三_营业执照_20261123.pdf" {
		t.Errorf("Example = %q", got)
	}
}

// validMaterials is a good file; the line numbers in TestLoadMaterialsRejects refer to it.
const validMaterials = `naming:
  pattern: "{姓名}_{证件类型}_{日期}.pdf"
  date_format: YYYYMMDD
  example_name: 张三
  note: 每份材料一个PDF
checklists:
  - type: credit
    required:
      - {name: 身份证正反面, doc_type: 身份证}
    supplementary:
      - {name: 社保记录, doc_type: 社保记录, note: 近12个月}
    auxiliary: []
`

func TestLoadMaterialsRejects(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown top key", "checklists:", "extra: 1\nchecklists:", "m.yaml:6: unknown key \"extra\" in materials file"},
		{"unknown item key", "doc_type: 身份证}", "doc_type: 身份证, size: A4}", "m.yaml:9: unknown key \"size\" in required item"},
		{"unknown type", "type: credit", "type: crypto", "m.yaml:7: unknown type \"crypto\""},
		{"empty required", "    required:\n      - {name: 身份证正反面, doc_type: 身份证}\n", "    required: []\n", "m.yaml:8: required: want a non-empty list"},
		{"missing required", "    required:\n      - {name: 身份证正反面, doc_type: 身份证}\n", "", "m.yaml:7: missing required"},
		{"missing doc type", "{name: 身份证正反面, doc_type: 身份证}", "{name: 身份证正反面}", "m.yaml:9: missing doc_type"},
		{"pattern without date", "{姓名}_{证件类型}_{日期}.pdf", "{姓名}_{证件类型}.pdf", "m.yaml:2: pattern \"{姓名}_{证件类型}.pdf\" lacks {日期}"},
		{"pattern not pdf", "{日期}.pdf", "{日期}.jpg", "m.yaml:2: pattern \"{姓名}_{证件类型}_{日期}.jpg\" must end in .pdf"},
		{"unknown date format", "date_format: YYYYMMDD", "date_format: DD/MM/YY", "m.yaml:3: unknown date_format \"DD/MM/YY\""},
		{"missing naming", "naming:\n  pattern: \"{姓名}_{证件类型}_{日期}.pdf\"\n  date_format: YYYYMMDD\n  example_name: 张三\n  note: 每份材料一个PDF\n", "", "m.yaml:1: missing naming"},
		{"duplicate type", "    auxiliary: []\n", "    auxiliary: []\n  - type: credit\n    required:\n      - {name: 身份证, doc_type: 身份证}\n", "m.yaml:13: duplicate checklist for \"credit\" (first at line 7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(validMaterials, tt.old, tt.new, 1)
			if src == validMaterials {
				t.Fatalf("replacement %q not applied", tt.old)
			}
			_, err := LoadMaterials(fstest.MapFS{"m.yaml": {Data: []byte(src)}}, "m.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadMaterialsValid(t *testing.T) {
	m, err := LoadMaterials(fstest.MapFS{"m.yaml": {Data: []byte(validMaterials)}}, "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, ok := m.Checklist(ProductCredit)
	if !ok || len(c.Required) != 1 || c.Supplementary[0].Note != "近12个月" || len(c.Auxiliary) != 0 || c.Line != 7 {
		t.Errorf("checklist = %+v", c)
	}
	if err := m.CheckProducts([]Product{{ID: "x", Materials: ProductCar, Line: 3}}); err == nil || !strings.Contains(err.Error(), "x (line 3)") {
		t.Errorf("CheckProducts err = %v", err)
	}
}

func FuzzLoadMaterials(f *testing.F) {
	f.Add(validMaterials)
	f.Add("naming: 1\nchecklists: {a: b}\n")
	f.Fuzz(func(t *testing.T, src string) {
		m, err := LoadMaterials(fstest.MapFS{"m.yaml": {Data: []byte(src)}}, "m.yaml")
		if err != nil {
			return
		}
		for ty, c := range m.Checklists {
			if len(c.Required) == 0 || ty == "" {
				t.Fatalf("loaded a checklist without 必传项: %+v", c)
			}
		}
	})
}
