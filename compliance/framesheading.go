package compliance

// A heading that warns: a numbered or titled list whose heading names the
// practice it warns against (关于X：1. …), so the items under it are the
// warning's own, and the shapes that tell a practice named from one offered.

// headingWarned: the hit is in a topic heading that opens its sentence
// (关于…, 对于您…的需求, 针对…), ends on a colon — directly or after one
// clause announcing the answer (我需要如实说明：) — and opens a numbered
// list whose items warn (a warning, a verdict, a consequence or a promise
// withheld: 涉嫌诈骗, 承担法律责任, 无法保证). A heading in our own voice
// (关于我们的秒批服务：) or a list of selling points is no warning.
func (j *judge) headingWarned(a, b, ss int) bool {
	if a-ss > 24 {
		return false
	}
	open := false
	for _, w := range [...]string{"关于", "对于", "针对", "有关", "至于", "说到", "谈到"} {
		open = open || indexString(j.n[ss:a], w) == 0
	}
	if !open || firstPersonBetween(j.n[ss:a]) {
		return false
	}
	ce := b
	for ce < len(j.n) && !isClauseEnd(j.n[ce]) {
		ce++
	}
	if ce >= len(j.n) || firstPersonBetween(j.n[b:ce]) {
		return false
	}
	if j.n[ce] == '，' || j.n[ce] == ',' { // 对于您“…”的需求，我需要如实说明：
		k := ce + 1
		for k < len(j.n) && !isClauseEnd(j.n[k]) {
			k++
		}
		if k >= len(j.n) || k-ce > 14 || !announcesAnswer(j.n[ce+1:k]) {
			return false
		}
		ce = k
	}
	if j.n[ce] != '：' && j.n[ce] != ':' {
		return false
	}
	k := ce + 1
	for k < len(j.n) && (j.n[k] == '\n' || j.n[k] == '\r') {
		k++
	}
	if k+1 >= len(j.n) || !(j.n[k] == '1' && !isDigit(j.n[k+1]) || j.n[k] == '①' || j.n[k] == '一' && j.n[k+1] == '、' || j.n[k] == '第' && j.n[k+1] == '一' || j.n[k] == '首' && j.n[k+1] == '先') {
		return false
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || int(m.start) < k {
			continue
		}
		switch p.cue {
		case cueWarn, cueEval, cueConseq, cueNegPromise:
			if !j.negatedAt(int(m.start)) && !j.addressedAt(int(m.start)) {
				return true
			}
		}
	}
	return false
}

// announcesAnswer reports a clause that only announces the answer after a
// heading (我需要如实说明, 说明如下, 我来解释一下).
func announcesAnswer(rs []rune) bool {
	for _, w := range [...]string{"说明", "解释", "回答", "答复", "如下", "几点", "分析"} {
		if indexString(rs, w) >= 0 {
			return true
		}
	}
	return false
}

// practiceNoun: a practice spoken of in general (这种情况, 这种做法, 这类行为).
func practiceNoun(rs []rune) bool {
	for _, w := range [...]string{"情况", "做法", "行为", "操作", "现象", "手法", "套路", "情形", "模式"} {
		if hasPrefix(rs, w) {
			return true
		}
	}
	return false
}

// practiceNamed reports a deduction malpractice named by its bad name as a
// term after a practice spoken of in general (这种情况通常叫“砍头息”, 这种做法
// 俗称砍头费, 这类操作被称为「套路贷」) up to the end of the hit:
// what follows explains it; nobody pitches their own deduction by that name.
func practiceNamed(rs []rune) bool {
	for _, call := range [...]string{"通常叫", "一般叫", "俗称", "被称为", "称之为", "业内叫", "行内叫", "通常称为", "一般称为", "又叫", "也叫", "通常系叫", "一般系叫"} {
		i := indexString(rs, call)
		if i < 2 || !practiceNoun(rs[i-2:i]) {
			continue // 这笔服务费俗称砍头费: our own fee, named
		}
		k := i + len([]rune(call))
		if k < len(rs) && rs[k] == '做' || k < len(rs) && rs[k] == '作' {
			k++
		}
		if k < len(rs) && isOpenQuote(rs[k]) {
			k++
		}
		for _, term := range [...]string{"砍头息", "砍头费", "套路贷", "阴阳合同"} {
			if hasPrefix(rs[k:], term) {
				return true
			}
		}
	}
	return false
}
