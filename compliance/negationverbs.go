package compliance

// Negations: advice against said with an English verb
// (别 borrow new loan 去还旧的), a guarantee tag denied right after it
// (额度最少5万，guarantee 不了的), and a Cantonese modal negated inside a
// claim (紀錄唔可以用錢刪除).

// takeVerbsEN are the English verbs of taking a loan that an advice against
// may govern (别 borrow, 不要 take, 唔好 apply): the claim is their object.
var takeVerbsEN = []string{"borrow", "take", "get", "apply", "applyfor", "open", "grab", "use", "takeout"}

// latinVerbNegated (f13_advice-en-verb) reports an advice negator (别, 不要,
// 千万别, 唔好, 莫, 勿) right before an English taking verb that runs up to
// the hit: the hit is what not to take. Only the verbs above count (别
// worry 的 new loan is no advice against).
func latinVerbNegated(n []rune, a int) string {
	k := a
	for k > 0 && isLatin(n[k-1]) {
		k--
	}
	if k == a || k == 0 {
		return ""
	}
	verb := n[k:a]
	found := false
	for _, v := range takeVerbsEN {
		if len(verb) == len(v) && hasPrefix(verb, v) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	for _, w := range [...]string{"千万别", "千万不要", "不要", "不好", "唔好", "别", "莫", "勿", "别再", "不要再", "别去", "不要去"} {
		l := len([]rune(w))
		if k >= l && hasPrefix(n[k-l:k], w) {
			return "negation:别+verb"
		}
	}
	return ""
}

// tagDenied (f06_guarantee-denied) reports a hit ending on a guarantee word
// (guarantee, promise, 保证, 担保) followed at once by a potential negative
// (不了, 唔到, 不到): the guarantee is refused (guarantee 不了的).
func tagDenied(n []rune, a, b int) string {
	if b+2 > len(n) {
		return ""
	}
	neg := string(n[b : b+2])
	if neg != "不了" && neg != "唔到" && neg != "不到" && neg != "唔了" {
		return ""
	}
	for _, w := range [...]string{"guarantee", "promise", "保证", "担保", "打包票", "包票"} {
		l := len([]rune(w))
		if b-a >= l && hasPrefix(n[b-l:b], w) {
			return "negation:" + w + neg
		}
	}
	return ""
}

// cantoModalNegated (f12_canto-modal-negated) reports a gap of a claim that
// ends on 唔 before a modal (唔可以, 唔能够, 唔会): Cantonese 不, the claim's
// "can be" denied (紀錄唔可以用錢刪除). 唔该 and the like have no modal after.
func cantoModalNegated(n []rune, b int) string {
	if b < 1 || n[b-1] != '唔' || b >= len(n) {
		return ""
	}
	for _, w := range [...]string{"可以", "能", "会", "得", "可能", "准", "允许"} {
		if hasPrefix(n[b:], w) {
			return "negation:唔"
		}
	}
	return ""
}
