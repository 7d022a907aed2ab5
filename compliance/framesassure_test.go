package compliance

import "testing"

// TestAssuranceFrames checks the fix-E2 frames and negations: honest lines that
// share a promise's words pass, naming the rule that excused them; the pushy
// lines with the same words still block.
func TestAssuranceFrames(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// f12_settle-advice: pay it off yourself, nobody offers to do it.
		{"您有逾期的话，最好先把逾期处理掉再申请。", Allow, "frame:advice:settle-it-yourself"},
		{"建议您尽快把信用卡逾期处理掉，再来申请会更顺利。", Allow, "frame:advice:settle-it-yourself"},
		{"建议先把逾期交给我们处理掉，三天就干净。", Block, ""},
		{"逾期帮你处理掉，征信马上恢复。", Block, ""},
		{"先把报告弄干净再申请，费用三千。", Block, ""},
		// f06_contract-amount and f06_borrow-need-only.
		{"借款合同金额多少，到账就是多少，一分钱都不会少。", Allow, "frame:conversion:contract-amount"},
		{"批多少到多少，一分都不会少，额度给你批满。", Block, ""},
		{"装修要多少就借多少，够用就行，别多借。", Allow, "frame:advice:borrow-what-you-need"},
		{"要多少借多少，别贪多犹豫，额度随便用。", Block, ""},
		{"你要多少就借多少，我们都能批。", Block, ""},
		// f19_report-it: someone else's approach, the reader told to report it.
		{"要是有人私下加你说能提额，告诉我们客服。", Allow, "frame:attributed:report-it"},
		{"要是有人问起，就说是我私下介绍的，我们私下转账。", Block, ""},
		// f14_wu-buhao: Wu 不好 = must not; 征信不好 is bad credit.
		{"贷款的钱不好拿去买房首付，也不好用来炒股。", Allow, "negation:不好"},
		{"经营贷不好用于炒股，银行会查的。", Allow, "negation:不好"},
		{"你征信不好就用你老婆的名义办，一样的。", Block, ""},
		{"贷出来的钱好拿去付首付，也好炒股，银行不查。", Block, ""},
		// f14_ask-first: a claim asked, answered by "find out the cost first".
		{"零首付买车？先算清楚总还款额再决定。", Allow, "frame:advice:ask-first"},
		{"零首付？先问清楚我们的顾问，马上帮你办。", Block, ""},
		{"零首付购车，先问清楚的都已经提车了！", Block, ""},
		// f10_demand-refused: the demand refused however far the negator stands.
		{"正规机构不会以任何理由要求您先交保证金。", Allow, "negation:"},
		{"我们从不会通过短信要求您先缴纳解冻费。", Allow, "negation:"},
		{"放款前本行会要求您先缴保证金，交了马上放款。", Block, ""},
		{"不会太久，让你先交保证金就能下款。", Block, ""},
		// f09_stand-in-refused widened: clauses split by spaces in a chat line.
		{"人脸识别要你本人来 别人代不了的", Allow, "negation:替不了"},
		{"刷脸得本人 别人代不了 莫找人代", Allow, ""},
		{"人脸识别找人代你刷脸就行，我们安排。", Block, ""},
		// f08_crime-warning, f13_collapse-story, f07_wu-caution, f05_labelled-fee.
		{"提供假流水可能触犯骗取贷款罪，请务必如实提交。", Allow, "frame:consequence:"},
		{"fake的payslip千万别用，被发现是要负法律责任的。", Allow, "frame:evaluation:千万别用"},
		{"不还钱我们就联系你单位领导，到时候你要负法律责任。", Block, ""},
		{"以贷养贷的平台，最后全暴雷了，别碰。", Allow, "frame:"},
		{"以贷养贷没事的，我们帮你周转，不会爆雷。", Block, ""},
		{"伊讲伊是银行内部人员，侬当心点，正规银行没这种讲法。", Allow, ""},
		{"我是工商银行内部人员，能特批，不用排队。", Block, ""},
		{"写着interest-free的产品也可能收手续费，要看总成本。", Allow, "frame:evaluation:"},
		{"这个product是interest-free的，不会有service fee。", Block, ""},
	})
}
