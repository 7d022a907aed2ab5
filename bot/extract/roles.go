package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// class groups mentions whose roles can stand in for each other in a correction.
type class int

const (
	classNone   class = iota
	classMoney        // money, or a bare number ≥ 100
	classPeriod       // 3年, 36期
	classCount        // 8次
	classSmall        // a bare number < 100
	classAge          // 35岁
	numClasses
)

func classOf(m mention) class {
	switch m.kind {
	case kindMoney:
		return classMoney
	case kindPlain:
		if m.value >= 100 {
			return classMoney
		}
		return classSmall
	case kindPeriod:
		return classPeriod
	case kindCount:
		return classCount
	case kindAge:
		return classAge
	}
	return classNone
}

// assigned is a mention with its decided role and its value in the slot's unit.
type assigned struct {
	m         mention
	role      role
	defaulted bool // no word decided the role; an expected slot may take it
	plus      bool // "房贷3500 加信用卡1000": adds to the previous figure of its slot
	theirs    bool // an income of a spouse or relative ("老婆一个月一万多"): dropped, but "我自己三千" follows it
}

// roleState carries what earlier mentions of the same text decided.
type roleState struct {
	last       [numClasses]role
	lastIncome bool // the previous money mention was an income (the applicant's or a spouse's)
}

// assignRoles decides the role of every mention from the words around it.
func (t *cueTables) assignRoles(rs []rune, ms []mention) []assigned {
	out := make([]assigned, 0, len(ms))
	var st roleState
	for i, m := range ms {
		a := t.roleOf(rs, ms, out, i, &st)
		c := classOf(m)
		if a.role != roleNone {
			st.last[c] = a.role
		}
		if c == classMoney {
			st.lastIncome = a.role == roleIncome || a.theirs || (a.role == roleDrop && t.isIncomeCueBefore(rs, m.start))
		}
		out = append(out, a)
	}
	return out
}

func (t *cueTables) roleOf(rs []rune, ms []mention, done []assigned, i int, st *roleState) assigned {
	m := ms[i]
	left := strings.TrimRight(leftWindow(rs, ms, done, i), " ")
	right := rightWindow(rs, ms, i)
	if k := strings.IndexByte(right, ' '); k >= 0 {
		right = right[:k] // a space ends the number's clause
	}
	a := assigned{m: m}
	c := classOf(m)
	if strings.HasSuffix(trimQuoted(left), "不是") && st.last[c] != roleNone {
		a.role = roleDrop // "要30万不是20万"
		return a
	}
	switch c {
	case classMoney:
		a.role, a.defaulted = t.moneyRole(rs, m, left, right, st)
	case classPeriod:
		a.role, a.defaulted = t.periodRole(rs, ms, i, left, right, st)
	case classCount:
		a.role = t.pick(left, right, t.countLeft, t.countRight, st.last[c])
		if a.role == roleNone && m.value <= 60 && hasAt(rs, m.end-1, "次") && !hasSuffixAny(left, []string{"这", "那", "第", "每", "上"}) && !hasSuffixAny(actLeft(left), t.countActs) {
			a.role, a.defaulted = roleQueries, true // "不对，是十三次": the one count a profile has
		}
		if hasPrefixAny(right, []string{"逾期", "的逾期"}) || hasPrefixAny(right, t.countCalls) ||
			(hasPrefixAny(right, t.countRefused) && !containsAny(left, []string{"查", "征信"})) {
			a.role, a.defaulted = roleDrop, false // "一次逾期都没有", "打了三次电话", "申请了三次都没下来"
		}
		if m.value == 1 && hasPrefixAny(right, []string{"都没", "也没", "都不", "也不"}) {
			a.m.value = 0 // "一次都没查过", "一次也没有"
		}
	case classSmall:
		a.role = t.smallRole(rs, m, left, right, st.last[c])
	case classAge:
		a.role = roleAge
	}
	if hasPrefixAny(right, []string{"不到", "不满"}) {
		a.role, a.defaulted = roleDrop, false // "三年不到": no figure
	}
	a = t.adjust(rs, a, left, right)
	a.plus = containsAny(left, t.additions) && !containsAny(left, t.corrections)
	if a.role == roleDebt && st.last[classMoney] == roleDebt && containsAny(left, t.debtSources) {
		a.plus = true // "房贷月供六千八，车贷两千"
	}
	if a.role == roleQueries && st.last[classCount] == roleQueries && containsAny(left, t.querySources) && !containsAny(left, t.corrections) {
		a.plus = true // "贷款审批查了9次 信用卡审批3次": the report's kinds of hard enquiry add up
	}
	return a
}

// adjust applies what overrides a role: yearly income, family, another person's credit facts, a
// wished-for 月供, a rule asked about rather than a fact stated ("贷款需要满18岁吗"), and values
// out of range.
func (t *cueTables) adjust(rs []rune, a assigned, left, right string) assigned {
	if a.role == roleIncome && lastIndexAny(left, t.annual) > lastIndexAny(left, t.monthly) {
		a.m.value /= 12 // 年薪 / 年收入: the slot is monthly; "一年 月入五千" is a term, then a monthly income
	}
	if (a.role == roleIncome || a.role == roleAge) && t.familyBefore(rs, a.m.start) {
		a.theirs = a.role == roleIncome
		a.role = roleDrop
	}
	if a.role == roleAmount && t.familyBefore(rs, a.m.start) && containsAny(left, []string{"借了", "贷了", "批了", "下了", "贷款了"}) {
		a.role = roleDrop // "我朋友在你们这借了三十万": someone else's loan
	}
	if a.role == roleAmount && pastLoan(lastClause(left)) {
		a.role, a.defaulted = roleDrop, false // "之前贷了20万 还剩8万没还": a loan taken before, not the one wanted
	}
	if (a.role == roleAmount || a.role == roleIncome) && t.fakeBefore(rs, a.m.start) {
		a.role, a.defaulted = roleDrop, false // "收入写高一点，写两万", "做个假的收入证明，就写月薪两万"
	}
	if a.role != roleNone && a.role != roleDrop && t.askingForOther(rs) && t.personBefore(rs, a.m.start, t.adultFamily) {
		a.role, a.defaulted = roleDrop, false // "帮我朋友问问，他想借三十万": another person's loan
	}
	if (a.role == roleQueries || a.role == roleDebt) && t.someoneElse(rs, a.m.start) {
		a.role, a.defaulted = roleDrop, false // "我同事查了8次", "我老婆每个月还房贷五千"
	}
	if a.role == roleDebt && (t.isDesire(left, right) || isDebtTotal(a.m.value, left)) {
		a.role = roleDrop
	}
	if a.role != roleNone && t.isThresholdQuestion(rs, a.m, left, right) {
		a.role, a.defaulted = roleDrop, false
	}
	if !validValue(a.role, value(a)) {
		a.role, a.defaulted = roleNone, false
	}
	return a
}

// smallRole reads a bare number under 100: an age after 今年/年龄, or after 我 ("我30"), or
// opening the message before 了 ("五十八了").
func (t *cueTables) smallRole(rs []rune, m mention, left, right string, prev role) role {
	if r := t.pick(left, "", t.ageLeft, nil, prev); r != roleNone {
		return r
	}
	if hasSuffixAny(strings.TrimRight(left, ":：是为有 "), t.queryLabels) {
		return roleQueries // "查询次数：11", "征信查询记录有11": a count written as a form field
	}
	if m.value >= 18 && m.value <= 70 && m.value == math.Trunc(m.value) && standsAlone(rs, m) {
		return roleAge // "女 29 东莞 文员": a bare figure in a profile list
	}
	if m.value >= 18 && m.value <= 90 && (hasSuffixAny(left, []string{"我", "本人", "我都", "我已经", "我今年都", "本人都", "男", "女"}) ||
		(strings.TrimSpace(string(rs[:m.start])) == "" && strings.HasPrefix(right, "了"))) {
		return roleAge
	}
	return roleNone
}

// isThresholdQuestion reports a number in a question about a rule ("查询超过6次还能贷吗") rather
// than the applicant's own figure ("我查询超过6次了, 还能贷吗" keeps it).
func (t *cueTables) isThresholdQuestion(rs []rune, m mention, left, right string) bool {
	if !hasSuffixAny(left, t.thresholdLeft) && !hasPrefixAny(right, t.thresholdRight) {
		return false
	}
	end := min(m.end+12, len(rs))
	for k := m.end; k < end; k++ {
		if isSentenceEnd(rs[k]) && rs[k] != '?' {
			end = k
			break
		}
	}
	question := containsAny(string(rs[m.end:end]), []string{"吗", "?", "能不能", "可不可以", "行不行", "么"})
	return question && !containsAny(left, t.self)
}

// pick returns the role of the nearest cue, or the previous role of the class after a correction.
func (t *cueTables) pick(left, right string, l, r []cue, prev role) role {
	if c, ok := nearestCue(left, l); ok {
		return c.role
	}
	if c, ok := firstCue(right, r); ok {
		return c.role
	}
	if prev != roleNone && containsAny(left, t.corrections) {
		return prev
	}
	return roleNone
}

func (t *cueTables) moneyRole(rs []rune, m mention, left, right string, st *roleState) (role, bool) {
	if hasSuffixAny(left, []string{"差", "还缺", "就缺"}) && !containsAny(left, []string{"首付", "逾期", "欠", "信用卡", "网贷", "没还"}) && !hasPrefixAny(right, []string{"没还", "没有还", "要还", "还"}) {
		return roleAmount, false // "买车差5万", "发工资 差30万": what is short is what is borrowed
	}
	if hasPrefixAny(strings.TrimPrefix(right, "块"), []string{"我出", "钱我出", "我来出", "我掏", "我来掏", "我自己出", "我包了", "我给"}) {
		return roleDrop, false // "塞点钱 一万块我出": what the applicant pays out (a bribe, a fee) is not borrowed
	}
	if r := t.pick(left, right, t.moneyLeft, t.moneyRight, st.last[classMoney]); r != roleNone {
		if r == roleDrop && borrowedFor(left) {
			return roleAmount, false // "想借点生活费 一万就行": the expense is what is borrowed, the figure its sum
		}
		if (r == roleDrop || r == roleDebt) && dropCueBeforeClause(left, t.moneyLeft) && containsAny(string(rs[:m.start]), []string{"借", "贷"}) {
			if _, ok := nearestCue(lastClause(left), t.moneyWeak); ok && m.value >= 1000 {
				return roleAmount, true // "借钱给孩子交学费，大概三万", "借钱还信用卡，大概三万": the cue names the use, not this figure
			}
		}
		return r, false
	}
	if st.last[classMoney] == roleDebt && containsAny(left, t.additions) {
		return roleDebt, false // "房贷3500 加信用卡1000"
	}
	if st.lastIncome && containsAny(left, t.self) {
		return roleIncome, false // "老公月入两万 我自己一万"
	}
	if clause := lastClause(left); st.lastIncome && len([]rune(clause)) <= 6 && !containsAny(clause, []string{"借", "贷", "要", "想"}) &&
		(hasPrefixAny(clause, []string{"他", "她"}) || hasPrefixAny(clause, t.others)) {
		return roleDrop, false // "我一个月一万八 他两万": a spouse's income after the applicant's
	}
	if _, ok := nearestCue(left, t.perMonth); ok {
		return roleIncome, true // "上班一个月五千多"; an expected slot may take it ("每个月大概还个两万")
	}
	if _, ok := nearestCue(left, t.moneyWeak); ok && m.value >= 1000 {
		return roleAmount, true
	}
	end := m.end
	if hasAt(rs, end, "钱") {
		end++
	}
	if hasAt(rs, end, "一个月") || hasAt(rs, end, "每个月") || hasAt(rs, end, "一月") || hasAt(rs, end, "/月") {
		return roleIncome, true // "三千块钱一个月"
	}
	if m.kind == kindMoney {
		return roleAmount, true
	}
	return roleNone, false
}

func (t *cueTables) periodRole(rs []rune, ms []mention, i int, left, right string, st *roleState) (role, bool) {
	m := ms[i]
	if m.value == 1 && hasPrefixAny(right, t.perUnitNext) && !hasPrefixAny(right, []string{"还清", "还完", "内还", "还款", "要还多少", "还多少", "利息", "就还", "就能还"}) &&
		!hasSuffixAny(left, []string{"分", "分成"}) && !repayAtClauseEnd(right) {
		return roleDrop, false // "一个月挣八千", "一年收入二十万"
	}
	if m.value == 1 && i+1 < len(ms) && ms[i+1].start-m.end <= 3 && classOf(ms[i+1]) == classMoney &&
		!(m.months == 12 && (containsAny(string(rs[m.end:ms[i+1].start]), t.periodLabels) || (rs[m.end] == ' ' && ms[i+1].value < 20000))) {
		return roleDrop, false // "一个月五千多"; but "一年 月入五千" is a term and a monthly income, and so is
		// "一年 工资五千": a space ends the term's clause, and 5000 a year is no wage
	}
	if m.months == 1 && i > 0 && m.start-ms[i-1].end <= 1 && classOf(ms[i-1]) == classMoney {
		return roleDrop, false // "15k一个月"
	}
	if hasSuffixAny(left, []string{"这", "利息", "利率", "年化"}) || (m.value == 1 && hasSuffixAny(left, []string{"多少钱", "多少"})) {
		return roleDrop, false // "这半年", "利息一年多少", "利息多少钱一个月"
	}
	if i+1 < len(ms) && classOf(ms[i+1]) == classCount && ms[i+1].start-m.end <= 4 {
		return roleDrop, false // "半年有十次", "半年大概五次": the window of a count, not a term
	}
	if strings.HasPrefix(right, "了") && !hasPrefixAny(right, []string{"了解"}) {
		if _, ok := nearestCue(left, t.periodLeft); !ok {
			return roleNone, false // "在深圳5年了": not a term; an expected slot may take it
		}
	}
	if hasPrefixAny(right, []string{"没还", "没有还", "未还", "还没还", "没交", "逾期", "晚还", "断供"}) {
		return roleDrop, false // "房贷有一期没还上": an instalment missed, not a term
	}
	if hasPrefixAny(right, []string{"后", "以后", "之后"}) {
		return roleDrop, false // "项目款三个月后回来": a date, not a term
	}
	if containsAny(left, []string{"房本", "房产证", "房证", "不动产证", "红本", "登记"}) && !containsAny(left, []string{"贷", "借", "抵押", "分", "期限"}) &&
		!hasPrefixAny(right, []string{"内", "以内", "的贷", "贷"}) {
		return roleHouseYears, false // "房本在我名下办了二十多年了", "房本办下来四年了"
	}
	if hasPrefixAny(right, []string{"征信查", "征信被查", "的征信查", "查", "被查", "内查", "内征信查", "里查", "里征信查"}) {
		return roleDrop, false // "半年征信被查了二十来次": the window of a count
	}
	if repayAtClauseEnd(right) && !containsAny(left, []string{"还剩", "剩", "已还", "还了"}) {
		return roleTerm, false // "一年还 没逾期": the term, whatever the next clause says
	}
	if r := t.pick(left, right, t.periodLeft, t.periodRight, st.last[classPeriod]); r != roleNone {
		return r, false
	}
	return roleTerm, true
}

// leftWindow is the text between the previous mention (time qualifiers such as 近半年 and counts of
// things such as 两张 excepted)
// and m, at most 12 runes, not crossing a sentence end.
func leftWindow(rs []rune, ms []mention, done []assigned, i int) string {
	lo := max(ms[i].start-12, 0)
	for j := i - 1; j >= 0; j-- {
		if (done[j].role == roleDrop && done[j].m.kind == kindPeriod) || (done[j].role == roleNone && done[j].m.kind == kindOther && !done[j].m.vague) {
			continue
		}
		lo = max(lo, ms[j].end)
		break
	}
	for k := ms[i].start - 1; k >= lo; k-- {
		if isSentenceEnd(rs[k]) {
			lo = k + 1
			break
		}
	}
	return string(rs[lo:ms[i].start])
}

// rightWindow is the text between m and the next mention, at most 8 runes.
func rightWindow(rs []rune, ms []mention, i int) string {
	hi := min(ms[i].end+8, len(rs))
	if i+1 < len(ms) {
		hi = min(hi, ms[i+1].start)
	}
	return string(rs[ms[i].end:hi])
}

func isSentenceEnd(r rune) bool {
	return strings.ContainsRune("。!?;；…~", r)
}

// familyBefore reports whether the nearest person mentioned before pos in the same sentence is a
// spouse or relative ("我老公月入两万", "孩子5岁").
func (t *cueTables) familyBefore(rs []rune, pos int) bool {
	return t.personBefore(rs, pos, t.family)
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
	return lastIndexAny(s, family) > lastIndexAny(s, t.self)
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
	return !hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.with) && !hasPrefixAny(seg[j+len(w):], t.withMe)
}

// sentenceBefore is the text of at most n runes before pos, not crossing a sentence end.
func sentenceBefore(rs []rune, pos, n int) string {
	lo := max(pos-n, 0)
	for k := pos - 1; k >= lo; k-- {
		if isSentenceEnd(rs[k]) {
			lo = k + 1
			break
		}
	}
	return string(rs[lo:pos])
}

// lastWord returns the byte offset and the word of the last occurrence in s of any of words
// (the longest where several end at the same place), or -1.
func lastWord(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && (i+len(w) > at+len(word) || (i+len(w) == at+len(word) && len(w) > len(word))) {
			at, word = i, w
		}
	}
	return at, word
}

// isIncomeCueBefore reports an income word just before pos (to carry "老公月入2万 我8000").
func (t *cueTables) isIncomeCueBefore(rs []rune, pos int) bool {
	s := string(rs[max(pos-6, 0):pos])
	for _, c := range t.moneyLeft {
		if c.role == roleIncome && strings.Contains(s, c.word) {
			return true
		}
	}
	return false
}

func (t *cueTables) isDesire(left, right string) bool {
	i := strings.LastIndex(left, "月供")
	if i < 0 {
		i = strings.LastIndex(left, "还")
	}
	before := left
	if i >= 0 {
		before = left[max(i-12, 0):]
	}
	return containsAny(before, t.desireLeft) || containsAny(right, t.desireRight)
}

// value converts a mention to the unit of its role's slot.
func value(a assigned) float64 {
	switch a.role {
	case roleTerm, roleSocial:
		if a.m.kind == kindPeriod {
			return a.m.months
		}
	case roleHouseYears:
		if a.m.kind == kindPeriod {
			return a.m.months / 12
		}
	}
	return a.m.value
}

// validValue rejects values no applicant means for the slot ("贷20" yuan, a 300-year term).
func validValue(r role, v float64) bool {
	switch r {
	case roleAmount:
		return v >= 1000 && v <= 1e9
	case roleIncome:
		return v >= 100 && v <= 1e8
	case roleDebt:
		return v >= 0 && v <= 1e7
	case roleTerm:
		return v >= 1 && v <= 360 && v == math.Trunc(v)
	case roleHouseYears:
		return v >= 0 && v <= 70
	case roleSocial:
		return v >= 0 && v <= 600
	case roleQueries:
		return v >= 0 && v <= 200 && v == math.Trunc(v)
	case roleAge:
		return v >= 16 && v <= 100 && v == math.Trunc(v)
	}
	return true
}

// isDebtTotal reports a total owed ("负债10万") rather than a monthly payment: a large figure with
// no monthly word.
func isDebtTotal(v float64, left string) bool {
	return v >= 50000 && !containsAny(left, []string{"月", "每期"})
}

// standsAlone reports a number set off by spaces or commas on both sides, in a message that lists
// several items that way ("女 29 东莞 文员 月薪5500").
func standsAlone(rs []rune, m mention) bool {
	sep := func(i int) bool { return i < 0 || i >= len(rs) || strings.ContainsRune(" ,，、", rs[i]) }
	if !sep(m.start-1) || !sep(m.end) {
		return false
	}
	n := 0
	for _, r := range rs {
		if r == ' ' || r == ',' || r == '，' {
			n++
		}
	}
	return n >= 3
}

// repayAtClauseEnd reports a period followed by 还 and then the end of its clause ("一年还", "两年还。"):
// the term wanted, not a yearly repayment.
func repayAtClauseEnd(right string) bool {
	rest, ok := strings.CutPrefix(right, "还")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, "吧啊呢的了")
	return rest == "" || strings.ContainsAny(rest[:min(len(rest), 3)], ",.!?;，。！？；~ ")
}

// lastClause is the text of left after its last comma or space.
func lastClause(left string) string {
	if k := strings.LastIndexAny(left, ",，、 "); k >= 0 { // a space kept in voice text ends a clause too
		_, size := utf8.DecodeRuneInString(left[k:])
		return left[k+size:]
	}
	return left
}

// dropCueBeforeClause reports that left's nearest cue is before its last comma: it belongs to the
// previous clause.
func dropCueBeforeClause(left string, cs []cue) bool {
	clause := lastClause(left)
	if len(clause) == len(left) {
		return false
	}
	_, ok := nearestCue(clause, cs)
	return !ok
}

// fakeBefore reports a request to fake a figure earlier in the sentence ("写高一点，写两万",
// "做个假的收入证明，就写月薪两万"): the figure is not the applicant's.
func (t *cueTables) fakeBefore(rs []rune, pos int) bool {
	seg := sentenceBefore(rs, pos, 20)
	j, w := lastWord(seg, t.fake)
	return j >= 0 && !containsAny(seg[j+len(w):], []string{"实际", "其实", "真实", "真的"}) // "写成两万，实际我就六千"
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

// pastLoan reports a clause telling of a loan taken before ("之前贷了", "去年在银行借过").
func pastLoan(clause string) bool {
	return containsAny(clause, []string{"借了", "贷了", "借过", "贷过", "贷款了", "借款了"}) &&
		containsAny(clause, []string{"之前", "以前", "去年", "前年", "上次", "早年", "当初", "前几年", "几年前", "年前", "上个月", "原来"})
}

// actLeft strips an adverb between an act and its count ("问最后一次", "再说最后一遍", "试最后一回"),
// so the act is still seen.
func actLeft(left string) string {
	for _, adv := range []string{"最后", "最后的", "多", "再"} {
		if t, ok := strings.CutSuffix(left, adv); ok {
			return t
		}
	}
	return left
}

// trimQuoted strips whose figure a negated one was ("不是你说的5万", "不是刚才写的5万"): the figure
// is still the one taken back.
func trimQuoted(left string) string {
	for _, who := range []string{"你说的", "你们说的", "你写的", "你记的", "你听的", "你理解的", "刚才说的", "之前说的", "上面说的", "刚才写的", "你以为的"} {
		if t, ok := strings.CutSuffix(left, who); ok {
			return t
		}
	}
	return left
}

// borrowedFor reports a clause ending in an expense that is itself the object of borrowing ("想借点生活费",
// "贷些学费"), so the figure after it is the sum borrowed, not a price or a cost.
func borrowedFor(left string) bool {
	for _, cost := range []string{"生活费", "学费", "彩礼", "医药费", "房租", "开销", "花销"} {
		if before, ok := strings.CutSuffix(left, cost); ok {
			for _, q := range []string{"一点", "一些", "一笔", "点", "些", "笔", "个"} {
				before = strings.TrimSuffix(before, q)
			}
			return hasSuffixAny(before, []string{"借", "贷", "借钱交", "借钱付", "借钱给"})
		}
	}
	return false
}
