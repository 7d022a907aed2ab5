package extract

import (
	"math"
	"slices"
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
	takenBack bool // "是两万 不是二十万": the figure a correction takes back
	swing     int  // +1 a figure of good times ("好的时候一万"), -1 of bad times ("差的时候三千"): see swings
	theirs    bool // an income of a spouse or relative ("老婆一个月一万多"): dropped, but "我自己三千" follows it
}

// roleState carries what earlier mentions of the same text decided.
type roleState struct {
	last       [numClasses]role
	lastIncome bool    // the previous money mention was an income (the applicant's or a spouse's)
	amount     float64 // the amount wanted, once a mention stated it
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
			st.lastIncome = a.role == roleIncome || a.theirs || (a.role == roleDrop && (t.isIncomeCueBefore(rs, m.start) || t.householdTotal(rs, m) || raiseBefore(rs, m)))
		}
		if a.role == roleAmount && !a.defaulted {
			st.amount = a.m.value
		}
		out = append(out, a)
	}
	swings(out)
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
		a.role, a.takenBack = roleDrop, true // "要30万不是20万"
		return a
	}
	switch c {
	case classMoney:
		a.role, a.defaulted = t.moneyRole(rs, m, left, right, st)
		if sw := t.swingCue(left); sw != 0 && (a.defaulted || (sw < 0 && a.role == roleDrop)) {
			a.swing = sw
		}
		if t.householdTotal(rs, m) {
			a.role, a.defaulted, a.theirs = roleDrop, false, true // "一万是我和老婆加起来的": the household's, not the applicant's
		}
	case classPeriod:
		a.role, a.defaulted = t.periodRole(rs, ms, i, left, right, st)
	case classCount:
		a.role = t.pick(left, right, t.countLeft, t.countRight, st.last[c])
		if a.role == roleNone && m.value <= 60 && hasAt(rs, m.end-1, "次") && !hasSuffixAny(left, []string{"这", "那", "第", "每", "上"}) && !hasSuffixAny(actLeft(left), t.countActs) &&
			!containsAny(string(rs), t.repaid) {
			a.role, a.defaulted = roleQueries, true // "不对，是十三次": the one count a profile has; "以前有过一次 早就还清了" counts a debt
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
	if a.role == roleIncome && (lastIndexAny(left, t.annual) > lastIndexAny(left, t.monthly) || perYearAfter(rs, a.m.end)) {
		a.m.value, a.m.lo, a.m.hi = a.m.value/12, a.m.lo/12, a.m.hi/12 // 年薪 / 年收入: the slot is monthly; "一年 月入五千" is a term, then a monthly income
	}
	if (a.role == roleIncome || a.role == roleAge) && ((t.familyBefore(rs, a.m.start) && !t.jointWorkBefore(rs, a.m.start)) || t.toldOfOther(rs, a.m)) {
		a.theirs = a.role == roleIncome
		a.role = roleDrop
	}
	if a.role == roleAmount && t.familyBefore(rs, a.m.start) && containsAny(left, []string{"借了", "贷了", "批了", "下了", "贷款了"}) {
		a.role = roleDrop // "我朋友在你们这借了三十万": someone else's loan
	}
	if a.role == roleAmount && t.othersWish(lastClause(left)) {
		a.role, a.defaulted = roleDrop, false // "我弟想借3万": a relative's or friend's loan, not the applicant's
	}
	if a.role == roleAmount && containsAny(lastClause(left), t.lentOut) {
		a.role, a.defaulted = roleDrop, false // "我朋友借了我三万还没还": money the applicant lent, not borrows
	}
	if a.role == roleAmount && pastLoan(lastClause(left)) {
		a.role, a.defaulted = roleDrop, false // "之前贷了20万 还剩8万没还": a loan taken before, not the one wanted
	}
	if (a.role == roleAmount || a.role == roleIncome) && (t.fakeBefore(rs, a.m.start) || t.fakeAttribute(rs, a.m)) {
		a.role, a.defaulted = roleDrop, false // "收入写高一点，写两万", "做个假的收入证明，就写月薪两万"
	}
	if a.role != roleNone && a.role != roleDrop && t.askingForOther(rs) && t.personBefore(rs, a.m.start, t.adultFamily) {
		a.role, a.defaulted = roleDrop, false // "帮我朋友问问，他想借三十万": another person's loan
	}
	if (a.role == roleQueries || a.role == roleDebt) && (t.someoneElse(rs, a.m.start) || (a.role == roleDebt && t.othersLoanBefore(rs, a.m.start))) {
		a.role, a.defaulted = roleDrop, false // "我同事查了8次", "我老婆每个月还房贷五千"
	}
	if a.role == roleQueries && restUnknown(rs, a.m) {
		a.role, a.defaulted = roleDrop, false // "三个月内五次 再往前不知道": part of the window counted, the rest unknown
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
	if m.value >= 3 && m.value <= 60 && m.value == math.Trunc(m.value) && hasSuffixAny(strings.TrimRight(left, ":：是 "), []string{"分期", "期限", "期数", "分"}) {
		return roleTerm // "分期12或者24都行", "期限：36"
	}
	if m.value >= 18 && m.value <= 90 && (hasSuffixAny(left, []string{"我", "本人", "我都", "我已经", "我今年都", "本人都", "男", "女", "我才", "我今年才", "本人才"}) ||
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
	if hasPrefixAny(strings.TrimPrefix(right, "块"), foreignCurrencies) {
		return roleDrop, false // "月薪三萬台幣": a sum in another currency is no figure in yuan
	}
	if householdSum(string(rs[:m.start]), left) {
		return roleDrop, false // "我月薪八千 我老婆六千 加起来一万四": the household's pay, not the applicant's or a loan
	}
	if boughtGoodsBefore(left) {
		return roleDrop, false // "刚买了个手机8000块 分期的": the price of goods bought, no amount wanted
	}
	if st.amount > 0 && m.value < st.amount && !t.cueInClause(rs, m, left) && t.shareOfAmount(right) {
		return roleDrop, false // "借十万 五万还信用卡 五万还网贷": a share of the amount, told by its use
	}
	if t.debtNamesAfterRepay(left) || (st.last[classMoney] == roleDebt && t.onlyDebtNames(lastClause(left))) {
		return roleDebt, false // "每个月要还花呗借呗加起来三千", "房贷4500 信用卡两千"
	}
	if hasSuffixAny(left, []string{"差", "差个", "差了", "还缺", "就缺", "缺个"}) && !containsAny(lastClause(left), []string{"逾期", "欠", "信用卡", "网贷", "没还"}) && !hasPrefixAny(right, []string{"没还", "没有还", "要还", "还"}) {
		return roleAmount, false // "买车差5万", "发工资 差30万", "首付够了 差个十万": what is short is what is borrowed
	}
	if hasPrefixAny(strings.TrimPrefix(right, "块"), []string{"我出", "钱我出", "我来出", "我掏", "我来掏", "我自己出", "我包了", "我给"}) {
		return roleDrop, false // "塞点钱 一万块我出": what the applicant pays out (a bribe, a fee) is not borrowed
	}
	if monthlyOnly(lastClause(left)) && loanLeftThenMonthly(string(rs[max(0, m.start-20):m.start])) {
		return roleDebt, false // "贷款还剩18期 每月1500": the payment of the loan whose rest was just told
	}
	if r := t.pick(left, right, t.moneyLeft, t.moneyRight, st.last[classMoney]); r != roleNone {
		if r == roleAmount && t.selfMonthAfterCue(left) {
			return roleIncome, true // "退休金能不能贷款 我一个月四千五": the loan word asks, the figure is what the applicant gets
		}
		if r == roleDrop && t.swingCue(left) != 0 {
			sr := t.swingRole(left)
			return sr, sr != roleDrop // "好的时候一万 差的时候三千": an income that swings, read apart (swings)
		}
		if r == roleDrop && expenseBeforeClause(rs, m, left) && containsAny(string(rs[:m.start]), []string{"借", "贷", "用", "需要"}) {
			return roleAmount, true // "结婚用 彩礼加酒席 十来万": the expense named, then what it needs
		}
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
	if who := strings.TrimPrefix(strings.TrimPrefix(lastClause(left), "我家"), "我"); slices.Contains(t.others, who) {
		return roleDrop, false // "我自己五千 我老公一万二": a figure that is only a relative's
	}
	if st.lastIncome && slices.Contains([]string{"现在", "目前", "现在是", "目前是", "现在才", "目前才"}, lastClause(left)) {
		return roleIncome, false // "老板说给我涨到一万 现在七千": the income now, after one to come
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
	if m.value == 1 && i+1 < len(ms) && classOf(ms[i+1]) == classMoney && earnsBetween(rs[m.end:ms[i+1].start]) {
		return roleDrop, false // "一年种果树下来能赚八万": what a year brings, not a term
	}
	if m.value == 1 && i+1 < len(ms) && ms[i+1].start-m.end <= 3 && classOf(ms[i+1]) == classMoney &&
		!(m.months == 12 && (containsAny(string(rs[m.end:ms[i+1].start]), t.periodLabels) || (rs[m.end] == ' ' && ms[i+1].value < 20000))) {
		return roleDrop, false // "一个月五千多"; but "一年 月入五千" is a term and a monthly income, and so is
		// "一年 工资五千": a space ends the term's clause, and 5000 a year is no wage
	}
	if m.months == 1 && i > 0 && m.start-ms[i-1].end <= 1 && classOf(ms[i-1]) == classMoney {
		return roleDrop, false // "15k一个月"
	}
	if m.months == 12 && m.value == 1 && i > 0 && m.start-ms[i-1].end <= 1 && classOf(ms[i-1]) == classMoney && st.last[classMoney] == roleIncome {
		return roleDrop, false // "年收入 十二万一年": the year an income is earned in, not a term
	}
	if hasSuffixAny(left, []string{"这", "利息", "利率", "年化"}) || (m.value == 1 && hasSuffixAny(left, []string{"多少钱", "多少"})) {
		return roleDrop, false // "这半年", "利息一年多少", "利息多少钱一个月"
	}
	if i+1 < len(ms) && classOf(ms[i+1]) == classCount && ms[i+1].start-m.end <= 4 {
		return roleDrop, false // "半年有十次", "半年大概五次": the window of a count, not a term
	}
	if pastLoanTerm(string(rs), left) || pastLoanTermLabel(string(rs[:m.start]), right, string(rs[m.start:m.end])) {
		return roleDrop, false // "上次在别家借了十万 分了三年": the term of a loan taken before
	}
	if strings.HasPrefix(right, "了") && !hasPrefixAny(right, []string{"了解"}) {
		if hasSuffixAny(left, []string{"贷款了", "借了", "贷了", "借款了", "贷款", "借款"}) && !containsAny(left, []string{"想", "要", "打算", "准备", "希望", "分", "就", "能", "可以"}) {
			return roleDrop, false // "我贷款了三年了": how long a loan has run, not the term wanted
		}
		if _, ok := nearestCue(left, t.periodLeft); !ok {
			return roleNone, false // "在深圳5年了": not a term; an expected slot may take it
		}
	}
	if hasSuffixAny(strings.TrimSuffix(strings.TrimSuffix(left, "是"), "贷了"), []string{"房贷", "车贷", "按揭", "房贷按揭"}) && !containsAny(left, []string{"想", "要", "申请", "办", "打算"}) {
		return roleDrop, false // "房贷30年的 还剩20年": the term of a loan held
	}
	if hasPrefixAny(right, []string{"没还", "没有还", "未还", "还没还", "没交", "逾期", "晚还", "断供", "没补", "还没补"}) {
		return roleDrop, false // "房贷有一期没还上": an instalment missed, not a term
	}
	if hasPrefixAny(right, []string{"后", "以后", "之后"}) {
		return roleDrop, false // "项目款三个月后回来": a date, not a term
	}
	if containsAny(left, certNouns) && !containsAny(left, []string{"贷", "借", "抵押", "分", "期限"}) &&
		!hasPrefixAny(right, []string{"内", "以内", "的贷", "贷"}) {
		return roleHouseYears, false // "房本在我名下办了二十多年了", "房本办下来四年了", "产权证有八年了", "楼契攞咗十二年"
	}
	if hasPrefixAny(right, []string{"前的房", "前买的房", "前分的房", "前盖的房", "前建的房", "前的老房"}) {
		return roleHouseYears, false // "二十几年前的房子了": a house held that long
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
	if certNamed(rs) && !containsAny(lastClause(left), []string{"贷", "借", "分", "期限", "还"}) {
		return roleHouseYears, false // "其实是十五年 刚看了房本": the certificate the message is about
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
	if hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.creditorVerbs) {
		return false // "我借了朋友三万 每个月还他一千": the friend lent, the debt is the applicant's
	}
	return !hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.with) && !hasPrefixAny(seg[j+len(w):], t.withMe)
}

// othersLoanBefore reports a loan someone else took told earlier in the sentence ("我同事在你们这借了
// 15万 三年期 每个月还四千多"): its payment is theirs, unless the applicant speaks of himself since.
func (t *cueTables) othersLoanBefore(rs []rune, pos int) bool {
	seg := sentenceBefore(rs, pos, 32)
	j, w := lastWord(seg, t.others)
	if j < 0 || !containsAny(seg[j+len(w):], []string{"借了", "贷了", "贷款了", "借的", "贷的"}) {
		return false
	}
	rest := seg[j+len(w):]
	return !containsAny(rest, []string{"我", "自己", "本人"}) && !hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.creditorVerbs) && !hasSuffixAny(strings.TrimSuffix(seg[:j], "我"), t.with)
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

// pastLoanTerm reports a period split off a loan taken before ("之前借过五万 分了两年", "去年贷了二十万
// 分的三年"): no term wanted.
func pastLoanTerm(s, left string) bool {
	return hasSuffixAny(left, []string{"分了", "分的", "分了有"}) && containsAny(s, []string{"借了", "贷了", "借过", "贷过", "上次", "之前", "以前", "去年", "前年"}) &&
		!containsAny(lastClause(left), []string{"想", "要", "打算", "准备", "希望", "这次", "能不能", "可以"})
}

// perYearAfter reports a figure followed by the year it is earned in ("十二万一年", "二十万块每年").
func perYearAfter(rs []rune, end int) bool {
	if hasAt(rs, end, "块") || hasAt(rs, end, "元") {
		end++
	}
	return hasAt(rs, end, "一年") || hasAt(rs, end, "每年") || hasAt(rs, end, "/年")
}

// householdSum reports a sum of the applicant's and a partner's pay ("我月薪八千 我老婆六千 加起来一万四",
// "我一个月七千 老公五千 一共一万二"): before is all the text before the figure, left its clause.
func householdSum(before, left string) bool {
	return hasSuffixAny(strings.TrimSpace(left), []string{"加起来", "加起来有", "加一起", "一共", "一共有", "总共", "总共有", "合计", "两个人", "两人", "俩人", "两口子"}) &&
		containsAny(before, []string{"老婆", "老公", "媳妇", "爱人", "对象", "两口子", "我们俩", "我俩", "夫妻"}) &&
		containsAny(before, []string{"月薪", "工资", "收入", "月入", "一个月", "每月", "每个月", "挣", "赚", "到手"}) &&
		!containsAny(left, []string{"借", "贷", "想", "要", "还"})
}

// pastLoanTermLabel reports a term labelled 期 told of a loan taken before ("之前在别家贷了10万 三年期",
// "去年在银行借了20万 五年期"); one told after a wish ("之前借过 这次想借10万 三年期") is wanted.
// before is all the text before the term, right what follows it, said the term itself.
func pastLoanTermLabel(before, right, said string) bool {
	if !strings.HasPrefix(right, "期") && !strings.HasSuffix(said, "期") {
		return false
	}
	k := -1
	for _, w := range []string{"借了", "贷了", "借过", "贷过", "上次", "之前", "以前", "去年", "前年"} {
		k = max(k, strings.LastIndex(before, w))
	}
	return k >= 0 && !containsAny(before[k:], []string{"想", "要", "打算", "准备", "希望", "这次", "能不能", "可以", "申请"})
}

// isDebtTotal reports a total owed ("负债10万") rather than a monthly payment: a large figure with
// no monthly word.
func isDebtTotal(v float64, left string) bool {
	return v >= 50000 && !containsAny(left, []string{"月", "每期"})
}

// restUnknown reports a count followed by not knowing the time before it ("三个月内五次 再往前不知道",
// "近两个月查了三次 之前的不清楚"): the six months' count is not stated.
func restUnknown(rs []rune, m mention) bool {
	after := string(rs[m.end:min(len(rs), m.end+14)])
	i := lastIndexAny(after, []string{"不知道", "不清楚", "不记得", "不确定"})
	before := string(rs[max(0, m.start-12):m.start])
	return i >= 0 && containsAny(after[:i], []string{"往前", "之前", "以前", "再早", "前面", "更早"}) && !containsAny(before, []string{"半年", "六个月", "6个月"})
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

// debtNamesAfterRepay reports a monthly repayment verb followed only by the debts it repays ("每个月要还
// 花呗借呗加起来"): the figure after them is that payment, whatever verb a product's name holds (借呗).
func (t *cueTables) debtNamesAfterRepay(left string) bool {
	i, w := lastWord(left, t.monthlyRepay)
	return i >= 0 && t.onlyDebtNames(left[i+len(w):])
}

// onlyDebtNames reports a clause that names one or more debts and nothing else ("信用卡", "花呗借呗
// 加起来", "车贷每月"): a figure after it is a monthly payment on them.
func (t *cueTables) onlyDebtNames(s string) bool {
	return t.debtNamesIn(s) > 0
}

// debtNamesIn counts the debts a clause of nothing but debts names ("房贷车贷" → 2), or -1 when it
// says anything else.
func (t *cueTables) debtNamesIn(s string) int {
	named := 0
	for s != "" {
		w := longestPrefix(s, t.debtNames)
		if w != "" {
			named++
		} else if w = longestPrefix(s, t.debtJoiners); w == "" {
			return -1
		}
		s = s[len(w):]
	}
	return named
}

// longestPrefix returns the longest of words that s starts with, or "".
func longestPrefix(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

// cueInClause reports a money cue in the clause of the mention at m (a space or comma right before
// the figure starts a clause with none).
func (t *cueTables) cueInClause(rs []rune, m mention, left string) bool {
	if m.start > 0 && strings.ContainsRune(" ,，", rs[m.start-1]) {
		return false
	}
	_, ok := nearestCue(lastClause(left), t.moneyLeft)
	return ok
}

// shareOfAmount reports a figure followed by what it is for ("五万还信用卡", "三万用来装修"): after the
// amount wanted, it is a share of that amount.
func (t *cueTables) shareOfAmount(right string) bool {
	return hasPrefixAny(right, t.shareUses)
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

// swingCue reports whether the nearest cue before a figure names good times (+1: "好的时候",
// "旺季") or bad times (-1: "差的时候", "淡季"), else 0.
func (t *cueTables) swingCue(left string) int {
	if !strings.Contains(left, "时候") && !strings.Contains(left, "季") {
		return 0 // every word of goodTimes and badTimes holds one: most figures are spared the scan
	}
	c, ok := nearestCue(left, t.moneyLeft)
	if !ok {
		return 0
	}
	switch {
	case slices.Contains(t.goodTimes, c.word):
		return 1
	case slices.Contains(t.badTimes, c.word):
		return -1
	}
	return 0
}

// swingRole is the role of a figure of good or bad times: the good one is an income when the words
// speak of earning (else the question asked decides), the bad one its low reading only.
func (t *cueTables) swingRole(left string) role {
	if t.swingCue(left) < 0 {
		return roleDrop // not defaulted: no question asked takes it
	}
	if containsAny(left, t.earning) {
		return roleIncome
	}
	return roleNone
}

// selfMonthAfterCue reports the applicant's month named after the nearest money cue ("能不能贷款 我一个
// 月四千五", "贷款的话我一个月能拿六千"): the figure is what the applicant gets, not the loan.
func (t *cueTables) selfMonthAfterCue(left string) bool {
	if !strings.Contains(left, "我") || !strings.Contains(left, "月") {
		return false
	}
	c, ok := nearestCue(left, t.moneyLeft)
	if !ok {
		return false
	}
	after := left[strings.LastIndex(left, c.word)+len(c.word):]
	return containsAny(after, []string{"我一个月", "我每个月", "我每月", "我一月", "我自己一个月", "我自己每个月"})
}

// earnsBetween reports a verb of earning between a period of one and the money after it, in one
// clause ("一年种果树下来能赚八万", "一年卖粮食下来能挣个六万").
func earnsBetween(between []rune) bool {
	s := string(between)
	return len(between) <= 10 && !strings.ContainsAny(s, " ,，。") && containsAny(s, []string{"挣", "赚", "收入", "能有", "落", "剩", "到手", "能拿"})
}

// swings reads an income that swings ("好的时候一万 差的时候三千", "打赏好的时候一个月两三万") as
// an approximate figure: the good times' figure is the representative (the upper end), the bad
// times' the low reading when given.
func swings(as []assigned) {
	bad := false
	for _, b := range as {
		bad = bad || b.swing < 0
	}
	for i := range as {
		a := &as[i]
		if a.role == roleDrop || (a.swing <= 0 && !(bad && a.role == roleIncome)) {
			continue // "旺季一个月能挣一万五 淡季三千": an income beside a bad times' figure swings too
		}
		lo, hi := a.m.value, a.m.value
		if a.m.approx {
			lo, hi = a.m.lo, a.m.hi
		}
		for _, b := range as {
			if b.swing < 0 && b.m.value < lo {
				lo = b.m.value
			}
		}
		a.m.approx, a.m.value, a.m.lo, a.m.hi = true, hi, lo, hi
	}
}

// expenseBeforeClause reports a figure in a clause of its own after a clause naming an expense
// ("彩礼加酒席 十来万"): the figure is what the expense needs.
func expenseBeforeClause(rs []rune, m mention, left string) bool {
	if m.start == 0 || !strings.ContainsRune(" ,，", rs[m.start-1]) {
		return false
	}
	c := lastClause(left)
	return containsAny(c, []string{"彩礼", "酒席", "学费", "医药费", "手术费", "装修", "生活费"}) && !containsAny(c, []string{"每个月", "每月", "一个月", "一年", "每年"})
}

// raiseBefore reports a pay rise before a figure ("给我涨到一万"): an income to come, and the figure
// after it ("现在七千") the income now.
func raiseBefore(rs []rune, m mention) bool {
	return hasSuffixAny(string(rs[max(0, m.start-3):m.start]), []string{"涨到", "加到", "调到"})
}

// certNouns name a house's certificate: a period after one in its window is how long it has been
// held ("产权证有八年了", "樓契攞咗十二年" in Cantonese, "房契拿了五年").
var certNouns = []string{"房本", "房产证", "房证", "不动产证", "红本", "登记", "产权证", "产证", "楼契", "房契", "屋契", "地契"}

// foreignCurrencies name a currency other than the yuan, after a figure.
var foreignCurrencies = []string{"台币", "新台币", "台幣", "港币", "港元", "港纸", "美元", "美金", "日元", "欧元", "马币", "澳币", "澳门币", "英镑"}

// boughtGoodsBefore reports goods bought named just before a figure ("买了个手机", "买了台电脑"):
// the figure is their price.
func boughtGoodsBefore(left string) bool {
	i := strings.LastIndex(left, "买了")
	if i < 0 {
		return false
	}
	after := []rune(left[i+len("买了"):])
	if len(after) > 4 || strings.ContainsAny(string(after), " ,，。") {
		return false
	}
	return containsAny(string(after), []string{"手机", "电脑", "平板", "冰箱", "空调", "电视", "相机", "笔记本", "家电"})
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

// loanLeftThenMonthly reports a bare monthly figure after a clause telling what an existing loan has
// left ("贷款还剩18期 每月1500", "网贷还有十期 每个月两千", "房贷还剩30万 每月四千"): the figure is its
// payment. left is the text before the figure.
func loanLeftThenMonthly(left string) bool {
	clause := lastClause(left)
	if !monthlyOnly(clause) {
		return false
	}
	before := left[:len(left)-len(clause)]
	i := lastIndexAny(before, []string{"还剩", "剩下", "还有", "剩"})
	return i >= 0 && containsAny(before[:i], []string{"贷", "分期", "信用卡", "花呗", "借呗", "白条"}) && containsAny(before[i:], []string{"期", "年", "个月", "万", "千", "w", "k"})
}

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

// monthlyOnly reports a clause that is nothing but a per-month word ("每月", "每个月", "每期").
func monthlyOnly(clause string) bool {
	return slices.Contains([]string{"每月", "每个月", "一个月", "每期", "一期", "月", "每月是", "每个月是"}, strings.TrimSpace(clause))
}

// certNamed reports a house certificate named anywhere in rs (房本, 房产证, 产权证, 楼契 …).
func certNamed(rs []rune) bool {
	for k, r := range rs {
		if (r == '本' || r == '证' || r == '契') && k > 0 && strings.ContainsRune("房产权楼屋动", rs[k-1]) {
			return true
		}
	}
	return false
}
