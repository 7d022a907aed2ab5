package compliance

import "strings"

// Frames for honest lines that share a promise's words:
// advice to pay an overdue off yourself (建议先把逾期处理掉), an amount tied to
// the contract (合同上写多少，你卡上就到多少，一分都不会少), borrowing only what is
// needed (要多少就借多少，别贪多), a report-it line (要是有人私下找你要钱，你跟俺说)
// and a Wu refusal of a use (不好拿去付首付，也不好炒股).

// assuranceFrame returns the excuse of the frames above, or "".
func (j *judge) assuranceFrame(c *cand, a, b, ss, se int) string {
	switch j.s.phrases[c.phrase].Category {
	case "F12":
		if j.settleAdvice(a, b, ss, se) {
			return "frame:advice:settle-it-yourself"
		}
	case "F06":
		if contractAmount(j.n, a, b, ss) {
			return "frame:conversion:contract-amount"
		}
		if needOnly(j.n[ss:se]) || moderationAdvised(j.n, b) != "" && !amountLeftOpen(j.n[ss:se]) { // 别因为limit高就全拿
			return "frame:advice:borrow-what-you-need"
		}
	}
	if askFirst(j.n, a, b, se) {
		return "frame:advice:ask-first"
	}
	if j.reportLine(a, ss, se) {
		return "frame:attributed:report-it"
	}
	if wuRefusal(j.n, a, ss) {
		return "negation:不好"
	}
	return ""
}

// settleAdvice (f12_settle-advice): advice to settle an overdue yourself — the
// hit opened by 把 after an advice word in its clause (建议先把逾期处理掉, 最好先把
// 逾期还清) — with nobody offered to do it: no 帮/替/first person/交给/渠道 in the
// sentence (先把逾期交给我们处理掉 and 逾期帮你处理掉 still block).
func (j *judge) settleAdvice(a, b, ss, se int) bool {
	cs, _ := j.bounds(a, b, isClauseEnd)
	ba := -1 // 把 opens the hit or a short noun before it (建议先把信用卡逾期处理掉)
	for k := a - 1; k >= max(cs, a-5); k-- {
		if j.n[k] == '把' {
			ba = k
			break
		}
	}
	if ba < 0 {
		return false
	}
	if !settleable(j.n[a:b]) {
		return false
	}
	adv := false
	for _, w := range [...]string{"建议", "最好", "请先", "请您先", "请你先", "尽快把", "赶紧把", "赶快把", "尽早把", "务必把", "记得把"} {
		if indexString(j.n[cs:ba+1], w) >= 0 {
			adv = true
		}
	}
	if !adv {
		return false
	}
	for _, r := range j.n[ss:se] {
		if strings.ContainsRune("帮替我咱俺额", r) {
			return false
		}
	}
	for _, w := range [...]string{"交给", "渠道", "门路", "关系", "搞定", "包", "我们", "找人", "费", "花钱", "花点", "收", "元", "块钱"} {
		if indexString(j.n[ss:se], w) >= 0 {
			return false
		}
	}
	return true
}

// settleable reports a hit about a debt that can be paid off (逾期, 欠款, 账单)
// and not about a record to be cleaned (修复, 洗白, 消掉, 弄干净).
func settleable(rs []rune) bool {
	for _, w := range [...]string{"修复", "洗", "消", "删", "干净", "抹", "去掉", "记录", "报告"} {
		if indexString(rs, w) >= 0 {
			return false
		}
	}
	for _, w := range [...]string{"逾期", "欠款", "欠费", "欠的", "账单", "信用卡", "网贷", "贷款"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// contractAmount (f06_contract-amount): "not a cent less" said of the sum the
// contract states (合同上写多少，你卡上就到多少，一分都不会少; 借款合同金额多少，到账
// 就是多少，一分不少) — a no-deduction assurance, no promise of the amount granted.
// The hit must be a 一分…少 form (批满, 满额 still block).
func contractAmount(n []rune, a, b, ss int) bool {
	if !strings.ContainsRune(string(n[a:b]), '少') || !strings.ContainsRune(string(n[a:b]), '分') {
		return false
	}
	for _, w := range [...]string{"合同上", "合同写", "合同里", "合同金额", "合同约定", "合同签", "合同载明", "合同列明", "contract"} {
		if indexString(n[ss:a], w) >= 0 {
			return true
		}
	}
	return false
}

// needOnly (f06_borrow-need-only): 要多少借多少 said with restraint in its
// sentence (别贪多, 够用就行, 别多借): borrow what you need, no promise of amount.
func needOnly(rs []rune) bool {
	if amountLeftOpen(rs) {
		return false // 别贪多犹豫，额度随便用: the amount is still promised
	}
	for _, w := range [...]string{"别贪多", "不要贪多", "莫贪多", "切勿贪多", "不贪多", "别多借", "不要多借", "莫多借", "切勿多借", "别借多", "不要借多", "够用就行", "够用就好", "够用就可以",
		"按需借", "按需申请", "别贪心", "不要贪心", "唔好贪多", "多借一块钱就多", "多借就多付", "多借多付息", "dontborrowmore", "don'tborrowmore", "onlyborrowwhatyouneed"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// amountLeftOpen reports a sentence that still leaves the amount open
// (随便, 不限, 都能批 …).
func amountLeftOpen(rs []rune) bool {
	for _, w := range [...]string{"随便", "随意", "上限", "不限", "都能批", "都给批", "nolimit", "unlimited"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// reportLine (f19_report-it): someone else's approach put as a condition (要是
// 有人私下找你要钱, 如果有人让你先交费) and the reader told to tell us or report it
// (你跟俺说, 告诉我们, 直接举报): a warning, not an offer of the channel.
func (j *judge) reportLine(a, ss, se int) bool {
	cs, ce := j.bounds(a, a, isClauseEnd)
	pre := j.n[cs:a]
	if indexString(pre, "有人") < 0 && indexString(pre, "别人") < 0 && indexString(pre, "陌生人") < 0 && indexString(pre, "someone") < 0 {
		return false
	}
	if prefixLen(pre, []string{"要是", "如果", "假如", "若", "如有", "万一", "一旦", "倘若", "if", "凡是", "但凡"}) == 0 {
		return false
	}
	if firstPersonBetween(j.n[cs:ce]) {
		return false
	}
	rest := j.n[ce:se]
	for _, w := range [...]string{"跟我说", "跟俺说", "跟额说", "跟我讲", "跟俺讲", "告诉我", "告诉俺", "和我说", "同我讲", "联系我们", "联系客服", "告诉客服", "找客服", "举报", "报警", "投诉", "tellus", "tellme", "reportit"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// wuRefusal (f14_wu-buhao): Wu 不好 = must not, right before the hit or before a
// use verb opening it (转贷额钞票不好拿去付首付，也不好炒股). 搞不好 (maybe) and 不好意思
// are no refusal; the hit must sit in its own clause with no first person
// offering it.
func wuRefusal(n []rune, a, ss int) bool {
	i := a
	for _, v := range [...]string{"拿去", "拿来", "用来", "用于", "用去", "去"} {
		if k := len([]rune(v)); i-k >= ss && hasPrefix(n[i-k:], v) {
			i -= k
			break
		}
	}
	if i-2 < ss || n[i-2] != '不' || n[i-1] != '好' {
		return false
	}
	if i-3 >= ss && !isClauseEnd(n[i-3]) && !strings.ContainsRune("也都可就还再是万钱票款额子贷金", n[i-3]) {
		return false // 搞不好, 征信不好就用…: no refusal
	}
	if n[a] == '就' || n[a] == '则' {
		return false
	}
	k := i - 3
	for k >= ss && !isClauseEnd(n[k]) {
		if n[k] == '我' || n[k] == '咱' || n[k] == '俺' {
			return false
		}
		k--
	}
	return true
}

// askFirst (f14_ask-first): a claim asked (零首付购车？) or named as a topic
// (说零首付的，) and answered by "find out the cost first" (先问清楚年化利率和总还款额
// 再决定): the answer must name a cost or term and offer nothing (no first
// person, no 帮你/直接办).
func askFirst(n []rune, a, b, se int) bool {
	p := -1
	if se < len(n) && (n[se] == '?' || n[se] == '？') {
		p = se + 1
	} else {
		ce := b
		for ce < len(n) && !isClauseEnd(n[ce]) {
			ce++
		}
		if ce < len(n) && ce > b && n[ce-1] == '的' && !isSentenceEnd(n[ce]) {
			p = ce + 1
		}
	}
	if p < 0 || p >= len(n) {
		return false
	}
	for k := 0; k < 3; k++ {
		p += prefixLen(n[p:], []string{"请您", "请你", "请", "建议您", "建议你", "建议", "您", "你", "最好", "务必", "一定要", "记得"})
	}
	if prefixLen(n[p:], askFirstVerdicts) == 0 {
		return false
	}
	e := p
	for e < len(n) && !isSentenceEnd(n[e]) {
		e++
	}
	ans := n[p:e]
	if firstPersonBetween(ans) || indexString(ans, "帮你") >= 0 || indexString(ans, "帮您") >= 0 || indexString(ans, "直接办") >= 0 || indexString(ans, "也没用") >= 0 {
		return false
	}
	for _, w := range [...]string{"年化", "利率", "费用", "总还款", "还款总额", "成本", "利息", "合同", "条款", "月供", "apr", "fee", "cost"} {
		if indexString(ans, w) >= 0 {
			return true
		}
	}
	return false
}
