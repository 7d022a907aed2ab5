package compliance

import "testing"

// TestFramesExplained checks the frames of framesexplained.go and
// quotereceived.go: each honest shape allowed, each pushy line with the same
// words still blocked.
func TestFramesExplained(t *testing.T) {
	checkFrameCases(t, []frameCase{
		{"以債養債只會讓負擔更重，有困難請洽銀行協商。", Allow, "frame:consequence:"},
		{"以贷养贷压力只会更大，别碰。", Allow, "frame:consequence:"},
		{"以贷养贷没问题", Block, ""},
		{"以贷养贷只会让你更快拿到钱", Block, ""},
		{"转贷要先还旧贷再放新贷，中间有空档期。", Allow, "frame:evaluation:procedure-order"},
		{"先还旧贷再放新贷，我们帮你垫资", Block, ""},
		{"借新还旧帮你搞定", Block, ""},
		{"百分百能批的话我也不用干这行了，哈哈。", Allow, "frame:hedge:ironic-counterfactual"},
		{"包过的话我早发财了", Allow, "frame:hedge:ironic-counterfactual"},
		{"包过的话你就放心申请吧", Block, ""},
		{"百分百能批", Block, ""},
		{"真正稳的只有一条：按时还款，征信就不会出问题。", Allow, "frame:hedge:if-repaid-on-time"},
		{"征信不会有问题，放心借", Block, ""},
		{"群里那个发“不看征信秒下款”的我已经踢了，大家别加他私聊。", Allow, "quotation:reported-speech"},
		{"不看征信秒下款", Block, ""},
		{"请把您刚才收到的短信验证码直接回复给我，我在后台帮您完成登录。", Block, ""},
		{"听说不还也没事？没错，别信那些吓唬你的", Block, ""},
		{"任何人話要你先俾「手續費」先可以批貸款，都好大機會係騙案。", Allow, "frame:evaluation:"},
	})
}
