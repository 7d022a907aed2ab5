package compliance

import "strings"

// Honest replies whose refusal, hedge or caution stands apart from the term:
// a substitution said to be impossible after the hit (签字刷脸都得你本人来，
// 别人替不了), a hedge right before an outcome or speed (钱不一定当天到), a
// maxim that turns a superlative onto what the reader can repay (最好的贷款，
// 是你还得起的那一笔), and a quoted term named as a topic and then cautioned
// (关于“零利息”的宣传，要注意…).

// replyExcuse returns the rule of one of the shapes above, or "".
func (j *judge) replyExcuse(c *cand, a, b, ss, se int) string {
	cat := j.s.phrases[c.phrase].Category
	switch {
	case cat == "F09" && (standInRefused(j.n, b) || j.standInRefusedSpaced(b)):
		return "negation:替不了"
	case (cat == "F01" || cat == "F02" || cat == "F06") && hedgedBefore(j.n, ss, a):
		return "frame:hedge:不一定"
	case cat == "F18" && capacityMaxim(j.n, b, se):
		return "frame:maxim:还得起"
	case quotedTopicCautioned(j.n, a, b, ss, se):
		return "frame:advice:要注意"
	case cat == "F17" && keptSafe(j.n, ss, a, b, se):
		return "frame:advice:保护好"
	case cat == "F05" && annualInstead(j.n, ss, a):
		return "frame:advice:看年化"
	case cat == "F10" && costDisguised(j.n, ss, a):
		return "frame:evaluation:成本转成"
	case cat == "F10" && whateverNamedRefused(j.n, ss, a, b, se):
		return "frame:topic:不管叫"
	}
	return ""
}

// standInRefused (f09_stand-in-refused): a stand-in hit ending on its verb
// (替, 代, 顶) followed by a potential negative that closes its clause
// (别人替不了, 谁也代不了, 旁人顶替不得): the substitution said impossible.
func standInRefused(n []rune, b int) bool {
	if b < 1 || b >= len(n) || !strings.ContainsRune("替代顶签办", n[b-1]) {
		return false
	}
	k := prefixLen(n[b:], []string{"不了", "不得", "不来", "唔到", "唔嚟"})
	if k == 0 || indexString(n[b:], "不得了") == 0 || indexString(n[b:], "不得不") == 0 {
		return false
	}
	rest := n[b+k:]
	for i, r := range rest {
		if isClauseEnd(r) || isSentenceEnd(r) {
			break
		}
		if !strings.ContainsRune("的啊哦呢啦哈呀嘅㗎喔", r) || i > 2 {
			return false
		}
	}
	return true
}

// standInRefusedSpaced widens standInRefused to a chat line whose clauses are
// split by spaces, not commas (人脸识别要你本人做哈 别人代不了的 也莫让别人代):
// the potential negative and its particles end where a space was removed.
func (j *judge) standInRefusedSpaced(b int) bool {
	n := j.n
	if b < 1 || b >= len(n) || !strings.ContainsRune("替代顶签办", n[b-1]) {
		return false
	}
	k := prefixLen(n[b:], []string{"不了", "不得", "不来", "唔到", "唔嚟"})
	if k == 0 || indexString(n[b:], "不得了") == 0 || indexString(n[b:], "不得不") == 0 {
		return false
	}
	for i := b + k; i <= b+k+3; i++ {
		if i >= len(n) || isClauseEnd(n[i]) || i < len(j.src) && j.src[i]-j.src[i-1] > 1 {
			return true
		}
		if !strings.ContainsRune("的啊哦呢啦哈呀嘅㗎喔", n[i]) {
			return false
		}
	}
	return false
}

// hedgeWords withhold an outcome or speed right before it (钱不一定当天到,
// 未必能当天批, 不见得马上到账).
var hedgeWords = []string{"不一定", "未必", "不见得", "唔一定", "不一定会", "未必会", "不一定都", "未必都", "不保证都"}

// hedgedBefore (f02_hedged-speed): a hedge word stands at most one rune before
// the hit in its clause and is not itself negated away (不一定不…) or a
// waiver (不一定要本人).
func hedgedBefore(n []rune, ss, a int) bool {
	for gap := 0; gap <= 1; gap++ {
		for _, w := range hedgeWords {
			k := a - gap - len([]rune(w))
			if k < ss || indexString(n[k:a-gap], w) != 0 {
				continue
			}
			if gap == 1 && !strings.ContainsRune("能会都是", n[a-1]) {
				continue
			}
			if k > 0 && (n[k-1] == '不' || n[k-1] == '也' && k > 1 && n[k-2] == '不') {
				continue
			}
			return true
		}
	}
	return false
}

// capacityMaxim (f18_capacity-maxim): a superlative about loans, then 是/就是
// and what the reader can bear (最好的贷款，是你还得起的那一笔; 最划算的借款
// 就是您负担得起的): the best is defined by the reader's means, no rank
// claimed. Our own voice in the rest makes it a boast again.
func capacityMaxim(n []rune, b, se int) bool {
	i := b
	for i < se && (n[i] == '，' || n[i] == ',' || n[i] == '就' || n[i] == '其' || n[i] == '实') {
		i++
	}
	if i >= se || n[i] != '是' {
		return false
	}
	rest := n[i+1 : se]
	if firstPersonBetween(rest) || indexString(rest, "本平台") >= 0 || indexString(rest, "咱") >= 0 {
		return false
	}
	for _, w := range [...]string{"还得起", "还得上", "还得了", "负担得起", "承受得起", "承担得起", "能按时还", "能还上", "还款压力小", "真正需要", "确实需要", "用得上"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// quotedTopicCautioned (f05_quoted-topic-caution): a heading word (关于, 对于,
// 说到) opens the sentence, the hit stands in quotes followed by what names
// it as advertising (的宣传, 这类广告, 的说法), and the next clause opens on a
// caution (要注意, 请核实, 要看清): the term is explained, not offered.
func quotedTopicCautioned(n []rune, a, b, ss, se int) bool {
	if prefixLen(n[ss:a], []string{"关于", "对于", "针对", "说到", "谈到", "至于"}) == 0 || a < 1 || !isOpenQuote(n[a-1]) ||
		firstPersonBetween(n[ss:a]) || b >= se || !isCloseQuote(n[b]) {
		return false
	}
	i := b + 1
	k := prefixLen(n[i:se], []string{"的宣传", "这类宣传", "这种宣传", "之类的宣传", "的广告", "这类广告", "这种广告", "的说法", "这种说法", "这类说法", "的营销"})
	if k == 0 {
		return false
	}
	i += k
	if i >= se || !isClauseEnd(n[i]) {
		return false
	}
	i++
	i += prefixLen(n[i:se], []string{"您", "你", "大家", "一定", "务必", "请"})
	return prefixLen(n[i:se], []string{"要注意", "需注意", "注意", "要留意", "留意", "要看清", "看清", "要核实", "核实", "要问清", "问清", "要警惕", "警惕", "要小心", "小心", "需要注意", "应注意", "应当注意"}) > 0
}

// keptSafe (f17_kept-safe): a secret named as what to keep safe, in the hit's
// clause (请保护好您的验证码和银行卡密码，不要透露给任何人), with nobody of
// ours in the sentence to hand it to (保护好密码，发我就行 still asks for it).
func keptSafe(n []rune, ss, a, b, se int) bool {
	cs := a
	for cs > ss && !isClauseEnd(n[cs-1]) {
		cs--
	}
	if firstPersonBetween(n[ss:se]) || handedOn(n[b:se]) {
		return false
	}
	for _, w := range [...]string{"保护好", "保管好", "妥善保管", "妥善保护", "保密好", "看管好", "守好", "藏好", "注意保护", "注意保管"} {
		if k := indexString(n[cs:a], w); k >= 0 && (cs+k == 0 || n[cs+k-1] != '不') {
			return true
		}
	}
	return false
}

// annualInstead (f05_annual-instead): the sentence tells the reader to look at
// the yearly rate and not at the daily or monthly one, and the hit stands
// after that "don't look" (侬就看年化，别看日息，日息看着都小). With the
// yearly rate itself waved off (别看年化，看日息) it is the claim.
func annualInstead(n []rune, ss, a int) bool {
	look := -1
	for _, w := range [...]string{"看年化", "看年利率", "看apr", "看年息", "看综合年化"} {
		if k := indexString(n[ss:a], w); k >= 0 && (look < 0 || ss+k < look) {
			look = ss + k
		}
	}
	if look < 0 || look > 0 && strings.ContainsRune("别莫甭勿不", n[look-1]) {
		return false
	}
	k := look
	for k > ss && !isClauseEnd(n[k-1]) {
		k--
	}
	if firstPersonBetween(n[ss:a]) {
		return false
	}
	for _, w := range [...]string{"别看", "不要看", "莫看", "甭看", "不用看", "唔好睇", "别只看", "不要只看"} {
		if i := indexString(n[look:a], w); i >= 0 {
			return true
		}
	}
	return false
}

// costDisguised (f10_cost-disguised): advertising said to move the cost into a
// fee, the fee named as where it went (零利息之类的宣传往往把成本转成了手续费或
// 会员费): the fee is exposed, not charged. It needs the ads as the subject
// and no first person before the fee.
func costDisguised(n []rune, ss, a int) bool {
	before := n[ss:a]
	if firstPersonBetween(before) {
		return false
	}
	ad := false
	for _, w := range [...]string{"宣传", "广告", "有些平台", "有的平台", "一些平台", "某些平台", "这类产品", "这种产品"} {
		ad = ad || indexString(before, w) >= 0
	}
	if !ad {
		return false
	}
	for _, w := range [...]string{"转成", "转嫁", "变成", "换成", "藏在", "藏进", "包装成", "挪到", "转移到", "转到"} {
		if indexString(before, w) >= 0 && (indexString(before, "成本") >= 0 || indexString(before, "利息") >= 0) {
			return true
		}
	}
	return false
}

// whateverNamedRefused (f10_whatever-named): a fee in a clause that opens on
// "whatever it is called" (不管叫保证金还是解冻费, 无论叫什么名目), and the
// next clause refuses it (都别交, 一律不要转): every name is refused.
func whateverNamedRefused(n []rune, ss, a, b, se int) bool {
	cs := a
	for cs > ss && !isClauseEnd(n[cs-1]) {
		cs--
	}
	named := false
	for _, w := range [...]string{"不管叫", "无论叫", "不论叫", "管它叫", "不管是叫", "无论是叫", "不管名目", "无论名目", "不管它叫", "不管什么名目", "无论什么名目"} {
		named = named || indexString(n[cs:a], w) >= 0
	}
	if !named || firstPersonBetween(n[ss:se]) {
		return false
	}
	ce := clauseEndWithin(n, b, se)
	if ce >= se {
		return false
	}
	return prefixLen(n[ce+1:se], []string{"都别", "都不要", "一律别", "一律不要", "统统别", "通通别", "全都别", "都不能", "一律不能", "都不用", "都莫", "一概别", "一概不要", "都唔好"}) > 0
}

// handedOn reports a rest of the sentence that passes the secret on (…告诉客服,
// 发给专员) with no refusal in it (不要透露给任何人 refuses).
func handedOn(rest []rune) bool {
	hand := false
	for _, w := range [...]string{"发给", "告诉", "提供给", "报给", "给客服", "给专员", "回复", "填到", "填在", "输入到"} {
		hand = hand || indexString(rest, w) >= 0
	}
	if !hand {
		return false
	}
	for _, w := range [...]string{"不要", "别", "勿", "不能", "不可", "千万不", "不得"} {
		if indexString(rest, w) >= 0 {
			return false
		}
	}
	return true
}
