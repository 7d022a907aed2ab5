package compliance

import "strings"

// Excuses that the rest of the sentence takes back (context.go calls these):
//
//   - a hedge exception (一般/通常) followed in its sentence by a pledge or a
//     fastest-time boast: 一般当天到账，最快5分钟！; 通常当天放款，包您满意. The
//     honest wording keeps its excuse (审核一般1–3个工作日，以机构通知为准;
//     一般当天到账，但不能保证).
//   - a warning cue (投诉, 报警) dared or called useless: 你可以去投诉试试,
//     報警都冇用, 投诉了也没用, 你投诉也是没用的, 举报根本不管用, 你投诉去啊 —
//     a threat, not advice (如遇暴力催收，可以投诉或报警 stays a
//     warning).
//   - a clause-closing 不行 said of rivals: 我们是唯一能办的别处都不行 — our
//     claim is not negated by what others cannot do.

// hedgeExceptionRules are the exception rules that only hedge (一般, 通常).
var hedgeExceptionRules = []string{"exception:一般", "exception:通常"}

// hedgePledges are pledges that take a hedge back; a negator just before
// (不能保证, 没法保证) or 不了 after (保证不了) withholds them instead.
var hedgePledges = []string{"包您满意", "包你满意", "包满意", "包您", "包你", "保证", "打包票", "百分百", "绝对", "一定能", "一定会", "肯定能", "肯定会", "guarantee"}

// hedgeBoastUnits are the units of a fastest time that boast (最快5分钟, 最快30秒).
var hedgeBoastUnits = []string{"分钟", "秒", "小时", "分"}

// hedgeTakenBack reports a hedge exception at [st, en) whose sentence
// [ss, se) pledges or boasts a fastest time after it.
func hedgeTakenBack(rule string, n []rune, en, se int) bool {
	hedge := false
	for _, h := range hedgeExceptionRules {
		if rule == h {
			hedge = true
		}
	}
	if !hedge || en > se {
		return false
	}
	rest := n[en:se]
	for _, w := range hedgePledges {
		for off := 0; off < len(rest); {
			at := indexString(rest[off:], w)
			if at < 0 {
				break
			}
			at += off
			if !hedgePledgeWithheld(rest, at, at+len([]rune(w))) {
				return true
			}
			off = at + 1
		}
	}
	return hedgeFastestBoast(rest)
}

// hedgePledgeWithheld reports a pledge at [a, b) negated before it (不能保证,
// 没法保证, 不敢打包票) or after it (保证不了, 保证唔到), or only asked of (能不能保证).
func hedgePledgeWithheld(rs []rune, a, b int) bool {
	for k := max(0, a-3); k < a; k++ {
		if strings.ContainsRune("不没无难唔冇别勿非未", rs[k]) {
			return true
		}
	}
	if b < len(rs) && strings.ContainsRune("不唔", rs[b]) {
		return true
	}
	return b < len(rs) && (rs[b] == '吗' || rs[b] == '?' || rs[b] == '？')
}

// hedgeFastestBoast reports 最快 (or 最快只要/最快仅需) followed by a figure in
// minutes, seconds or hours: 最快5分钟, 最快半小时, 最快只要30秒.
func hedgeFastestBoast(rs []rune) bool {
	at := indexString(rs, "最快")
	if at < 0 {
		return false
	}
	i := at + 2
	for _, w := range [...]string{"只要", "只需", "仅需", "仅要", "只用", "能", "可"} {
		if hasPrefix(rs[i:], w) {
			i += len([]rune(w))
			break
		}
	}
	j := i
	for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune("一二两三四五六七八九十半几", rs[j])) {
		j++
	}
	if j == i {
		return false
	}
	for _, u := range hedgeBoastUnits {
		if hasPrefix(rs[j:], u) {
			return true
		}
	}
	return false
}

// warnDared reports a warning cue at [st, en) dared or called useless: 投诉试试,
// 报警都冇用, 报警也没用, 随便你投诉, 尽管去报警.
func warnDared(n []rune, st, en int) bool {
	if !complaintCue(n[st:en]) {
		return false
	}
	rest := n[en:min(len(n), en+5)]
	for _, w := range [...]string{"试试", "看看", "也不怕", "都不怕", "我不怕", "我们不怕", "好了", "去吧", "都唔怕", "也唔怕"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	if warnCalledUseless(n, en) {
		return true
	}
	from := max(0, st-4)
	for k := st - 1; k >= from; k-- {
		if isSentenceEnd(n[k]) {
			from = k + 1 // the dare is said in the cue's own sentence
			break
		}
	}
	before := n[from:st]
	for _, w := range [...]string{"随便你", "随便您", "随你", "尽管", "有本事", "你就去", "你随便"} {
		if k := indexString(before, w); k >= 0 && k+len([]rune(w)) >= len(before)-1 {
			return true
		}
	}
	return false
}

// complaintWords are the warning cues a collector can dare: complaining and
// reporting (投诉, 报警, 举报 …).
var complaintWords = []string{"投诉", "投訴", "报警", "報警", "举报", "舉報", "报案", "報案", "告我", "告我们", "complain", "report", "police"}

// complaintCue reports a cue that names complaining or reporting; only such a
// cue can be dared (随你去投诉; an attribution such as 声称 after 随你。 is not).
func complaintCue(cue []rune) bool {
	for _, w := range complaintWords {
		if indexString(cue, w) >= 0 {
			return true
		}
	}
	return false
}

// refusedRivals name the others a clause-closing 不行 may be said of.
var refusedRivals = []string{"别处", "别家", "别的", "其他", "其它", "他家", "人家", "外面", "同行", "别人", "其余", "旁的", "别个", "第二家", "外边"}

// rivalsRefused reports a clause-closing refusal at [st, en) said of rivals
// (别处都不行, 其他平台也不行): it is no negation of the claim before it.
func rivalsRefused(n []rune, st int) bool {
	before := n[max(0, st-7):st]
	for _, w := range refusedRivals {
		if k := indexString(before, w); k >= 0 {
			tail := before[k+len([]rune(w)):]
			if len(tail) > 0 && strings.ContainsRune("都也全", tail[len(tail)-1]) {
				return true
			}
		}
	}
	return false
}

// rivalNegator returns the rule of a clause-closing refusal after the hit at
// b said only of rivals (…别处都不行), or "" when that refusal is also said
// of the claim itself somewhere in the sentence.
func (j *judge) rivalNegator(b, se int) string {
	rule, other := "", map[string]bool{}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueNegAfter || int(m.start) < b || int(m.end) > se {
			continue
		}
		if rivalsRefused(j.n, int(m.start)) {
			rule = p.rule
		} else {
			other[p.rule] = true
		}
	}
	if other[rule] {
		return ""
	}
	return rule
}

// cueDared reports an excusing cue (可以去投诉 read as an evaluation) of rule
// in the sentence [ss, se) that is dared or called useless (…投诉试试).
func (j *judge) cueDared(rule string, ss, se int) bool {
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && p.rule == rule && int(m.start) >= ss && int(m.end) <= se && warnDared(j.n, int(m.start), int(m.end)) {
			return true
		}
	}
	return false
}

// uselessWords call what comes before them useless (…投诉也是没用的, 报警根本
// 不管用, 举报都冇乜用).
var uselessWords = []string{"没用", "冇用", "无用", "没有用", "沒用", "無用", "白搭", "不管用", "唔管用", "不好使", "没什么用", "没啥用", "冇乜用", "冇咩用", "没屁用", "useless"}

// uselessFillers may stand between a warning cue and the word that calls it
// useless: 了, 也, 都, 是, 根本, 一样, 亦, 咗, 照样, 还是, 去, 过, 你, 我.
const uselessFillers = "了也都是根本一样亦咗照还去过你我们完全压"

// warnCalledUseless reports a warning cue ending at en called useless in its
// own clause (投诉了也没用, 你报警也是没用的, 举报根本不管用) or dared with 去啊
// (你投诉去啊), the clause closing there. A question (投诉也没用吗？) asks, and
// a condition (投诉没用的话，可以报警; 投诉没用的，就报警) advises: neither dares.
func warnCalledUseless(n []rune, en int) bool {
	i := en
	for i < len(n) && i-en < 5 && strings.ContainsRune(uselessFillers, n[i]) {
		if hasPrefix(n[i:], "去啊") || hasPrefix(n[i:], "去呀") || hasPrefix(n[i:], "去咯") || hasPrefix(n[i:], "去啦") {
			return true
		}
		if prefixLen(n[i:], uselessWords) > 0 {
			break
		}
		i++
	}
	p := prefixLen(n[i:], uselessWords)
	if p == 0 {
		return false
	}
	e := i + p
	for e < len(n) && strings.ContainsRune("的啊呀啦嘅喇咯了喎咧嘛哦噢哈㗎架", n[e]) {
		e++
	}
	return e == len(n) || isClauseEnd(n[e]) && n[e] != '？' && n[e] != '?'
}
