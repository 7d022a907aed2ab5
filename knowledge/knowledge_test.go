package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestLoadDefault(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatalf("Load(\"\"): %v", err)
	}
	if n := len(kb.FAQ.Entries); n < 40 {
		t.Errorf("FAQ has %d entries, want ≥ 40", n)
	}
	if n := len(kb.Flow.Steps); n < 10 {
		t.Errorf("flow has %d steps, want ≥ 10", n)
	}
	if len(kb.Products) < 8 || len(kb.Materials.Checklists) == 0 {
		t.Errorf("%d products, %d checklists loaded", len(kb.Products), len(kb.Materials.Checklists))
	}
	if !kb.Replies.Has("greeting") || !kb.Replies.Has("consent_notice") {
		t.Errorf("greeting or consent_notice missing")
	}
}

func TestLoadDirOverrides(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{RepliesFile} { // the other files come from the embedded set
		b, err := embedded.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if name == RepliesFile {
			b = []byte(strings.Replace(string(b), "您好，欢迎咨询！", "您好，这是目录里的版本！", 1))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	kb, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(dir): %v", err)
	}
	got, _ := kb.Replies.Render("greeting", nil)
	if !strings.Contains(got, "目录里的版本") {
		t.Errorf("greeting = %q, want the directory's version", got)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("Load(missing dir) succeeded")
	}
	if err := os.WriteFile(filepath.Join(dir, FAQFile), []byte("- id: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "faq.yaml:1:") {
		t.Errorf("Load(dir with a broken faq.yaml) = %v, want a faq.yaml:1 error", err)
	}
}

// banned are affirmative phrases no standard sentence may contain (compliance-rules.md §2, §5); the
// compliance filter is the real check, this guards the content itself.
var banned = []string{"预审通过", "已批", "秒批", "秒到账", "必过", "稳过", "稳批", "一定能批下", "肯定能下",
	"零门槛", "无门槛", "不看征信", "不查征信", "黑户可", "保底额度", "零风险", "无风险", "免审核", "加我私人微信"}

func TestContentIsCompliant(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, k := range kb.Replies.Keys() {
		texts["reply "+k] = kb.Replies.texts[k]
	}
	for _, e := range kb.FAQ.Entries {
		texts["faq "+e.ID] = e.Answer
	}
	for name, text := range texts {
		for _, b := range banned {
			if strings.Contains(text, b) {
				t.Errorf("%s contains %q: %s", name, b, text)
			}
		}
		if strings.Contains(text, "%") && !strings.Contains(text, "年化") {
			t.Errorf("%s states a percentage without the annualised rate: %s", name, text)
		}
		if n := utf8.RuneCountInString(text); n > MaxReplyRunes {
			t.Errorf("%s has %d characters", name, n)
		}
	}
}

func TestNormalizeQuery(t *testing.T) {
	for in, want := range map[string]string{
		"請問貸款利息多少？":     "贷款利息多少",
		"ＬＰＲ是多少😊":       "lpr是多少",
		"經營貸需要納稅證明嗎":    "经营贷需要纳税证明",
		"我想问一下 白户 能贷款吗": "白户能贷款",
	} {
		if got := NormalizeQuery(in); got != want {
			t.Errorf("NormalizeQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBadContent loads broken files and checks that the error names the file and line.
func TestBadContent(t *testing.T) {
	goodFlow, _ := embedded.ReadFile(FlowFile)
	goodReplies, _ := embedded.ReadFile(RepliesFile)
	goodFAQ, _ := embedded.ReadFile(FAQFile)
	goodProducts, _ := embedded.ReadFile(ProductsFile)
	goodMaterials, _ := embedded.ReadFile(MaterialsFile)
	tests := []struct {
		name    string
		file    string // the file replaced
		content string
		want    string // substring of the error
	}{
		{"flow unknown key", FlowFile, "retry_limit: 2\nstepz: []\n", "flow.yaml:2: field stepz not found"},
		{"flow unknown slot", FlowFile, stepsFlow("  - slot: amout_yuan\n"), "flow.yaml:15: step \"amout_yuan\": unknown slot"},
		{"flow min > max", FlowFile, stepsFlow("  - slot: amount_yuan\n    min: 10\n    max: 1\n"), "flow.yaml:15: step \"amount_yuan\": min 10 > max 1"},
		{"flow bad when value", FlowFile, stepsFlow("  - slot: house_cert_years\n    when: {slot: collateral, in: [castle]}\n"), "flow.yaml:15:"},
		{"flow bad enum label", FlowFile, stepsFlow("  - slot: collateral\n    values: {boat: 船}\n"), "\"boat\" is not a value of collateral"},
		{"flow duplicate slot", FlowFile, stepsFlow("  - slot: age\n  - slot: age\n"), "flow.yaml:16: slot \"age\" appears twice"},
		{"flow missing reply", FlowFile, stepsFlow("  - slot: age\n    ask: ask_shoe_size\n    reask: reask_age\n    summary: sum_age\n"), "flow.yaml:15: step \"age\": reply \"ask_shoe_size\" is not in replies.yaml"},
		{"flow summary field", FlowFile, stepsFlow("  - slot: age\n    ask: ask_age\n    reask: reask_age\n    summary: updated\n"), "uses field {items}"},
		{"flow bad yaml", FlowFile, "steps:\n  - slot: [\n", "flow.yaml:"},
		{"replies bad key", RepliesFile, "greeting: 你好\nBad-Key: 你好\n", "replies.yaml:2: reply \"Bad-Key\": key must be lower_snake_case"},
		{"replies empty", RepliesFile, "greeting: 你好\nthanks: \"\"\n", "replies.yaml:2: reply \"thanks\": empty text"},
		{"replies bad brace", RepliesFile, "greeting: 你好{金额}\n", "replies.yaml:1: reply \"greeting\": malformed placeholder"},
		{"replies too long", RepliesFile, "greeting: " + strings.Repeat("长", 601) + "\n", "replies.yaml:1: reply \"greeting\": 601 characters"},
		{"replies not a string", RepliesFile, "greeting:\n  - a\n", "replies.yaml:2:"},
		{"faq unknown key", FAQFile, "- id: a_b\n  question: [利息多少]\n  answer: x\n", "faq.yaml:2: field question not found"},
		{"faq no answer", FAQFile, "- id: a_b\n  questions: [利息多少]\n- id: c_d\n  questions: [利率多少]\n  answer: y\n", "faq.yaml:1: faq \"a_b\": empty answer"},
		{"faq duplicate id", FAQFile, "- id: a_b\n  questions: [利息多少]\n  answer: x\n- id: a_b\n  questions: [利率多少]\n  answer: y\n", "faq.yaml:4: faq \"a_b\": duplicate id"},
		{"faq duplicate question", FAQFile, "- id: a_b\n  questions: [利息多少]\n  answer: x\n- id: c_d\n  questions: [利息多少？]\n  answer: y\n", "faq.yaml:4: faq \"c_d\": question \"利息多少？\" is already asked by \"a_b\""},
		{"faq short question", FAQFile, "- id: a_b\n  questions: [利息]\n  answer: x\n", "too short"},
		{"faq empty file", FAQFile, "", "faq.yaml: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				FlowFile:      {Data: goodFlow},
				RepliesFile:   {Data: goodReplies},
				FAQFile:       {Data: goodFAQ},
				ProductsFile:  {Data: goodProducts},
				MaterialsFile: {Data: goodMaterials},
			}
			if tt.file == RepliesFile {
				// keep the flow loadable: it is checked against the replies only when these load.
				fsys[FlowFile] = &fstest.MapFile{Data: []byte(stepsFlow("  - slot: city\n"))}
			}
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
			_, err := LoadFS(fsys)
			if err == nil {
				t.Fatalf("LoadFS succeeded, want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

// stepsFlow returns a valid flow header (14 lines) followed by the given steps, starting on line 15.
func stepsFlow(steps string) string {
	return `retry_limit: 2
calculator:
  annual_rate_pct: 12
  method: equal_instalment
commands:
  restart: [重新开始]
  cancel: [取消]
  human: [转人工]
  "yes": [对]
  "no": [不对]
  consent: [同意]
  decline_consent: [不同意]
  withdraw_consent: [撤回同意]
steps:
` + steps
}
