package compliance

import (
	"slices"
	"strings"
)

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
	if a > 0 && (cond < 0 || a-1 < cond) && !hasSentenceEnd(j.n[a:b]) { // 冇粮单？我哋帮你整返份: the negator asks the question the offer answers
		if e := negatorRule(j.n[a-1]); e != "" && !j.neutralAt(a-1, a) && !inWord(j.n, a-1) && !conceded(j.n, a-1, a, a) {
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
	}
	if e := j.negationAfter(a, b); e != "" {
		return e
	}
	cs, _ := j.bounds(a, b, isClauseEnd)
	cs = latinListStart(j.n, cs)
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
		if indexString(j.n[m.end:a], "任何") >= 0 {
			window += anyReach // 不会为任何具体贷款产品背书, 不会要求借款人支付任何解冻费
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
		if len(cue) == len([]rune(w)) && indexString(cue, w) == 0 {
			return true
		}
	}
	return false
}

// negationInside: a negation cue that starts within a gap [a, b) of a
// paraphrase hit, or a negator right before the next segment (黑户不能贷).
func (j *judge) negationInside(a, b int) string {
	if b > a {
		if e := negatorRule(j.n[b-1]); e != "" && !inWord(j.n, b-1) && !(strings.ContainsRune("覅不唔别", j.n[b-1]) && repayRefused(j.n, b)) && !noBigDeal(j.n, b-1, b) {
			return e
		}
	}
	if e := j.dialectNegation(a, b, -1); e != "" { // 我确实冇得办法保证: the negator stands between the claim's words
		return e
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && (p.cue == cueNeg || p.cue == cueNegPromise) && int(m.start) >= a && int(m.start) < b &&
			int(m.end) <= b && !j.neutralAt(int(m.start), int(m.end)) && !noBigDeal(j.n, int(m.start), int(m.end)) { // 并不会影响: 不会影响 is the claim's own word
			return p.rule
		}
	}
	return ""
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
	if i >= 1 && (j.n[i-1] == '不' || j.n[i-1] == '没' || j.n[i-1] == '无' || j.n[i-1] == '零' || j.n[i-1] == '非' || j.n[i-1] == '冇') { // 冇所谓 (never mind) is no warning
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
// Latin word at i (nohiddenfees, withoutfineprint): spaces are gone, so the
// negator may follow another word directly.
func latinNegatedBefore(n []rune, i int) bool {
	if i > 0 && (n[i-1] == '0' || n[i-1] == '零') || i >= 2 && indexString(n[i-2:i], "任何") == 0 {
		return true
	}
	for _, w := range [...]string{"no", "without", "zero", "never", "not", "nothing", "noany", "nomore"} {
		if k := i - len(w); k >= 0 && indexString(n[k:i], w) == 0 {
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
		for _, br := range [...]string{"ask", "require", "need", "tell", "make", "force", "let", "want", "expect", "charge", "collect", "demand", "offer", "give", "pay", "you", "u", "to", "for", "any", "the", "an", "a"} {
			if k := end - len(br); k >= 0 && indexString(n[k:end], br) == 0 {
				end, found = k, true
				break
			}
		}
		if !found {
			break
		}
	}
	for _, w := range [...]string{"won't", "wouldn't", "don't", "doesn't", "didn't", "can't", "couldn't", "shouldn't", "mustn't", "isn't", "aren't", "willnot", "willnever", "donot", "doesnot", "cannot", "wont", "dont", "doesnt", "never", "not"} {
		k := end - len([]rune(w))
		if k < 0 || indexString(n[k:end], w) != 0 {
			continue
		}
		if !strings.ContainsRune(w, '\'') && len(w) <= 5 && k > 0 && isLatin(n[k-1]) && w != "never" {
			continue
		}
		if w == "never" && k >= 3 && indexString(n[k-3:k], "whe") == 0 {
			continue
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
	}
	return ""
}

// latinNegator names an English negator written right before the hit as a
// word of its own (no 内部渠道, not 秒批, never 包过; not know包过 or
// no problem 包过, where the negator is no word of its own or not adjacent).
func latinNegator(n []rune, a int) string {
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
	for _, w := range [...]string{"also", "just", "really", "definitely", "certainly", "surely", "absolutely", "still", "actually", "honestly", "totally"} {
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

// dialectNegation: a dialect negator in [lo, a) shortly before the hit, as a
// cue of the short window would be (阿拉勿会叫侬加私人微信, 覅光看日息, 我勿好
// 打包票); 勿会以任何理由 reaches as far as 不会以任何理由. An A-not-A
// question (批勿批得出, 好勿好), 有冇得 and words of no negation (覅担心,
// 唔好意思, 冇得问题) are none.
func (j *judge) dialectNegation(lo, a, cond int) string {
	n := j.n
	for i := max(lo, a-negPromiseWindow-anyReach-8); i < a; i++ {
		if !strings.ContainsRune("勿覅呒冇莫唔", n[i]) {
			continue
		}
		for _, d := range [...][2]string{ // Wu 勿会 = 不会, 勿好 = 不能, 覅 = 不要, 呒没 = 没有; Hunan 冇得; Cantonese 唔好 = 不要
			{"勿会", "negation:勿会"}, {"勿好", "negation:勿好"}, {"勿能", "negation:勿能"}, {"勿可以", "negation:勿可以"},
			{"勿要", "negation:勿要"}, {"勿许", "negation:勿许"}, {"勿肯", "negation:勿肯"}, {"勿得", "negation:勿得"},
			{"覅", "negation:覅"}, {"呒没", "negation:呒没"}, {"呒得", "negation:呒得"}, {"冇得", "negation:冇得"}, {"莫得", "negation:莫得"},
			{"唔好", "negation:唔好"}, {"唔准", "negation:唔准"}, {"唔肯", "negation:唔肯"}, {"唔做", "negation:唔做"},
			{"唔收", "negation:唔收"}, {"唔帮", "negation:唔帮"}, {"唔搞", "negation:唔搞"}, {"唔提供", "negation:唔提供"},
			{"唔建议", "negation:唔建议"}, {"唔推荐", "negation:唔推荐"}, {"唔鼓励", "negation:唔鼓励"},
		} {
			if !hasPrefix(n[i:a], d[0]) {
				continue
			}
			e := i + len([]rune(d[0]))
			if e > a || cond >= 0 && i > cond || dialectNeutral(n, i, e) || repayRefused(n, e) || scopeBreak(n[e:a]) || conceded(n, i, e, a) {
				continue
			}
			window := negWindow
			if w := dialectReason(n[e:a]); w > 0 {
				e += w
				window = negPromiseWindow // 勿会以任何理由要求侬提供验证码
			} else if indexString(n[e:a], "任何") >= 0 {
				window += anyReach
			}
			if wordLen(n[e:a]) <= window {
				return d[1]
			}
		}
	}
	return ""
}

// dialectReason returns the length of 以任何理由 / 以任何名义 opening rest, or 0.
func dialectReason(rest []rune) int {
	for _, w := range [...]string{"以任何理由", "以任何名义", "以任何形式", "以任何方式"} {
		if hasPrefix(rest, w) {
			return len([]rune(w))
		}
	}
	return 0
}

// dialectNeutral reports a dialect negator at [i, e) that negates nothing:
// an A-not-A question (批勿批, 便宜勿便宜, 有冇得), or words of comfort and
// politeness after it (覅担心, 勿好意思, 冇得问题), or praise (没得说, 冇得弹,
// 冇得顶: beyond criticism, unbeatable).
func dialectNeutral(n []rune, i, e int) bool {
	if i > 0 && n[i-1] == '有' {
		return true // 有冇得, 有呒没: a question
	}
	if i > 0 && i+1 < len(n) && n[i-1] == n[i+1] || i > 1 && i+2 < len(n) && n[i-2] == n[i+1] && n[i-1] == n[i+2] {
		return true // 批勿批得出, 便宜勿便宜
	}
	rest := n[e:]
	for _, w := range [...]string{"意思", "担心", "急", "紧", "要紧", "错过", "客气", "犹豫", "怕", "慌", "问题", "事", "关系", "所谓", "晓得", "知道", "清楚",
		"说", "讲", "挑", "比", "输", "弹", "顶", "得讲"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// prepNegation: a one-character negator opening a prepositional phrase
// before the hit (不从本金中预先扣除, 绝不向您收取, 唔喺放款前扣): the
// negation reaches the verb after the phrase when it follows within a few
// runes and is no attribute of a noun (不对外公开的内部渠道).
func (j *judge) prepNegation(lo, a, cond int) string {
	n := j.n
	for i := max(lo, a-negWindow-2); i+1 < a; i++ {
		if negatorRule(n[i]) == "" && n[i] != '唔' || !strings.ContainsRune("从向对给跟替帮把经喺", n[i+1]) {
			continue
		}
		if a-i-2 > 6 || slices.Contains(n[i+2:a], '的') || cond >= 0 && i > cond || j.neutralAt(i, i+1) || inWord(n, i) || scopeBreak(n[i+2:a]) || i+2 < len(n) && n[i+1] == '对' && (n[i+2] == '劲' || n[i+2] == '的') {
			continue
		}
		return "negation:prep"
	}
	return ""
}

// topicDenied: the hit named as a topic and denied by the speaker right
// after it in its clause (“内部渠道”阿拉呒没, 包过我哋冇嘅, 秒批我们不搞).
func (j *judge) topicDenied(b int) string {
	n := j.n
	_, ce := j.bounds(b, b, isClauseEnd)
	i := b
	for i < ce && (isCloseQuote(n[i]) || n[i] == '的' || n[i] == '额' || n[i] == '嘅') {
		i++
	}
	p := 0
	for _, w := range [...]string{"阿拉", "我们", "我哋", "我司", "本司", "本公司", "本平台", "咱们", "俺们", "伲", "我", "俺", "咱"} {
		if hasPrefix(n[i:ce], w) {
			p = len([]rune(w))
			break
		}
	}
	if p == 0 {
		return ""
	}
	i += p
	for i < ce && strings.ContainsRune("也都侪是从来根本绝对一律", n[i]) {
		i++
	}
	neg := 0
	for _, w := range [...]string{"呒没", "没有", "冇得", "莫得", "冇", "没", "勿", "覅", "不", "唔"} {
		if hasPrefix(n[i:ce], w) {
			neg = len([]rune(w))
			break
		}
	}
	if neg == 0 {
		return ""
	}
	i += neg
	for k := 0; i < ce && k < 2 && strings.ContainsRune("做搞办弄开有给帮收接", n[i]); k++ {
		i++
	}
	for i < ce && strings.ContainsRune("的额嘅啊呀哦了喔咯嘛噢", n[i]) {
		i++
	}
	if i != ce {
		return ""
	}
	return "negation:topic"
}

// answeredNo: a hit asked about in a question (蛮多人问能不能不查征信) that a
// later clause of the sentence answers with a denial of it (这个冇得绕过去,
// 这个做不到, 这种不可能).
func (j *judge) answeredNo(cs, a, b int) string {
	n := j.n
	q := false
	for _, w := range [...]string{"能不能", "可不可以", "能否", "可否", "行不行", "会不会", "是否", "得唔得", "可唔可以", "能唔能", "可勿可以", "好勿好"} {
		if indexString(n[cs:a], w) >= 0 {
			q = true
			break
		}
	}
	if !q {
		return ""
	}
	_, se := j.bounds(a, b, isSentenceEnd)
	for i := b; i < se; i++ {
		if !isClauseEnd(n[i]) {
			continue
		}
		k := i + 1
		d := 0
		for _, w := range [...]string{"这个", "这种", "这事", "这点", "那个", "那种", "呢个", "呢种", "搿个", "这"} {
			if hasPrefix(n[k:se], w) {
				d = len([]rune(w))
				break
			}
		}
		if d == 0 {
			continue
		}
		k += d
		for k < se && strings.ContainsRune("是也都真确实根本肯定绝对实在", n[k]) {
			k++
		}
		for _, w := range [...]string{"冇得", "没得", "莫得", "做不到", "办不到", "不行", "不可能", "不能", "没办法", "冇办法", "没法", "唔得", "唔可以", "唔能", "冇可能", "勿来事", "勿可以", "勿好", "不得"} {
			if hasPrefix(n[k:se], w) && !dialectNeutral(n, k, k+len([]rune(w))) {
				return "negation:answered"
			}
		}
	}
	return ""
}

// repayRefused reports 还 (repay) right after a dialect negator at e, as a
// verb of its own (网贷还勿出就覅还了): advice not to repay is the F13 claim
// itself, not a negation of it.
func repayRefused(n []rune, e int) bool {
	if e >= len(n) || n[e] != '还' {
		return false
	}
	return e+1 == len(n) || isClauseEnd(n[e+1]) || strings.ContainsRune("了钱款啦咧伊", n[e+1])
}

// tagalogNegation: a Tagalog negator written as a word of its own shortly
// before the hit in its clause (hindi po kami nangangako ng…, walang … fee,
// bawal ang 代签): only particles, pronouns, modals and verbs of offering,
// asking, charging or promising may stand between. A word of any other
// kind ends the reach (walang hassle guaranteed…, hindi lang … = not only,
// walang problema = no problem).
func (j *judge) tagalogNegation(lo, a, cond int) string {
	n, k := j.n, a
	for range 8 {
		if k > lo && n[k-1] == '-' {
			k-- // ma-guarantee, nag-ooffer
		}
		if k <= lo || !isLatin(n[k-1]) {
			return ""
		}
		s := k - 1
		for s > lo && isLatin(n[s-1]) && j.src[s]-j.src[s-1] == 1 {
			s--
		}
		w := n[s:k]
		if cond >= 0 && s > cond {
			return ""
		}
		for _, neg := range [...]string{"hindi", "walang", "wala", "bawal", "huwag", "wag", "hinding"} {
			if runesEqual(w, neg) {
				return "negation:tagalog"
			}
		}
		filler := false
		for _, f := range [...]string{
			"po", "pong", "ho", "hong", "namin", "naming", "kami", "kaming", "ko", "kong", "kayo", "kayong", "ka", "kang", "mo", "tayo", "natin",
			"ng", "nang", "ang", "sa", "mga", "na", "pa", "rin", "din", "talaga", "naman", "kailanman", "kahit", "anumang", "anong", "sinong",
			"ma", "mag", "nag", "maka", "makaka", "magpa", "i", "ipa", "o", "pwede", "pwedeng", "puwede", "puwedeng", "kailangan", "kailangang", "dapat",
			"hihingi", "humingi", "hihingan", "hingin", "hinihingi", "hinihinging", "humihingi", "maningil", "naniningil", "sisingilin", "singilin", "sumingil",
			"magbayad", "magbabayad", "bayaran", "offer", "ooffer", "aalok", "nagbibigay", "magbibigay", "ibigay", "bigay",
			"tumatanggap", "tatanggap", "tanggap", "nangangako", "mangako", "ipinapangako", "ipangako", "pinapangako", "gumagawa", "gagawa", "nagpapa",
			"any", "an", "a", "the", "you", "we", "us", "ask", "require", "charge", "give", "promise", "guarantee",
		} { // particles, pronouns, markers, modals, affixes split off by a hyphen, verbs of offering, asking, charging, giving or promising
			if runesEqual(w, f) {
				filler = true
				break
			}
		}
		if !filler {
			return ""
		}
		k = s
	}
	return ""
}

// runesEqual reports rs spelling w, without building a string.
func runesEqual(rs []rune, w string) bool {
	i := 0
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return i == len(rs)
}

// farNegation: a negation whose verb stands further from the hit than the
// short window, with the distance spent on wording that keeps its scope:
//   - a means phrase and a verb of asking (不会透过电话或短讯要求阁下提供…,
//     从不通过微信向您索要…): the request is what is refused;
//   - a verb of receiving (未获任何机关背书, 并未获政府认证): nothing received;
//   - a causative with its addressee and verb (不让您加私人号, 别叫你交…),
//     or a verb and a filler (不加嘛私人号, 没啥内部渠道): the filler
//     (嘛, 啥, 什么, 个) carries no meaning of its own;
//   - a verb of saying with the hit dismissed after it (咱不说包过那套,
//     从来不讲秒批那一套): the wording itself is rejected.
func (j *judge) farNegation(cs, a, b, cond int) string {
	n := j.n
	for i := max(cs, a-24); i < a; i++ {
		if negatorRule(n[i]) == "" || j.neutralAt(i, i+1) || inWord(n, i) || cond >= 0 && i > cond || scopeBreak(n[i+1:a]) {
			continue
		}
		e := i + 1
		if e < a && n[e] == '会' {
			e++
		}
		if e+1 < a && (hasPrefix(n[e:a], "透过") || hasPrefix(n[e:a], "通过") || hasPrefix(n[e:a], "经由") || hasPrefix(n[e:a], "借助") || hasPrefix(n[e:a], "利用")) {
			for v := e + 2; v+1 < a && v-e <= 14; v++ {
				if (hasPrefix(n[v:a], "要求") || hasPrefix(n[v:a], "索要") || hasPrefix(n[v:a], "索取")) && wordLen(n[v+2:a]) <= negWindow {
					return "negation:means"
				}
			}
		}
		if e == i+1 && n[e] == '获' && e+1 < a && n[e+1] != '批' && !slices.Contains(n[e+1:a], '的') && (wordLen(n[e+1:a]) <= 6 || indexString(n[e+1:a], "任何") <= 1 && wordLen(n[e+1:a]) <= 6+anyReach) { // 未获批 (not approved) is no denial of what follows
			return "negation:未获"
		}
	}
	if a >= 2 && negatorRule(n[a-2]) != "" && !inWord(n, a-2) && strings.ContainsRune("说讲提吹玩搞整来谈", n[a-1]) && (cond < 0 || a-2 < cond) {
		for _, w := range [...]string{"那套", "这套", "那一套", "这一套", "那些话", "这种话", "那种话", "之类的话", "的那套", "那种鬼话", "的鬼话"} {
			if hasPrefix(n[b:], w) {
				return "negation:saying"
			}
		}
	}
	// a negator, an optional causative with its addressee, a verb, a filler
	k := a
	filled := false
	for k > cs && strings.ContainsRune("嘛啥么个", n[k-1]) && a-k < 3 {
		k--
		filled = true
	}
	if filled && k-1 >= cs && n[k-1] == '什' { // 什么
		k--
	}
	if k > cs && strings.ContainsRune("加留添存扫收要用搞做有给交付", n[k-1]) {
		k--
	}
	caused := false
	for _, ad := range [...]string{"您们", "你们", "大家", "客户", "您", "你"} {
		m := len([]rune(ad))
		if k-m-1 > cs && hasSuffixRunes(n[cs:k], ad) && strings.ContainsRune("让叫", n[k-m-1]) {
			k -= m + 1
			caused = true
			break
		}
	}
	if !filled && !caused || k-1 < cs || negatorRule(n[k-1]) == "" || inWord(n, k-1) || j.neutralAt(k-1, k) || cond >= 0 && k-1 > cond {
		return ""
	}
	return "negation:filler"
}

// hasSuffixRunes reports rs ending in w.
func hasSuffixRunes(rs []rune, w string) bool {
	m := len([]rune(w))
	return m <= len(rs) && hasPrefix(rs[len(rs)-m:], w)
}

// dismissed: a hit the sentence waves away without a plain negator before it:
//   - Cantonese 唔 right before it (唔建议借多过…, 唔推荐): not 唔止/唔单
//     (not only) nor an A-not-A question;
//   - a verb of promising with a potential negative shortly before it in its
//     clause (谁也保证不了一定能批, 担保唔到): nobody can promise it;
//   - its clause ending on a verdict of uselessness (你表哥在银行上班也没用):
//     the connection is named to be dismissed;
//   - a claim reported with a verb of saying and answered by a question of
//     disbelief (佢讲话包你批，你信咩？);
//   - leave to apply (有迟缴仍可提出申请) followed by a clause that the outcome
//     may suffer (但核贷结果可能受影响): an application allowed, no loan
//     promised.
func (j *judge) dismissed(cs, a, b, cond int) string {
	n := j.n
	if a > 0 && n[a-1] == '唔' && (cond < 0 || a-1 < cond) && !dialectNeutral(n, a-1, a) && !strings.ContainsRune("止单只仅使该系好", n[a]) {
		return "negation:唔"
	}
	not := hasNot(n[cs:b]) // every word below holds 不 or 唔: one scan spares sixteen
	for _, w := range [...]string{"保证不了", "保证不到", "保证唔到", "保证唔了", "担保不了", "担保唔到", "打包票不了", "承诺不了", "包不了", "包唔到", "打不了包票", "打唔到包票", "拍不了胸脯", "说不准", "讲不准", "话唔定"} {
		if !not {
			break
		}
		if hasPrefix(n[a:b], w) && (cond < 0 || a < cond) {
			return "negation:cannot-promise" // the claim's own words deny it (保证唔到一定批到)
		}
		k := indexString(n[cs:a], w)
		if k < 0 {
			continue
		}
		k += cs + len([]rune(w))
		if (cond < 0 || k <= cond) && !scopeBreak(n[k:a]) && wordLen(n[k:a]) <= negWindow {
			return "negation:cannot-promise"
		}
	}
	_, ce := j.bounds(a, b, isClauseEnd)
	for _, w := range [...]string{"也没用", "都没用", "也没有用", "都没有用", "也不管用", "都不管用", "也冇用", "都冇用", "也白搭", "都白搭", "也无用", "都无用", "也没啥用", "都没啥用"} {
		if ce == b || n[ce-1] != '用' && n[ce-1] != '搭' { // every word ends the clause on 用 or 搭
			break
		}
		if k := indexString(n[b:ce], w); k >= 0 && b+k+len([]rune(w)) == ce {
			return "negation:useless"
		}
	}
	if ce < len(n) && !isSentenceEnd(n[ce]) && cs < a {
		said := false
		for _, w := range [...]string{"讲话", "话", "讲", "说", "声称", "号称", "自称", "吹"} {
			if indexString(n[cs:a], w) >= 0 {
				said = true
				break
			}
		}
		if said {
			_, qe := j.bounds(ce+1, ce+1, isClauseEnd)
			q := n[ce+1 : qe]
			for _, w := range [...]string{"你信咩", "你信吗", "你信么", "你信嘛", "你也信", "你都信", "你会信", "谁信", "边个信", "信就有鬼", "信佢就输", "信他就输"} {
				if hasPrefix(q, w) && qe < len(n) && (n[qe] == '？' || n[qe] == '?') {
					return "negation:disbelieved"
				}
			}
		}
	}
	if j.appliedHedged(b, ce) {
		return "negation:apply-hedged"
	}
	if e := j.cantoneseForbidAfter(a, b); e != "" {
		return e
	}
	return ""
}

// cantoneseForbidAfter: a secret named, then a Cantonese prohibition in its
// clause (网银密码千祈唔好俾任何人, 验证码唔好畀人睇): the reader is told to keep
// it, unless the sentence goes on to an exception (…净系俾我, 除咗我).
func (j *judge) cantoneseForbidAfter(a, b int) string {
	n := j.n
	_, se := j.bounds(a, b, isSentenceEnd)
	if !slices.ContainsFunc(n[b:se], func(r rune) bool { return r == '唔' || r == '咪' }) {
		return "" // every prohibition holds 唔 or 咪
	}
	_, ce := j.bounds(a, b, isClauseEnd)
	if _, le := j.bounds(a, b, isListClauseEnd); listTopic(n[b:le]) {
		ce = se
	}
	for _, w := range [...]string{"千祈唔好", "千万唔好", "千祈咪", "千万咪", "唔好俾", "唔好畀", "唔好话俾", "唔好话畀", "唔好讲俾", "唔好讲畀", "唔好发俾", "唔好发畀", "唔好send俾", "唔好send畀", "咪俾", "咪畀", "唔好透露", "唔好话人知", "唔好讲人知"} {
		k := indexString(n[b:ce], w)
		if k < 0 {
			continue
		}
		for _, x := range [...]string{"除咗", "除了", "净系", "剩系", "只", "淨系", "但要", "不过要", "之后俾", "之后畀"} {
			if indexString(n[b:se], x) >= 0 {
				return ""
			}
		}
		return "negation:唔好"
	}
	return ""
}

// appliedHedged reports a hit followed by leave to apply that ends its clause
// (…仍可提出申请), and a next clause opening with 但 that says the outcome may
// suffer or is not promised (但核贷结果可能受影响, 但不保证获批).
func (j *judge) appliedHedged(b, ce int) bool {
	n := j.n
	i := b
	for _, w := range [...]string{"提出", "递交", "提交", "进行", "办理"} {
		if hasPrefix(n[i:ce], w) {
			i += len([]rune(w))
			break
		}
	}
	if !hasPrefix(n[i:ce], "申请") || ce-(i+2) > 1 || ce >= len(n) || isSentenceEnd(n[ce]) {
		return false
	}
	_, ne := j.bounds(ce+1, ce+1, isClauseEnd)
	next := n[ce+1 : ne]
	if !hasPrefix(next, "但") && !hasPrefix(next, "不过") {
		return false
	}
	for _, w := range [...]string{"可能受影响", "可能会受影响", "或受影响", "会受影响", "不保证", "不一定", "不承诺", "未必", "可能较低", "可能会较低", "可能被拒", "可能不获批", "另行评估", "审慎评估", "综合评估"} {
		if indexString(next, w) >= 0 {
			return true
		}
	}
	return false
}

// noBigDeal reports a negator at [i, e) that opens 大不了 (冇咩大不了, 没什么
// 大不了, 冇大不了): "no big deal" waves a risk away, it denies nothing.
func noBigDeal(n []rune, i, e int) bool {
	rest := n[e:]
	for _, w := range [...]string{"大不了", "咩大不了", "乜大不了", "什么大不了", "啥大不了", "甚么大不了", "甚麼大不了"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// conceded reports a have-not negator at [i, e) opening a concession that
// reaches past the hit at a: 没有X也OK, 冇X都得, 无X也没问题 grant the thing
// without X, they deny nothing.
func conceded(n []rune, i, e, a int) bool {
	have := false
	for _, w := range [...]string{"没", "没有", "冇", "冇得", "无", "没得", "沒", "沒有", "無", "莫得", "呒没"} {
		if runesEqual(n[i:e], w) {
			have = true
			break
		}
	}
	if !have {
		return false
	}
	ce := a
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	for k := a; k < ce-1; k++ {
		if n[k] != '也' && n[k] != '都' {
			continue
		}
		rest := n[k+1 : ce]
		if n[k] == '都' && rest[0] == '得' {
			return true // 冇X都得 (Cantonese: fine all the same)
		}
		for _, w := range [...]string{"ok", "OK", "Ok", "行", "可以", "没问题", "沒問題", "冇问题", "冇問題", "无所谓", "無所謂", "能", "照样", "照樣", "照批", "照贷", "照貸", "fine", "无妨", "無妨", "不要紧", "不要緊", "唔紧要", "唔緊要", "没关系", "沒關係", "一样批", "一樣批", "一样贷", "一樣貸", "批"} {
			if hasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// adverbNegated reports a one-character negator before an adverb of extra
// or separate doing right before the hit (不另外私下收取, 绝不另行收费, 不额外
// 加收): the hit is refused.
func adverbNegated(n []rune, a int) string {
	if a < 3 || !strings.ContainsRune("外行独獨", n[a-1]) { // what every adverb below ends on
		return ""
	}
	for _, w := range [...]string{"另外", "另行", "额外", "額外", "再另外", "再额外", "再額外", "单独", "單獨"} {
		l := len([]rune(w))
		if a-l-1 < 0 || !hasSuffixRunes(n[:a], w) {
			continue
		}
		if e := negatorRule(n[a-l-1]); e != "" && !inWord(n, a-l-1) {
			return e
		}
	}
	return ""
}

// feeWaived reports "no need to pay" in or just before an upfront-fee hit
// (审批前不需要交任何评估费, 您不需要先买保险才能放款): the no-need words
// that read as neutral elsewhere (不用担心) deny the payment here.
func feeWaived(n []rune, lo, b int) bool {
	for i := lo; i < b; i++ {
		if !strings.ContainsRune("不无毋唔", n[i]) {
			continue
		}
		for _, w := range [...]string{"不需要", "不用", "无需", "无须", "不必", "毋须", "毋需", "唔使", "唔需要"} {
			if !hasPrefix(n[i:], w) {
				continue
			}
			k := i + len([]rune(w))
			if k < len(n) && n[k] == '先' {
				k++
			}
			for _, v := range [...]string{"交", "缴", "付", "支付", "买", "购买", "转", "俾", "畀"} {
				if k < b && hasPrefix(n[k:], v) {
					return true
				}
			}
		}
	}
	return false
}

// askedInside reports a question mark inside a hit: the hit asks and answers.
func askedInside(rs []rune) bool {
	for _, r := range rs {
		if r == '?' || r == '？' {
			return true
		}
	}
	return false
}

// hasNot reports a 不 or 唔 in rs.
func hasNot(rs []rune) bool {
	return slices.ContainsFunc(rs, func(r rune) bool { return r == '不' || r == '唔' })
}
