package compliance

import (
	"os"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// statesRate runs the disclosure reading of a check and reports whether the
// text counts as stating a rate, fee or monthly payment.
func statesRate(f *Filter, text string) bool {
	s := f.snap.Load()
	var n normText
	f.t.normalize(text, &n)
	matches := s.main.scan(n.runes, nil)
	return discloseState(s, contextMatches(s, matches, nil), n.runes).rate
}

func TestRateStatement(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in   string
		want bool
	}{
		// A figure for a rate, fee or payment of a loan offered or estimated.
		{"这款产品年化利率7.2%起。", true},
		{"月供大约3000元。", true},
		{"月供：3000元左右", true},
		{"手续费是贷款金额的1%。", true},
		{"月息8厘，随借随还", true},
		{"月息一分，按月付息", true},
		{"日息万五，一万块一天五块钱", true},
		{"年化百分之十八，单利计算", true},
		{"测算：10万元/12期/等额本息/年化12% → 每月约8,884.88元", true},
		{"总利息约6618.55元，还款总额约106618.55元", true},
		{"首月约9333.33元，之后每月递减约83.33元", true},
		{"放款后收取500元服务费", true},
		{"每月还三千左右就够了", true},
		{"這款產品月供大約３０００元", true},
		{"例如：贷10万，年化12%，每月约8884元。", true}, // a worked example, not an example of an answer
		{"年化18%的产品您能接受吗？", false},         // a question to the applicant
		{"您的月供是3000元吗？", false},
		{"您现在申请的话月供约3000元", true},
		{"您现在每月还信用卡3000元左右，负担不算重", false},
		{"按年化12%算，每月约8884元，您看合适吗？", true}, // stated, then asked
		// Names a rate word without a figure, asks, gives an example answer, repeats the applicant's debts.
		{"您好，欢迎咨询！本号为贷款居间服务方，是否获批、额度和利率均由持牌放款机构决定。", false},
		{"您现在每月要还的其他贷款和信用卡一共大约多少？例如：每月还3000、没有负债。", false},
		{"您大概需要贷多少钱？例如：20万、5万。", false},
		{"抱歉没能确认现有负债，请写每月还款合计，例如：“每月还2000”“没有贷款”。", false},
		{"请告诉我金额和期数，我来帮您测算，例如：“贷10万12期月供多少”“借5万一年利息多少”。", false},
		{"您仍可以咨询常见问题、产品介绍和月供测算，例如“贷10万12期月供多少”。", false},
		{"请您核对：您用于装修，需要30万，分12期，每月已有还款3000元。以上信息对吗？", false},
		{"您目前的月供是3000元，对吗", false},
		{"利率和额度要看您近6个月的征信和流水", false},
		{"利息一般按月计算，提前还款以合同为准", false},
		{"我们的服务费在放款后收取，放款前不收取任何费用。", false},
		{"您每月还多少？", false},
		{"月供测算请回复“贷10万12期月供多少”", false},
		{"申请后一般1到3个工作日出结果", false},
		{"本号不收取任何费用 放款前要钱的都是骗子", false},
		{"负债率建议控制在50%以内", false},
		{"首付比例一般为30%", false},
		{"信用卡使用率超过80%会影响审批", false},
		{"月供3000元以内的产品比较适合您", true},
		{"提前还款可能收取剩余本金1%的违约金", true},
		{"按日利率0.05%计息", true},
		{"服务费为额度的1%，放款后收取", true},
	}
	for _, tt := range tests {
		if got := statesRate(f, tt.in); got != tt.want {
			t.Errorf("statesRate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBotRepliesRateStatement reads the bot's reply templates
// (knowledge/replies.yaml, read as a file: the library imports nothing from
// loanbot): questions, re-asks, the greeting and the consent notice state no
// rate; the rate quote, the calculator result and a product line do.
func TestBotRepliesRateStatement(t *testing.T) {
	f := newDefault(t)
	raw, err := os.ReadFile("../knowledge/replies.yaml")
	if err != nil {
		t.Skipf("bot replies not found: %v", err)
	}
	var replies map[string]string
	if err := yaml.Unmarshal(raw, &replies); err != nil {
		t.Fatalf("parse replies.yaml: %v", err)
	}
	real := map[string]string{
		"name": "安心消费贷", "lender": "某某消费金融有限公司", "rate_range": "7.2%–18.0%", "amount": "10万元",
		"term": "12", "method": "等额本息", "rate": "12%", "payment_desc": "每月约8,884.88元", "interest": "6,618.55",
		"total": "106,618.55", "apr": "12.00%", "rank": "1", "why": "收入和社保符合准入要求", "summary": "用于装修，需要30万，分12期，每月已有还款3000元",
		"value": "3000元", "items": "每月已有还款3000元", "question": "您大概需要贷多少钱？例如：20万、5万。",
	}
	keys := make([]string, 0, len(replies))
	for k := range replies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	checked := 0
	for _, key := range keys {
		var want bool
		switch {
		case key == "rate_quote" || key == "calc_result" || key == "product_item":
			want = true
		case strings.HasPrefix(key, "ask_") || strings.HasPrefix(key, "reask_") || key == "greeting" ||
			key == "consent_notice" || key == "consent_declined" || key == "calc_missing" || key == "done_next" ||
			key == "summary_confirm" || key == "sum_existing_debt" || key == "updated" || key == "return_to_step":
			want = false
		default:
			continue
		}
		checked++
		for _, fields := range []map[string]string{real, nil} {
			text := render(replies[key], fields)
			if got := statesRate(f, text); got != want {
				t.Errorf("reply %s: statesRate = %v, want %v\n%s", key, got, want, text)
			}
			if v := f.CheckOutbound(text); !want && len(v.MissingDisclosures) > 0 {
				t.Errorf("reply %s: missing %v, want none\n%s", key, v.MissingDisclosures, text)
			}
		}
	}
	if checked < 25 {
		t.Errorf("checked %d replies, want the questions, re-asks and quotes (≥ 25)", checked)
	}
}

// render fills {field}s from fields; nil fills every field with "1", as the
// bot's own template tests do.
func render(tmpl string, fields map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl, '}')
		if i < 0 || j < i {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		v, ok := fields[tmpl[i+1:j]]
		if !ok {
			v = "1"
		}
		b.WriteString(v)
		tmpl = tmpl[j+1:]
	}
}

// TestYearConverted checks a daily or monthly rate converted to its yearly
// figure in plain words (一年下来 / 按年算 / 折合年化 + a percentage), and the
// same words playing the yearly figure down, which convert nothing.
func TestYearConverted(t *testing.T) {
	tab, err := buildTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"日息万五听着少 一年下来也是百分之十八多", true},
		{"月息两分，按年算就是24%左右", true},
		{"日息萬五，一年下來都係百分之十八幾", true},
		{"日息0.05%，折合年化约18.25%", true},
		{"日息万五，一年下来才百分之五", false},
		{"日息万五，一年下来也就几块钱", false},
		{"日息0.05%，一年下来不到10%", false},
		{"月息一分，一年下来只有百分之三", false},
		{"日息万五，很划算", false},
	} {
		var n normText
		tab.normalize(c.text, &n)
		if got := yearConverted(n.runes, 2, len(n.runes)); got != c.want {
			t.Errorf("%s: yearConverted %v, want %v", c.text, got, c.want)
		}
	}
}
