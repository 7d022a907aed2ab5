package compliance

import (
	"slices"
	"strings"
)

// Context judgement: whether the words around a hit excuse it. Everything
// works on the normalised runes and on the cue matches found in the same
// automaton pass, so it allocates nothing. Every excuse is returned as the
// rule that fired ("negation:不承诺", "warning:骗子", …).

// definition is the excuse of a hit that is being defined (砍头息指…).
const definition = "warning:指"

const (
	negPromiseWindow = 10 // runes between 不承诺/不保证 and the hit
	negWindow        = 8  // runes between 不会/没有 … and the hit
	maxListItems     = 6  // enumeration items a list-governing negation reaches across
	maxQuotedName    = 12 // runes of a quoted name that wordLen counts as one word
	anyReach         = 6  // extra runes a negation reaches when 任何 follows it (不会为任何…背书)
)

// judge holds what the context checks need for one text.
type judge struct {
	s       *snapshot
	n       []rune
	matches []match // cue and exception matches of the main automaton
	inbound bool
	rateOK  bool // the text discloses the annualised all-in rate
}

// excuse returns the rule that excuses a hit, or "" if the hit counts. A
// paraphrase hit is also excused by a negation inside its gaps (黑户不能贷).
func (j *judge) excuse(c *cand) string {
	idx, a, b := c.phrase, int(c.start), int(c.end)
	ss, se := j.bounds(a, b, isSentenceEnd)
	if e := j.exception(idx, ss, se); e != "" {
		return e
	}
	if e := j.negation(a, b, int(c.cond)-1); e != "" {
		return e
	}
	for _, g := range c.gaps[:c.ngaps] {
		if e := j.negationInside(int(g[0]), int(g[1])); e != "" {
			return e
		}
	}
	if j.inbound {
		return ""
	}
	if e := j.warning(a, b, ss, se); e != "" {
		return e
	}
	if e := j.quotation(a, b, ss, se); e != "" {
		return e
	}
	return j.frame(c, a, b, ss, se)
}

// bounds returns the sentence (or clause) around [a, b).
func (j *judge) bounds(a, b int, end func(rune) bool) (int, int) {
	s := a
	for s > 0 && !end(j.n[s-1]) {
		s--
	}
	e := b
	for e < len(j.n) && !end(j.n[e]) {
		e++
	}
	return s, e
}

// exception: a per-phrase exception in the same sentence, or the disclosed rate.
func (j *judge) exception(idx int32, ss, se int) string {
	if j.s.needsRate[idx] && j.rateOK && (int(idx) < j.s.npack || annualFigure(j.n[ss:se])) {
		// A claim pattern (利息超低, 0 interest) is excused only by the annualised
		// rate stated in its own sentence; a pack phrase by one anywhere in the text.
		return "disclosure:" + DiscAnnualizedRate
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patException || int(m.start) < ss || int(m.end) > se {
			continue
		}
		if _, ok := slices.BinarySearch(p.owners, idx); ok {
			return p.rule
		}
	}
	return ""
}

// negation: a negator right before the hit, or a negation cue shortly before
// it in the same clause that is not part of a neutral phrase (不用担心, 能不能).
//
// cond >= 0 is the condition word of a claim that crossed a clause: a
// negation after it belongs to the condition (如果您本人无法完成视频面签，
// 可以由我们代为操作) and does not excuse the claim.
func (j *judge) negation(a, b, cond int) string {
	if a > 0 && (cond < 0 || a-1 < cond) {
		if e := negatorRule(j.n[a-1]); e != "" && !j.neutralAt(a-1, a) && !inWord(j.n, a-1) {
			return e
		}
	}
	if a > 0 && (cond < 0 || a-1 < cond) {
		if e := latinNegator(j.n, a); e != "" {
			return e
		}
	}
	if e := j.negationAfter(a, b); e != "" {
		return e
	}
	cs, _ := j.bounds(a, b, isClauseEnd)
	cs = latinListStart(j.n, cs)
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
		if p.list && listScope(j.n[m.end:a], window) {
			return p.rule
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
		if e := negatorRule(j.n[b-1]); e != "" && !inWord(j.n, b-1) {
			return e
		}
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && (p.cue == cueNeg || p.cue == cueNegPromise) && int(m.start) >= a && int(m.start) < b &&
			int(m.end) <= b && !j.neutralAt(int(m.start), int(m.end)) { // 并不会影响: 不会影响 is the claim's own word
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

// warning: a warning or definition cue in the hit's sentence (任何声称“包过”
// 的都是骗子; 包过是不可能的; 砍头息是指…). A negated cue (不是骗子, 无套路)
// does not count.
func (j *judge) warning(a, b, ss, se int) string {
	if b < len(j.n) && j.n[b] == '指' && (b+1 >= len(j.n) || !strings.ContainsRune("导定引南标示", j.n[b+1])) { // 反催收指导, 官方指定 name no definition
		return definition
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueWarn {
			continue
		}
		st, en := int(m.start), int(m.end)
		before := en <= a && st >= ss
		after := st >= b && en <= se
		if before && j.verdictAsReason(st, en, a) || after && j.reasonAfter(st, en) {
			continue
		}
		if (before || after) && !j.negatedAt(st) && !j.addressedAt(st) && !j.reportedByUs(st) {
			return p.rule
		}
	}
	return ""
}

// reasonAfter: an illegality verdict after the hit given as its reason
// (你直接不还就行了，反正违法; 不用还，因为本身就不合法), not as a warning.
func (j *judge) reasonAfter(st, en int) bool {
	switch string(j.n[st:en]) {
	case "不合法", "违法", "非法", "违规", "是违法":
	default:
		return false
	}
	for _, w := range [...]string{"反正", "毕竟", "因为", "本来就", "本身就", "反正都", "反正是", "本来就是", "本身就是"} {
		if k := st - len([]rune(w)); k >= 0 && indexString(j.n[k:st], w) == 0 {
			return true
		}
	}
	return false
}

// verdictAsReason reports an illegality verdict (不合法, 违法, 涉嫌 …) in an
// earlier clause than the hit: it is then the reason the claim gives (网贷很多
// 都不合法，不还也不会怎么样), not a warning against the claim.
func (j *judge) verdictAsReason(st, en, a int) bool {
	switch string(j.n[st:en]) {
	case "不合法", "违法", "非法", "违规", "涉嫌", "是违法":
	default:
		return false
	}
	return hasListClauseEnd(j.n[en:a]) && !slices.ContainsFunc(j.n[en:a], isSentenceEnd)
}

// reportedByUs reports 报案/报警 said as done or about to be done (已经报案了,
// 已报警, 将报案): a threat to the debtor, not advice to report a fraud.
func (j *judge) reportedByUs(i int) bool {
	return j.n[i] == '报' && i > 0 && strings.ContainsRune("已经将", j.n[i-1])
}

// addressedAt reports an accusation word said of the applicant (您已涉嫌
// 诈骗, 你这是违法): it warns nobody. Only accusation words count: 提醒您谨防
// is still a warning.
func (j *judge) addressedAt(i int) bool {
	switch j.n[i] {
	case '涉', '违', '犯', '诈', '欺':
	default:
		return false
	}
	if i >= 1 && j.n[i-1] == '以' && i+2 < len(j.n) && j.n[i+2] == '罪' { // 以诈骗罪起诉你: a charge, not a warning
		return true
	}
	k := i
	for k >= 2 && (j.n[k-2] == '涉' && j.n[k-1] == '嫌' || j.n[k-2] == '已' && j.n[k-1] == '经' || j.n[k-2] == '这' && j.n[k-1] == '是' ||
		j.n[k-2] == '现' && j.n[k-1] == '在' || j.n[k-2] == '目' && j.n[k-1] == '前') { // 你现在已经涉嫌…
		k -= 2
	}
	if k >= 1 && j.n[k-1] == '已' {
		k--
	}
	return k >= 1 && (j.n[k-1] == '您' || j.n[k-1] == '你')
}

// negatedAt reports a negator right before position i (不是骗子, 并非虚假,
// 拒绝套路).
func (j *judge) negatedAt(i int) bool {
	if i >= 1 && (j.n[i-1] == '不' || j.n[i-1] == '没' || j.n[i-1] == '无' || j.n[i-1] == '零' || j.n[i-1] == '非') {
		return true
	}
	if i >= 2 && j.n[i-2] == 'n' && j.n[i-1] == 'o' && (i == 2 || !isLatin(j.n[i-3])) { // no 套路 is a slogan, not a warning
		return true
	}
	if i >= 2 {
		for _, pair := range [...][2]rune{{'不', '是'}, {'并', '非'}, {'绝', '非'}, {'没', '有'}, {'并', '不'},
			{'杜', '绝'}, {'拒', '绝'}, {'远', '离'}, {'告', '别'}} { // 拒绝套路、包过 is a slogan, not a warning
			if j.n[i-2] == pair[0] && j.n[i-1] == pair[1] {
				return true
			}
		}
	}
	return false
}

// quotation: the applicant's words quoted back — the hit in quote marks with a
// quote cue in the sentence, or after 您说/您提到 in a question — or
// reported speech: the hit in quote marks opened right after a speech verb
// whose speaker is not us (那位顾问说“多借点备着没事”; not 我们承诺“包过”).
func (j *judge) quotation(a, b, ss, se int) string {
	quoted := j.inQuotes(a, b, ss, se)
	if quoted {
		if e := j.reportedSpeech(a, ss); e != "" {
			return e
		}
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueQuote || int(m.start) < ss || int(m.end) > se || j.weSpeak(int(m.start)) {
			continue
		}
		if quoted {
			return p.rule
		}
		if int(m.end) <= a && se < len(j.n) && j.n[se] == '?' {
			return p.rule
		}
		if int(m.end) <= a && j.applicantReported(int(m.start), int(m.end), a) {
			return p.rule
		}
	}
	return ""
}

// weSpeak reports a 您/你 cue that is the object of our own words: 都跟你说了,
// 我帮你提到二十万 — not the applicant's words.
func (j *judge) weSpeak(cs int) bool {
	return cs > 0 && (j.n[cs] == '您' || j.n[cs] == '你') && strings.ContainsRune("跟和给对同帮替为让", j.n[cs-1])
}

// applicantReported: the hit repeats what the applicant said, introduced by
// 您说/您提到/你问 … earlier in the sentence (您说想再借一笔把这些都还上),
// with no first-person speaker between the cue and the hit and not as
// agreement (您说得对，…).
//
// The report ends where we answer: a cue naming a thing (您提到的那几次逾期)
// covers its own clause only, a bare cue runs on until a later clause
// addresses the applicant (您提到去年逾期过，这个您不用担心，这家机构不看历史
// 逾期 — but 您说手上有五笔网贷，每月要还八千，想再借一笔都还上 is all hers).
func (j *judge) applicantReported(cs, ce, a int) bool {
	if j.n[cs] != '您' && j.n[cs] != '你' || j.n[a] == '我' || j.n[a] == '咱' {
		return false // 您提到收入不稳定，…我们可以协助您…: the hit is our own offer
	}
	if ce < len(j.n) && (j.n[ce] == '得' || ce+1 < len(j.n) && j.n[ce] == '的' && (j.n[ce+1] == '对' || j.n[ce+1] == '没')) {
		return false
	}
	clauses, answered := 0, false
	for i, r := range j.n[ce:a] {
		switch {
		case r == '我' || r == '咱':
			return false
		case r != '、' && isClauseEnd(r):
			clauses++
		case clauses > 0 && (r == '您' || r == '你'):
			answered = true
		case clauses > 0 && r == '心' && i > 0 && (j.n[ce+i-1] == '担' || j.n[ce+i-1] == '放'):
			answered = true // 这个不用担心, 放心: a reassurance is our answer, what follows is ours
		}
	}
	if ce < len(j.n) && j.n[ce] == '的' {
		return clauses == 0
	}
	return !answered
}

// reportedSpeech: the quote opening before a is preceded by a speech verb
// (说, 称, 承诺, 表示, 写着 …, optionally with ：) and no first-person
// speaker stands before the verb in its clause.
func (j *judge) reportedSpeech(a, ss int) string {
	q := a - 1
	for q >= ss && !isOpenQuote(j.n[q]) {
		q--
	}
	v := q - 1
	if v >= ss && (j.n[v] == ':' || j.n[v] == '：') {
		v--
	}
	if v > ss && j.n[v] == '的' && (j.n[v-1] == '说' || j.n[v-1] == '谓' || j.n[v-1] == '称') {
		v-- // 通常所说的“砍头息”, 所谓的“内部渠道”
	}
	if v < ss {
		return ""
	}
	switch j.n[v] {
	case '说', '称', '诺', '讲', '道', '示', '着', '喊', '骂', '写', '吹', '问':
	case '是', '为': // 内容是“…”, 写的是“…”, 原话是“…”
		if v-1 < ss || !strings.ContainsRune("容的话文", j.n[v-1]) {
			return ""
		}
	default:
		return ""
	}
	for k := v - 1; k >= ss && !isClauseEnd(j.n[k]); k-- {
		switch j.n[k] {
		case '我', '咱':
			return ""
		case '本':
			if k+1 < v && (j.n[k+1] == '号' || j.n[k+1] == '司' || j.n[k+1] == '平') {
				return ""
			}
		}
	}
	return "quotation:reported-speech"
}

// inQuotes reports whether [a, b) is enclosed by quote marks within its sentence.
func (j *judge) inQuotes(a, b, ss, se int) bool {
	open := false
	for k := a - 1; k >= ss; k-- {
		if isOpenQuote(j.n[k]) {
			open = true
			break
		}
		if isCloseQuote(j.n[k]) && j.n[k] != '"' && j.n[k] != '\'' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := b; k < se; k++ {
		if isCloseQuote(j.n[k]) {
			return true
		}
	}
	return false
}

func isOpenQuote(r rune) bool {
	switch r {
	case '“', '「', '『', '‘', '"', '\'', '《', '〈':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '”', '」', '』', '’', '"', '\'', '》', '〉':
		return true
	}
	return false
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\n', '！', '？', '；', '\r':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case ',', '，', '、', ':', '：', '(', ')', '（', '）', '\t':
		return true
	}
	return isSentenceEnd(r)
}

func hasSentenceEnd(rs []rune) bool {
	for _, r := range rs {
		if isSentenceEnd(r) {
			return true
		}
	}
	return false
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
	}
	return ""
}

// latinNegator names an English negator written right before the hit as a
// word of its own (no 内部渠道, not 秒批, never 包过; not know包过 or
// no problem 包过, where the negator is no word of its own or not adjacent).
func latinNegator(n []rune, a int) string {
	for _, w := range [...][2]string{{"no", "negation:no"}, {"not", "negation:not"}, {"never", "negation:never"}, {"non", "negation:non"}} {
		k := a - len(w[0])
		if k < 0 || indexString(n[k:a], w[0]) != 0 || k > 0 && isLatin(n[k-1]) {
			continue
		}
		return w[1] // constant strings keep checks allocation-free
	}
	return ""
}

// inWord reports a negator character that ends a word and negates nothing:
// 特别, 辨别, 区别, 分别, 识别 (我特别想做流水).
func inWord(n []rune, i int) bool {
	if i == 0 || n[i] != '别' {
		return false
	}
	switch n[i-1] {
	case '特', '辨', '区', '分', '识', '告', '级', '类', '性', '鉴', '差', '派', '判':
		return true
	}
	return false
}

// scopeBreak reports words that end a negation's scope before the hit: a
// condition or a contrast (没有社保的话可以帮您挂; 没有流水也能贷).
// wordLen is the length of the runes between a negation and its hit, an
// English word counting as one (没有任何government背书).
// A quoted name counts as one word too (不会为任何平台的“保本保收益”承诺背书).
func wordLen(rs []rune) int {
	n := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isOpenQuote(r) && r != '\'' {
			if k := quoteClose(rs, i+1); k > 0 {
				n++
				i = k
				continue
			}
		}
		if !isLatin(r) || i == 0 || !isLatin(rs[i-1]) {
			n++
		}
	}
	return n
}

// quoteClose returns the index of the quote mark closing a short quote that
// opens before rs[from], or -1.
func quoteClose(rs []rune, from int) int {
	for k := from; k < len(rs) && k <= from+maxQuotedName; k++ {
		if isCloseQuote(rs[k]) {
			return k
		}
	}
	return -1
}

func scopeBreak(between []rune) bool {
	for i, r := range between {
		switch r {
		case '就', '也', '但', '却':
			return true
		case '只', '照', '还':
			if i+1 < len(between) && (between[i+1] == '要' || between[i+1] == '样' || between[i+1] == '是') {
				return true
			}
		case '话':
			if i > 0 && between[i-1] == '的' {
				return true
			}
		case '可', '都':
			if i+1 < len(between) && (between[i+1] == '以' || between[i+1] == '能') {
				return true
			}
		}
	}
	return false
}
