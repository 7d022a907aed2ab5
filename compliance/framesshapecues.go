package compliance

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shapes that judge a cue's own clause: a spoken percent, an example
// closed, a question granted, a label shown, a consequence or belief denied,
// a cost judged, a conceded cue, the new, deny and refused-request cues.

// spokenPercent reports a rate said in words (百分之十二, 百分之一点五): a figure
// for a conversion (月息百分之一，即係年息大约百分之十二).
func spokenPercent(rs []rune) bool {
	for i := 0; i+3 < len(rs); i++ {
		if rs[i] == '百' && rs[i+1] == '分' && rs[i+2] == '之' && (isChineseDigit(rs[i+3]) || rs[i+3] == '十' || rs[i+3] == '零') {
			return true
		}
	}
	return false
}

// exampleClosed reports an answer closed by pointing back at the term asked
// about (…，这就是！ 呢个就系): the sentence is an example of the term.
func exampleClosed(rs []rune) bool {
	for _, w := range [...]string{"这就是", "这就是了", "这个就是", "就是这个", "这就叫这个", "呢个就系", "咁就系", "就系呢个", "这便是"} {
		if k := len(rs) - len([]rune(w)); k >= 0 && indexString(rs[k:], w) == 0 {
			return true
		}
	}
	return false
}

// askedThenGranted: a question reported (有人问能不能不查征信) whose answer in
// the same sentence grants it (这个没问题, 不用担心, 放心) — the answer is our
// own voice, not the asker's; an answer that refuses (正规贷款都要查) is none.
// The hit must lie in the question's clause too.
func askedThenGranted(n []rune, en, a, se int) bool {
	ce := en
	for ce < se && strings.ContainsRune("：:“\"「", n[ce]) {
		ce++ // 客户问：…, 有人问“…”: the question follows the colon or quote
	}
	for ce < se && !isClauseEnd(n[ce]) {
		ce++
	}
	if a >= ce {
		return true // the hit is in the answer, not in the question
	}
	rest := n[ce:se]
	for _, w := range [...]string{"正规", "都要查", "都会查", "必须查", "不可能", "做不到", "办不到", "不做", "不行", "骗", "违法", "违规", "不能", "没有这种", "没有这样"} {
		if indexString(rest, w) >= 0 {
			return false
		}
	}
	for _, w := range [...]string{"没问题", "冇问题", "noproblem", "可以不", "能不查", "能不看", "我们不查", "我们不看", "不用担心", "不必担心", "无需担心", "唔使担心", "放心", "可以的", "当然可以", "当然能", "能办", "可以办", "没事", "冇事", "不要紧", "包你", "包您", "搞得定", "搞得掂", "小事", "简单"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// labelShown reports an evaluation word put on the applicant for others to
// see (发到群里让大家看看你是骗子, 让所有人知道 scammer ka): a label we
// threaten to post, not our verdict on the hit.
func labelShown(n []rune, ss, st int) bool {
	for _, w := range [...]string{"让大家看看", "让大家知道", "让大家都看看", "让大家都知道", "让所有人看看", "让所有人知道", "给大家看看", "让亲戚朋友看看", "让亲友看看", "让你朋友看看", "让街坊看看", "告诉大家"} {
		k := st
		for k > ss && k > st-3 && strings.ContainsRune("你您是个就都", n[k-1]) {
			k--
		}
		l := utf8.RuneCountInString(w)
		if k-l >= ss && indexString(n[k-l:k], w) == 0 {
			return true
		}
	}
	return false
}

// consequenceDenied reports a denial just before a consequence cue in its
// clause (银行也不会提前收贷, 根本不会被抽贷): the consequence is waved away,
// which reassures rather than warns. 不然/要不 (otherwise) keeps the warning.
func consequenceDenied(n []rune, ss, st int) bool {
	for k := st - 1; k >= ss && k >= st-6 && !isClauseEnd(n[k]); k-- {
		switch n[k] {
		case '不', '唔', '没', '冇':
			if k+1 < st && strings.ContainsRune("然则", n[k+1]) || k+1 == st {
				continue
			}
			if k+1 < len(n) && strings.ContainsRune("会怕用至使", n[k+1]) || n[k] == '没' || n[k] == '冇' {
				return true
			}
		}
	}
	return consequenceShrugged(n, ss, st)
}

// consequenceShrugged reports a consequence played down (顶多会上征信, 最多被起诉,
// 大不了背个锅, at most): it is offered as small, not warned of.
func consequenceShrugged(n []rune, ss, st int) bool {
	lo := max(ss, st-8)
	for _, w := range [...]string{"顶多", "最多", "大不了", "至多", "充其量", "无非", "也就是", "也就", "不过是", "只不过", "atmost", "atworst", "paling"} {
		if indexString(n[lo:st], w) >= 0 {
			return true
		}
	}
	return false
}

// costJudged reports a term opening its sentence (过桥资金…) followed by a
// verdict on its cost (成本较高, 利息高, 贵) that is not conceded away (成本
// 不低也能周转) and no offer of ours in the sentence: the practice is judged,
// not offered.
func costJudged(n []rune, a, b, ss, se int) bool {
	from := ss
	for k := ss; k < a && k <= ss+4; k++ { // a short address opening the sentence (老板，过桥资金贵)
		if n[k] == '，' || n[k] == ',' {
			from = k + 1
			break
		}
	}
	for k := from; k < a; k++ {
		if r := n[k]; !isOpenQuote(r) && !isCloseQuote(r) {
			return false
		}
	}
	if firstPersonBetween(n[ss:se]) {
		return false
	}
	for i := b; i < se; i++ {
		l := 0
		for _, w := range [...]string{"成本较高", "成本很高", "成本偏高", "成本高", "成本不低", "利息较高", "利息很高", "利息高", "费用较高", "费用很高", "费用高", "代价较高", "代价高", "很贵", "比较贵", "贵"} {
			if hasPrefix(n[i:se], w) {
				l = utf8.RuneCountInString(w)
				break
			}
		}
		if l == 0 {
			continue
		}
		if i > 0 && strings.ContainsRune("不没无唔冇", n[i-1]) || n[i] == '贵' && i+1 < se && strings.ContainsRune("司公行方", n[i+1]) {
			continue
		}
		if i+l < se && strings.ContainsRune("也但却又还照吗么嘛?？", n[i+l]) {
			return false
		}
		ends := 0
		for _, r := range n[b:i] {
			if isClauseEnd(r) {
				ends++
			}
		}
		return ends <= 1
	}
	return false
}

// costMaybeOK guards a cost said only possibly higher (成本可能更高): it is
// a consequence when the fee is put as a condition (如果另外收取会员费，…),
// not when it is asked (成本可能更高？不存在的) or follows a fee demanded.
func costMaybeOK(n []rune, ss, st, en int) bool {
	if !hasPrefix(n[st:en], "成本可能") && !hasPrefix(n[st:en], "年化可能") {
		return true
	}
	if en < len(n) && (n[en] == '?' || n[en] == '？') {
		return false
	}
	for _, w := range [...]string{"如果", "假如", "若", "要是", "一旦", "另收", "另外收"} {
		if indexString(n[ss:st], w) >= 0 {
			return true
		}
	}
	return false
}

// concededCue reports a verdict conceded and shrugged off in its own clause
// (虽然不符合常规，但能下款; 不符合常规又怎样): the claim stands.
func concededCue(n []rune, st, en int) bool {
	for k := st - 1; k >= 0 && k >= st-6 && !isClauseEnd(n[k]); k-- {
		if n[k] == '虽' || n[k] == '尽' && k+1 < len(n) && n[k+1] == '管' {
			return true
		}
	}
	tail := n[en:min(len(n), en+4)]
	for _, w := range [...]string{"又怎样", "又如何", "又咋样", "也没关系", "也无所谓", "也不要紧", "也没事", "都没事", "也不怕", "也无妨"} {
		if hasPrefix(tail, w) {
			return true
		}
	}
	return false
}

// beliefDenied reports two negations that make a threat, not a denial
// (别以为我们不敢去你单位): a denial cue after 别以为 in its clause, or 别以为
// itself with a negator between it and the hit.
func beliefDenied(n []rune, ss, st, en, a int) bool {
	if beliefDenier(n[st:en]) {
		return slices.ContainsFunc(n[en:a], func(r rune) bool { return negatorRule(r) != "" || r == '唔' })
	}
	cs := st
	for cs > ss && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for i := cs; i < st; i++ {
		if (n[i] == '以' || n[i] == '觉') && i+1 < st && beliefDenier(n[max(cs, i-2):i+2]) {
			return true
		}
	}
	return false
}

// beliefDenier reports a cue that denies a belief (别以为, 不要觉得, 唔好以为).
func beliefDenier(cue []rune) bool {
	return len(cue) >= 3 && (hasSuffixRunes(cue, "以为") || hasSuffixRunes(cue, "觉得")) && strings.ContainsRune("别要莫好咪", cue[len(cue)-3])
}

// cueIn reports the cue runes spelling one of words (compared in place).
func cueIn(cue []rune, words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(w) == len(cue) && hasPrefix(cue, w) {
			return true
		}
	}
	return false
}

// closesClause reports whether position en ends its clause: the text or the
// clause ends there, only particles follow, or a space was removed there
// (问题更大 不值当).
func (j *judge) closesClause(en int) bool {
	if en >= len(j.n) || isClauseEnd(j.n[en]) || strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟!！~", j.n[en]) {
		return true
	}
	return en < len(j.src) && en > 0 && j.src[en]-j.src[en-1] > 1
}

// newCueOK guards the evaluation and consequence words of fix2-E2: a refusal
// to trust (都不要信) needs an "any" word in its clause and no first person
// (任何代办都不要信, not 我们包过，你谁都不要信); a bare verdict (不值当, 能少做就少做)
// must close its clause (不值得犹豫 urges); a fabrication found out (会被查出来)
// must not be asked (会被查出来吗？). Other cues pass.
func (j *judge) newCueOK(ss, a, st, en int) bool {
	cue := j.n[st:en]
	switch {
	case cueIn(cue, nobodySaysCues):
		for k := ss; k < a; k++ { // 我敢跟你讲百分百能批: the speaker dares
			if j.n[k] == '敢' && (k == ss || negatorRule(j.n[k-1]) == "" && j.n[k-1] != '唔') {
				return false
			}
		}
		return true
	case cueIn(cue, anyTrustCues):
		cs := st
		for cs > ss && !isClauseEnd(j.n[cs-1]) {
			cs--
		}
		clause := j.n[cs:st]
		if firstPersonBetween(clause) {
			return false
		}
		for _, w := range [...]string{"任何", "所有", "凡是", "一切", "这些", "这类", "这种", "那些", "此类", "凡"} {
			if indexString(clause, w) >= 0 {
				return true
			}
		}
		return false
	case cueIn(cue, northConsequences): // 您担不起的风险咱来扛: the consequence names what we take on
		k := en
		for k < len(j.n) && strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟!！~", j.n[k]) {
			k++
		}
		return k >= len(j.n) || isClauseEnd(j.n[k]) && j.n[k] != '?' && j.n[k] != '？'
	case cueIn(cue, closingVerdicts):
		return j.closesClause(en) && !(en < len(j.n) && strings.ContainsRune("吗么?？", j.n[en])) // 唔抵？其实好抵: asked, then granted
	case cueIn(cue, foundOutCues):
		k := en
		for k < len(j.n) && j.n[k] == '的' {
			k++
		}
		return k >= len(j.n) || !strings.ContainsRune("吗么嘛?？", j.n[k])
	}
	return true
}

// denyCueOK guards the denials of fix2-E2 (no such thing as, can't say, 世上没有):
// a comparison or a boast after the cue (天下没有比我们更快的, can't say no,
// can't say enough) denies nothing.
func denyCueOK(n []rune, st, en, a int) bool {
	if !cueIn(n[st:en], denyCues) {
		return true
	}
	rest := n[en:a]
	if slices.Contains(rest, '比') || slices.Contains(rest, '更') || len(rest) > 24 {
		return false
	}
	if hasPrefix(n[st:en], "nosuchthing") && len(rest) > 8 { // no such thing as a rejection here — guaranteed approval: the hit is another claim
		return false
	}
	for _, w := range [...]string{"than", "beat", "better", "like", "enough", "no", "anything"} {
		if hasPrefix(rest, w) || w != "no" && w != "anything" && indexString(rest, w) >= 0 {
			return false
		}
	}
	return true
}

// refusedRequest: a bare advice against as a clause of its own (千万莫去,
// 千万别答应) after a clause where someone else asks you to do the hit
// (朋友喊你帮他刷脸，千万莫去): the request is refused, not made by us.
func refusedRequest(n []rune, ss, b, st, en int) bool {
	if !hasPrefix(n[st:en], "千万") || st == 0 || !isClauseEnd(n[st-1]) || (en < len(n) && !isClauseEnd(n[en])) {
		return false
	}
	for i := ss; i+1 < b; i++ {
		if n[i+1] == '你' && strings.ContainsRune("喊叫让要找请求拉", n[i]) {
			return true
		}
	}
	return false
}

// allInPrice reports 全包 ("all included") closing a clause right after a
// rate figure named as a rate (年化11%全包, APR 10.8% 全包, 利率8.8%全包): the
// price includes every fee; 100%全包 or 全包下款 stays an approval promise.
func allInPrice(n []rune, a, b, ss, se int) bool {
	if string(n[a:b]) != "全包" || !closesPrice(n, b, se) {
		return false
	}
	k := a - 1
	for k > ss && n[k] == ' ' {
		k--
	}
	if k <= ss || n[k] != '%' && n[k] != '％' || !unicode.IsDigit(n[k-1]) {
		return false
	}
	fs := k - 1
	for fs > ss && (unicode.IsDigit(n[fs-1]) || n[fs-1] == '.') {
		fs--
	}
	if string(n[fs:k]) == "100" {
		return false
	}
	lo := max(ss, fs-12)
	for _, w := range [...]string{"年化", "APR", "apr", "利率", "费率", "综合成本", "年息", "rate", "年利率"} {
		if indexString(n[lo:fs], w) >= 0 {
			return true
		}
	}
	return false
}

// closesPrice reports what follows 全包 at b as the end of a price: the clause's
// end, or a gloss of the same price (all-in, inclusive, 含…).
func closesPrice(n []rune, b, se int) bool {
	for b < se && n[b] == ' ' {
		b++
	}
	if b >= se || isClauseEnd(n[b]) {
		return true
	}
	for _, w := range [...]string{"含", "all-in", "all in", "allin", "inclusive", "all included"} {
		if hasPrefix(n[b:se], w) {
			return true
		}
	}
	return false
}

// superlative reports a hit that ranks the rate (最低, 最便宜, lowest): an
// annualised figure beside it converts nothing, the ranking stands or is
// denied on its own (利率不算最低的，年化11%).
func superlative(rs []rune) bool {
	for _, w := range [...]string{"最低", "最便宜", "最少", "最优惠", "最划算", "lowest", "cheapest"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}
