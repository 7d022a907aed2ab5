package compliance

import (
	"slices"
	"strings"
)

// Sentence frames: the words around a hit that say the sentence is about the
// claim, not making it. They are cues of the same automaton pass; each
// excuse is named "frame:<kind>:<word>".

// Frame cue kinds (continuing the cue kinds of cues.go).
const (
	cueEval       = cueNegAfter + 1 + iota // after the hit: …是违规操作, …多半是陷阱
	cueAdvice                              // before the hit: 建议您不要…, 千万别…
	cueConseq                              // after the hit: …后果很严重
	cueConvert                             // either side, with a figure: 日息万五换算成年化约18.25%
	cueAttrib                              // before the hit: 对方说…, 您收到的短信…
	cueAdviceNear                          // before the hit in its clause: 别只看“一天几块钱”
	cueTopic                               // after a hit in a topic clause (…的，): 让你先交钱的，一律别转
	cueDeny                                // before the hit in its clause: 哪有包过的贷款, 冇任何内部渠道, 没有任何机构可以保证
	cueHedge                               // after the hit, ending its sentence: 最快明天出结果，但不敢打包票
	cueActor                               // before or opening the hit: someone else does it to you (有人叫你借钱炒币, 别人拉你进群领额度)
	cueDisown                              // after the hit, closing its clause: we have none of it (那个内部群我们没有)
	cueCopyBan                             // right after a quoted hit: the term refused in the copy (“不看征信”不能写)
)

// frameName is the rule prefix of a frame cue kind.
func frameName(kind int) string {
	switch kind {
	case cueEval:
		return "frame:evaluation:"
	case cueAdvice:
		return "frame:advice:"
	case cueConseq:
		return "frame:consequence:"
	case cueConvert:
		return "frame:conversion:"
	case cueAttrib:
		return "frame:attributed:"
	case cueAdviceNear:
		return "frame:advice:"
	case cueTopic:
		return "frame:topic:"
	case cueDeny:
		return "frame:denial:"
	case cueHedge:
		return "frame:hedge:"
	case cueActor:
		return "frame:attributed:"
	case cueDisown:
		return "frame:denial:"
	case cueCopyBan:
		return "frame:denial:"
	}
	return ""
}

// frame: a frame cue in the hit's sentence on its side — evaluations and
// consequences after the hit, advice against and attributions before it,
// conversions on either side when the sentence gives a figure (rate and
// deduction hits only: 借10000元实际到手9000元，应按9000元计算).
func (j *judge) frame(c *cand, a, b, ss, se int) string {
	ae := j.answerEnd(se)
	// A failure asked rhetorically (还能不批吗？难道会不批？) is answered by the
	// "no" or "impossible" after it: that answer affirms the promise; so is
	// a rival asked for (谁比我们更专业？没有的) — claims named …rhetorical-sure.
	rhet := strings.HasSuffix(j.s.phrases[c.phrase].Text, "rhetorical-sure")
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue < cueEval {
			continue
		}
		st, en := int(m.start), int(m.end)
		before := en <= a && st >= ss
		after := st >= b && en <= se
		ok := false
		switch p.cue {
		case cueEval, cueConseq:
			ok = (after || st >= b && en <= ae && !j.hanPause(max(b-1, 0), se)) && !(rhet && hasPrefix(j.n[st:en], "不可能")) && !j.negatedAt(st) && !j.otherSubject(b, st) &&
				!j.reasonAfter(st, en) && !lookInstead(j.n, en) &&
				!(st > 0 && j.n[st-1] == '主' && string(j.n[st:en]) == "要看") && // 主要看每天还多少: what to look at instead, no verdict
				!refusalIfNot(j.n, st, en) && // 别说是还信用卡，不然会被拒: the refusal is the coached lie's reason
				!inPersonWaived(j.n, st, en) && // …找个人help一下就OK，不一定要本人: a waiver, not a doubt
				!(p.cue == cueEval && detectionDoubted(j.n, st, en)) && // 机构不一定查得到: a reassurance about hiding, no doubt
				annualPreferred(j.n, ss, a, b, st, en) && // 年化…比月利率更准确: only the rate compared against is excused
				!refusalWithObject(j.n, ss, st, en) && // 验证码发我，都不要给别人: the refusal keeps it for someone
				guardedCueOK(j.n, b, st, en, se) && adviseAfterOK(j.n, st, en) && !(p.cue == cueEval && (conceptDismissed(j.n, st, en) || wordStaked(j.n, st, en))) && doubtShapeOK(j.n, st, en) && j.newCueOK(ss, a, st, en) &&
				!(p.cue == cueEval && (labelShown(j.n, ss, st) || officialDisused(j.n, b, st, en))) && // 让大家看看你是骗子: a label we threaten to post; 官方app千万别用
				!concededCue(j.n, st, en) && // 虽然不符合常规，但能下款: the verdict shrugged off
				!(p.cue == cueEval && (rateDismissedBefore(j.n, b, st) || checkerNeeds(j.n, st, en) || endorsedBefore(j.n, b, st))) && // 甭看那年化…; 风控要看; 这是真的，别信催收

				!(p.cue == cueConseq && (consequenceDenied(j.n, ss, st) || !costMaybeOK(j.n, ss, st, en))) && // 银行也不会提前收贷: the consequence denied is a reassurance
				!(p.cue == cueConseq && consequencePromised(j.n, ss, st)) && // 保证越借越多: the "consequence" is the promise itself
				!(p.cue == cueConseq && j.s.phrases[c.phrase].Category == "F16" && lawsuitThreat(j.n[st:en])) // 搵你老細，到時你會被告: the lawsuit is the collector's threat
		case cueAdvice: // 不要找别家了，我们包过: our own words follow the advice; 千万别错过 is no advice against
			// the advice may open the hit with its verb (莫再借新的还旧的: 莫再借 holds the hit's first
			// word); a claim that holds the negator itself (建议您不要只借1万) is not opened this way
			opens := st >= ss && st < a && en == a+1 && en < b && !strings.ContainsRune("要别莫勿用得", j.n[a])
			ok = (before || opens) && !j.neutralAt(st, en) && !j.neutralAt(en-1, en) && (opens || (!hasListClauseEnd(j.n[en:a]) || !firstPersonBetween(j.n[en:a])) && !coachedClause(j.n, en, a)) &&
				!(en < a-1 && lookInstead(j.n, a)) && // 莫去算年化，看月息就行: the hit is what to look at instead
				!rateIgnoredAdvice(j.n, st, en) // 年化你不要去管它: the "advice" to ignore the annual rate is the claim
		case cueAdviceNear, cueDeny:
			ok = before && !j.neutralAt(st, en) && !j.neutralAt(en-1, en) && !hasListClauseEnd(j.n[en:b]) && !placeBian(j.n, st, en) &&
				!beliefDenied(j.n, ss, st, en, a) && // 别以为我们不敢去你单位: the denial denied is a threat
				denyCueOK(j.n, st, en, a) && // 天下没有比我们更快的: a boast, no denial
				!noProblemCue(j.n, st, en) && // 流水不够冇得事，帮你做一份: "no problem" is the assurance, no denial
				!payDeadlineThreat(j.n, en, a) // You don't pay by tonight we send…: the condition of a threat
		case cueAttrib: // 这事电话里说，我把私人号码发你; 我们广告说…
			ok = before && !(englishAttribCue(j.n[st:en]) && j.englishFirstPerson(ss, a)) && !vietOwnedBetween(j.n[st:en], j.n[en:a]) && !feeNamed(j.n, en) && !firstPersonBetween(j.n[en:a]) && !j.ownVoice(ss, st) && !j.handedToUs(c, a, b) && !j.adviceToYou(en, a) && !correctedBetween(j.n[en:a]) &&
				!(j.n[en-1] == '问' && askedThenGranted(j.n, en, a, se)) && !endorsedBefore(j.n, b, se) && !endorsedNext(j.n, se) // 有人问能不能不查征信，这个没问题: the answer is ours; 有人说…，没错: endorsed
		case cueTopic:
			ok = after && j.topic(b, st) && !j.negatedAt(st) && !collectorIgnored(j.n, b, st)
		case cueHedge: // a bare hedge (…，没法保证。) withholds an outcome, speed or amount only as a clause of its own, not asked
			ok = after && (sentenceRestEmpty(j.n[en:se]) && (hedgeJoined(j.n[st:en]) || bareHedge(j, c, st, se)) || refusedRequest(j.n, ss, b, st, en))
		case cueActor: // the cue may open the hit: 别人「拉你」进群领额度
			// …and the rest of the hit is not handed to us (你先把逾期交给我们处理掉)
			ok = st >= ss && st < a && en <= b && !firstPersonBetween(j.n[min(en, a):a]) && !firstPersonBetween(j.n[max(en, a):b]) && !j.ownVoice(ss, st) && !j.handedToUs(c, a, b) && !correctedBetween(j.n[min(en, a):a])
		case cueDisown:
			ok = after && st < j.clauseEnd(b) && sentenceRestEmpty(j.n[en:j.clauseEnd(en)])
		case cueCopyBan:
			ok = after && j.inQuotes(a, b, ss, se) && copyBanAdjacent(j.n[b:st])
		case cueConvert:
			cat := j.s.phrases[c.phrase].Category
			fig := hasFigure(j.n[ss:se]) || annualMultiple(j.n[ss:se]) || spokenPercent(j.n[ss:se])
			if !after && st >= se && en <= ae && annualRateFigure(j.n[se:ae]) {
				after, fig = true, true // 月息几多？月平息0.6%约等于年利率13%: the question answered by a conversion
			}
			ok = (before || after) && (cat == "F05" || cat == "F11") && fig && !keptAtFull(j.n, st) &&
				(int(c.phrase) < j.s.npack || after || hasFigure(j.n[a:b])) // a claim after the conversion with no figure of its own (…计算，非常划算) is our verdict on it
		}
		if ok {
			return p.rule
		}
	}
	if strings.HasSuffix(j.s.phrases[c.phrase].Text, "/sure-thing") && submittedAfter(j.n[b:se]) {
		return "frame:status:submitted" // 今儿妥了，材料都交上去了，等银行通知吧: the filing is done, the outcome still the bank's
	}
	if j.s.phrases[c.phrase].Category == "F05" && annualFigure(j.n[ss:se]) && !(superlative(j.n[a:b]) && !hasFigure(j.n[b:min(se, b+2)])) {
		return "frame:conversion:年化" // 日利率0.03%起（年化10.95%起）: the annualised figure is stated beside it
	}
	if j.s.phrases[c.phrase].Category == "F01" && allInPrice(j.n, a, b, ss, se) {
		return "frame:conversion:全包" // 年化11%全包, APR 10.8% 全包: a rate said to include every fee, no approval handled
	}
	if j.s.phrases[c.phrase].Category == "F02" && tripArrival(j.n, a, b, ss, se) {
		return "frame:trip:到" // 今天去矿上拉煤，半个钟头就到: a journey timed, no money in the sentence
	}
	if j.s.phrases[c.phrase].Category == "F09" && blameFalls(j.n, ss, a) {
		return "frame:consequence:出了事" // 出了事是他背债: the debt left with the name-lender
	}
	if j.s.phrases[c.phrase].Category == "F13" && costJudged(j.n, a, b, ss, se) {
		return "frame:evaluation:成本高" // 过桥资金成本较高，请先想清楚: the term named to judge its cost
	}
	if j.s.phrases[c.phrase].Category == "F11" && practiceNamed(j.n[ss:b]) {
		return "frame:evaluation:named-practice" // 这种情况通常叫“砍头息”，就是放款时先扣…: the malpractice named to explain it
	}
	if e := j.explainedFrame(c, a, b, ss, se); e != "" {
		return e
	}
	if e := j.assuranceFrame(c, a, b, ss, se); e != "" {
		return e
	}
	if j.topicNone(b) {
		return "frame:denial:no-such-thing" // 征信修复这玩意儿没有，别交钱: the thing named and said not to exist
	}
	if j.headingWarned(a, b, ss) {
		return "frame:heading:关于" // 关于“征信修复”：1. …；3. 收费洗白征信涉嫌诈骗: the topic named, the list warns
	}
	if j.s.phrases[c.phrase].Category == "F03" && laterChecked(j.n, b, se) {
		return "frame:contrast:later-checked" // 预估阶段不查征信，但正式申请后会查询: the real application is checked
	}
	if j.contrastTail(a, b) {
		return "frame:contrast:反而" // 不还款并不会让债务消失，反而会影响征信
	}
	if e := j.refusedFrame(c, a, b, ss, se); e != "" {
		return e
	}
	if j.definitionAnswer(c, ss, se) {
		return definition
	}
	if !rhet && j.rebutted(c, a, b, ss, se) {
		return "frame:rebutted"
	}
	if d := j.definitionAfter(c, a, b, ss); d != "" {
		return d
	}
	if e := j.definitionLimited(c, a, b, ss); e != "" {
		return e
	}
	return j.collectorActWarned(c, a, b, ss, se) // framesrights.go
}

// handedToUs: a request to hand something over (a code, money, a contact)
// whose own words or clause name us as the receiver (短信里的验证码发我一下;
// 您收到的短信验证码请回复给我们) — the attribution names where the thing came
// from, not whose words these are.
func (j *judge) handedToUs(c *cand, a, b int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F10", "F11", "F17", "F19":
	default:
		return false
	}
	_, ce := j.bounds(b, b, isClauseEnd)
	return firstPersonBetween(j.n[a:max(b, ce)]) || staffReceiver(j.n[a:max(b, ce)])
}

// adviceToYou: the hit's clause opens with 你/您 after the clause of an
// attribution cue that names someone without a speech verb — our advice about
// them (那些平台利息超了的，你直接不还就是了), not their words (他们说，你…).
func (j *judge) adviceToYou(en, a int) bool {
	cs, _ := j.bounds(a, a, isListClauseEnd)
	if cs <= en || cs >= len(j.n) || j.n[cs] != '你' && j.n[cs] != '您' {
		return false
	}
	switch j.n[en-1] {
	case '说', '讲', '话', '称', '写', '闻', '里', '上':
		return false
	}
	return true
}

// ownVoice reports a first-person speaker before an attribution cue in its
// clause: 我们广告说… is our own claim.
func (j *judge) ownVoice(ss, st int) bool {
	for k := st - 1; k >= ss && !isClauseEnd(j.n[k]); k-- {
		if (j.n[k] == '我' || j.n[k] == '咱') && !kinAfter(j.n[k+1:min(len(j.n), st+3)]) {
			return true
		}
	}
	return false
}

// topic: the rest of the hit's clause holds 的 (放款前让你交钱的，…; 任何承诺
// “稳赚不赔”的投资，…), so the hit describes an offer, and no first person
// speaks from the clause start to the cue at st (我们包过的，别去别家).
func (j *judge) topic(b, st int) bool {
	cs, ce := j.bounds(b, b, isListClauseEnd)
	return slices.Contains(j.n[b:min(ce, st)], '的') && !firstPersonBetween(j.n[cs:st])
}

// otherSubject reports a verdict said of someone else: the cue at st opens
// a later clause about 别家, 别人, 其他平台 … (只要身份证就能借，别家都是套路).
func (j *judge) otherSubject(b, st int) bool {
	cs, _ := j.bounds(st, st, isListClauseEnd)
	if cs <= b {
		return false
	}
	rs := j.n[cs:st]
	for i := 0; i+1 < len(rs); i++ {
		switch {
		case rs[i] == '别' && (rs[i+1] == '家' || rs[i+1] == '人' || rs[i+1] == '的'),
			rs[i] == '其' && (rs[i+1] == '他' || rs[i+1] == '它' || rs[i+1] == '余'),
			rs[i] == '同' && rs[i+1] == '行', rs[i] == '外' && rs[i+1] == '面', rs[i] == '人' && rs[i+1] == '家':
			return true
		}
	}
	if indexString(rs, "other") >= 0 || indexString(rs, "oranglain") >= 0 || indexString(rs, "yanglain") >= 0 { // …, other agents semua tipu
		return true
	}
	return false
}

func hasListClauseEnd(rs []rune) bool {
	for _, r := range rs {
		if isListClauseEnd(r) {
			return true
		}
	}
	return false
}

// feeNamed reports an attribution word that names a fee (中介费, 中介服务费):
// the agent's fee is no report of the agent's words.
func feeNamed(n []rune, i int) bool {
	if i < len(n) && n[i] == '费' {
		return true
	}
	return i+2 < len(n) && n[i] == '服' && n[i+1] == '务' && n[i+2] == '费'
}

// firstPersonBetween reports 我 or 咱 in the runes: the words after an
// attribution are then ours again.
// coachedClause reports a hit whose clause, after the advice's, opens with a
// line to say or write instead (别把网贷填上去，就说没负债): the advice is
// part of the coaching, not a warning against the hit.
func coachedClause(n []rune, en, a int) bool {
	if !hasClauseEnd(n[en:a]) {
		return false
	}
	i := a
	for i > en && !isClauseEnd(n[i-1]) {
		i--
	}
	return i+1 < len(n) && n[i] == '就' && (n[i+1] == '说' || n[i+1] == '写' || n[i+1] == '填' || n[i+1] == '讲')
}

func firstPersonBetween(rs []rune) bool {
	for _, r := range rs {
		if r == '我' || r == '咱' {
			return true
		}
	}
	return false
}

// annualFigure reports 年化 followed by a figure within a few runes (年化10.95%, 年化单利是12%).
func annualFigure(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '年' || rs[i+1] != '化' {
			continue
		}
		depth := 0 // a bracketed aside and a colon (年化利率（单利，IRR口径）：3.6%) are skipped
		for k, seen := i+2, 0; k < len(rs) && seen <= 5; k++ {
			switch r := rs[k]; {
			case r == '（' || r == '(':
				depth++
			case r == '）' || r == ')':
				depth = max(0, depth-1)
			case depth > 0, r == '：', r == ':':
			case isDigit(r):
				return true
			case isClauseEnd(r):
				seen = 99
			default:
				seen++
			}
		}
	}
	return false
}

// definitionAfter: a practice named at the start of its sentence and then
// defined (以贷养贷是用新借的钱还旧债; 砍头息就是借款时先扣除…) — the name
// followed by 是/就是/即/指 and a defining word. Promise families (approval,
// speed, amount, authority, diversion) are never defined this way: 包过就是…
// is still a promise.
func (j *judge) definitionAfter(c *cand, a, b, ss int) string {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return ""
	}
	for k := a; k < b; k++ { // a name said to the reader (凌晨给你发消息就是让你…) is a threat, not a practice
		if j.n[k] == '你' || j.n[k] == '您' {
			return ""
		}
	}
	for k := ss; k < a; k++ { // only quote marks or 所谓 before the name
		if r := j.n[k]; !isOpenQuote(r) && !isCloseQuote(r) && r != '所' && r != '谓' {
			return ""
		}
	}
	i := b
	for i < len(j.n) && i < b+2 && isCloseQuote(j.n[i]) {
		i++
	}
	rest := j.n[i:min(len(j.n), i+5)]
	for _, verb := range [...]string{"就是", "是指", "指的是", "即系", "即是", "就系", "意思是", "即", "是", "指"} {
		k, ok := 0, true
		for _, r := range verb {
			if k >= len(rest) || rest[k] != r {
				ok = false
				break
			}
			k++
		}
		if ok && k < len(rest) && strings.ContainsRune("用借把在将通过利用以指一某打冒让向从放贷先", rest[k]) {
			return definition
		}
	}
	return ""
}

// prefixLen returns the rune length of the first of words that rs begins with, or 0.
func prefixLen(rs []rune, words []string) int {
	for _, w := range words {
		if hasPrefix(rs, w) {
			return len([]rune(w))
		}
	}
	return 0
}

// hasPrefix reports whether rs begins with the runes of p.
func hasPrefix(rs []rune, p string) bool {
	i := 0
	for _, r := range p {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// lookInstead reports a 看 that tells the reader what to look at instead (年化
// 您不用在意，主要看每天还多少就行): the clause ends on 就行/就好/就可以.
func lookInstead(n []rune, en int) bool {
	if en < 1 || n[en-1] != '看' {
		return false
	}
	ce := en
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	rest := n[en:ce]
	return indexString(rest, "就行") >= 0 || indexString(rest, "就好") >= 0 || indexString(rest, "就可以") >= 0 || indexString(rest, "即可") >= 0
}

// hasFigure reports a number in the runes: a digit or a Chinese rate figure
// (万五, 八厘).
func hasFigure(rs []rune) bool {
	for i, r := range rs {
		if r >= '0' && r <= '9' || r == '厘' {
			return true
		}
		if r == '万' && i+1 < len(rs) && isChineseDigit(rs[i+1]) {
			return true
		}
	}
	return false
}

func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

// negativeAnswer reports a question answered by a bare no (包过？No。
// 秒批？不存在的。内部渠道？没有。): the answer word stands alone, followed
// by the end of its clause or of the text.
func negativeAnswer(rs []rune) bool {
	for _, w := range [...]string{"no", "nope", "不是", "没有", "不会", "不能", "不可能", "不存在", "不存在的", "假的", "没这回事", "当然不是", "当然没有", "不可以", "不行", "当然不行", "当然不可以", "问题很大", "问题大了", "不对", "错", "错了", "错啦", "大错特错", "唔啱", "并不是", "并非如此", "其实不然", "恰恰相反", "当然有关系", "有关系"} {
		if indexString(rs[:min(len(rs), len([]rune(w)))], w) != 0 {
			continue
		}
		k := len([]rune(w))
		for k < len(rs) && strings.ContainsRune("的啊哦呢啦哈呀", rs[k]) { // 不是的，…
			k++
		}
		if k == len(rs) || isClauseEnd(rs[k]) || rs[k] == '!' || rs[k] == '！' {
			return true
		}
	}
	return false
}

// sentenceRestEmpty reports whether only particles and punctuation follow a
// hedge up to its sentence end (但不敢打包票哈。).
func sentenceRestEmpty(rs []rune) bool {
	for _, r := range rs {
		switch {
		case isClauseEnd(r), isSentenceEnd(r):
		case strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟", r):
		default:
			return false
		}
	}
	return true
}

// correctedBetween reports the speaker turning against what was attributed
// before the hit (有人说黑户借不到，其实照样能借): the hit is the speaker's own.
func correctedBetween(rs []rune) bool {
	for _, w := range [...]string{"其实", "实际上", "事实上", "恰恰相反", "但在我们", "在我们这",
		"butwe", "butour", "wecan", "wewill", "wedo", "wereally", "weactually", "ourteam", "kamiboleh", "kamibisa", "tapikami"} { // …say cannot, but we can clean your CCRIS
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// tripArrival reports a bare 到 closing its clause after a journey named
// earlier in the sentence (开车过去，半个钟头就到; 明早出发拉货，两小时就到),
// with no money, loan or approval word in the sentence: the arrival is the
// traveller's, not the loan's.
func tripArrival(n []rune, a, b, ss, se int) bool {
	if b < 1 || b > len(n) || n[b-1] != '到' || !(b == len(n) || b == se || endsClause(n, b)) {
		return false
	}
	for _, r := range n[ss:se] {
		if strings.ContainsRune("钱款账贷借批额审放", r) {
			return false
		}
	}
	for _, w := range [...]string{"开车", "出发", "拉煤", "拉货", "送货", "赶路", "路上", "车程", "坐车", "走路", "骑车", "上路", "动身", "去矿", "去厂", "去工地", "回家", "打车", "坐高铁", "坐火车", "坐公交", "开过去", "走过去"} {
		if indexString(n[ss:a], w) >= 0 {
			return true
		}
	}
	return false
}

// topicNone: the hit named as a topic by a demonstrative right after it and
// said not to exist, closing its clause (征信修复这玩意儿没有, 内部渠道这种东西
// 根本不存在, 包过呢回事冇嘅): no such thing. A lack that goes on (这个没有问题,
// 这个没有上限) or a question (这玩意儿没有吗？) is none.
func (j *judge) topicNone(b int) bool {
	n := j.n
	i := b
	for i < len(n) && isCloseQuote(n[i]) {
		i++
	}
	i += prefixLen(n[i:], []string{"征信", "记录", "逾期记录", "不良记录"}) // 洗白征信这玩意儿没有: the term's object
	d := prefixLen(n[i:], []string{"这玩意儿", "这玩意", "那玩意儿", "那玩意", "这种东西", "这东西", "那东西", "这种事儿", "这种事", "这事儿", "这回事", "这种服务", "这种业务", "这种操作", "这种说法", "呢样嘢", "呢种嘢", "呢回事", "呢种服务", "thisthing", "thatthing"})
	if d == 0 {
		return false
	}
	i += d
	for i < len(n) && strings.ContainsRune("根本压儿就都其实从来本是完全", n[i]) {
		i++
	}
	neg := prefixLen(n[i:], []string{"不存在", "没有", "没这回事", "是假的", "假的", "冇嘅", "冇", "唔存在", "莫得", "没得", "没用", "不靠谱", "doesn'texist", "doesnotexist", "isfake"})
	if neg == 0 {
		return false
	}
	i += neg
	for i < len(n) && strings.ContainsRune("的嘅啊呀哦啦喔嘛噢", n[i]) {
		i++
	}
	if i < len(n) && (n[i] == '?' || n[i] == '？' || n[i] == '吗' || n[i] == '么') {
		return false
	}
	return j.closesClause(i) && !(i < len(n) && prefixLen(n[i:], []string{"问题", "关系", "事", "影响", "限制", "上限", "门槛", "要求", "风险"}) > 0)
}
