package extract

import (
	"slices"
	"strings"
)

// Whose figure it is and whether it is real: a figure told of a relative, a friend or a
// colleague, a household total, or a figure to be written into a faked document is no slot of
// the applicant's (roles.go asks these).

// familyBefore reports whether the nearest person mentioned before pos in the same sentence is a
// spouse or relative ("我老公月入两万", "孩子5岁").
func (t *cueTables) familyBefore(rs []rune, pos int) bool {
	return t.personBefore(rs, pos, t.family)
}

// toldOfOther reports a figure in a case told of someone else, who is named earlier in the sentence
// and spoken of again after it ("我朋友在你们这借了十万 一个月收入才六千 怎么他就行"): the figure is theirs.
func (t *cueTables) toldOfOther(rs []rune, m mention) bool {
	seg := sentenceBefore(rs, m.start, 30)
	j, w := lastWord(seg, t.others)
	if j < 0 || lastIndexAny(seg, t.self) > j+len(w) {
		return false
	}
	after := string(rs[m.end:min(len(rs), m.end+12)])
	if k := strings.IndexAny(after, "。!?;；"); k >= 0 {
		after = after[:k]
	}
	return strings.ContainsAny(after, "他她") && !strings.Contains(after, "我")
}

// personBefore reports whether the nearest person before pos is one of family rather than the applicant.
// pos -1 means the end of rs.
func (t *cueTables) personBefore(rs []rune, pos int, family []string) bool {
	if pos < 0 {
		pos = len(rs)
	}
	lo := max(pos-16, 0)
	for k := pos - 1; k >= lo; k-- {
		if isSentenceEnd(rs[k]) {
			lo = k + 1
			break
		}
	}
	s := string(rs[lo:pos])
	return lastSubjectIndex(s, family) > lastIndexAny(s, t.self)
}

// beneficiaryMarks come right before a relative the applicant acts for ("给老伴看病", "帮我妈交学费"):
// that relative is no subject of what follows.
var beneficiaryMarks = []string{"给", "帮", "替", "为", "给我", "帮我", "替我", "为我"}

// lastSubjectIndex is lastIndexAny(s, words) (the end of the last word) past any word the applicant
// acts for.
func lastSubjectIndex(s string, words []string) int {
	for {
		j, w := lastWord(s, words)
		if j < 0 {
			return -1
		}
		if !hasSuffixAny(s[:j], beneficiaryMarks) {
			return j + len(w)
		}
		s = s[:j]
	}
}

// personAloneBefore is personBefore without a relative named alongside the applicant ("我和老公都在
// 上海上班", "老婆跟我都有工作"): what follows is the applicant's too.
func (t *cueTables) personAloneBefore(rs []rune, family []string) bool {
	if !t.personBefore(rs, -1, family) {
		return false
	}
	s := sentenceBefore(rs, len(rs), 16)
	j, w := lastWord(s, family)
	return j < 0 || (!hasSuffixAny(strings.TrimSuffix(s[:j], "我"), t.with) && !hasPrefixAny(s[j+len(w):], t.withMe))
}

// someoneElse reports whether a credit fact at pos (a 逾期, a count of enquiries, a debt) is said of
// someone other than the applicant: the nearest person named before it in the same sentence is a
// relative, friend or colleague ("我老婆有逾期", "我同事查了8次", "老公每月还房贷五千"), not named
// alongside the applicant ("我和老婆都没有逾期", "老婆跟我都没查过") nor followed by the applicant's
// household ("老公月入两万家里有一套房没贷款").
func (t *cueTables) someoneElse(rs []rune, pos int) bool {
	seg := sentenceBefore(rs, pos, 16)
	j, w := lastWord(seg, t.others)
	if j < 0 || max(lastIndexAny(seg, t.self), lastIndexAny(seg, t.household)) > j+len(w) {
		return false
	}
	if hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.creditorVerbs) {
		return false // "我借了朋友三万 每个月还他一千": the friend lent, the debt is the applicant's
	}
	return !hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.with) && !hasPrefixAny(seg[j+len(w):], t.withMe)
}

// fakeBefore reports a request to fake a figure earlier in the sentence ("写高一点，写两万",
// "做个假的收入证明，就写月薪两万"): the figure is not the applicant's.
func (t *cueTables) fakeBefore(rs []rune, pos int) bool {
	seg := sentenceBefore(rs, pos, 20)
	j, w := lastWord(seg, t.fake)
	if j < 0 {
		j, w = t.documentWritten(seg)
	}
	return j >= 0 && !containsAny(seg[j+len(w):], []string{"实际", "其实", "真实", "真的"}) // "写成两万，实际我就六千"
}

// fakeAttribute reports a figure that describes a document asked to be made ("做一份两万的工资流水",
// "帮我弄个收入证明 月入两万的"): the figure is the forgery's, not the applicant's.
func (t *cueTables) fakeAttribute(rs []rune, m mention) bool {
	seg := sentenceBefore(rs, m.start, 20)
	if !containsAny(seg, []string{"帮", "能不能", "可不可以", "给我", "能否"}) || !containsAny(seg, []string{"做", "弄", "开", "搞", "刷", "造"}) {
		return false
	}
	right := string(rs[m.end:min(len(rs), m.end+8)])
	if k := strings.IndexAny(right, " ,，。"); k >= 0 {
		right = right[:k]
	}
	return strings.HasPrefix(right, "的") && (containsAny(right, t.fakeDocs) || (right == "的" && containsAny(seg, t.fakeDocs)))
}

// documentWritten finds, in a request for a proof document ("收入证明能不能帮我开一个 写两万",
// "帮我把收入证明开高点 开到两万"), the verb that writes a figure into it; -1 when seg is no such request.
func (t *cueTables) documentWritten(seg string) (int, string) {
	if !containsAny(seg, []string{"帮", "能不能", "可不可以", "可以", "给我", "能否", "麻烦"}) {
		return -1, ""
	}
	for _, what := range [][]string{t.fakeDocs, {"工资", "收入", "月薪", "薪水"}} { // a proof, else the income itself ("帮我把工资写到一万五")
		d, dw := lastWord(seg, what)
		if d < 0 {
			continue
		}
		j, w := lastWord(seg[d+len(dw):], []string{"写", "开到", "写到", "做到", "弄到", "开成", "写我", "开高", "改成", "改到", "改为", "p成", "ps成", "p到", "调成", "调到"})
		if j < 0 {
			continue
		}
		after := seg[d+len(dw)+j+len(w):]
		if strings.HasPrefix(after, "的") || strings.ContainsAny(after, " ,，") || containsAny(after, []string{"借", "贷"}) {
			return -1, "" // "收入证明上写的八千": what it says, told; "…做到每月2万 我要贷20万": a clause later
		}
		return d + len(dw) + j, w
	}
	return -1, ""
}

// askingForOther reports a message asking on someone else's behalf ("帮我朋友问问", "替我表哥问").
func (t *cueTables) askingForOther(rs []rune) bool {
	s := string(rs)
	last := strings.LastIndex(s, "问")
	if last < 0 {
		return false // most messages: no question about anyone
	}
	for _, w := range t.askedFor {
		if i := strings.Index(s, w); i >= 0 && i < last {
			return true
		}
	}
	return false
}

// askedForWords are the openings of asking on someone's behalf: 帮/帮我/替/替我/给我 + 他, 她
// or another person ("帮我朋友", "替我表哥").
func askedForWords(others []string) []string {
	var out []string
	for _, w := range append([]string{"他", "她"}, others...) {
		for _, p := range []string{"帮", "帮我", "替", "替我", "给我"} {
			out = append(out, p+w)
		}
	}
	return out
}

// householdTotal reports a figure said to be the household's together ("一万是我和老婆加起来的"):
// the applicant's own share may follow ("我自己五千").
func (t *cueTables) householdTotal(rs []rune, m mention) bool {
	rest := string(rs[m.end:min(len(rs), m.end+12)])
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "块"), "钱")
	if !strings.HasPrefix(rest, "是") {
		return false
	}
	if k := strings.IndexAny(rest, " ,，。"); k >= 0 {
		rest = rest[:k]
	}
	return containsAny(rest, []string{"加起来", "加一起", "一起的", "合计", "两个人", "两口子", "我们俩", "我们两个", "全家", "家里的", "夫妻"})
}

// othersWish reports a clause whose subject is a relative or friend wishing to borrow ("我弟想借",
// "我表哥要贷", "朋友打算借"): the sum is theirs. A spouse's wish ("老婆想借") is the household's, and
// one borrowing for them ("帮我弟借") is the applicant.
func (t *cueTables) othersWish(clause string) bool {
	if !strings.ContainsAny(clause, "借贷请需") {
		return false // the figure's clause borrows nothing
	}
	j, w := lastWord(clause, t.others)
	if j < 0 || containsAny(w, spouses) || hasSuffixAny(clause[:j], []string{"帮", "替", "给", "帮我", "替我", "给我", "我和", "我跟"}) {
		return false
	}
	rest := strings.TrimLeft(clause[j+len(w):], "也都还")
	return hasPrefixAny(rest, []string{"想借", "想贷", "要借", "要贷", "打算借", "打算贷", "准备借", "准备贷", "需要借", "想要借", "想要贷", "想申请", "要申请", "急着借", "急需"})
}

// spouses are the applicant's husband or wife: their loan is the household's.
var spouses = []string{"老公", "老婆", "爱人", "配偶", "媳妇", "丈夫", "妻子", "先生", "太太"}

// jointWorkBefore reports the couple last named before pos as working the applicant's business together
// ("开了个早餐摊 夫妻俩一起干 一个月能落一万"): the figure is what the applicant's business makes, no
// spouse's income.
func (t *cueTables) jointWorkBefore(rs []rune, pos int) bool {
	seg := sentenceBefore(rs, pos, 16)
	j, w := lastWord(seg, t.family)
	if j >= 0 && w == "家里" && hasPrefixAny(strings.TrimLeft(seg[j+len(w):], "还也都就"), []string{"养", "种", "承包", "开了", "开个", "开的"}) {
		return true // "种地的 家里还养了几头猪 一年下来净挣六万": the household's farm or shop is the applicant's living
	}
	if j < 0 || !slices.Contains([]string{"夫妻", "两口子", "我们俩"}, w) {
		return false
	}
	return containsAny(seg[j+len(w):], []string{"一起干", "一起做", "一起开", "一起经营", "一起弄", "一起搞", "一块干", "一块做", "一起打理", "一起守", "一起看店", "一起摆"})
}
