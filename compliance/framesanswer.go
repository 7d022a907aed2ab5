package compliance

import (
	"slices"
	"strings"
)

// Frames of questions and their answers: a term defined or converted after
// it, a claim asked and rebutted, a quoted term answered by what it means.

// definitionLimited: the hit is in the clause that narrows a quoted term
// opening the sentence — “免息”通常只是某一期限内免利息 — the term's limit
// explained, not offered. Promise families and a hit said to the reader are
// never excused this way.
func (j *judge) definitionLimited(c *cand, a, b, ss int) string {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return ""
	}
	ss = quoteAfterDeterminer(j.n, ss, a)
	if ss >= a || !isOpenQuote(j.n[ss]) {
		return ""
	}
	for k := a; k < b; k++ {
		if j.n[k] == '你' || j.n[k] == '您' {
			return ""
		}
	}
	q := ss + 1
	for q < len(j.n) && !isCloseQuote(j.n[q]) && j.n[q] != '"' && j.n[q] != '\'' {
		if isClauseEnd(j.n[q]) {
			return ""
		}
		q++
	}
	if q >= len(j.n) || q >= a && q < b {
		return ""
	}
	end := a // a hit after the term: the narrowing runs up to it
	if b <= q {
		end = q + 1 // the quoted term itself
	}
	rest := j.n[q+1 : max(q+1, end)]
	tail := j.n[q+1 : min(len(j.n), q+40)] // room for a noun, an adverb and a limit (promo po may processing fee)
	if slices.ContainsFunc(rest, isClauseEnd) {
		return ""
	}
	for _, noun := range quotedTermNouns {
		if hasPrefix(tail, noun) {
			tail = tail[len([]rune(noun)):]
			break
		}
	}
	for _, adv := range quotedTermAdverbs {
		if hasPrefix(tail, adv) {
			tail = tail[len([]rune(adv)):]
			break
		}
	}
	for _, verb := range quotedTermLimits {
		if hasPrefix(tail, verb) {
			return definition
		}
	}
	return ""
}

// rebutted: the hit is a quoted line (or one of a row of quoted lines) that
// is crossed out or questioned right after its closing quote — “提额100%成功”❌,
// “全网No.1”“专家推荐”？先查资质 — or a question answered by a cross mark
// (还款转个人账户？❌…). A questioned quote counts only when no first person
// speaks in the sentence or the answer: “当天放款”？找我们 is still our offer.
func (j *judge) rebutted(c *cand, a, b, ss, se int) bool {
	if se < len(j.n) && j.n[se] == '?' && se+1 < len(j.n) && !j.hanPause(max(b-1, 0), se) && (j.n[se+1] == crossMark || negativeAnswer(j.n[se+1:]) || noSuchThing(j.n[se+1:]) && !j.failureAsked(c, a, b, ss, se)) {
		return true
	}
	if !j.quotedSpan(a, b, ss) {
		return false
	}
	i := quotedRowEnd(j.n, b)
	switch {
	case i < len(j.n) && j.n[i] == crossMark:
		return true
	case i < len(j.n) && j.n[i] == '?':
		return !firstPersonBetween(j.n[ss:j.answerEnd(i)])
	}
	return false
}

// hanPause reports a space between two Han characters (10分钟审批 30分钟到账 误农时？):
// the question after the pause is another one, and the answer to it is not
// the hit's.
func (j *judge) hanPause(from, to int) bool {
	for i := from; i+1 < to && i+1 < len(j.src); i++ {
		if isCJK(j.n[i]) && isCJK(j.n[i+1]) && j.src[i+1]-j.src[i] > 1 {
			return true
		}
	}
	return false
}

// quotedSpan reports an opening quote between the sentence start and the
// hit, in the hit's clause.
func (j *judge) quotedSpan(a, b, ss int) bool {
	for k := a - 1; k >= ss; k-- {
		switch r := j.n[k]; {
		case isOpenQuote(r):
			return true
		case isClauseEnd(r):
			return false
		}
	}
	return false
}

// quotedRowEnd returns the index of the first rune after the quote the hit
// ending at b is in and any quoted lines right after it (“全网No.1”“专家推荐”),
// or len(n) when a clause ends inside a quote.
func quotedRowEnd(n []rune, b int) int {
	in := true
	for i := b; i < len(n); i++ {
		r := n[i]
		switch {
		case r == '"' || r == '\'':
			in = !in
		case isCloseQuote(r):
			in = false
		case isOpenQuote(r):
			in = true
		case in && isClauseEnd(r):
			return len(n)
		case !in:
			return i
		}
	}
	return len(n)
}

// definitionAnswer: the hit's sentence answers a question about a term —
// it opens with 就是/即/指 right after a question asking 什么叫, 什么是 or
// what a quoted term means (什么叫“以贷养贷”？就是借新的贷款去还旧的贷款).
// An unquoted question may ask about anything (什么是好平台？就是不看征信的),
// and promise families are never defined this way (什么叫包过？就是保证下款).
func (j *judge) definitionAnswer(c *cand, ss, se int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return false
	}
	if ss < 2 || j.n[ss-1] != '?' {
		return false
	}
	opens := false
	for _, w := range [...]string{"就是", "即", "指", "是指", "简单说", "简单来说", "意思是", "也就是"} {
		opens = opens || indexString(j.n[ss:min(len(j.n), ss+len(w))], w) == 0
	}
	qs := ss - 1
	for qs > 0 && !isSentenceEnd(j.n[qs-1]) {
		qs--
	}
	q := j.n[qs : ss-1]
	if !opens && exampleClosed(j.n[ss:se]) && (indexString(q, "什么叫") >= 0 || indexString(q, "什么是") >= 0 || indexString(q, "啥叫") >= 0 || indexString(q, "乜嘢叫") >= 0 || indexString(q, "咩叫") >= 0) {
		return true // 什么叫X？合同写一万，到手八千，这就是！: the answer is an example closed by 这就是
	}
	if !slices.ContainsFunc(q, isOpenQuote) {
		return false
	}
	for _, w := range [...]string{"什么叫", "什么是", "啥叫", "啥是", "什么意思", "啥意思", "指什么", "乜嘢系", "咩系", "乜嘢意思"} {
		if opens && indexString(q, w) >= 0 {
			return true
		}
	}
	return false
}

// answerEnd: when the sentence ending at se is a question or an exclamation,
// the end of the sentence after it — a rhetorical question or a quoted line
// answered by a verdict (借钱炒币？血本无归; “先交费后放款”！这就是诈骗).
// Otherwise se.
func (j *judge) answerEnd(se int) int {
	if se >= len(j.n) || j.n[se] != '?' && j.n[se] != '!' {
		return se
	}
	e := se + 1
	for {
		s := e
		for e < len(j.n) && !isSentenceEnd(j.n[e]) {
			e++
		}
		if e >= len(j.n) || j.n[e] != '?' || e-s > shortQuestion || e == s {
			return e
		}
		e++ // a row of short questions (No.1？最权威？这种slogan别信): the verdict after the last answers them all
	}
}

// shortQuestion is the longest question (in runes) that still belongs to a
// row of quoted slogans questioned one after the other.
const shortQuestion = 8

// Questions about a claim. A question that asks who said it, whether someone
// asked it of the applicant, or what the claim names (哪个跟你说可以不还的？
// 你有冇被人要求过先畀「按金」？ 台湾最大的银行是哪一家您知道吗？ Did anyone ask
// you for a deposit?) claims nothing. A rhetorical question is our promise
// (怎么可能批不下来？ 还有比我们更快的吗？ 你问问哪个客户没拿到钱的嘛？): it
// has no shape below, or a first person speaks in it or in the answer after.

// questionAsked returns the rule of a question frame that excuses the hit, or "".
func (j *judge) questionAsked(c *cand, a, b, ss, se int) string {
	if se >= len(j.n) || j.n[se] != '?' || strings.HasSuffix(j.s.phrases[c.phrase].Text, "rhetorical-sure") {
		return ""
	}
	q := j.n[ss:se]
	if firstPersonBetween(q) || ourName(q) || j.englishFirstPerson(ss, se) || rhetoricalMark(q) {
		return ""
	}
	ae := j.answerEnd(se)
	if ae > se+1 {
		ans := j.n[se+1 : ae]
		if firstPersonBetween(ans) || ourName(ans) || j.englishFirstPerson(se+1, ae) || affirmed(ans) {
			return ""
		}
	}
	promise := false
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06":
		promise = true
	}
	if en := j.challengeAsker(ss, a); en > 0 && !negatorIn(j.n[en:a]) && !(promise && negatorIn(j.n[a:b])) {
		return "frame:question:who-said" // 哪个跟你说可以不还的？
	}
	if experienceAsked(j.n[ss:a]) && !(promise && negatorIn(j.n[a:b])) {
		return "frame:question:asked-of-you" // 你有冇被人要求过先畀「按金」先放款？
	}
	if en := thirdPartySaid(j.n[ss:a]); en > 0 && !(promise && negatorIn(j.n[ss+en:b])) {
		return "frame:question:they-said" // 他说他是bank insider？那你问他要official contact
	}
	if knowledgeAsked(j.n, b, se) {
		return "frame:question:which" // 台湾最大的银行是哪一家您知道吗？
	}
	if ae > se+1 && askedOfYou(j.n[ss:b]) && refusalOpens(j.n[se+1:ae]) {
		return "frame:question:refused" // 朋友喊你把身份证借给他贷款？千万莫借: the request asked about, the answer refuses it
	}
	if j.englishAsked(ss, a) && !(promise && j.englishNegated(ss, b)) {
		return "frame:question:did-anyone" // Did anyone ask you for a deposit before the loan?
	}
	if j.seaAsked(ss, se, ae) {
		return "frame:question:sea-asked" // Apakah benar bisa cair tanpa BI checking?, Totoo ba na walang credit check?
	}
	return ""
}

// challengeAsker returns the end of a 谁/哪个 + 跟你说 that opens the hit's
// clause before a (哪个跟你说…, 谁告诉你…), or -1.
func (j *judge) challengeAsker(ss, a int) int {
	cs, _ := j.bounds(a, a, isClauseEnd)
	cs = max(cs, ss)
	rs := j.n[cs:a]
	for _, who := range [...]string{"哪一个", "哪个人", "哪个", "哪位", "哪些人", "谁", "边个", "啥人", "什么人", "乜人"} {
		if !hasPrefix(rs, who) {
			continue
		}
		k := len([]rune(who))
		for _, v := range [...]string{"跟你说", "跟您说", "和你说", "和您说", "同你讲", "同你说", "同您讲", "给你说", "对你说", "对您说", "跟你讲", "跟您讲", "告诉你", "告诉您", "话你知", "讲你知", "教你", "教您", "叫你", "叫您", "让你", "让您", "要你", "要您", "劝你", "劝您", "说", "讲", "话"} {
			if hasPrefix(rs[k:], v) {
				return cs + k + len([]rune(v))
			}
		}
	}
	return -1
}

// experienceAsked reports a question whether someone did it to the applicant
// before the hit: an A-not-A or 是否 and someone else (有没有人让你…, 你有冇被人
// 要求过…, 是否有人承诺您…).
func experienceAsked(rs []rune) bool {
	asked := -1
	for _, w := range [...]string{"有没有", "有冇", "有无", "是否", "是不是", "有未", "可曾", "有否", "有木有"} {
		if k := indexString(rs, w); k >= 0 {
			asked = k
			break
		}
	}
	if asked < 0 {
		return false
	}
	for _, w := range [...]string{"有人", "被人", "别人", "人家", "有谁", "谁", "对方", "陌生人", "中介", "他们", "佢哋", "人哋", "其他人", "外面的人", "被"} {
		if indexString(rs[asked:], w) >= 0 {
			return true
		}
	}
	return false
}

// thirdPartySaid returns the end of a third party's speech verb opening the
// question (他说…？, 对方跟你讲…？), or -1.
func thirdPartySaid(rs []rune) int {
	for _, who := range [...]string{"他们", "她们", "佢哋", "他", "她", "佢", "那人", "那个人", "对方", "人家", "中介", "那边"} {
		if !hasPrefix(rs, who) {
			continue
		}
		k := len([]rune(who))
		for _, v := range [...]string{"跟你说", "跟您说", "和你说", "同你讲", "跟你讲", "对你说", "告诉你", "告诉您", "话你知", "自称", "说", "讲", "话", "称"} {
			if hasPrefix(rs[k:], v) {
				return k + len([]rune(v))
			}
		}
	}
	return -1
}

// knowledgeAsked reports the hit as the subject of a question of which one
// it is that ends on 知道吗 (台湾最大的银行是哪一家您知道吗？).
func knowledgeAsked(n []rune, b, se int) bool {
	rest := n[b:se]
	if slices.ContainsFunc(rest, isClauseEnd) {
		return false
	}
	wh := false
	for _, w := range [...]string{"是哪", "是谁", "是什么", "是啥", "系边", "系咩", "系乜"} {
		wh = wh || indexString(rest, w) >= 0
	}
	if !wh {
		return false
	}
	for _, w := range [...]string{"知道吗", "知道嘛", "知道么", "知道不", "知唔知", "晓得吗", "晓得不", "知不知道", "清楚吗", "记得吗"} {
		if k := len(rest) - len([]rune(w)); k >= 0 && indexString(rest[k:], w) == 0 {
			return true
		}
	}
	return false
}

// rhetoricalMark reports words of a rhetorical question (怎么可能, 难道, 还有比).
func rhetoricalMark(q []rune) bool {
	for _, w := range [...]string{"怎么可能", "怎可能", "难道", "哪有", "哪里有", "哪儿有", "还有比", "有比", "谁能比", "谁比", "哪家比", "哪个比", "还有谁", "谁还能", "何必", "为什么不", "为啥不", "干嘛不", "干吗不", "怎会", "岂", "咋可能", "点会", "边度会", "仲有边", "谁不", "没拿到", "拿不到", "批不下", "不下款", "被拒"} {
		if indexString(q, w) >= 0 {
			return true
		}
	}
	return false
}

// affirmed reports an answer that opens by confirming the claim asked about
// (…？没错！ …？当然是XX).
func affirmed(ans []rune) bool {
	return prefixLen(ans, []string{"没错", "对的", "对啊", "是的", "是啊", "真的", "确实", "当然", "肯定", "必须", "没问题", "放心", "那是肯定", "那当然", "那必须", "绝对", "真的能", "能的", "可以的", "是真的", "就是", "正是", "答案是", "系啊", "系呀", "冇错", "yes", "sure", "absolutely", "ofcourse", "yep", "yeah", "indeed"}) > 0
}

// ourName reports the account naming itself (本平台, 我司, 本号).
func ourName(rs []rune) bool {
	for _, w := range [...]string{"本号", "本平台", "本公司", "我司", "本行", "本店", "本机构", "敝司"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// negatorIn reports a negator rune in rs, an A-not-A question (有没有, 能不能) aside.
func negatorIn(rs []rune) bool {
	for i, r := range rs {
		if !strings.ContainsRune("不没无未别冇唔莫非", r) {
			continue
		}
		if i > 0 && i+1 < len(rs) && rs[i-1] == rs[i+1] {
			continue // 有没有, 能不能, 系唔系
		}
		return true
	}
	return false
}

// englishWord reports the word w at i in the normalised text (spaces are
// removed: a word boundary is a non-letter or a gap in the source).
func (j *judge) englishWord(i int, w string) bool {
	if !hasPrefix(j.n[i:], w) {
		return false
	}
	e := i + len(w)
	return (i == 0 || !isLatin(j.n[i-1]) || j.gapBefore(i)) && (e >= len(j.n) || !isLatin(j.n[e]) || j.gapBefore(e))
}

// gapBefore reports removed source (a space) right before rune i.
func (j *judge) gapBefore(i int) bool {
	return i > 0 && i < len(j.src) && j.src[i]-j.src[i-1] > 1
}

// englishHas reports any of the words in n[from:to].
func (j *judge) englishHas(from, to int, words ...string) bool {
	for i := from; i < to; i++ {
		if !isLatin(j.n[i]) {
			continue
		}
		for _, w := range words {
			if i+len(w) <= to && j.englishWord(i, w) {
				return true
			}
		}
	}
	return false
}

// englishFirstPerson reports we, us, our, I or me in n[from:to].
func (j *judge) englishFirstPerson(from, to int) bool {
	return j.englishHas(from, to, "we", "us", "our", "ours", "i", "me", "my", "we're", "we'll", "i'm", "i'll", "let's")
}

// englishNegated reports a negation in n[from:to] (no credit check asked as a failure: Who said you can't get approved?).
func (j *judge) englishNegated(from, to int) bool {
	return j.englishHas(from, to, "not", "can't", "cannot", "won't", "don't", "never", "isn't", "aren't", "wasn't", "didn't", "doesn't", "couldn't")
}

// englishAsked reports an English question about someone else's doing
// before the hit: it opens on an auxiliary and names anyone/someone/they
// (Did anyone ask you for a deposit?, Has someone promised you…?), or opens
// on who and a verb of telling (Who told you…?).
func (j *judge) englishAsked(ss, a int) bool {
	if ss >= a || !isLatin(j.n[ss]) {
		return false
	}
	if j.englishHas(ss, min(ss+4, a), "who") {
		return j.englishWord(ss, "who") && j.englishHas(ss, a, "told", "tell", "tells", "asked", "asks", "promised", "promises", "said", "says", "offered", "offers", "sent", "charged", "texted", "called", "messaged", "wanted", "wants")
	}
	aux := false
	for _, w := range [...]string{"did", "has", "have", "had", "does", "do", "was", "were", "is", "are", "will", "would", "could", "can"} {
		aux = aux || j.englishWord(ss, w)
	}
	return aux && j.englishHas(ss, a, "anyone", "someone", "anybody", "somebody", "he", "she", "they", "stranger", "caller", "agent", "broker", "texter", "scammer")
}

// youAsked: the applicant's question repeated and answered no after the hit
// (You asked if it can be approved instantly — no, review takes one to three
// business days; 您问能不能当天到账——不能，…).
func (j *judge) youAsked(a, b, ss, se int) string {
	asked := false
	for i := ss; i < a && !asked; i++ {
		if !j.englishWord(i, "you") {
			continue
		}
		k := i + 3
		k += prefixLen(j.n[k:a], []string{"'re", "re", "just", "had", "have", "'ve"})
		if w := prefixLen(j.n[k:a], []string{"asked", "asking", "wondered", "wondering", "wantedtoknow", "wanttoknow"}); w > 0 {
			rest := j.n[k+w : a]
			rest = rest[prefixLen(rest, []string{"me", "us"}):]
			asked = prefixLen(rest, []string{"if", "whether", "about", "how"}) > 0
		}
	}
	if !asked {
		return ""
	}
	// the answer opens right after the hit: no, / unfortunately / it can't …
	k := b
	for k < se && !isLatin(j.n[k]) && !isDigit(j.n[k]) {
		k++
	}
	if j.englishWord(k, "no") && (k+2 >= se || !isLatin(j.n[k+2])) {
		return "frame:question:you-asked" // …instantly — no, review takes…
	}
	rest := j.n[k:se]
	if hasPrefix(rest, "notonly") || hasPrefix(rest, "notjust") {
		return "" // …guaranteed — not only guaranteed, but instant
	}
	if prefixLen(rest, []string{"nope", "not", "unfortunately", "sadly", "i'mafraid", "imafraid", "that'snot", "thatsnot", "thatisnot", "it'snot", "itsnot", "itisnot", "itisn't", "itcan't", "itcannot", "itwon't", "itdoesn't", "wecan't", "wecannot", "wedon't", "wewon't", "can'tpromise", "thereisno", "there'sno", "theanswerisno", "itdepends", "thatdepends"}) > 0 {
		return "frame:question:you-asked"
	}
	return ""
}

// askedOfYou reports someone else's request put to the applicant before the
// hit (朋友喊你…, 有人叫你…, 他让您…, 对方要你…): the question reports it.
func askedOfYou(rs []rune) bool {
	for _, w := range [...]string{"喊你", "喊您", "叫你", "叫您", "让你", "让您", "要你", "要您", "找你", "找您", "请你", "请您", "劝你", "劝您", "askyou", "askedyou", "askingyou", "suruhkamu", "mintakamu", "minta"} {
		if indexString(rs, w) > 0 {
			return true
		}
	}
	return false
}

// refusalOpens reports an answer that opens by advising against it (千万莫借,
// 别答应, 不要给, don't, jangan); reassurance (别担心, 不要紧, 莫怕) is none.
func refusalOpens(ans []rune) bool {
	for _, w := range [...]string{"别担心", "别怕", "不要紧", "不要怕", "不要担心", "不用", "莫怕", "莫担心", "别犹豫", "千万别错过", "don'tworry", "dontworry", "janganrisau", "janganrisau", "jangantakut"} {
		if hasPrefix(ans, w) {
			return false
		}
	}
	for _, w := range [...]string{"千万莫", "千万别", "千万不要", "千万唔好", "千万不能", "绝对不要", "绝对别", "坚决不要", "莫", "别", "不要", "唔好", "咪", "甭", "切勿", "不能", "不行", "don't", "dont", "never", "jangan", "huwag", "no"} {
		if hasPrefix(ans, w) {
			return true
		}
	}
	return false
}
