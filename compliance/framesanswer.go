package compliance

import "slices"

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
	tail := j.n[q+1 : min(len(j.n), q+8)]
	if slices.ContainsFunc(rest, isClauseEnd) {
		return ""
	}
	for _, noun := range [...]string{"方案", "产品", "活动", "套餐", "广告", "宣传", "优惠"} { // 「零利率」方案通常另有手续费
		if hasPrefix(tail, noun) {
			tail = tail[len([]rune(noun)):]
			break
		}
	}
	for _, adv := range [...]string{"通常", "一般", "往往", "其实", "实际上", "大多", "多数"} {
		if hasPrefix(tail, adv) {
			tail = tail[len([]rune(adv)):]
			break
		}
	}
	for _, verb := range [...]string{"只是", "只不过是", "仅是", "仅仅是", "只指", "仅指", "只系", "只限于", "仅限于", "另有", "另收", "另外收", "另外有", "另加", "附带", "暗含", "藏着"} {
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
