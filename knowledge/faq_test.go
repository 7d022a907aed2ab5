package knowledge

import "testing"

func TestFAQMatch(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want string // entry id; "" = no match
	}{
		{"请问利息多少啊？", "interest_rate"},
		{"你们利率是多少", "interest_rate"},
		{"利息怎么算的", "interest_rate"},
		{"貸款利息多少？", "interest_rate"}, // traditional
		{"ｌｐｒ是多少", "lpr"},            // full-width
		{"需要什么材料呀😊", "materials"},    // emoji
		{"办贷款需要准备哪些资料", "materials"},
		{"多久能放款", "how_long"},
		{"审批要多久啊", "how_long"},
		{"有逾期还能贷吗", "overdue_effect"},
		{"征信能洗白吗", "credit_repair"},
		{"我的逾期记录能删除吗", "credit_repair"},
		{"放款前要交保证金吗", "upfront_fee_scam"},
		{"可以提前还款吗", "early_repayment"},
		{"等额本息和等额本金哪个好", "repayment_methods"},
		{"你们是银行吗", "who_are_you"},
		{"外地户口能贷吗", "hukou_req"},
		{"没有社保能贷吗", "social_security_req"},
		{"退休了能贷款吗", "age_req"},
		{"学生能贷款吗", "student_loan"},
		{"你们包过吗", "guarantee_approval"},
		{"查征信会有影响吗", "credit_report_query"},
		{"我的信息安全吗", "privacy"},
		{"要把验证码发给你吗", "verification_code"},
		{"怎么投诉", "complaint_channel"},
		{"签合同要注意什么", "contract_check"},
		{"有没有手续费", "fees"},
		{"日息万五高吗", "daily_rate_trap"},
		{"最多能贷多少", "max_amount"},
		{"没有工资流水怎么办", "no_bank_statement"},
		{"请问房子能抵押贷款吗", "mortgage_loan"},
		{"经营贷需要纳税证明吗", "business_tax"},
		{"逾期会怎么样", "overdue_consequence"},
		{"文件怎么命名", "file_naming"},
		{"需要担保人吗", "guarantor"},
		{"可以不本人到场吗", "face_sign"},
		{"我想问一下白户能贷款吗", "white_account"},
		{"被拒了还能再申请吗", "refused_before"},
		{"怎样降低利率", "reduce_rate"},
		{"信用卡分期划算吗", "credit_card_vs_loan"},
		// paraphrases and near misses
		{"你们利息一般多少", "interest_rate"},
		{"年利率大概是多少", "interest_rate"},
		{"贷款要多久才能批下来", "how_long"},
		{"要不要交押金", "upfront_fee_scam"},
		{"我征信不好能贷吗", "overdue_effect"},
		{"征信花了能贷吗", "credit_report_query"},
		{"能不能提前还", "early_repayment"},
		{"个体户能贷款吗", "business_tax"},
		{"车子能抵押吗", "car_loan"},
		{"能不能加微信", "wechat_private"},
		{"等额本金是什么意思", "repayment_methods"},
		{"你们几点下班", "working_hours"},
		{"多大年纪能贷", "age_req"},
		{"能不能便宜点", "reduce_rate"},
		{"能不能快点", ""},
		// answers in the flow must not be taken for questions
		{"20万", ""},
		{"我想贷款20万分36期", ""},
		{"上班族月入一万二", ""},
		{"对", ""},
		{"没有逾期", ""},
		{"有房 房本5年了", ""},
		{"今天天气不错", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := kb.FAQ.Match(tt.in)
			got := ""
			if ok {
				got = m.Entry.ID
			}
			if got != tt.want {
				t.Errorf("Match(%q) = %q (%v), want %q", tt.in, got, m, tt.want)
			}
		})
	}
}

func TestFlowCommand(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"重新开始", "restart"},
		{"重新开始！", "restart"},
		{"  取消。", "cancel"},
		{"转人工", "human"},
		{"ＯＫ", "yes"},
		{"對", "yes"},
		{"不对", "no"},
		{"同意", "consent"},
		{"不同意", "decline_consent"},
		{"撤回同意", "withdraw_consent"},
		{"我想取消这笔贷款的逾期", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := kb.Flow.Command(tt.in); got != tt.want {
			t.Errorf("Command(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFlowLeading(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"对的没问题", "yes"},
		{"是的，信息都对", "yes"},
		{"没错，开始吧", "yes"},
		{"不对，收入是1万", "no"},
		{"不對", "no"},
		{"是不是还要交材料？", ""},
		{"对吗", ""},
		{"利息多少", ""},
	}
	for _, tt := range tests {
		if got := kb.Flow.Leading(tt.in, "yes", "no"); got != tt.want {
			t.Errorf("Leading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	kb, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	got, err := kb.Replies.Render("sum_amount", map[string]string{"value": "20万"})
	if err != nil || got != "需要20万" {
		t.Errorf("Render(sum_amount) = %q, %v", got, err)
	}
	if _, err := kb.Replies.Render("sum_amount", nil); err == nil {
		t.Errorf("Render without its field succeeded")
	}
	if _, err := kb.Replies.Render("no_such_reply", nil); err == nil {
		t.Errorf("Render of an unknown reply succeeded")
	}
	step, _ := kb.Flow.Step("house_cert_years")
	get := func(v string) func(string) (string, bool) {
		return func(string) (string, bool) { return v, v != "" }
	}
	if !step.When.Holds(get("house")) || step.When.Holds(get("car")) || step.When.Holds(get("")) {
		t.Errorf("house_cert_years condition wrong")
	}
}

// FuzzFAQMatch: any text matches at most one entry with a score in [MinCoverage, 1], deterministically.
func FuzzFAQMatch(f *testing.F) {
	for _, s := range []string{"利息多少", "貸款利息多少？", "ｌｐｒ是多少", "😊", "", "能不能能不能", "吗吗吗"} {
		f.Add(s)
	}
	kb, err := Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := kb.FAQ.Match(s)
		m2, ok2 := kb.FAQ.Match(s)
		if ok != ok2 || m.Entry.ID != m2.Entry.ID {
			t.Fatalf("Match(%q) not deterministic", s)
		}
		if ok && (m.Score < MinCoverage || m.Score > 1+1e-9) {
			t.Fatalf("Match(%q) score %v", s, m.Score)
		}
	})
}
