package compliance

// Frames for honest sentences that name a cheap-sounding term or a deduction
// and, in the same sentence, state what it really costs or what the rule is:
// a zero rate shown with its separate fee and true cost (分期零利率僅限指定商品，
// 手續費另計，實際成本請參考總費用年百分率), the full-payout rule stated
// (實際到手金額應與合約金額一致) or a deduction met and reported (如遇預扣費用
// 情形，請向主管機關申訴).

// zeroRateFeeShown (f05_zero-rate-fee-shown): a no-interest term [a, b)
// followed in its sentence by a fee charged besides it (另收手续费, 手续费另计,
// 以服务费…形式收取费用) and by the true cost it points to (实际成本, 年化综合
// 成本, 年百分率, 并不为零): the cost is disclosed, not hidden. No first person
// or name of ours may speak in the sentence (我们零利率，手续费另计… is our offer).
func zeroRateFeeShown(n []rune, a, b, ss, se int) bool {
	if !containsAny(n[a:b], zeroRateTerms) {
		return false
	}
	s := n[ss:se]
	if firstPersonBetween(s) || ourName(s) {
		return false
	}
	rest := n[b:se]
	return containsAny(rest, feeBesides) && containsAny(rest, trueCostPointers)
}

// zeroRateTerms: the words of a no-interest claim.
var zeroRateTerms = []string{"免息", "零利率", "0利率", "零息", "无息", "不收利息", "免利息", "不收息", "零利息", "0息", "0%利率", "interestfree", "zerointerest"}

// feeBesides: a fee charged besides the zero rate.
var feeBesides = []string{"另收", "另计", "另外收", "另付", "另行收取", "额外收取", "收取费用", "收取其他费用", "以服务费", "以手续费", "形式收取", "需另付", "仍收", "仍需支付", "仍要支付", "feesapply", "feeapplies", "chargesafee", "plusfees", "plusafee"}

// trueCostPointers: the true cost the reader is pointed to.
var trueCostPointers = []string{"实际成本", "实际借款成本", "真实成本", "综合成本", "年百分率", "年化", "并不为零", "不为零", "并非为零", "并非零", "不是零", "totalcost", "realcost", "apr", "eir", "effectiverate"}

// payoutRuleStated (f11_payout-rule-stated): a deduction term in a sentence
// that states the rule that the sum paid must equal the contract (实际到手金额
// 应与合同金额一致), or that meets the deduction in a condition (如遇/若发现…)
// and tells the reader to report it (请向主管机关申诉, 请向我们反映). A
// sentence that calls the shortfall normal (少一点正常) is no rule.
func payoutRuleStated(n []rune, a, b, ss, se int) bool {
	s := n[ss:se]
	if containsAny(s, []string{"正常", "没关系", "没事", "无所谓", "唔紧要", "冇问题"}) {
		return false
	}
	if containsAny(s, payoutRules) {
		return true
	}
	// the condition opening the hit's clause
	cs := a
	for cs > ss && !isListClauseEnd(n[cs-1]) {
		cs--
	}
	if prefixLen(n[cs:a], reportConditions) == 0 {
		return false
	}
	for i := b; i < se; i++ {
		for _, w := range reportVerbs {
			if hasPrefix(n[i:se], w) && !reportDissuaded(n[max(ss, i-3):i]) {
				return true
			}
		}
	}
	return false
}

// payoutRules: the rule that the sum paid equals the contract.
var payoutRules = []string{"应与合同金额一致", "应与合约金额一致", "应与借款合同金额一致", "应当与合同金额一致", "须与合同金额一致", "需与合同金额一致", "应与合同约定金额一致", "应与合同约定一致", "应与合约一致", "应与合同一致", "应等于合同金额", "应足额发放", "应全额发放", "应足额到账", "须足额发放", "shouldmatchthecontract", "mustmatchthecontract"}

// reportConditions: a condition that meets the deduction (如遇…, 若发现…).
var reportConditions = []string{"如遇", "若遇", "如果遇到", "如遇到", "若遇到", "如发现", "若发现", "如果发现", "一旦发现", "一旦遇到", "遇到", "发现", "如有", "若有", "如果有", "ifyousee", "ifyoufind", "ifthereis", "ifthereare"}

// reportVerbs: the reader told to report.
var reportVerbs = []string{"申诉", "投诉", "举报", "反映", "报警", "报案", "complain", "report"}

// reportDissuaded: the words before a report verb talk the reader out of it (别投诉, 不用反映).
func reportDissuaded(before []rune) bool {
	return containsAny(before, []string{"别", "不要", "不用", "无需", "不必", "没必要", "唔好", "唔使", "莫", "甭", "don't", "dont"})
}

// containsAny reports whether s contains any of the words.
func containsAny(s []rune, words []string) bool {
	for _, w := range words {
		if indexString(s, w) >= 0 {
			return true
		}
	}
	return false
}
