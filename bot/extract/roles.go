package extract

import (
	"math"
	"slices"
	"strings"
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
	if a.plus && hasSuffixAny(strings.TrimSpace(left), []string{"加起来", "加起来是", "加起来有", "加起来大概", "加一起", "一共", "一共是", "一共有", "总共", "总共是", "合计", "共计", "总计"}) {
		a.plus = false // "房贷三千 车贷两千 加起来五千": the total of the figures before, not one more
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
	if t.debtNamesAfterRepay(left) || t.debtNamesRepaidMonthly(lastClause(left)) || (st.last[classMoney] == roleDebt && t.onlyDebtNames(lastClause(left))) {
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
	if m.value == 1 && hasPrefixAny(right, t.perUnitNext) && !hasPrefixAny(right, []string{"还清", "还完", "内还", "还款", "要还多少", "还多少", "利息", "就还", "就能还", "就行", "就可以", "就好", "就够", "就成", "就ok"}) &&
		!hasSuffixAny(left, []string{"分", "分成"}) && !repayAtClauseEnd(right) {
		return roleDrop, false // "一个月挣八千", "一年收入二十万"; but "一年就行" is a term that suffices
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
