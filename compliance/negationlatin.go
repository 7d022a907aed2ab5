package compliance

import "strings"

// English and Latin negation (won't ask, nohiddenfees), negated lists and
// groups (不收A、B), parallel and or-joined negation and a negated manner.

// Latin word at i (nohiddenfees, withoutfineprint): spaces are gone, so the
// negator may follow another word directly.
func latinNegatedBefore(n []rune, i int) bool {
	if i > 0 && (n[i-1] == '0' || n[i-1] == '零') || i >= 2 && indexString(n[i-2:i], "任何") == 0 {
		return true
	}
	for _, w := range [...]string{"no", "without", "zero", "never", "not", "nothing", "noany", "nomore", "nota", "notan", "n'ta", "n'tan", "nevera", "n't", "wont", "willnot"} { // not a scam, isn't a trap, won't get caught
		if k := i - len([]rune(w)); k >= 0 && indexString(n[k:i], w) == 0 {
			return true
		}
	}
	return false
}

// englishNegation names an English negated verb right before the hit, with
// an optional verb of asking between (won't ask you pay upfront fee, can't
// guarantee approve, never require a deposit): the hit is refused. Short
// negators without an apostrophe need a word boundary (applicant is no
// cant).
func englishNegation(n []rune, a int) string {
	if a == 0 || !isLatin(n[a-1]) { // every word below ends in a Latin letter
		return ""
	}
	end := a
	for range 5 { // strip up to five small words between (won't ask you pay a deposit)
		found := false
		for _, br := range [...]string{"ask", "do", "does", "provide", "arrange", "handle", "process", "accept", "allow", "support", "sell", "require", "need", "tell", "make", "force", "let", "want", "expect", "charge", "collect", "demand", "offer", "give", "pay", "you", "u", "to", "for", "any", "the", "an", "a"} {
			if k := end - len(br); k >= 0 && indexString(n[k:end], br) == 0 {
				end, found = k, true
				break
			}
		}
		if !found {
			break
		}
	}
	for _, w := range [...]string{"won't", "wouldn't", "don't", "doesn't", "didn't", "can't", "couldn't", "shouldn't", "mustn't", "isn't", "aren't", "willnot", "willnever", "donot", "doesnot", "cannot", "wont", "dont", "doesnt", "never", "not", "no"} {
		k := end - len([]rune(w))
		if k < 0 || indexString(n[k:end], w) != 0 {
			continue
		}
		if !strings.ContainsRune(w, '\'') && len(w) <= 5 && k > 0 && isLatin(n[k-1]) && w != "never" && !latinAdverbBefore(n, k) {
			continue
		}
		if w == "never" && k >= 3 && indexString(n[k-3:k], "whe") == 0 {
			continue
		}
		if w == "no" && !hasPrefix(n[end:], "need") {
			continue // fixE: no need (to) add…: the need is refused; a bare no is latinNegator's
		}
		if end == a && (w == "not" || w == "never") {
			return "" // latinNegator's own case
		}
		return "negation:english"
	}
	return ""
}

// negatorRule names a one-character negator ("" if r is none); constant
// strings keep checks allocation-free.
func negatorRule(r rune) string {
	switch r {
	case '不':
		return "negation:不"
	case '没':
		return "negation:没"
	case '无':
		return "negation:无"
	case '非':
		return "negation:非"
	case '未':
		return "negation:未"
	case '别':
		return "negation:别"
	case '勿':
		return "negation:勿"
	case '莫':
		return "negation:莫"
	case '冇': // Cantonese 没有 (我哋冇内部渠道)
		return "negation:冇"
	case '覅': // Wu 不要 (验证码千万覅告诉别人)
		return "negation:覅"
	case '嫑': // northwestern 不要 (验证码嫑给别人)
		return "negation:嫑"
	}
	return ""
}

// latinNegator names an English negator written right before the hit as a
// word of its own (no 内部渠道, not 秒批, never 包过; not know包过 or
// no problem 包过, where the negator is no word of its own or not adjacent).
func latinNegator(n []rune, a int) string {
	for a > 0 && strings.ContainsRune("'\"“”‘’「『", n[a-1]) {
		a-- // no 'number one', no “best”: the refused word quoted
	}
	for _, w := range [...][2]string{{"no", "negation:no"}, {"not", "negation:not"}, {"never", "negation:never"}, {"non", "negation:non"}} {
		k := a - len(w[0])
		if k < 0 || indexString(n[k:a], w[0]) != 0 || k > 0 && isLatin(n[k-1]) && !latinAdverbBefore(n, k) {
			continue
		}
		return w[1] // constant strings keep checks allocation-free
	}
	return ""
}

// latinAdverbBefore reports an English adverb written as a word of its own
// right before k (also not No.1, really not 包过, definitely never 秒批):
// spaces are gone, so the negator follows it directly.
func latinAdverbBefore(n []rune, k int) bool {
	for _, w := range [...]string{"also", "just", "really", "definitely", "certainly", "surely", "absolutely", "still", "actually", "honestly", "totally", "please", "pls", "so"} {
		s := k - len(w)
		if s >= 0 && indexString(n[s:k], w) == 0 && (s == 0 || !isLatin(n[s-1])) {
			return true
		}
	}
	return false
}

// inWord reports a negator character that ends a word and negates nothing:
// 特别, 辨别, 区别, 分别, 识别 (我特别想做流水).
func inWord(n []rune, i int) bool {
	if i == 0 {
		return false
	}
	switch n[i] {
	case '别':
		switch n[i-1] {
		case '特', '辨', '区', '分', '识', '告', '级', '类', '性', '鉴', '差', '派', '判':
			return true
		}
	case '非': // 无非 (merely), 莫非 (could it be), 除非 (unless) deny nothing
		switch n[i-1] {
		case '无', '莫', '除':
			return true
		}
	}
	return false
}

// parallelNegation reports a negator that opens the hit again after its own
// object (不用工作证明不用流水; 无需抵押无需担保): the hit is the next item
// of a list of selling points, not in the first negator's scope.
func parallelNegation(n []rune, ms, me, a int) bool {
	k := me - ms
	if me >= a || a+k > len(n) {
		return false
	}
	for i := 0; i < k; i++ {
		if n[ms+i] != n[a+i] {
			return false
		}
	}
	return true
}

// refusalVerb reports a negation that refuses a service or a request (不提供,
// 不接受, 不办理 …), not one that opens a selling point (无需, 不收).
func refusalVerb(cue []rune) bool {
	for _, w := range [...]string{"不提供", "不接受", "不办理", "不做", "不从事", "不涉及", "不支持", "不允许", "不帮", "不协助", "不受理", "概不受理", "唔接受", "唔办理", "唔会提供", "唔受理"} {
		if string(cue) == w {
			return true
		}
	}
	return false
}

// listHead reports a list item followed only by the noun that heads the
// whole enumeration and ends its clause (代办、代签服务; 刷流水这类业务).
func listHead(n []rune, b int) bool {
	e := b
	for e < len(n) && !isListClauseEnd(n[e]) {
		e++
	}
	rest := string(n[b:e])
	for _, w := range [...]string{"服务", "业务", "等服务", "等业务", "这类服务", "这类业务", "之类的服务", "之类的业务", "等行为", "行为", "service", "services"} {
		if rest == w || rest == w+"的" {
			return true
		}
	}
	return false
}

// refusedGroup: a negator and a preposition right before a lending claim
// about a group (不向在校学生放款, 不对无收入人士放贷): a group refused,
// not invited.
func (j *judge) refusedGroup(a, b int) string {
	p := a - 1 // the group may carry an attribute (不向未满22周岁的在校学生放款)
	for p > 1 && a-p <= negWindow+4 && !isClauseEnd(j.n[p]) && !(strings.ContainsRune("向对为", j.n[p]) && (negatorRule(j.n[p-1]) != "" || j.n[p-1] == '唔')) {
		p--
	}
	if p < 1 || isClauseEnd(j.n[p]) || !strings.ContainsRune("向对为", j.n[p]) || negatorRule(j.n[p-1]) == "" && j.n[p-1] != '唔' {
		return ""
	}
	h := j.n[a:b]
	for _, w := range [...]string{"放款", "放贷", "贷款", "借款", "下款", "批核", "批出", "开放", "提供借", "提供贷"} {
		if indexString(h, w) >= 0 {
			return "negation:不向"
		}
	}
	return ""
}

// latinGapNegation: an English "no/not/never (for)" written as words of their
// own at the end of a claim's gap (loan money no for stocks, money not for
// bitcoin); a space removed before the negator (a jump in src) marks it as a
// word, so casino for stocks is none.
func (j *judge) latinGapNegation(a, b int) string {
	end := b
	for _, w := range [...]string{"for", "into", "in", "to"} {
		if k := end - len(w); k > a && indexString(j.n[k:end], w) == 0 {
			end = k
			break
		}
	}
	for _, w := range [...]string{"no", "not", "never"} {
		k := end - len(w)
		if k < a || indexString(j.n[k:end], w) != 0 {
			continue
		}
		if k > 0 && isLatin(j.n[k-1]) && (k >= len(j.src) || j.src[k]-j.src[k-1] <= 1) {
			continue
		}
		return "negation:english"
	}
	return ""
}

// noNeedListed reports a no-need cue at [st, en) whose object, a requirement
// waived (审核, 工作证明, 抵押), ends right before the hit: the waiver is a
// claim of its own listed beside the hit (✅ 无需审核 ✅ 人人可借, 免抵押免担保
// 当天下款), not a negation of it.
func noNeedListed(n []rune, st, en, a int) bool {
	if en >= a || a-en > 12 || prefixLen(n[st:en], []string{"无需", "无须", "不需要", "不用", "不必", "免", "毋须", "唔使", "唔需要", "用不着", "冇需要"}) != en-st {
		return false
	}
	obj := n[en:a]
	for _, w := range [...]string{"审核", "审批", "证明", "流水", "抵押", "担保", "面签", "资料", "材料", "门槛", "社保", "公积金", "征信", "查征信", "工作", "收入", "押金", "本人到场", "人脸"} {
		if hasSuffixRunes(obj, w) {
			return true
		}
	}
	return false
}

// englishNoSubject: an English clause whose subject is "no …" / nobody / no
// one, written in English up to the hit (No investment has a guaranteed
// return, Nobody can promise approval, No lender gives 100% approval): the
// claim is denied of everyone. No problem / no worries / no need … open a
// shrug, not a denial.
func (j *judge) englishNoSubject(cs, a, cond int) string {
	n := j.n
	if a-cs < 4 || a-cs > 40 || cond >= 0 && cs > cond {
		return ""
	}
	for i := cs; i < a; i++ {
		if !isLatin(n[i]) && n[i] != '\'' && n[i] != '’' {
			return ""
		}
	}
	k := prefixLen(n[cs:a], []string{"nobody", "noone", "nothing", "none", "no"})
	if k == 0 || cs+k >= len(j.src) || j.src[cs+k]-j.src[cs+k-1] <= 1 {
		return "" // now, note, nobody's word: no word of its own
	}
	for _, w := range [...]string{"problem", "worr", "need", "matter", "doubt", "wonder", "joke", "kidding", "lie", "cap", "risk", "fear", "hassle", "stress", "wait", "issue", "check", "credit", "document", "doc", "deposit", "fee", "collateral", "payslip", "income", "proof", "interest", "charge", "hidden", "paperwork", "requirement", "question", "consequence", "effect", "impact", "limit", "bank", "ccris", "ctos"} {
		if hasPrefix(n[cs+k:a], w) {
			return ""
		}
	}
	for _, w := range [...]string{"our", "beat", "better", "than", "compare", "like", "else", "close"} {
		if indexString(n[cs+k:a], w) >= 0 {
			return "" // Nothing beats our…, no one else…: a boast
		}
	}
	if hasPrefix(n[cs+k:a], "pay") && payDeadlineThreat(n, cs+k+3, a) {
		return "" // No pay by Friday we blast…: the condition of a threat
	}
	if j.exceptAfter(a) {
		return "" // Nobody can erase your record except us: the claim made ours alone
	}
	return "negation:english-subject"
}

// listNounAfter reports a short modifier and a head noun naming what the listed
// items are (等敏感信息, 等重要资料, 等个人隐私): the list made a topic.
func listNounAfter(rs []rune) bool {
	for k := 0; k <= 4 && k < len(rs); k++ {
		if isListClauseEnd(rs[k]) || rs[k] >= '0' && rs[k] <= '9' {
			return false
		}
		if prefixLen(rs[k:], []string{"信息", "资料", "数据", "隐私", "资讯", "私隐"}) > 0 {
			return true
		}
	}
	return false
}

// orReach: extra runes a negation reaches over the first of two items joined
// by 或/和/及 (不会要求您添加私人联系方式或提供验证码).
const orReach = 10

// orJoined reports a hit right after a conjunction (或, 或者, 和, 及, 以及,
// 与) whose first item follows the negator in the same clause.
func orJoined(n []rune, neg, a int) bool {
	if a-neg < 2 || hasClauseEnd(n[neg:a]) {
		return false
	}
	rs := n[neg:a]
	for _, w := range [...]string{"或者", "以及", "或是", "还有", "或", "和", "及", "与", "跟", "or", "and"} {
		if hasSuffixRunes(rs, w) && len(rs) > len([]rune(w)) {
			return true
		}
	}
	return false
}

// mannerNegated reports a paraphrase gap that opens on an imperative negator
// and holds only a short manner adverbial before the claim's next word
// (别硬撑着借新的, 不要急着, 千万别盲目, 莫再): advice against doing it. A
// negated feeling (别怕, 别担心, 别犹豫) is reassurance and does not count.
func mannerNegated(n []rune, a, b int) string {
	neg := prefixLen(n[a:b], []string{"千万不要", "千万别", "切勿", "不要", "别", "莫", "甭", "唔好", "冇要"})
	if neg == 0 || a+neg >= b || b-(a+neg) > 5 {
		return ""
	}
	rest := n[a+neg : b]
	for _, w := range [...]string{"怕", "担心", "犹豫", "慌", "急", "愁", "紧张", "错过", "等", "客气", "管", "想", "理", "听", "信"} {
		if hasPrefix(rest, w) && !hasPrefix(rest, "急着") {
			return ""
		}
	}
	if hasClauseEnd(rest) {
		return ""
	}
	if rest[len(rest)-1] == '着' || prefixLen(rest, []string{"再", "又", "盲目", "随便", "轻易", "贸然", "乱", "硬着头皮", "急着", "忙着", "去", "为了"}) == len(rest) {
		return "negation:" + string(n[a:a+neg])
	}
	return ""
}
