package extract

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Clause clues the roles read around a figure: past loans and their terms, debts named before or
// after a repayment, shares of the amount, swings of income, and the windows of text they look at.

func isSentenceEnd(r rune) bool {
	return strings.ContainsRune("。!?;；…~", r)
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

// debtNamesRepaidMonthly reports a clause of nothing but debts, a month and the verb that repays them
// ("花呗借呗每个月加起来还", "网贷每月一共要还"): the figure after it is their monthly payment.
func (t *cueTables) debtNamesRepaidMonthly(clause string) bool {
	return strings.Contains(clause, "月") && hasSuffixAny(clause, []string{"还", "要还"}) && t.onlyDebtNames(clause)
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
