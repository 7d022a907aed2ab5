package screen

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
)

var testNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// clean is a salaried applicant who meets every rule: 10万 over 36 months (about 3,321.43 a month at
// 12%) on 15,000 a month.
func clean() slot.Slots {
	return slot.Slots{
		AmountYuan: slot.Ptr[int64](100000), TermMonths: slot.Ptr(36), MonthlyIncomeYuan: slot.Ptr[int64](15000),
		LoanPurpose: slot.Ptr(slot.PurposeConsumption), Employment: slot.Ptr(slot.EmploymentSalaried),
		Collateral: slot.Ptr(slot.CollateralNone), LocalHukou: slot.Ptr(true), SocialSecurityMonths: slot.Ptr(24),
		CreditQueries6m: slot.Ptr(2), OverdueCurrent: slot.Ptr(false), ExistingMonthlyDebtYuan: slot.Ptr[int64](0),
		Age: slot.Ptr(30), City: slot.Ptr("杭州"),
	}
}

func with(f func(*slot.Slots)) slot.Slots {
	s := clean()
	f(&s)
	return s
}

func TestPrescreen(t *testing.T) {
	tests := []struct {
		name  string
		slots slot.Slots
		grade Grade
		codes []string // worst first
	}{
		{"clean salaried", clean(), GradeA, []string{ReasonOK}},
		{"9 enquiries", with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(9) }), GradeB, []string{ReasonCreditQueries}},
		{"8 enquiries is the limit", with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(8) }), GradeA, []string{ReasonOK}},
		{"overdue, no collateral", with(func(s *slot.Slots) { s.OverdueCurrent = slot.Ptr(true) }), GradeC, []string{ReasonOverdue}},
		{"overdue, collateral not stated", with(func(s *slot.Slots) { s.OverdueCurrent, s.Collateral = slot.Ptr(true), nil }), GradeC, []string{ReasonOverdue}},
		{"overdue with a house", with(func(s *slot.Slots) {
			s.OverdueCurrent, s.Collateral, s.HouseCertYears = slot.Ptr(true), slot.Ptr(slot.CollateralHouse), slot.Ptr(5.0)
		}), GradeB, []string{ReasonOverdueSecured}},
		{"overdue with a car", with(func(s *slot.Slots) { s.OverdueCurrent, s.Collateral = slot.Ptr(true), slot.Ptr(slot.CollateralCar) }), GradeB, []string{ReasonOverdueSecured}},
		{"income 1.8× the payment", with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](6000) }), GradeB, []string{ReasonIncomeLow}},
		{"income exactly 2×", with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](6643) }), GradeA, []string{ReasonOK}},
		{"income below the payment", with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](3000) }), GradeC, []string{ReasonIncomeShort}},
		{"existing debt counts", with(func(s *slot.Slots) { s.ExistingMonthlyDebtYuan = slot.Ptr[int64](5000) }), GradeB, []string{ReasonIncomeLow}},
		{"no income at all", with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](0) }), GradeC, []string{ReasonIncomeShort}},
		{"business owner, business loan", with(func(s *slot.Slots) {
			s.LoanPurpose, s.Employment = slot.Ptr(slot.PurposeBusiness), slot.Ptr(slot.EmploymentBusinessOwner)
		}), GradeA, []string{ReasonTaxProof}},
		{"salaried, turnover loan", with(func(s *slot.Slots) { s.LoanPurpose = slot.Ptr(slot.PurposeTurnover) }), GradeB, []string{ReasonBusinessNotOwner, ReasonTaxProof}},
		{"house certificate 2 years", with(func(s *slot.Slots) { s.Collateral, s.HouseCertYears = slot.Ptr(slot.CollateralHouse), slot.Ptr(2.0) }), GradeB, []string{ReasonHouseCertShort}},
		{"house certificate 3 years", with(func(s *slot.Slots) { s.Collateral, s.HouseCertYears = slot.Ptr(slot.CollateralHouse), slot.Ptr(3.0) }), GradeA, []string{ReasonOK}},
		{"age 17", with(func(s *slot.Slots) { s.Age = slot.Ptr(17) }), GradeC, []string{ReasonAgeUnder18}},
		{"age 20", with(func(s *slot.Slots) { s.Age = slot.Ptr(20) }), GradeB, []string{ReasonAgeYoung}},
		{"age 22", with(func(s *slot.Slots) { s.Age = slot.Ptr(22) }), GradeA, []string{ReasonOK}},
		{"age 62", with(func(s *slot.Slots) { s.Age = slot.Ptr(62) }), GradeB, []string{ReasonAgeSenior}},
		{"age 66", with(func(s *slot.Slots) { s.Age = slot.Ptr(66) }), GradeC, []string{ReasonAgeOver}},
		{"student", with(func(s *slot.Slots) { s.Employment = slot.Ptr(slot.EmploymentStudent) }), GradeC, []string{ReasonStudent}},
		{"unemployed", with(func(s *slot.Slots) { s.Employment = slot.Ptr(slot.EmploymentUnemployed) }), GradeC, []string{ReasonNoJob}},
		{"unemployed with a car", with(func(s *slot.Slots) {
			s.Employment, s.Collateral = slot.Ptr(slot.EmploymentUnemployed), slot.Ptr(slot.CollateralCar)
		}), GradeB, []string{ReasonNoJob}},
		{"retiree on a pension", with(func(s *slot.Slots) { s.Employment, s.Age = slot.Ptr(slot.EmploymentRetired), slot.Ptr(58) }), GradeA, []string{ReasonOK}},
		{"income not stated", with(func(s *slot.Slots) { s.MonthlyIncomeYuan = nil }), GradeB, []string{ReasonInfoMissing}},
		{"nothing stated", slot.Slots{}, GradeB, []string{ReasonInfoMissing}},
		{"several rules", with(func(s *slot.Slots) {
			s.OverdueCurrent, s.CreditQueries6m, s.MonthlyIncomeYuan = slot.Ptr(true), slot.Ptr(12), slot.Ptr[int64](5000)
		}), GradeC, []string{ReasonOverdue, ReasonCreditQueries, ReasonIncomeLow}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Prescreen(tt.slots, testNow)
			if r.Grade != tt.grade || !slices.Equal(r.Codes(), tt.codes) {
				t.Errorf("Prescreen = %s %v, want %s %v\n%s", r.Grade, r.Codes(), tt.grade, tt.codes, r.AgentDetail())
			}
			if r.NeedsAgent() != (tt.grade != GradeA) {
				t.Errorf("NeedsAgent = %v for grade %s", r.NeedsAgent(), r.Grade)
			}
			checkCompliantText(t, r.Text())
			if !strings.HasPrefix(r.Text(), "初步评估：") || !strings.HasSuffix(r.Text(), Disclaimer+RiskNotice) {
				t.Errorf("Text() is not worded as an initial assessment:\n%s", r.Text())
			}
			if !r.At.Equal(testNow) {
				t.Errorf("At = %v", r.At)
			}
		})
	}
}

func TestPrescreenNumbers(t *testing.T) {
	r := Prescreen(with(func(s *slot.Slots) {
		s.MonthlyIncomeYuan, s.ExistingMonthlyDebtYuan = slot.Ptr[int64](12000), slot.Ptr[int64](2000)
	}), testNow)
	if got := []string{yuan(r.MonthlyPayment), yuan(r.DebtService)}; got[0] != "3,321.43" || got[1] != "5,321.43" {
		t.Errorf("payment, debt service = %v", got)
	}
	if r.Grade != GradeA || r.CoverRatio < 2.25 || r.CoverRatio > 2.26 {
		t.Errorf("grade %s, cover %.3f", r.Grade, r.CoverRatio)
	}
	low := Prescreen(with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](6000) }), testNow)
	want := "按年化约12%（单利，含全部费用）、等额本息测算，10万元分36期每月约3,321.43元；您的月收入6,000元约为其1.8倍，一般需要达到2倍以上"
	if !strings.Contains(low.Text(), want) {
		t.Errorf("Text() = %s\nwant it to contain %s", low.Text(), want)
	}
	none := Prescreen(with(func(s *slot.Slots) { s.MonthlyIncomeYuan = slot.Ptr[int64](0) }), testNow)
	if want := "每月约3,321.43元，目前没有月收入来偿还"; !strings.Contains(none.Text(), want) {
		t.Errorf("Text() = %s\nwant it to contain %s", none.Text(), want)
	}
	debt := Prescreen(with(func(s *slot.Slots) { s.ExistingMonthlyDebtYuan = slot.Ptr[int64](5000) }), testNow)
	if want := "加上现有月供5,000元，合计约8,321.43元；您的月收入1.5万元约为其1.8倍"; !strings.Contains(debt.Text(), want) {
		t.Errorf("Text() = %s\nwant it to contain %s", debt.Text(), want)
	}
}

func TestPrescreenTextByGrade(t *testing.T) {
	tests := []struct {
		slots slot.Slots
		want  []string
	}{
		{clean(), []string{"初步评估：您的情况可能适合申请相关产品。", Disclaimer}},
		{with(func(s *slot.Slots) { s.CreditQueries6m = slot.Ptr(9) }), []string{"需要顾问进一步人工复核", "近6个月征信查询9次", "顾问会尽快"}},
		{with(func(s *slot.Slots) { s.OverdueCurrent = slot.Ptr(true) }), []string{"目前可能暂时不太适合申请", "建议先结清逾期", "理性借贷"}},
	}
	for _, tt := range tests {
		text := Prescreen(tt.slots, testNow).Text()
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("Text() = %s\nwant it to contain %q", text, w)
			}
		}
	}
}

func TestAgentDetail(t *testing.T) {
	r := Prescreen(with(func(s *slot.Slots) { s.CreditQueries6m, s.OverdueCurrent = slot.Ptr(10), slot.Ptr(true) }), testNow)
	want := "pre-screen C: [C] overdue_current: current overdue, no collateral → no unsecured credit; [B] credit_queries_high: 10 credit enquiries in 6 months > 8"
	if got := r.AgentDetail(); got != want {
		t.Errorf("AgentDetail = %q\nwant %q", got, want)
	}
	if !r.Has(ReasonOverdue) || r.Has(ReasonStudent) {
		t.Errorf("Has: %v", r.Codes())
	}
}

// banned are phrases (compliance-rules.md §2 and §5) no text of this package may contain.
var banned = []string{"包过", "包批", "必过", "稳过", "百分百", "保证通过", "一定能批", "秒批", "秒到账", "当天放款",
	"不看征信", "黑户", "零门槛", "无门槛", "免审核", "零利息", "免息", "最低利率", "保底额度", "内部渠道", "绿色通道",
	"包装", "做流水", "无风险", "零风险", "不上征信", "预审通过", "已批", "已通过", "审批通过", "全网最低", "唯一", "第一",
	"加我私人微信", "保证金", "前期费用", "日息万"}

func checkCompliantText(t *testing.T, text string) {
	t.Helper()
	for _, b := range banned {
		if strings.Contains(text, b) {
			t.Errorf("text contains banned %q:\n%s", b, text)
		}
	}
}
