package compliance

import "strings"

// Refusals shaped around the hit rather than before it: a means phrase over
// a list of asked-for items, an offer declined after it, an inability before
// it, advice against letting someone else do it, and advice to borrow only
// what is needed.

// shapedRefusal runs the refusals of this file for a hit at [a, b) whose
// clause starts at cs.
func (j *judge) shapedRefusal(cs, a, b, cond int) string {
	if e := j.meansListed(a, cond); e != "" {
		return e
	}
	if e := j.declinedAfter(b); e != "" {
		return e
	}
	if cond < 0 {
		if e := inabilityBefore(j.n, a); e != "" {
			return e
		}
		if e := standInAdvised(j.n, cs, a); e != "" {
			return e
		}
	}
	return ""
}

// declineWords close a clause that turns the hit down (加微信就不必了, 私聊就免了).
var declineWords = []string{"不必了", "不用了", "免了", "就不必", "就不用", "就免", "没必要", "大可不必", "不需要了", "唔使了", "冇必要"}

// declinedAfter: the hit named and turned down right after it in its clause
// (加微信就不必了, 私下转账这个就免了): the offer is refused.
func (j *judge) declinedAfter(b int) string {
	n := j.n
	_, ce := j.bounds(b, b, isClauseEnd)
	i := b
	for k := 0; i < ce && k < 3 && strings.ContainsRune("就也这个那嘛呢啦", n[i]); k++ {
		i++
	}
	p := prefixLen(n[i:ce], declineWords)
	if p == 0 {
		return ""
	}
	i += p
	for i < ce && strings.ContainsRune("了啦嘛的哈啊呀哦喔咯", n[i]) {
		i++
	}
	if i != ce {
		return "" // 加微信就不用等了: something follows the decline
	}
	return "negation:declined"
}

// inabilityWords say the speaker cannot do what follows (没得办法打包票, 没法子保证).
var inabilityWords = []string{"没得办法", "莫得办法", "没得法", "冇得法", "没法子", "没有办法", "冇办法", "没办法", "无法", "没得法子", "莫得法"}

// inabilityBefore: an inability word right before the hit, at most two
// characters of helper verb between (我这边没得办法打包票, 冇得法帮你保证).
func inabilityBefore(n []rune, a int) string {
	for gap := 0; gap <= 2 && gap <= a; gap++ {
		if gap > 0 && !strings.ContainsRune("给帮替跟同去来你您", n[a-gap]) {
			break
		}
		for _, w := range inabilityWords {
			if hasSuffixRunes(n[:a-gap], w) {
				return "negation:inability"
			}
		}
	}
	return ""
}

// standInWords name someone other than the applicant.
var standInWords = []string{"朋友", "别人", "他人", "其他人", "外人", "熟人", "亲戚", "家人", "同事", "中介", "代办", "黄牛", "陌生人", "第三方", "人"}

// standInAdvised: advice against letting someone else do it (别让朋友帮你过,
// 不要叫中介替你做, 千万别托人帮你刷脸): the stand-in is what is advised against.
func standInAdvised(n []rune, cs, a int) string {
	for i := cs; i+1 < a; i++ {
		var l int
		for _, w := range [...]string{"千万别", "千万不要", "不要", "不能", "别", "切勿", "勿", "莫", "唔好", "不可以"} {
			if hasPrefix(n[i:a], w) {
				l = len([]rune(w))
				break
			}
		}
		if l == 0 || i+l >= a || !strings.ContainsRune("让叫找请托求給给", n[i+l]) {
			continue
		}
		rest := n[i+l+1 : a]
		if p := prefixLen(rest, standInWords); p > 0 && len(rest)-p <= 1 {
			return "negation:stand-in"
		}
	}
	return ""
}

// meansListed: 不会通过任何渠道向您索要A、B或C — the means phrase and the verb of
// asking govern every item of the list, not only the first.
func (j *judge) meansListed(a, cond int) string {
	n := j.n
	ls, _ := j.bounds(a, a, isListClauseEnd)
	for i := max(ls, a-40); i < a; i++ {
		if negatorRule(n[i]) == "" || j.neutralAt(i, i+1) || inWord(n, i) || cond >= 0 && i > cond || scopeBreak(n[i+1:a]) {
			continue
		}
		e := i + 1
		if e < a && n[e] == '会' {
			e++
		}
		if prefixLen(n[e:a], []string{"透过", "通过", "经由", "借助", "利用"}) == 0 {
			continue
		}
		for v := e + 2; v+1 < a && v-e <= 14; v++ {
			if prefixLen(n[v:a], []string{"要求", "索要", "索取"}) > 0 && listScope(n[v+2:a], negWindow) {
				return "negation:means"
			}
		}
	}
	return ""
}

// moderationAdvised: 要多少就借多少 followed by advice against taking more
// (别因为limit高就全拿, 不要一次借满): borrowing only what is needed. The F06
// frame borrow-what-you-need (framesassure.go) uses it.
func moderationAdvised(n []rune, b int) string {
	se := b
	for se < len(n) && !isSentenceEnd(n[se]) {
		se++
	}
	for i := b; i < se; i++ {
		if !isClauseEnd(n[i]) {
			continue
		}
		k := i + 1
		k += prefixLen(n[k:se], []string{"但", "但是", "也", "可"})
		l := prefixLen(n[k:se], []string{"千万别", "千万不要", "不要", "别", "没必要", "不必", "不用", "切勿", "唔好", "don't", "dont"})
		if l == 0 {
			continue
		}
		ce := clauseEndWithin(n, k+l, se)
		if waved(n[k+l : ce]) {
			continue // 别担心借多了, 别贪多犹豫: the worry waved away, no moderation
		}
		for _, w := range [...]string{"全拿", "全借", "借满", "拿满", "多借", "借多", "全部借", "全部拿", "都借", "借太多", "贪多", "借到顶", "一次借完", "全部用完", "额外借"} {
			if indexString(n[k+l:ce], w) >= 0 {
				return "negation:moderation"
			}
		}
	}
	return ""
}

// waved reports a clause that waves a worry away (担心, 犹豫, 客气 …).
func waved(clause []rune) bool {
	for _, w := range [...]string{"担心", "怕", "犹豫", "顾虑", "客气", "不好意思", "紧张", "纠结", "手软"} {
		if indexString(clause, w) >= 0 {
			return true
		}
	}
	return false
}
