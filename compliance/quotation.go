package compliance

import "strings"

// Quotations and reported speech: words in quote marks, or reported from the
// applicant or a third party, are not our claim.

// quotation: the applicant's words quoted back — the hit in quote marks with a
// quote cue in the sentence, or after 您说/您提到 in a question — or
// reported speech: the hit in quote marks opened right after a speech verb
// whose speaker is not us (那位顾问说“多借点备着没事”; not 我们承诺“包过”).
func (j *judge) quotation(a, b, ss, se int) string {
	quoted := j.inQuotes(a, b, ss, se)
	if e := j.quotedWarnedZH(a, b, ss, se); e != "" {
		return e
	}
	if quoted {
		if e := j.reportedSpeech(a, ss); e != "" {
			return e
		}
	} else if j.reportedTail(a, b, ss, se) || j.reportContinued(a, ss) {
		return "quotation:reported-speech"
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueQuote || int(m.start) < ss || int(m.end) > se || j.weSpeak(int(m.start)) || j.explainTo(int(m.end)) || receivedThing(j.n, int(m.end)) || j.rhetoricalTag(int(m.start), int(m.end), se) {
			continue
		}
		if quoted {
			return p.rule
		}
		if int(m.end) <= a && j.topicAsked(a, b, se) {
			continue // 您说那几回逾期？早过去了: the applicant's words end at the question, the claim after it is ours
		}
		if int(m.end) <= a && se < len(j.n) && j.n[se] == '?' {
			return p.rule
		}
		if int(m.end) <= a && j.applicantReported(int(m.start), int(m.end), a) && !j.endorsedAfter(a, se) && !j.reportAnswered(int(m.end), a, b) {
			return p.rule
		}
	}
	return ""
}

// topicAsked reports a hit that runs past a question mark into a clause that
// is not itself asked (您说那几回逾期？早过去了，这边不管): the quote cue names
// the applicant's topic up to the question; what follows is our answer.
func (j *judge) topicAsked(a, b, se int) bool {
	for k := a; k < b; k++ {
		if j.n[k] == '?' || j.n[k] == '？' {
			return se >= len(j.n) || j.n[se] != '?' && j.n[se] != '？'
		}
	}
	return false
}

// endorsedAfter reports the applicant's plan approved after the hit in its
// sentence (您提到想拿这笔钱去炒股，完全没问题，不少人都这么做): the report is
// ours to endorse, not to warn about.
func (j *judge) endorsedAfter(a, se int) bool {
	if se > len(j.n) {
		se = len(j.n)
	}
	rest := j.n[a:se]
	for _, w := range [...]string{"完全没有问题", "完全没问题", "这没问题", "这个没问题", "这没有问题", "这个没有问题", "没有任何问题", "没什么问题", "完全可以", "完全ok", "冇问题", "都是这么做", "都这么做", "都这样做", "都是这样做", "都系咁做", "都系噉做", "nothingwrong", "noproblem", "totallyfine"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// rhetoricalTag reports a bare 你说/您说 that opens a rhetorical question of
// our own (你说还能不批吗？, 您说难道会被拒？), not the applicant's words.
// The sentence must end on a question mark.
func (j *judge) rhetoricalTag(cs, ce, se int) bool {
	return ce-cs == 2 && j.n[cs+1] == '说' && ce < len(j.n) && strings.ContainsRune("还难怎哪这那", j.n[ce]) &&
		se < len(j.n) && j.n[se] == '?'
}

// weSpeak reports a 您/你 cue that is the object of our own words: 都跟你说了,
// 我帮你提到二十万, 向您说明 — not the applicant's words.
// 针对您咨询的… is the topic of our answer, the applicant's words after it.
func (j *judge) weSpeak(cs int) bool {
	if cs > 1 && j.n[cs-1] == '对' && (j.n[cs-2] == '针' || j.n[cs-2] == '应') {
		return false
	}
	return cs > 0 && (j.n[cs] == '您' || j.n[cs] == '你') && strings.ContainsRune("跟和给对同帮替为让向", j.n[cs-1])
}

// explainTo reports a 说 cue that is the start of 说明 (请您说明用途, 我和您说明一下):
// an explanation, not the applicant's words.
func (j *judge) explainTo(ce int) bool {
	return ce < len(j.n) && j.n[ce] == '明' && j.n[ce-1] == '说'
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
//
// Empathy (理解您现在手头紧，想借一笔来还信用卡) reports only a wish: the
// hit's clause must open on 想/打算/希望; so does a situation we learned of
// (了解到您有多笔网贷要还，想再借一笔把之前的还上; 得知您…). A wish clause
// asking 多少 is our pitch (理解您着急，想借多少都能批), no wish reported.
func (j *judge) applicantReported(cs, ce, a int) bool {
	if j.n[cs] == '理' || j.n[cs] == '了' || j.n[cs] == '得' {
		cl, cle := j.bounds(a, a, isClauseEnd)
		if cl <= ce || !strings.ContainsRune("想打希", j.n[cl]) || indexString(j.n[cl:cle], "多少") >= 0 {
			return false
		}
	} else if j.n[cs] != '您' && j.n[cs] != '你' {
		return false
	}
	if j.n[a] == '我' || j.n[a] == '咱' {
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
	if v > ss && j.n[v] == '了' && strings.ContainsRune("发贴转", j.n[v-1]) {
		v-- // 有人发了“…”
	}
	if v < ss {
		return ""
	}
	if j.n[v] == '写' && v-1 >= ss && strings.ContainsRune(formFillers, j.n[v-1]) {
		return "" // 不要写“偿还其他贷款”, 就写“店面装修”: the value to put in a form, no one's words
	}
	switch j.n[v] {
	case '说', '称', '诺', '讲', '道', '示', '着', '喊', '骂', '写', '吹', '问':
	case '发', '贴', '转': // a post quoted, only someone else's (群里有人发“内部额度私聊”; not 群里天天发“内部额度”)
		if !thirdPartyPoster(j.n[ss:v]) && !relativePoster(j.n, ss, v, a) {
			return ""
		}
	case '是', '为': // 内容是“…”, 写的是“…”, 原话是“…”, 内容大意是“…”
		if v-1 < ss || !strings.ContainsRune("容的话文意", j.n[v-1]) || j.n[v-1] == '意' && (v-2 < ss || j.n[v-2] != '大' || !scamVerdictAfter(j.n, q+1)) {
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

// thirdPartyPoster reports someone else named as the poster before a posting
// verb (有人发, 群里有个骗子转了).
func thirdPartyPoster(rs []rune) bool {
	for _, w := range [...]string{"有人", "别人", "对方", "骗子", "陌生人", "他们", "某人", "中介", "网友", "群友", "那人", "人家", "有的人", "有个人", "有些人", "有啲人", "人哋"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// reportedTail: a hit that runs into a quote reported from someone else
// (群里有人发“内部额度私聊”: the claim opens on 群里 and ends in their words),
// with no first person before the quote in the hit.
func (j *judge) reportedTail(a, b, ss, se int) bool {
	for k := a + 1; k < b; k++ {
		if !isOpenQuote(j.n[k]) || j.n[k] == '"' || j.n[k] == '\'' {
			continue
		}
		c := k + 1
		for c < se && !isCloseQuote(j.n[c]) {
			c++
		}
		return c < se && c >= b && !firstPersonBetween(j.n[a:k]) && j.reportedSpeech(k+1, ss) != ""
	}
	return false
}

// reportContinued: the hit's clause goes on with what a reported speaker
// said or asked after their quoted words (短信称“黑户秒批”，并要求您先缴纳
// 会员费才能放款): 并/还/又 + 要求/让/称 opens it, the nearest quote before it
// is reported speech, and no first person speaks between.
func (j *judge) reportContinued(a, ss int) bool {
	cs, _ := j.bounds(a, a, isClauseEnd)
	if cs <= ss || !strings.ContainsRune("并还又同", j.n[cs]) {
		return false
	}
	opens := false
	for _, w := range [...]string{"并要求", "还要求", "又要求", "同时要求", "并且要求", "并让", "还让", "又让", "并且让", "并叫", "还叫", "又叫", "并称", "还称", "又称", "并说", "还说", "又说", "并表示", "还表示", "并承诺", "还承诺", "并声称", "还声称", "还要您", "还要你", "并要您", "并要你"} {
		if hasPrefix(j.n[cs:], w) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	c := cs - 1
	for c >= ss && !isCloseQuote(j.n[c]) {
		if !isClauseEnd(j.n[c]) {
			return false // only the closing quote and clause marks between (称“…”，并要求)
		}
		c--
	}
	if c < ss {
		return false
	}
	o := c - 1
	for o >= ss && !isOpenQuote(j.n[o]) {
		o--
	}
	return o >= ss && !firstPersonBetween(j.n[c:a]) && j.reportedSpeech(o+1, ss) != ""
}

// reportedDisowned: the hit describes someone else (a clause closed by 的)
// whom the sentence then disowns (那个拉你进群说能放款的 不是我们的人; 凡是要你
// 先交押金的都不是我们): the impostor's doing named to warn, not our offer. No
// first person may speak before the disowning words.
func (j *judge) reportedDisowned(a, b, ss, se int) string {
	if firstPersonBetween(j.n[ss:a]) {
		return ""
	}
	de := -1
	for k := b; k < se; k++ {
		if j.n[k] == '的' {
			de = k
			break
		}
		if isClauseEnd(j.n[k]) {
			return ""
		}
	}
	if de < 0 {
		return ""
	}
	// the one named may follow 的 (…的中介，不是我们的人; …的那个，跟我们没关系)
	k, found := de+1, false
	for ; k < se && k <= de+7 && !found; k++ {
		if isClauseEnd(j.n[k]) && j.n[k] != ',' && j.n[k] != '，' {
			return ""
		}
		d := k + prefixLen(j.n[k:se], []string{",全都", ",其实都", ",其实", ",根本就", ",根本", ",一律", ",都", ",也", ",并", "全都", "其实都", "其实", "根本就", "根本", "一律", "都", "也", "并", ","})
		w := prefixLen(j.n[d:se], []string{"不是我们", "不是我哋", "唔系我哋", "并非我们", "不是本公司", "不是我司", "不是本平台", "不是官方", "不是本号", "跟我们没关系", "跟我们没有关系", "和我们没关系", "和我们没有关系", "与我们无关", "与本公司无关", "同我哋冇关系", "同我哋无关", "不是正规", "唔系官方"})
		if w > 0 {
			_, te := j.bounds(d+w, d+w, isClauseEnd)
			found = te-(d+w) <= 10 && !negatorIn(j.n[d+w:te]) // …不是我们的人 closes its clause (not 不是我们的人进不来)
		}
	}
	if !found {
		return ""
	}
	if firstPersonBetween(j.n[b:k]) {
		return ""
	}
	return "quotation:disowned"
}

// quotedWarnedEN: a claim in English quote marks that the sentence warns
// about (The "no credit check" loans you saw online are usually from
// unlicensed platforms): no first person speaks in it, and a warning word
// stands outside the quote, not negated.
func (j *judge) quotedWarnedEN(a, b, ss, se int) string {
	if !j.inQuotes(a, b, ss, se) || j.englishFirstPerson(ss, se) || firstPersonBetween(j.n[ss:se]) || ourName(j.n[ss:se]) {
		return ""
	}
	o := a - 1
	for o >= ss && !isOpenQuote(j.n[o]) {
		o--
	}
	c := b
	for c < se && !isCloseQuote(j.n[c]) {
		c++
	}
	warn := []string{"unlicensed", "unregulated", "illegal", "illegitimate", "scam", "scams", "scammer", "scammers", "fraud", "fraudulent", "fake", "bogus", "predatory", "redflag", "redflags", "beware", "sharks", "shark", "trap", "traps", "lie", "lies", "untrue", "misleading"}
	for _, span := range [2][2]int{{ss, o}, {c + 1, se}} {
		for i := span[0]; i < span[1]; i++ {
			for _, w := range warn {
				if i+len(w) <= span[1] && j.englishWord(i, w) && !j.englishHas(max(ss, i-8), i, "not", "no", "never", "isn't", "aren't", "nota") {
					return "quotation:warned"
				}
			}
		}
	}
	return ""
}

// formFillers stand right before 写 when it asks the reader to write a value
// (填写, 不要写, 别写, 唔好写, 请写, 您写, 就写, 改写): what is quoted after it is the
// value for the form, not reported speech.
const formFillers = "填要别莫勿请您你就改可只好"

// reportAnswered reports a hit after an applicant cue that is our answer,
// not her words:
//   - the cue names a topic (您提到的当前逾期, 您提到的网贷逾期记录) and the hit
//     runs past that noun phrase into a later clause or into our own
//     words (…在我们这里不作为审核因素; 关于您提到的当前逾期，这并不会影响…):
//     the report is the noun phrase, the claim about it is ours;
//   - a bare cue (您提到近期有购房计划) is followed by a clause that opens on
//     our product's money or approval (获批后的资金可以…, 放款后这笔钱可以…):
//     that clause describes what we grant, not what she said.
func (j *judge) reportAnswered(ce, a, b int) bool {
	if ce >= len(j.n) || b > len(j.n) {
		return false
	}
	if j.n[ce] == '的' {
		return hasListClauseEnd(j.n[a:b]) || firstPersonBetween(j.n[a:b]) || indexString(j.n[a:b], "本平台") >= 0 || indexString(j.n[a:b], "本机构") >= 0
	}
	for k := ce + 1; k <= a; k++ {
		if !isListClauseEnd(j.n[k-1]) {
			continue
		}
		if prefixLen(j.n[k:], ourMoneyOpeners) > 0 {
			return true
		}
	}
	return false
}

// ourMoneyOpeners open a clause about the money or approval we grant.
var ourMoneyOpeners = []string{"获批后", "获批的", "审批通过后", "审核通过后", "批下来后", "批下来的", "批款后", "放款后", "下款后", "到账后", "借款到账后", "资金到账后", "贷款到账后", "贷款批下来", "借款批下来"}
