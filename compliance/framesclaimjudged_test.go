package compliance

import "testing"

// TestFramesClaimJudged checks the frames and guards of framesclaimjudged.go:
// each honest shape is allowed by the frame named, each pushy line with the
// same words stays blocked.
func TestFramesClaimJudged(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// a channel refused after it is named
		{"私人微信我们不方便加，有问题请在官方渠道留言。", Allow, ""},
		{"个人QQ加不了，请通过App内客服联系。", Allow, ""},
		{"私人微信加一下，我单独给您报个内部价。", Block, ""},
		// a product refused for a use
		{"要是准备拿去炒股，这款产品不适合你。", Allow, "frame:evaluation:"},
		// a condition, then a problem named
		{"如果合同写五万，到账少过五万，那就有问题，要马上问清楚。", Allow, "frame:evaluation:"},
		{"合同写十万，到手九万，这个是正常的，不用问。", Block, ""},
		// Singlish verdicts and a cheap look refuted by the full cost
		{"Borrow from one app to pay another very jialat, talk to the bank first.", Allow, "frame:evaluation:"},
		{"Monthly 0.5% flat rate sounds cheap but the EIR is about 10.9%, read the full cost first.", Allow, "frame:evaluation:"},
		{"Take new loan pay old loan very easy，apply now lah。", Block, ""},
		{"月利率才0.5%很便宜，年化那个不用看。", Block, ""},
		// a lending of one's ID refused in the answer
		{"亲戚要用你的身份证贷款？千万不要借，出了事是你背。", Allow, "frame:evaluation:"},
		{"你朋友要借你身份证去贷款？借给他没事，我们这边照样能办。", Block, ""},
		// a comparison in favour of the annual rate
		{"年化利率比月利率更便于比较不同产品的成本。", Allow, "frame:evaluation:"},
		{"APR比单看月息更准确，因为它包含了全部费用。", Allow, ""},
		{"月利率比年化更直观，您看月利率就行。", Block, ""},
		{"看月利率就够了，月利率比年化更能反映实际成本。", Block, ""},
		// guards: being found out doubted, Sichuan "nothing happens", the annual rate dismissed, a paid 异议
		{"那笔网贷可以先不写，机构不一定查得到。", Block, ""},
		{"其他负债可以暂不填写，审核机构未必会发现。", Block, ""},
		{"逾期几天啥子都不得，不会影响你。", Block, ""},
		{"什么都不得泄露给第三方，包括验证码。", Allow, ""},
		{"Daily rate才0.03%，很cheap的，APR那个不用管。", Block, ""},
		{"daily rate才0.03%，annual rate那个不用看，很misleading的。", Block, ""},
		{"通过异议渠道可将不良记录清除，费用为2500元。", Block, ""},
		{"信息有误可以通过异议申诉免费更正，不收取任何费用。", Allow, ""},
	})
}

func TestClaimJudgedGuards(t *testing.T) {
	for _, c := range []struct {
		s    string
		st   int
		en   int
		want bool
		f    func([]rune, int, int) bool
	}{
		{"机构不一定查得到", 2, 5, true, detectionDoubted},
		{"机构不一定会批", 2, 5, false, detectionDoubted},
		{"撒子都不得", 3, 5, true, sichuanNothing},
		{"什么都不得泄露", 3, 5, false, sichuanNothing},
		{"资金不得用于购房", 2, 4, false, sichuanNothing},
	} {
		if got := c.f([]rune(c.s), c.st, c.en); got != c.want {
			t.Errorf("%s [%d,%d): got %v, want %v", c.s, c.st, c.en, got, c.want)
		}
	}
	// with the second opinion on, as shipped: the pushy lines with the same words block
	f := newDefault(t)
	for _, s := range []string{"这个产品付首付也行，到账后您自己安排。", "晚还几天撒子都不得嘛，莫紧张。", "月利率才0.5%很便宜，年化那个不用看。"} {
		if v := f.CheckOutbound(s); v.Verdict != Block {
			t.Errorf("%s: verdict %v, want block", s, v.Verdict)
		}
	}
	for _, c := range []struct {
		prev string
		want bool
	}{
		{"annualrate那个不用看", true},
		{"年化就别管", true},
		{"零利率的广告你别看", false},
		{"那种宣传不用看", false},
	} {
		if got := annualTopicDismissed([]rune(c.prev)); got != c.want {
			t.Errorf("annualTopicDismissed(%s) = %v, want %v", c.prev, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"通过异议申诉清除逾期，费用仅需2000元", true},
		{"异议申诉免费，不收取任何费用", false},
	} {
		if got := objectionSold("exception:异议", []rune(c.s)); got != c.want {
			t.Errorf("objectionSold(%s) = %v, want %v", c.s, got, c.want)
		}
	}
}
