package compliance

import "strings"

// The guards here keep an excusing frame from swallowing the claim it sits
// next to: a disclosure dismissed, a consequence that is the promise itself,
// a deduction booked at the full sum, the collector ignored, the annual rate
// waved away. Each reports when a cue that would excuse a hit must not.

// rateDismissedBefore reports a disclosure dismissed in the clause right before
// an evaluation cue (甭看那年化，那是吓唬人的; 合同别细看，都是糊弄人的): the
// evaluation runs the disclosure down, it does not judge the hit.
func rateDismissedBefore(n []rune, b, st int) bool {
	cs := st
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	ps := cs - 1
	if ps < 0 || cs < b {
		return false
	}
	for ps > 0 && !isSentenceEnd(n[ps-1]) && !isClauseEnd(n[ps-1]) {
		ps--
	}
	prev := n[ps:max(ps, cs-1)]
	for _, w := range [...]string{"甭看", "别看", "不用看", "莫看", "不要看", "甭管", "别管", "不用管", "甭理", "别理", "不用理", "别信", "甭信", "别当真", "甭当真", "不用在意", "别在意", "甭在意", "别盯着", "甭盯着"} {
		d := indexString(prev, w)
		if d < 0 {
			continue
		}
		obj := prev[d+len([]rune(w)):]
		for _, t := range [...]string{"年化", "年利率", "综合成本", "apr", "合同", "费率", "利率"} {
			if k := indexString(obj, t); k >= 0 && k <= 3 {
				return true // the dismissed term is the verb's object (甭看那年化), not its topic (零利率的广告你别看)
			}
		}
	}
	return annualTopicDismissed(prev) // annual rate那个不用看: the annual rate dismissed as the topic
}

// consequencePromised reports a consequence cue right after a promise word
// (保证越借越多, 包你越滚越多, 稳稳出大事 is no shape of ours): what follows
// the guarantee is the thing promised, not a warned outcome.
func consequencePromised(n []rune, ss, st int) bool {
	from := max(ss, st-8)
	for k := st - 1; k > from; k-- {
		if isClauseEnd(n[k-1]) {
			from = k
			break
		}
	}
	rs := n[from:st]
	for _, w := range [...]string{"保证", "包你", "包您", "包管", "保你", "保您", "准保", "管保", "担保", "打包票", "guarantee", "肯定让你", "一定让你", "保證"} {
		if i := indexString(rs, w); i >= 0 && (from+i == 0 || negatorRule(n[from+i-1]) == "" && !strings.ContainsRune("敢法能可", n[from+i-1])) {
			return true
		}
	}
	return false
}

// keptAtFull reports a conversion cue in a clause that keeps the sum at its
// full amount (合同金额仍按全额计算, 利息照样按50000元计算): the deduction stated
// as our practice, booked at the full sum, is no conversion of a rate.
func keptAtFull(n []rune, st int) bool {
	cs := st
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	rs := n[cs:st]
	for _, w := range [...]string{"仍按", "仍然按", "依然按", "依旧按", "还是按", "照样按", "照旧按", "照按", "还按", "仍以", "仍然以", "依然以", "按全额", "以全额", "按足额", "按合同金额", "按借款全额", "按本金全额"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// collectorIgnored reports a topic cue whose own clause names the collector
// or lender coming (催收来了侬不要理, 银行打电话来别理): the advice is to ignore
// the debt's collection, not the topic before it.
func collectorIgnored(n []rune, b, st int) bool {
	cs := st
	for cs > b && !isClauseEnd(n[cs-1]) {
		cs--
	}
	if cs <= b {
		return false
	}
	rs := n[cs:st]
	for _, w := range [...]string{"催收", "催款", "催债", "催账", "追债", "要债", "讨债", "collection", "collector", "银行打", "平台打", "机构打", "法务"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// rateIgnoredAdvice (fix5-E f05_rate-ignored): an advice cue whose clause
// tells the reader to ignore the annual rate, the rate as its topic (年化你不要去管它,
// 年利率侬别去理伊) or its object (不要去管年化): that is the F05 claim, not advice
// against one.
func rateIgnoredAdvice(n []rune, st, en int) bool {
	cs, ce := st, en
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	rest := n[en:ce]
	if len(rest) > 0 && rest[0] == '去' {
		rest = rest[1:]
	}
	ignore := false
	for _, v := range [...]string{"管", "理", "在意", "在乎", "当真", "看", "算", "纠结"} {
		if hasPrefix(rest, v) {
			ignore = true
		}
	}
	if !ignore {
		return false
	}
	for _, t := range [...]string{"年化", "年利率", "年息", "综合成本", "apr"} {
		if indexString(n[cs:ce], t) >= 0 {
			return true
		}
	}
	return false
}

// conceptDismissed: a "concept" cue (…这个概念) after a hit whose clause tells
// the reader not to mind it (不用太纠结年化这个概念, 别管年化这个概念): the concept
// is what the claim dismisses, not a term talked about.
func conceptDismissed(n []rune, st, en int) bool {
	if indexString(n[st:en], "概念") < 0 {
		return false
	}
	cs := st
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for _, w := range [...]string{"不用", "不必", "不需要", "无需", "毋需", "甭", "别", "莫", "不要", "唔使", "唔好", "没必要", "冇必要", "用不着", "犯不着", "不管", "别管", "忽略", "忘掉", "忘了"} {
		if indexString(n[cs:st], w) >= 0 {
			return true
		}
	}
	return false
}

// wordStaked reports 这句话 followed by where the speaker puts it (我这句话放在这里,
// 话撂这儿): the speaker stakes their word on the claim, no verdict on it.
func wordStaked(n []rune, st, en int) bool {
	if indexString(n[st:en], "话") < 0 {
		return false
	}
	rest := n[en:min(len(n), en+4)]
	for _, w := range [...]string{"放在这", "放这", "撂这", "撂在这", "摆在这", "摆这", "搁这", "搁在这", "放在度", "放喺度"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// noProblemCue reports a "there is not" cue that says "no problem" (冇得事,
// 没得关系, 莫得问题): an assurance, not a denial of what follows.
func noProblemCue(n []rune, st, en int) bool {
	if en-st != 2 || n[st+1] != '得' {
		return false
	}
	rest := n[en:min(len(n), en+2)]
	for _, w := range [...]string{"事", "问题", "关系", "所谓", "啥"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}
