package compliance

import (
	"slices"
	"unicode/utf8"
)

// Claim matching: the second pass over the class matches of one check
// (claims.go compiles the patterns).

// voided reports a void word overlapping m and reaching outside it (保证
// inside 保证金; not 放款后 inside the class word 放款后退还). voids are the
// void matches of the check, ordered by end.
func voided(s *snapshot, voids []match, m match) bool {
	if s.info[m.pat].flags&infoVoidable == 0 {
		return false
	}
	for _, v := range voids {
		if v.end <= m.start {
			continue
		}
		if v.start >= m.end {
			if v.end > m.end+s.maxClass {
				break // ordered by end: every later void starts after m
			}
			continue
		}
		if v.start < m.start || v.end > m.end {
			return true
		}
	}
	return false
}

func isVoid(s *snapshot, m match) bool { return s.info[m.pat].flags&infoVoid != 0 }

// collectClaims completes every claim order over the class matches and adds
// a candidate per claim that fires, unless a hit of the same family already
// covers it. A class word none of whose claims has all its classes in the
// text is marked in dead (cleared on return) and skipped where it recurs.
func collectClaims(s *snapshot, cls []match, n []rune, src []int32, dead *patSet, cands []cand) []cand {
	dead.grow(len(s.pats))
	defer dead.unmark(cls)
	var present classMask
	addClasses(&present, s, cls, *dead)
	for i, m := range cls {
		if dead.has(m.pat) {
			continue
		}
		live := false
		refs := s.claimsAt[m.pat]
		for k := range refs {
			ref := &refs[k]
			if !ref.covers(&present) {
				continue // a class of the order does not occur at all
			}
			live = true
			r := &s.claims[ref.claim]
			var c cand
			c.phrase, c.start, c.end, c.rule = r.phrase, m.start, m.end, s.paraRule[r.phrase]
			if !completeClaim(s, r, cls, i, n, src, &c) || !latinBounded(n, src, int(c.start), int(c.end)) || covered(s, cands, &c) {
				continue
			}
			cands = append(cands, c)
		}
		if !live {
			dead.add(m.pat)
		}
	}
	return cands
}

// addClasses adds the classes of the class words in cls to present. A word
// that recurs (half of them in a long reply) is added once: seen marks the
// words added and is cleared again before it returns.
func addClasses(present *classMask, s *snapshot, cls []match, seen patSet) {
	for _, m := range cls {
		if !seen.has(m.pat) {
			seen.add(m.pat)
			present.add(s.classWords[m.pat])
		}
	}
	seen.unmark(cls)
}

// completeClaim follows the claim's order from cls[i]: each next class word
// starts after the previous one ends, within the claim's gap, in one clause
// (or, for a cross claim whose first clause states a condition, in the next
// one), without cutting a Latin word.
func completeClaim(s *snapshot, r *claimRule, cls []match, i int, n []rune, src []int32, c *cand) bool {
	end := cls[i].end
	if !latinBounded(n, src, int(cls[i].start), int(end)) {
		return false
	}
	crossed := false
	for k := 1; k < len(r.order); k++ {
		want := r.order[k]
		gap := r.gap
		if r.cross && !crossed {
			gap += crossGap
		}
		next, nextStart := int32(-1), int32(0)
		for _, m := range cls[i+1:] {
			if m.end > end+gap+s.maxClass {
				break
			}
			d := m.start - end
			if !s.pats[m.pat].mask.has(want) || m.start < end || d > gap || !latinBounded(n, src, int(m.start), int(m.end)) {
				continue
			}
			if !hasClauseEnd(n[end:m.start]) {
				if d > r.gap {
					continue // the extra reach is for the next clause only
				}
			} else if gap == r.gap {
				continue
			} else if at := conditionCrossing(n, int(cls[i].start), int(end), n[end:m.start]); at < 0 {
				continue
			} else {
				c.cond = int32(at) + 1
			}
			next, nextStart = m.end, m.start
			break
		}
		if next < 0 {
			return false
		}
		if c.cond > 0 {
			crossed = true
		}
		c.gaps[c.ngaps] = [2]int32{end, nextStart}
		c.ngaps++
		end = next
	}
	if r.tail && !endsClause(n, int(end)) {
		return false
	}
	c.end = end
	return true
}

// crossGap is the extra reach of a cross claim into the next clause.
const crossGap = 12

// conditionCrossing reports whether a claim may continue past the clause
// break in between: exactly one comma or question mark, and the clause the
// claim started in is a question (大数据花了？一样能借到) or holds a
// condition or concession (即使, 就算, 如果, 的话, 明天不还 …). It returns the
// position of the condition (the question mark for a question), or -1.
func conditionCrossing(n []rune, start, end int, between []rune) int {
	breaks, question, comma, seg := 0, -1, -1, 0
	for k, r := range between {
		if isClauseEnd(r) {
			switch r {
			case ',', '，':
				if breaks > 0 && hereClause(between[seg:k]) {
					seg = k + 1
					continue // 征信不好？在我们这儿，那都不叫事儿: where we are is no new clause
				}
				comma = k
			case '?', '？':
				question = end + k
			default:
				return -1
			}
			breaks++
			seg = k + 1
		}
	}
	if breaks != 1 {
		return -1
	}
	if question >= 0 {
		return question
	}
	if rest := between[comma+1:]; len(rest) >= 2 && (rest[0] == '这' || rest[0] == '那') && rest[1] == '样' {
		return end + comma // 用途写成装修，这样更容易通过: the next clause is what it achieves
	}
	cs := start
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	ce := end
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	clause := n[cs:ce] // 逾期的话也就是打几个电话，: the condition may follow the first word
	for _, w := range [...]string{"即使", "就算", "哪怕", "即便", "纵使", "如果", "要是", "假如", "不管", "无论", "万一", "只要", "甭管", "管你", "管他", "别管", "不论",
		"就是", "不还", "再不", "再拖", "的话", "最迟", "最快",
		"勿还", "再勿", "还勿出", "还勿上", "勿付", "勿处理", "覅还", "假使", "倘若", // Wu: 侬再勿还，阿拉…
		"过不了", "批不下来", "没批下来", "没通过", "过唔到", // a failure supposed (这单过不了，我退你双倍)
		"差的部分", "不够的部分", "缺的部分", "差的那部分", "不够的那部分", "缺口", // a shortfall named (首付差的部分，我们帮你贷出来)
		"那些", "那几笔", "那笔", "之前的", "以前的", "过去的", // a topic named, then what we say of it (您之前那些逾期，对我们没有影响)
		"而已", "不够没事", "不够也没事", "不够没关系", "不够也没关系", "不够不要紧", "不够也不要紧", "不足没事", "不足也没事", "不足没关系", "不达标没事", "不达标也没事", "不好看没事", "不好看也没事", "不够唔紧要", // a thing made small (查一下额度而已，又不留痕迹), a shortfall waved away
		"要多少", "报个数", "说个数", // any figure conceded (要多少报个数，我都能给你弄到)
		"也别慌", "也别担心", "也不用慌", "也不用担心", "也不要慌", "也别急",
		"也甭怕", "甭怕", "咋的", "咋地"} { // a trouble shrugged off (上了黑名单也甭怕，照样能给您办; 黑户咋的，照样给你下) // a worry waved away (征信花了也别慌，这些不会作为评估依据)
		if at := indexString(clause, w); at >= 0 {
			return cs + at
		}
	}
	for _, w := range [...]string{"kahit", "walaupun", "meskipun", "biarpun", "sekalipun", "kalaupun", "evenif", "eventhough", "although", "nomatter", "kalau", "kung", "if"} {
		if hasPrefix(clause, w) { // Tagalog, Malay/Indonesian and English openers (Kahit walang payslip, makaka-loan ka)
			return cs
		}
	}
	if cs > 0 && n[cs-1] == '、' && ce-cs <= 4 && !slices.Contains(clause, '等') { // the last short item of a list is a topic (网贷多、查询多，都不是事儿), not 呆账等记录
		return cs
	}
	return -1
}

// hereClause reports a clause that only says where we are (在我们这儿,
// 到我这里, 在本平台).
func hereClause(rs []rune) bool {
	if len(rs) < 3 || len(rs) > 6 || rs[0] != '在' && rs[0] != '到' && rs[0] != '来' {
		return false
	}
	return (slices.Contains(rs, '我') || rs[1] == '本' || rs[1] == '咱') && !slices.Contains(rs, '你') && !slices.Contains(rs, '您')
}

// indexString returns the rune index of needle in hay, or -1 (no allocation).
func indexString(hay []rune, needle string) int {
	first, size := utf8.DecodeRuneInString(needle)
	if size == 0 {
		if len(hay) > 0 {
			return 0
		}
		return -1
	}
	rest := needle[size:] // decoded only where the first rune matches: most positions do not
	for i, r := range hay {
		if r != first {
			continue
		}
		k, ok := i+1, true
		for _, r := range rest {
			if k >= len(hay) || hay[k] != r {
				ok = false
				break
			}
			k++
		}
		if ok {
			return i
		}
	}
	return -1
}

// endsClause reports whether position i ends a clause, allowing trailing
// particles (这个我保证的啊。).
func endsClause(n []rune, i int) bool {
	for ; i < len(n); i++ {
		switch n[i] {
		case '的', '啊', '哦', '呀', '吧', '了', '哈', '呢', '!', '~', '嘅', '啦', '喇', '咯', '嘛', '喔':
			continue
		}
		return isClauseEnd(n[i])
	}
	return true
}

// covered reports a pack hit of the same family that stands in for c: a
// block hit overlapping it, or a flag hit spanning all of it (利息…最低 is
// the pack's judgement of that claim; the flag 口子 inside a borrow-to-repay
// claim is not).
//
// A block phrase never stands in for a rate claim: the pack phrase (日息,
// 免息) is excused by the annualised rate anywhere in the text, the claim
// only by one in its own sentence.
func covered(s *snapshot, cands []cand, c *cand) bool {
	rate := s.needsRate[c.phrase]
	fam := s.phrases[c.phrase].Category
	for _, o := range cands {
		p := &s.phrases[o.phrase]
		if p.Category != fam || o.start >= c.end || c.start >= o.end {
			continue
		}
		if p.Action == Block && !rate || o.start <= c.start && o.end >= c.end && p.Action == Flag {
			return true
		}
	}
	return false
}
