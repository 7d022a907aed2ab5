package screen

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/loanbot/loanbot/bot/loanmath"
	"github.com/loanbot/loanbot/knowledge"
)

// Disclosure sentences (compliance-rules.md §3).
const (
	RoleNotice     = "本号为居间服务方，不放款、不参与审批"           // D3
	EstimateTag    = "测算仅供参考，以机构审批及合同、综合融资成本明示表为准。" // D4
	NoUpfront      = "放款前不会收取任何费用，请勿向任何个人账户转账。"     // D8
	RiskNotice     = "贷款有风险，借款需谨慎，请根据自身还款能力理性借贷。"   // D7
	Decision       = "是否获批、额度和利率均由放款机构决定。"          // D5, for texts that state a rate
	NoRateDecision = "是否获批、额度及定价均由放款机构决定。"          // D5 for texts without a rate: naming 利率 would make them rate statements
	Complaints     = "投诉：本号菜单“投诉”或12378。"           // D10
	RateBasis      = "年化利率（单利，IRR口径）"               // D1
	SignNotice     = "签约前放款机构会展示综合融资成本明示表，请逐项核对确认。" // D9
)

// QuoteText is a compliant rate quote for product p with an example schedule of amount yuan over
// months, computed at the product's upper rate with its first repayment method. It carries the
// lender, our role, the annualised rate range on the IRR basis with what it includes, contingent
// costs, the labelled estimate, speed, the lender-decides and risk notices. amount or months ≤ 0
// leaves the example out.
func QuoteText(p knowledge.Product, amount int64, months int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "【产品】%s·%s（%s；放款机构：%s；%s）\n", p.Lender, p.Name, p.Type.Label(), p.Lender, RoleNotice)
	fmt.Fprintf(&b, "%s：%s–%s，%s；%s（或有成本，另列）。\n", RateBasis,
		loanmath.Percent(p.APRMin, 2), loanmath.Percent(p.APRMax, 2), p.CostNote, p.OverdueNote)
	if ex, err := exampleText(p, amount, months); err == nil {
		b.WriteString(ex)
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "额度%s–%s，期限%d–%d期；办理时效：%s。\n", loanmath.WanYuan(p.AmountMin), loanmath.WanYuan(p.AmountMax),
		p.TermMin, p.TermMax, p.Speed)
	b.WriteString(SignNotice + NoUpfront + "\n")
	b.WriteString(RiskNotice + Decision + Complaints)
	return b.String()
}

func exampleText(p knowledge.Product, amount int64, months int) (string, error) {
	if amount <= 0 || months <= 0 || len(p.Repayment) == 0 {
		return "", fmt.Errorf("no example for %s: amount %d, months %d", p.ID, amount, months)
	}
	s, err := loanmath.New(loanmath.Method(p.Repayment[0]), float64(amount), months, p.APRMax)
	if err != nil {
		return "", fmt.Errorf("example for %s: %w", p.ID, err)
	}
	return "测算（按利率区间上限）：" + scheduleLine(s) + EstimateTag, nil
}

// scheduleLine is "10万元/12期/等额本息/年化12.00% → 每月约8,884.88元，总利息约6,618.55元。"
func scheduleLine(s loanmath.Schedule) string {
	head := fmt.Sprintf("%s/%d期/%s/年化%s → ", loanmath.WanYuan(int64(s.Principal)), s.Months, s.Method.Label(),
		loanmath.Percent(s.AnnualRate, 2))
	var pay string
	switch {
	case s.Months == 1:
		pay = fmt.Sprintf("到期还款约%s元", loanmath.Yuan(s.LastPayment()))
	case s.Method == loanmath.EqualPrincipal:
		pay = fmt.Sprintf("首月约%s元，之后每月递减约%s元", loanmath.Yuan(s.FirstPayment()),
			loanmath.Yuan(s.Rows[0].Payment-s.Rows[1].Payment))
	case s.Method == loanmath.InterestOnly:
		pay = fmt.Sprintf("前%d期每月约%s元，最后一期约%s元", s.Months-1, loanmath.Yuan(s.FirstPayment()), loanmath.Yuan(s.LastPayment()))
	default:
		pay = fmt.Sprintf("每月约%s元", loanmath.Yuan(s.FirstPayment()))
	}
	return head + pay + fmt.Sprintf("，总利息约%s元。", loanmath.Yuan(s.TotalInterest))
}

// EstimateText answers a calculator question ("贷10万12期月供多少"): the schedule summary of amount
// yuan over months at apr (a fraction, all-in on the IRR basis) with method, the annualised rate by
// the display rule, the estimate label and the lender-decides and risk notices.
func EstimateText(amount int64, months int, apr float64, method loanmath.Method) (string, error) {
	s, err := loanmath.New(method, float64(amount), months, apr)
	if err != nil {
		return "", fmt.Errorf("estimate %d yuan over %d months: %w", amount, months, err)
	}
	return "测算：" + scheduleLine(s) + loanmath.APRText(loanmath.RateOf(apr/12)) + "，实际利率以放款机构审批为准。" +
		EstimateTag + "\n" + RiskNotice + Decision, nil
}

// QuotedRateText converts a rate an applicant was quoted elsewhere into the annualised figure, so
// that a 日息 or 月费率 is never repeated without it. kind is "daily" (日息), "monthly" (月息, on the
// balance) or "flat" (月费率/月手续费 on the original principal, needs months).
func QuotedRateText(kind string, rate float64, months int) (string, error) {
	var r loanmath.Rate
	var what string
	switch kind {
	case "daily":
		r, what = loanmath.RateOf(loanmath.DailyToAPR(rate, 365)/12), "日息"+exactPercent(rate)
	case "monthly":
		r, what = loanmath.RateOf(rate), "月息"+exactPercent(rate)
	case "flat":
		var err error
		if r, err = loanmath.FlatFeeRate(rate, months); err != nil {
			return "", fmt.Errorf("quoted flat rate: %w", err)
		}
		what = fmt.Sprintf("月费率%s（按原始本金收取，分%d期）", exactPercent(rate), months)
	default:
		return "", fmt.Errorf("quoted rate: unknown kind %q", kind)
	}
	return fmt.Sprintf("%s折算%s，%s。请以放款机构在合同及综合融资成本明示表中列明的年化利率为准。%s", what, loanmath.APRText(r), loanmath.EARText(r), RiskNotice), nil
}

// CandidateText is one line of the shortlist shown to the applicant: lender and product, rate range,
// and why it may fit.
func CandidateText(c Candidate) string {
	p := c.Product
	var b strings.Builder
	fmt.Fprintf(&b, "%s·%s（%s）：%s%s–%s", p.Lender, p.Name, p.Type.Label(), RateBasis,
		loanmath.Percent(p.APRMin, 2), loanmath.Percent(p.APRMax, 2))
	if len(c.Fits) > 0 {
		b.WriteString("；可能适合的原因：" + strings.Join(c.Fits, "，"))
	}
	if len(c.Notes) > 0 {
		b.WriteString("；请注意：" + strings.Join(c.Notes, "，"))
	}
	b.WriteString("。")
	return b.String()
}

// ShortlistText is the applicant's message for the top matches (at most n), or a polite line when
// none fits, always with our role and the lender-decides notice.
func ShortlistText(m Matches, n int) string {
	top := m.Top(n)
	if len(top) == 0 {
		return "根据您提供的信息，暂时没有找到可能适合的产品，顾问会进一步查看您的情况。\n" + Disclaimer
	}
	var b strings.Builder
	b.WriteString("根据初步评估，以下产品可能适合您（" + RoleNotice + "）：")
	for i, c := range top {
		fmt.Fprintf(&b, "\n%d. %s", i+1, CandidateText(c))
	}
	b.WriteString("\n" + Disclaimer + RiskNotice)
	return b.String()
}

// Checklist is the materials checklist message for product type t: 必传项, 补充项, 辅助项 and the
// file-naming rule with an example dated date.
func Checklist(t knowledge.ProductType, m knowledge.Materials, date time.Time) (string, error) {
	c, ok := m.Checklist(t)
	if !ok {
		return "", fmt.Errorf("materials checklist for %q: not found", t)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "【%s材料清单】", t.Label())
	section := func(title string, items []knowledge.Material) {
		if len(items) == 0 {
			return
		}
		b.WriteString("\n" + title + "：")
		for i, it := range items {
			fmt.Fprintf(&b, "\n%d. %s", i+1, it.Name)
			if it.Note != "" {
				b.WriteString("（" + it.Note + "）")
			}
		}
	}
	section("必传项", c.Required)
	section("补充项", c.Supplementary)
	section("辅助项", c.Auxiliary)
	docType := "身份证"
	if len(c.Required) > 0 {
		docType = c.Required[0].DocType
	}
	fmt.Fprintf(&b, "\n文件命名：姓名_证件类型_日期.pdf，例如：%s。%s", m.Naming.Example(docType, date), m.Naming.Note)
	b.WriteString("\n材料请在正式申请时通过放款机构的官方渠道提交；我们不会索要您的密码或验证码。")
	b.WriteString("\n" + RiskNotice + NoRateDecision)
	return b.String(), nil
}

// exactPercent shows a quoted rate as given, without rounding it away: 0.0005 → "0.05%", 0.00035 → "0.035%".
func exactPercent(fraction float64) string {
	return strconv.FormatFloat(math.Round(fraction*1e8)/1e6, 'f', -1, 64) + "%"
}
