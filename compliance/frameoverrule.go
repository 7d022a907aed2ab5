package compliance

import (
	"strings"
	"unicode/utf8"
)

// Excuses overruled by what the rest of the sentence does with them: a frame
// or warning cue is found, but the sentence turns it into the setting of our
// own claim.

// rivalWords name the other lenders.
var rivalWords = []string{"别家", "别的平台", "别的地方", "别的公司", "别处", "别人家", "别个", "其他家", "其他平台", "其它平台", "其他公司", "其他机构", "外面", "外头", "人家那", "第三方"}

// frameOverruled reports a frame excuse that the sentence turns to our own
// claim:
//   - advice against going elsewhere (莫去别家了, 不要找别的平台) followed by a
//     claim whose clause speaks for us (市面上就我们家是正规的): the advice sets
//     up the boast, it warns against nothing;
//   - an evaluation that judges the rivals (你去别家都是坑) after a claim we
//     make of ourselves (我们是全杭州最好的): the verdict falls on the others;
//   - an attribution (听说, 他们说) whose sentence goes on to recommend what was
//     reported (家长们可以考虑, 值得一试): the writer endorses it.
func (j *judge) frameOverruled(e string, a, b, ss, se int) bool {
	switch {
	case strings.HasPrefix(e, "frame:advice:"):
		return j.adviceSetsUpBoast(e[len("frame:advice:"):], a, b, ss)
	case strings.HasPrefix(e, "frame:evaluation:"):
		return j.rivalsJudged(e[len("frame:evaluation:"):], b, ss, se)
	case strings.HasPrefix(e, "frame:attributed:"):
		return endorsedReport(j.n, b, se) || demandObeyed(j.n, a, b, ss, se) // framesintent.go
	}
	return false
}

// adviceSetsUpBoast: the advice cue before the hit is aimed at the rivals
// (莫去 + 别家) and the hit's clause speaks for us.
func (j *judge) adviceSetsUpBoast(cue string, a, b, ss int) bool {
	if cue == "" || a > len(j.n) {
		return false
	}
	st := lastIndexString(j.n[ss:a], cue)
	if st < 0 {
		return false
	}
	en := ss + st + utf8.RuneCountInString(cue)
	k := en
	for k < a && k < en+2 && strings.ContainsRune("找去到借问看再", j.n[k]) {
		k++
	}
	if prefixLen(j.n[k:a], rivalWords) == 0 {
		return false
	}
	cs, _ := j.bounds(a, a, isListClauseEnd)
	ce := j.clauseEnd(b)
	return firstPersonBetween(j.n[max(cs, en):ce])
}

// rivalsJudged: the evaluation cue after the hit has a rival named shortly
// before it in the text after the hit, and the sentence before the hit's end
// speaks for us.
func (j *judge) rivalsJudged(cue string, b, ss, se int) bool {
	if cue == "" || b >= se {
		return false
	}
	st := indexString(j.n[b:se], cue)
	if st < 0 {
		return false
	}
	st += b
	rival := false
	for k := max(b, st-8); k < st; k++ {
		if prefixLen(j.n[k:st], rivalWords) > 0 {
			rival = true
			break
		}
	}
	return rival && firstPersonBetween(j.n[ss:b])
}

// endorseWords recommend what was just reported.
var endorseWords = []string{"可以考虑", "可以试试", "可以去试试", "可以试一下", "可以去试一下", "值得一试", "值得试试", "不妨试试", "不妨考虑", "不妨一试", "推荐你", "推荐您", "推荐大家", "强烈推荐", "赶紧去", "快去试", "放心去", "放心借", "放心冲", "可以冲",
	"worthatry", "giveitatry", "highlyrecommend", "canconsider", "cantryit", "bolehcuba", "bolehtry"}

// endorsedReport: a later clause of the sentence recommends what was
// reported (…之前有overdue也OK，家长们可以考虑), not negated and not asked.
func endorsedReport(n []rune, b, se int) bool {
	if se > len(n) || b >= se {
		return false
	}
	if se < len(n) && (n[se] == '?' || n[se] == '？') {
		return false
	}
	clauses := 0
	for k := b; k < se; k++ {
		if isListClauseEnd(n[k]) {
			clauses++
			continue
		}
		if clauses == 0 {
			continue
		}
		w := prefixLen(n[k:se], endorseWords)
		if w == 0 {
			continue
		}
		if k > 0 && negatorRule(n[k-1]) != "" || k > 1 && negatorRule(n[k-2]) != "" {
			continue // 不推荐, 千万别放心去
		}
		if k+w < len(n) && strings.ContainsRune("吗么嘛", n[k+w]) {
			continue // 可以考虑吗: asked
		}
		return true
	}
	return false
}

// warningOverruled reports a warning excuse that the sentence turns to our
// own offer: 拉黑 aimed at the collectors, followed by what we do for the
// debtor (催收电话你拉黑就好，我们有反催收团队帮你挡着) is debt-evasion
// advice, not a warning against a scam.
func (j *judge) warningOverruled(e string, a, b, ss, se int) bool {
	if demandObeyed(j.n, a, b, ss, se) {
		return true // 要是有人让你先交钱，你就交: the demand obeyed, no warning (framesintent.go)
	}
	if e != "warning:拉黑" || se > len(j.n) {
		return false
	}
	st := indexString(j.n[ss:se], "拉黑")
	if st < 0 {
		return false
	}
	st += ss
	if indexString(j.n[ss:st], "催收") < 0 && indexString(j.n[ss:st], "催款") < 0 {
		return false
	}
	for _, w := range [...]string{"我们有", "我们帮", "我们替", "我们来", "我们会帮", "我帮", "我来帮", "我替", "咱们有", "咱帮", "帮你挡", "帮您挡", "替你挡", "替您挡", "交给我们", "我哋帮", "我哋有"} {
		if indexString(j.n[st:se], w) >= 0 {
			return true
		}
	}
	return false
}

// lastIndexString returns the last index of s in rs, or -1.
func lastIndexString(rs []rune, s string) int {
	first, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return len(rs)
	}
	w := utf8.RuneCountInString(s)
	for i := len(rs) - w; i >= 0; i-- {
		if rs[i] == first && hasPrefix(rs[i:i+w], s) { // the whole word only where its first rune stands
			return i
		}
	}
	return -1
}
