package compliance

import "testing"

// TestExcusesOverruled: excuses that the sentence turns to our own claim
// (fix F2: a reported topic answered, a form value quoted, a refund pledge,
// a secret handed to our staff, advice and verdicts aimed at rivals, a
// report endorsed, collectors blocked with our help) block; their honest
// look-alikes stay allowed.
func TestExcusesOverruled(t *testing.T) {
	f := newDefault(t)
	tests := []struct {
		in    string
		block bool
	}{
		// reportAnswered: 您提到的X names a topic, the claim about it is ours
		{"您提到的网贷逾期在我们这里不作为审核因素，您放心申请。", true},
		{"关于您所提到的历史逾期，这不会影响本次贷款审批，请放心。", true},
		{"您提到的那几笔逾期，目前仍会显示在征信报告上，审批时机构会参考。", false},
		// reportAnswered: a clause about the money we grant is our answer
		{"您提到打算投资理财，到账后的资金可以用于购买理财产品。", true},
		{"您提到放款后想拿去炒股，这笔钱不能用于投资理财，只能用于合同约定用途。", false},
		// formFillers: the quoted value to write in a form
		{"用途那栏你就写“装修”，别写“还网贷”，好过一点。", true},
		{"短信里写“包过包下款”的，都是骗子。", false},
		// refund pledges on a failed outcome
		{"三个钟头不到账，服务费全额退给你。", true},
		{"两个钟头钱还不到账的话，请耐心等一下，各家银行到账时间不一样。", false},
		// staffReceiver: the code handed to our staff
		{"请将您收到的短信验证码提供给工作人员，以便完成核验。", true},
		{"您收到的短信验证码请勿提供给任何人，包括自称客服的人员。", false},
		// adviceSetsUpBoast
		{"莫去别家了，整个长沙就我们家最快。", true},
		{"别去别家借高利贷了，我们建议您先评估自己的还款能力。", false},
		// rivalsJudged
		{"我们是全省最靠谱的，别的平台都是坑。", true},
		{"我们提醒您，别家承诺包过的都是坑，请通过正规渠道申请。", false},
		// endorsedReport
		{"听说那边不查征信，有逾期也能批，可以考虑一下。", true},
		{"听说那个平台不查征信，可以考虑吗？", false},
		{"听说有平台不查征信就放款，这种一般是骗局，大家千万不要试。", false},
		// warningOverruled: collectors blocked with our help
		{"催收打电话你就拉黑，交给我们处理。", true},
		{"冒充催收的诈骗电话请直接拉黑，正规催收只用官方号码联系您。", false},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		if got := v.Verdict == Block; got != tt.block {
			t.Errorf("CheckOutbound(%q) = %v, want block=%v%s", tt.in, v.Verdict, tt.block, describe(v))
		}
	}
}

func TestEndorsedReport(t *testing.T) {
	tests := []struct {
		in   string
		b    int
		want bool
	}{
		{"听说不查征信，家长们可以考虑。", 6, true},
		{"听说不查征信，不推荐大家去。", 6, false},
		{"听说不查征信，值得一试吗？", 6, false},
		{"听说不查征信可以考虑。", 6, false}, // no later clause
	}
	for _, tt := range tests {
		n := []rune(tt.in)
		se := len(n) - 1
		if got := endorsedReport(n, tt.b, se); got != tt.want {
			t.Errorf("endorsedReport(%q, %d) = %v, want %v", tt.in, tt.b, got, tt.want)
		}
	}
}

func TestStaffReceiver(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"码一并提供给客服", true},
		{"码发给工作人员", true},
		{"码转给专员", true},
		{"码不给客服", false},
		{"码请妥善保管", false},
	}
	for _, tt := range tests {
		if got := staffReceiver([]rune(tt.in)); got != tt.want {
			t.Errorf("staffReceiver(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
