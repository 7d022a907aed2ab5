package compliance

import "strings"

// Negations: a negator before a hit in its clause, inside a paraphrase's gaps
// or after a list topic excuses it (不承诺包过, 黑户不能贷).

// negation: a negator right before the hit, or a negation cue shortly before
// it in the same clause that is not part of a neutral phrase (不用担心, 能不能).
//
// cond >= 0 is the condition word of a claim that crossed a clause: a
// negation after it belongs to the condition (如果您本人无法完成视频面签，
// 可以由我们代为操作) and does not excuse the claim.
func (j *judge) negation(a, b, cond int) string {
	if askedInside(j.n[a:b]) {
		// fix25-E: the hit runs from a question into its answer (没有营业执照？我们帮你弄一张;
		// No bank statement? 我帮你做一份): a negator before it names the lack the offer
		// answers; only a refusal after the hit excuses it (…？那我们做不了).
		if b+1 < len(j.n) && j.n[b] == '不' && strings.ContainsRune("了到出来成", j.n[b+1]) {
			return "negation:不了" // …？我们帮你做不了
		}
		return j.negationAfter(a, b)
	}
	if e := rushWaived(j.n, a, b); e != "" {
		return e // 唔使急住sign: no need to hurry, not no need to come
	}
	if a > 0 && (cond < 0 || a-1 < cond) && !hasSentenceEnd(j.n[a:b]) { // 冇粮单？我哋帮你整返份: the negator asks the question the offer answers
		if e := negatorRule(j.n[a-1]); e != "" && !j.neutralAt(a-1, a) && !inWord(j.n, a-1) && !conceded(j.n, a-1, a, a) && !pledgeAfter(j.n, b) { // 没到账你来找我: a condition of a pledge
			return e
		}
		if e := adverbNegated(j.n, a); e != "" {
			return e
		}
	}
	if a > 0 && (cond < 0 || a-1 < cond) {
		if e := latinNegator(j.n, a); e != "" {
			return e
		}
		if e := englishNegation(j.n, a); e != "" && !j.neutralAt(a-1, a) {
			return e
		}
		if e := j.refusedGroup(a, b); e != "" {
			return e
		}
		if e := latinVerbNegated(j.n, a); e != "" {
			return e // 别 borrow new loan 去还旧的
		}
	}
	if e := tagDenied(j.n, a, b); e != "" {
		return e // guarantee 不了的
	}
	if e := j.negationAfter(a, b); e != "" {
		return e
	}
	if e := refusedNext(j.n, b); e != "" {
		return e // 你表弟叫你用他名字贷，这个搞不得
	}
	cs, _ := j.bounds(a, b, isClauseEnd)
	cs = latinListStart(j.n, cs)
	if e := demandRefused(j.n, cs, a); e != "" {
		return e
	}
	if e := j.englishNoSubject(cs, a, cond); e != "" {
		return e
	}
	if e := j.untrueDenied(cs, a, cond); e != "" {
		return e
	}
	if e := j.dialectNegation(cs, a, cond); e != "" {
		return e
	}
	if e := j.prepNegation(cs, a, cond); e != "" {
		return e
	}
	if e := j.topicDenied(b); e != "" {
		return e
	}
	if e := j.tagalogNegation(cs, a, cond); e != "" {
		return e
	}
	if e := j.farNegation(cs, a, b, cond); e != "" {
		return e
	}
	if e := j.placeNegation(cs, a, cond); e != "" {
		return e
	}
	if e := j.destNegation(cs, a, cond); e != "" {
		return e // 莫发到哪个的私人手机上
	}
	if e := j.shapedRefusal(cs, a, b, cond); e != "" {
		return e
	}
	if e := j.answeredNo(cs, a, b); e != "" {
		return e
	}
	if e := j.dismissed(cs, a, b, cond); e != "" {
		return e
	}
	ls, _ := j.bounds(a, b, isListClauseEnd)
	ors := orClauseStart(j.n, ls)
	lo := ls
	if ors >= 0 {
		lo = ors
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || int(m.end) > a || int(m.start) < lo {
			continue
		}
		window := negWindow
		switch p.cue {
		case cueNegPromise:
			window = negPromiseWindow
		case cueNeg:
		default:
			continue
		}
		if j.neutralAt(int(m.start), int(m.end)) || scopeBreak(j.n[m.end:a]) || cond >= 0 && int(m.start) > cond {
			continue
		}
		if parallelNegation(j.n, int(m.start), int(m.end), a) || conceded(j.n, int(m.start), int(m.end), a) {
			continue
		}
		if noNeedListed(j.n, int(m.start), int(m.end), a) {
			continue // 无需审核无需工作证明人人可借: the no-need is a selling point of its own
		}
		if indexString(j.n[m.end:a], "任何") >= 0 {
			window += anyReach // 不会为任何具体贷款产品背书, 不会要求借款人支付任何解冻费
		}
		if orJoined(j.n, int(m.end), a) {
			window += orReach // 不会要求您添加私人联系方式或提供验证码: the negation governs both items
		}
		if int(m.start) < ls {
			if orGoverned(j.n[m.start:m.end]) && wordLen(j.n[ls:a]) <= window {
				return p.rule // 不会要求您提供验证码，或添加私人微信
			}
			continue
		}
		if int(m.start) >= cs && wordLen(j.n[m.end:a]) <= window {
			return p.rule
		}
		if (p.list || refusalVerb(j.n[m.start:m.end]) && listHead(j.n, b)) && listScope(j.n[m.end:a], window) {
			return p.rule // 不提供代办、代签服务: the refused service heads the list
		}
	}
	return ""
}

// latinListStart moves a clause start back over an enumeration of names
// among which Latin ones: 、 next to a Latin word does not end a negation's
// clause (本公司不会以LINE、Telegram私讯与您联系; 不会以QQ、微信、LINE等私聊…).
func latinListStart(n []rune, cs int) int {
	for cs >= 2 && cs < len(n) && n[cs-1] == '、' && (isLatin(n[cs-2]) || isLatin(n[cs])) {
		cs--
		for cs > 0 && !isClauseEnd(n[cs-1]) {
			cs--
		}
	}
	return cs
}

// orClauseStart: a clause opening with 或/或者 after a comma continues the
// clause before it (不会要求您提供验证码，或添加私人微信); it returns that
// clause's start, or -1.
//
// A clause opening with an example marker (包括, 比如, 例如 …) continues it
// too: 不会在放款前收取任何费用，包括保证金、解冻费 names what is refused.
func orClauseStart(n []rune, ls int) int {
	if ls < 1 || ls+1 >= len(n) || n[ls-1] != ',' && n[ls-1] != '，' {
		return -1
	}
	or := n[ls] == '或' && n[ls+1] != '许'
	if !or && !exampleOpen(n[ls:]) {
		return -1
	}
	p := ls - 1
	for p > 0 && !isListClauseEnd(n[p-1]) {
		p--
	}
	if !or && !refusedThings(n[p:ls-1]) {
		return -1 // 我们从不拒绝客户，比如黑户也能下款: the example is a selling point
	}
	return p
}

// refusedThings reports a clause naming the things an example list goes on
// to list: 任何…, or a fee or data noun at its end (收取任何费用, 索要敏感信息).
func refusedThings(clause []rune) bool {
	if indexString(clause, "任何") >= 0 {
		return true
	}
	for _, w := range [...]string{"费用", "费", "信息", "资料", "材料", "款项", "手续"} {
		if k := len([]rune(w)); len(clause) >= k && indexString(clause[len(clause)-k:], w) == 0 {
			return true
		}
	}
	return false
}

// exampleOpen reports a clause opening with an example marker.
func exampleOpen(rest []rune) bool {
	if len(rest) < 2 {
		return false
	}
	switch a, b := rest[0], rest[1]; {
	case a == '包' && (b == '括' || b == '含'), b == '如' && (a == '比' || a == '例' || a == '诸' || a == '譬'):
		return true
	}
	return false
}

// orGoverned: a negation that governs a clause joined by 或 — a refusal or a
// prohibition, not a selling point (无需抵押，或…).
func orGoverned(cue []rune) bool {
	for _, w := range [...]string{"不会", "绝不", "从不", "决不", "不索要", "不会索要", "请勿", "切勿", "禁止", "严禁", "不得", "不要", "不收取", "不收"} {
		if runesEqual(cue, w) {
			return true
		}
	}
	return false
}

// negationInside: a negation cue that starts within a gap [a, b) of a
// paraphrase hit, or a negator right before the next segment (黑户不能贷).
func (j *judge) negationInside(a, b int) string {
	if b > a && (negatorRule(j.n[b-1]) != "" || j.n[b-1] == '唔') && pledgeAfter(j.n, b) {
		return "" // 今晚没到卡你来找我, 未入数你嚟搵我: the negated outcome is the condition of a pledge
	}
	if b > a {
		if e := negatorRule(j.n[b-1]); e != "" && !inWord(j.n, b-1) && !(strings.ContainsRune("覅不唔别", j.n[b-1]) && repayRefused(j.n, b)) && !noBigDeal(j.n, b-1, b) {
			return e
		}
	}
	if e := cantoModalNegated(j.n, b); e != "" { // 紀錄唔可以用錢刪除
		return e
	}
	if e := j.dialectNegation(a, b, -1); e != "" { // 我确实冇得办法保证: the negator stands between the claim's words
		return e
	}
	if e := mannerNegated(j.n, a, b); e != "" {
		return e // 还不上别硬撑着借新的, 手头紧不要急着借新的: the advice governs the claim's last word
	}
	if b-a >= 2 && b-a <= 3 && negatorRule(j.n[a]) != "" && !inWord(j.n, a) && doingVerbs(j.n[a+1:b]) {
		return negatorRule(j.n[a]) // 咱不弄假的, 我们不给做假的: the speaker refuses to do it
	}
	if e := j.latinGapNegation(a, b); e != "" {
		return e
	}
	if rankDenied(j.n[a:b]) && superlative(j.n[b:min(len(j.n), b+7)]) {
		return "negation:不算" // 利率不算最低的, 利率算不上最便宜: the ranking denied
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && (p.cue == cueNeg || p.cue == cueNegPromise) && int(m.start) >= a && int(m.start) < b &&
			int(m.end) <= b && !j.neutralAt(int(m.start), int(m.end)) && !noBigDeal(j.n, int(m.start), int(m.end)) && !sichuanNothing(j.n, int(m.start), int(m.end)) && // 并不会影响: 不会影响 is the claim's own word
			!questionTag(j.n, int(m.end)) {
			return p.rule
		}
	}
	return ""
}

// doingVerbs reports a gap rest made only of verbs of doing or handing over
// (弄, 搞, 整, 做, 给 …): after a negator opening the gap (咱不弄假的) they
// carry the refusal to the claim's last word.
func doingVerbs(rs []rune) bool {
	for _, r := range rs {
		if !strings.ContainsRune("弄搞整做干帮给替出开造写", r) {
			return false
		}
	}
	return len(rs) > 0
}

// questionTag reports a negator that ends a question (收入证明没有？俺给你整一份):
// it asks, it does not deny what follows.
func questionTag(n []rune, end int) bool {
	return end < len(n) && (n[end] == '？' || n[end] == '?')
}

// negationAfter: 不看征信的贷款我们不做 — a negating verb after the hit in its clause.
//
// When the hit's clause ends on a list topic (银行卡密码、验证码这类信息，正规
// 机构绝不会向您索要) the negated predicate may stand in the next clause.
func (j *judge) negationAfter(a, b int) string {
	_, ce := j.bounds(a, b, isClauseEnd)
	if _, le := j.bounds(a, b, isListClauseEnd); listTopic(j.n[b:le]) {
		_, ce = j.bounds(a, b, isSentenceEnd)
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && (p.cue == cueNegAfter || p.cue == cueNeg && hasClauseEnd(j.n[b:ce]) && !j.neutralAt(int(m.start), int(m.end))) &&
			int(m.start) >= b && int(m.end) <= ce {
			if cueIn(j.n[m.start:m.end], northRefusals) && !j.closesClause(int(m.end)) {
				continue // 拿去炒股那不成问题: no refusal unless it closes the clause
			}
			return p.rule
		}
	}
	return ""
}

// listTopic reports a clause rest that makes the items before it a topic:
// 这类信息, 这些, 之类的, 等信息.
func listTopic(rest []rune) bool {
	for i := 0; i+1 < len(rest); i++ {
		if isListClauseEnd(rest[i]) {
			return false
		}
		switch {
		case rest[i] == '这' && (rest[i+1] == '类' || rest[i+1] == '些' || rest[i+1] == '种'):
			return true
		case rest[i] == '之' && rest[i+1] == '类', rest[i] == '等' && rest[i+1] == '信':
			return true
		case rest[i] == '等' && listNounAfter(rest[i+1:]): // 短信验证码、银行卡密码等敏感信息，切勿透露
			return true
		case rest[i] == '任' && rest[i+1] == '何', rest[i] == '一' && rest[i+1] == '律': // 密码、CVV码任何时候都不要告诉别人
			return true
		}
	}
	return false
}

// neutralAt reports whether the negator at [a, b) starts inside a neutral
// cue (不用担心, 能不能帮 …).
func (j *judge) neutralAt(a, b int) bool {
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && p.cue == cueNeutral && int(m.start) <= a && a < int(m.end) {
			return true
		}
	}
	return false
}

// negatedAt reports a negator right before position i (不是骗子, 并非虚假,
// 拒绝套路).
func (j *judge) negatedAt(i int) bool {
	if i >= 1 && (j.n[i-1] == '不' || j.n[i-1] == '没' || j.n[i-1] == '无' || j.n[i-1] == '零' || j.n[i-1] == '非' || j.n[i-1] == '冇' || j.n[i-1] == '唔' && (j.n[i] == '系' || j.n[i] == '是')) { // 唔系debt trap // 冇所谓 (never mind) is no warning
		return true
	}
	if i >= 2 && j.n[i-2] == 'n' && j.n[i-1] == 'o' && (i == 2 || !isLatin(j.n[i-3])) { // no 套路 is a slogan, not a warning
		return true
	}
	if isLatin(j.n[i]) && latinNegatedBefore(j.n, i) { // zero interest no hidden fees: no word boundary to see
		return true
	}
	if i >= 2 {
		for _, pair := range [...][2]rune{{'不', '是'}, {'并', '非'}, {'绝', '非'}, {'没', '有'}, {'并', '不'},
			{'杜', '绝'}, {'拒', '绝'}, {'远', '离'}, {'告', '别'},
			{'不', '用'}, {'不', '必'}, {'无', '需'}, {'无', '须'}, {'何', '必'}, {'唔', '使'}} { // 不用多留个心眼 urges nothing
			if j.n[i-2] == pair[0] && j.n[i-1] == pair[1] {
				return true
			}
		}
	}
	return false
}

// latinNegatedBefore reports an English negator written right before the

// rankDenied reports a gap that denies a ranking (不算, 算不上, 谈不上, 唔算):
// with a superlative right after the gap the rate is said not to be the lowest.
func rankDenied(rs []rune) bool {
	for _, w := range [...]string{"不算", "算不上", "谈不上", "算不得", "称不上", "唔算", "唔系", "并非", "未必", "不一定"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// rushWaived (f09_rush-waived) reports a claim opening on a waiver (唔使, 不用,
// 不必) followed by a word of hurry (急住, 急着, 赶着): the applicant need not
// hurry to sign, which waives no one's own presence (唔使急住sign, 不用急着签).
func rushWaived(n []rune, a, b int) string {
	l := prefixLen(n[a:b], []string{"唔使", "不用", "不必", "无需", "不需要", "唔需要", "用不着", "冇需要", "甭"})
	if l == 0 || prefixLen(n[a+l:b], []string{"急住", "急着", "着急", "赶住", "赶着", "急于", "赶紧", "急"}) == 0 {
		return ""
	}
	return "negation:no-rush"
}
