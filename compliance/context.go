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
	src     []int32 // the source rune index of each rune of n (a jump is a space, symbol or emoji removed)
	matches []match // cue and exception matches of the main automaton
	inbound bool
	rateOK  bool // the text discloses the annualised all-in rate
}

// excuse returns the rule that excuses a hit, or "" if the hit counts. A
// paraphrase hit is also excused by a negation inside its gaps (黑户不能贷).
func (j *judge) excuse(c *cand) string {
	idx, a, b := c.phrase, int(c.start), int(c.end)
	ss, se := j.bounds(a, b, isSentenceEnd)
	if j.s.phrases[idx].Category == "F11" && sameSumReceived(j.n, a, b, ss, se) {
		return sameSum // 合同写5万，到手5万: the contract's sum received in full
	}
	if e := j.exception(idx, ss, se); e != "" {
		return e
	}
	if !j.doubleNegated(b) && !j.penaltyPromised(idx, b, se) {
		if e := j.negation(a, b, int(c.cond)-1); e != "" && e != j.rivalNegator(b, se) {
			return e // 我们是唯一能办的别处都不行: rivals refused, our claim stands
		}
		for _, g := range c.gaps[:c.ngaps] {
			if e := j.negationInside(int(g[0]), int(g[1])); e != "" {
				return e
			}
		}
		if j.s.phrases[idx].Category == "F10" && feeWaived(j.n, max(ss, a-6), b) {
			return "negation:无需付费"
		}
	}
	if j.inbound {
		return ""
	}
	if e := j.warning(a, b, ss, se); e != "" && !j.warningOverruled(e, a, b, ss, se) {
		return e
	}
	if e := j.quotation(a, b, ss, se); e != "" {
		return e
	}
	if e := j.frame(c, a, b, ss, se); e != "" && !j.frameOverruled(e, a, b, ss, se) && !j.cueDared(e, ss, se) {
		return e
	}
	if e := j.replyExcuse(c, a, b, ss, se); e != "" && !j.doubleNegated(b) {
		return e
	}
	return j.askedOrReported(c, a, b, ss, se)
}

// askedOrReported: the hit asked about, repeated from the applicant's
// question, reported from someone we disown, quoted to warn, or converted to
// its yearly figure (framesanswer.go, quotation.go, statement.go).
func (j *judge) askedOrReported(c *cand, a, b, ss, se int) string {
	if e := j.questionAsked(c, a, b, ss, se); e != "" {
		return e
	}
	if e := j.youAsked(a, b, ss, se); e != "" {
		return e
	}
	if e := j.reportedDisowned(a, b, ss, se); e != "" {
		return e
	}
	if e := j.quotedWarnedEN(a, b, ss, se); e != "" {
		return e
	}
	switch j.s.phrases[c.phrase].Category {
	case "F05", "F11":
		if yearConverted(j.n, b, se) {
			return "frame:conversion:一年下来"
		}
	}
	return ""
}

// doubleNegated reports a clause that calls its own negation absurd after the
// hit (晚饭前钱还不到你账上那才怪了): the negation asserts the promise.
func (j *judge) doubleNegated(b int) bool {
	_, ce := j.bounds(b, b, isClauseEnd)
	rest := j.n[b:ce]
	return indexString(rest, "才怪") >= 0 || indexString(rest, "就怪了") >= 0
}

// penaltyPromised reports an outcome or speed hit followed in its sentence by
// what we pay if it fails (一个钟头内不到账赔你一碗面, 今晚不到账你来寻额,
// 批不下来双倍退): the 不 inside the hit is the condition of a guarantee, not
// a denial of it. A refused penalty (不赔, 没有赔偿) is none.
func (j *judge) penaltyPromised(idx int32, b, se int) bool {
	switch j.s.phrases[idx].Category {
	case "F01", "F02", "F06":
	default:
		return false
	}
	rest := j.n[b:min(se, b+16)]
	for _, w := range [...]string{"赔你", "赔您", "赔恁", "赔侬", "包赔", "赔偿你", "赔偿您", "双倍赔", "十倍赔", "倍赔", "赔一", "赔两", "赔双倍", "全额退", "退你", "退您", "双倍退", "来寻额", "来寻我", "寻额", "找额", "找我算账", "算我的", "我请你", "我请您", "免单", "砸我招牌", "我倒立"} {
		k := indexString(rest, w)
		if k < 0 {
			continue
		}
		if k > 0 && negatorRule(rest[k-1]) != "" {
			continue // 不赔你, 没退你
		}
		return true
	}
	return false
}

// othersDisparaged reports a warning cue in a clause after the hit's that
// opens on the other lenders (别家都是假的, 其他平台都是骗子): rivals run down
// to sell our own claim, not a warning against it.
func othersDisparaged(n []rune, b, st int) bool {
	cs := st
	for cs > b && !isClauseEnd(n[cs-1]) {
		cs--
	}
	if cs == b || st-cs > 8 {
		return false // the cue shares the hit's clause (别家说包过的都是假的)
	}
	return prefixLen(n[cs:st], []string{"别家", "别的", "别人家", "其他", "其它", "其余", "人家", "外面", "外头", "别个", "别处", "第三方"}) > 0
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
		if _, ok := slices.BinarySearch(j.s.links[p.link].owners, idx); ok {
			if complaintDiscouraged(j.n, int(m.start), int(m.end)) {
				continue // 如遇砍头息，别投诉: advice not to complain excuses nothing
			}
			if hedgeTakenBack(p.rule, j.n, int(m.end), se) {
				continue // 一般当天到账，最快5分钟: the hedge taken back by a boast or pledge
			}
			if objectionSold(p.rule, j.n[ss:se]) || objectionOnRealRecord(p.rule, j.n[ss:se]) {
				continue // 通过我们的异议申诉渠道…清除，费用仅需2000元 / 真实发生的逾期…消除: credit repair
			}
			return p.rule
		}
	}
	return ""
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
		if before && (j.verdictAsReason(st, en, a) || j.boastAfterInability(st, en, a)) || after && (j.reasonAfter(st, en) || madeExample(j.n, st) || labelShown(j.n, ss, st)) || before && j.answerOpens(st, ss, se) {
			continue
		}
		if warnDared(j.n, st, en) || complaintDiscouraged(j.n, st, en) { // 别投诉, 请勿投诉: advice not to complain
			continue // 你可以去投诉试试, 报警都冇用: a dare, no warning
		}
		if after && endorsedBefore(j.n, b, st) {
			continue // 有人说停止还款也没事，这是真的，别信催收: the claim endorsed, the warning aimed elsewhere
		}
		if after && othersDisparaged(j.n, b, st) {
			continue // 全网唯一正规，别家都是假的: rivals run down to sell the claim, no warning
		}
		if (before || after) && !j.negatedAt(st) && !j.addressedAt(st) && !j.reportedByUs(st) {
			return p.rule
		}
	}
	return ""
}

// madeExample reports a warning cue after a purpose word (公告逾期者姓名，以示
// 警惕): the hit is done to warn others by it, not warned against.
func madeExample(n []rune, st int) bool {
	if st < 2 || n[st-2] != '以' {
		return false
	}
	return strings.ContainsRune("示作资为儆", n[st-1])
}

// answerOpens reports a bare no opening the sentence right after a question
// (慢？不存在的，我这边一个钟就给你放了): it answers the worry asked, and the
// clause after it is the promise, not what it warns against.
func (j *judge) answerOpens(st, ss, se int) bool {
	return st == ss && ss > 0 && (j.n[ss-1] == '？' || j.n[ss-1] == '?') && negativeAnswer(j.n[st:se])
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
// 已报警, 将报案) or done to have the applicant arrested (报警抓你, 报案拘你):
// a threat to the debtor, not advice to report a fraud.
func (j *judge) reportedByUs(i int) bool {
	if j.n[i] != '报' {
		return false
	}
	if i > 0 && strings.ContainsRune("已经将", j.n[i-1]) || i+2 < len(j.n) && strings.ContainsRune("抓拘逮", j.n[i+2]) {
		return true
	}
	// 已向公安机关报案, 将向派出所报警: the report made or announced to an authority named in between
	for k := i - 1; k >= 1 && k >= i-8 && !isClauseEnd(j.n[k]); k-- {
		if j.n[k] == '向' {
			return strings.ContainsRune("已经将", j.n[k-1])
		}
	}
	return false
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
	if k >= 1 && (j.n[k-1] == '您' || j.n[k-1] == '你') {
		return true
	}
	// 您的逾期行为已涉嫌诈骗: the accusation said of the applicant's conduct, opening the clause
	if k < i {
		for c := k - 1; c >= 0 && c >= k-10 && !isClauseEnd(j.n[c]); c-- {
			if (c == 0 || isClauseEnd(j.n[c-1])) && (j.n[c] == '您' || j.n[c] == '你') && c+1 < k && j.n[c+1] == '的' {
				return true
			}
		}
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

// clauseEndWithin returns the end of the clause holding position i, at most
// se (the sentence's end).
func clauseEndWithin(n []rune, i, se int) int {
	for i < se && !isClauseEnd(n[i]) {
		i++
	}
	return i
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
