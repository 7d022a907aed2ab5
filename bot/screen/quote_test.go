package screen

import (
	"os"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/knowledge"
)

func TestQuoteText(t *testing.T) {
	p := creditProduct()
	p.APRMax = 0.12 // the example then is §4.1's 10万/12期 at 12%
	interestOnly := houseProduct()
	interestOnly.Repayment, interestOnly.APRMax = []string{knowledge.RepayInterestOnly}, 0.12
	principal := creditProduct()
	principal.Repayment, principal.APRMax = []string{knowledge.RepayEqualPrincipal}, 0.12
	tests := []struct {
		name    string
		p       knowledge.Product
		amount  int64
		months  int
		example string // "" = no example expected
	}{
		{"等额本息", p, 100000, 12, "测算（按利率区间上限）：10万元/12期/等额本息/年化12.00% → 每月约8,884.88元，总利息约6,618.55元。测算仅供参考"},
		{"等额本金", principal, 100000, 12, "首月约9,333.33元，之后每月递减约83.33元，总利息约6,500.00元"},
		{"先息后本", interestOnly, 100000, 12, "前11期每月约1,000.00元，最后一期约101,000.00元，总利息约12,000.00元"},
		{"no amount yet", p, 0, 12, ""},
	}
	disclosures := []string{
		"放款机构：江州银行股份有限公司",                           // D3 lender
		"本号为居间服务方，不放款、不参与审批",                        // D3 our role
		"年化利率（单利，IRR口径）：7.20%–12.00%，已含利息及担保费等全部费用", // D1 all-in, basis
		"逾期罚息为借款利率上浮50%（或有成本，另列）",                   // D6
		"以机构通知为准",            // speed without promise
		"综合融资成本明示表",          // D9
		"放款前不会收取任何费用",        // D8
		"贷款有风险，借款需谨慎",        // D7
		"是否获批、额度和利率均由放款机构决定", // D5
		"12378", // D10
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := QuoteText(tt.p, tt.amount, tt.months)
			checkCompliantText(t, text)
			for _, d := range disclosures {
				d = strings.ReplaceAll(d, "江州银行股份有限公司", tt.p.Lender)
				if tt.p.Type == knowledge.ProductMortgage {
					d = strings.Replace(d, "7.20%", "3.60%", 1)
				}
				if !strings.Contains(text, d) {
					t.Errorf("QuoteText lacks %q:\n%s", d, text)
				}
			}
			if tt.example == "" && strings.Contains(text, "测算（") || tt.example != "" && !strings.Contains(text, tt.example) {
				t.Errorf("QuoteText = %s\nwant example %q", text, tt.example)
			}
			if n := len(text); n > 2048 {
				t.Errorf("QuoteText is %d bytes, more than a passive reply holds", n)
			}
		})
	}
}

func TestEstimateText(t *testing.T) {
	got, err := EstimateText(100000, 12, 0.12, loanmath.EqualInstalment)
	if err != nil {
		t.Fatal(err)
	}
	want := "测算：10万元/12期/等额本息/年化12.00% → 每月约8,884.88元，总利息约6,618.55元。年化利率约12.00%（单利，IRR口径），实际利率以放款机构审批为准。" +
		EstimateTag + "\n" + RiskNotice + Decision
	if got != want {
		t.Errorf("EstimateText =\n%s\nwant\n%s", got, want)
	}
	one, err := EstimateText(30000, 1, 0.15, loanmath.EqualInstalment)
	if err != nil || !strings.Contains(one, "到期还款约30,375.00元") {
		t.Errorf("one month: %q, %v", one, err)
	}
	if _, err := EstimateText(0, 12, 0.12, loanmath.EqualInstalment); err == nil {
		t.Error("EstimateText(0 yuan) did not fail")
	}
}

func TestQuotedRateText(t *testing.T) {
	tests := []struct {
		kind   string
		rate   float64
		months int
		want   string
	}{
		{"daily", 0.0005, 0, "日息0.05%折算年化利率约18.25%（单利，IRR口径）"},
		{"monthly", 0.01, 0, "月息1%折算年化利率约12.00%（单利，IRR口径），复利年化约12.68%"},
		{"flat", 0.01, 12, "月费率1%（按原始本金收取，分12期）折算年化利率约21.46%（单利，IRR口径），复利年化约23.70%"},
		{"flat", 0.006, 12, "年化利率约13.03%"},
	}
	for _, tt := range tests {
		got, err := QuotedRateText(tt.kind, tt.rate, tt.months)
		if err != nil || !strings.Contains(got, tt.want) {
			t.Errorf("QuotedRateText(%s, %v) = %q, %v\nwant %q", tt.kind, tt.rate, got, err, tt.want)
		}
	}
	for _, bad := range []struct {
		kind   string
		months int
	}{{"weekly", 12}, {"flat", 0}} {
		if _, err := QuotedRateText(bad.kind, 0.01, bad.months); err == nil {
			t.Errorf("QuotedRateText(%s, months %d) did not fail", bad.kind, bad.months)
		}
	}
}

func TestChecklist(t *testing.T) {
	m, err := knowledge.LoadMaterials(os.DirFS("../../knowledge"), "materials.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, ty := range []knowledge.ProductType{knowledge.ProductCredit, knowledge.ProductMortgage, knowledge.ProductCar,
		knowledge.ProductInstallment, knowledge.ProductBusiness} {
		text, err := Checklist(ty, m, testNow)
		if err != nil {
			t.Fatal(err)
		}
		checkCompliantText(t, text)
		for _, w := range []string{"【" + ty.Label() + "材料清单】", "必传项：\n1. ", "补充项：", "辅助项：",
			"文件命名：姓名_证件类型_日期.pdf，例如：张三_身份证_20261123.pdf", "我们不会索要您的密码或验证码"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s checklist lacks %q:\n%s", ty, w, text)
			}
		}
	}
	business, _ := Checklist(knowledge.ProductBusiness, m, testNow)
	if !strings.Contains(business, "纳税证明") {
		t.Errorf("business checklist lacks tax proof:\n%s", business)
	}
	if _, err := Checklist("yacht", m, testNow); err == nil {
		t.Error("Checklist(unknown type) did not fail")
	}
}
