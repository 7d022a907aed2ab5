package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// overdueTable holds the words that state whether the applicant is overdue now.
type overdueTable struct {
	negators, history, resolved, present, presentAfter, clean []string
	unpaid                                                    []string // a payment missed now, said without 逾期 ("有一期没还")
	unpaidVerbs                                               []string // "还没还", "未还": a negation of repaying, not of the overdue after it
	collected                                                 []string // being chased for a debt now ("正在被催收", "银行一直打电话催")
	hypothetical                                              []string // "逾期了会被催收吗": a collection asked about or feared, not stated
}

func newOverdueTable() overdueTable {
	clean := combine(combine([]string{"征信", "信用"}, []string{"", "应该", "还", "也", "都", "一直", "是"}),
		[]string{"没啥问题", "没什么问题", "没问题", "没毛病", "挺好", "不错", "良好", "干净", "正常", "很好", "还行", "ok"})
	return overdueTable{
		negators:     []string{"没有", "没", "无", "未", "从不", "从没", "从来没有", "从来没", "不", "零", "不存在", "没出现过", "从未"},
		history:      []string{"以前", "之前", "曾经", "去年", "以往", "过去", "前年", "上次", "有过", "早年", "那时候"},
		resolved:     []string{"早就还了", "早还了", "缴清", "交清", "早就缴了", "早就交了", "补缴了", "补交了", "处理完了", "处理完", "结清证明", "正常了", "都正常", "还了", "还清", "结清", "已还", "还上了", "处理好", "已经还了", "都还了", "还完了", "已结清", "补上了", "还掉了", "现在没有", "现在没了", "目前没有", "已经没有", "现在没逾期"},
		present:      []string{"现在", "目前", "当前", "正在", "还在", "有", "正", "已经", "还有", "而家", "宜家"}, // 而家: Cantonese 现在
		presentAfter: []string{"了", "中", "着", "没还", "未还", "还没还", "状态", "还没处理", "没处理"},
		clean: append(clean, "逾期没有", "逾期无", "逾期也没有", "征信良好", "征信很好", "征信没问题", "征信正常", "征信干净", "信用良好", "征信不错", "征信很干净", "信用很好",
			"征信是好的", "征信挺好", "征信还行", "征信也没问题", "征信还可以", "征信ok", "征信白", "征信没有问题", "信用记录良好",
			"从来不欠", "从不欠", "不欠钱", "没欠过", "不欠债", "从来没欠", "按时还款", "都按时还", "从没拖欠", "从来不拖欠",
			"已经补上了", "已经还上了", "当天就还了", "第二天就还了",
			"按时还完", "按时还清", "按时还了", "准时还完", "准时还清", "按期还完", "按期还清", "都按时还完"),
		unpaidVerbs: []string{"还没有还", "还没还", "没有还", "没还", "未还", "没能还", "没钱还", "还不上", "还没有", "还未"},
		collected: append(combine([]string{"被", "被人", "正在被", "在被", "一直被", "天天被", "已经被", "现在被", "正在", "已经"}, []string{"催收", "催款", "催债", "催还款", "爆通讯录", "起诉", "银行起诉"}),
			"打电话催", "电话催我", "天天催我", "一直催我", "催我还钱", "催我还款", "上门催", "催收天天", "催收一直", "催收每天", "催收打电话", "催收电话", "催收找", "催收上门", "催收给我",
			"催收都打到", "催收打到", "催收都找到", "催收找到", "催到家里", "催到我家", "催到单位", "催到公司", "有人催收", "天天有人催", "一直有人催", "催收都上门"), // "催收都打到我家里了"
		hypothetical: []string{"会", "吗", "如果", "的话", "怕", "担心", "万一", "?", "不会", "是不是", "要是", "会不会"},
		unpaid: []string{"还没还上", "还没有还上", "未还上", "没还款", "未还款", "逾期未还", "没还上", "没有还上", "现在还欠着", "还欠着没还", "一直欠着", "到期没还", "到期还没还", "今天到期没还", "一期没还", "一笔没还", "一期还没还", "一笔还没还", "几期没还", "两期没还", "有一期没", "断供", "没按时还上", "停还了", "拖着没还", "欠着没还",
			"还没补上", "还没有补上", "没补上", "还没补", "断了一期", "断了两期", "断了三期", "断了几期",
			"逾紧期", "逾咗期", "逾左期", "逾了期"}, // Cantonese: 逾紧期 overdue as we speak ("信用卡而家逾緊期"), 逾咗期 gone overdue
	}
}

// overdue reports whether s states that the applicant is overdue now; the last statement wins.
// What is said of someone else ("我老婆有逾期") is not the applicant's (ct.someoneElse).
func (t *overdueTable) overdue(rs []rune, ct *cueTables) (val, ok bool) {
	s := string(rs)
	if !strings.ContainsAny(s, "征信逾欠还补断催诉爆停拖") {
		return false, false // every phrase below holds one of these: most messages are spared the scans
	}
	bestEnd := -1
	others := func(i int) bool { return ct.someoneElse(rs, utf8.RuneCountInString(s[:i])) }
	for _, w := range t.clean {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > bestEnd && !others(i) {
			val, ok, bestEnd = false, true, i+len(w)
		}
	}
	for _, w := range t.unpaid {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > bestEnd && !strings.Contains(s[:i], "以前") && !strings.Contains(s[:i], "之前") && !others(i) {
			val, ok, bestEnd = true, true, i+len(w)
		}
	}
	chased := strings.Contains(s, "催") || strings.Contains(s, "起诉") || strings.Contains(s, "爆通讯录") // every phrase of collected holds one
	for _, w := range t.collected {
		if !chased {
			break
		}
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > bestEnd && !others(i) && !containsAny(clauseAround(s, i, i+len(w)), t.hypothetical) {
			val, ok, bestEnd = true, true, i+len(w) // "正在被催收"; "逾期了会被催收吗" asks
		}
	}
	off := 0 // byte offset of rs[i] in s
	for i := 0; i+1 < len(rs); i, off = i+1, off+utf8.RuneLen(rs[i]) {
		if rs[i] != '逾' || rs[i+1] != '期' {
			continue
		}
		before := string(rs[max(0, i-6):i])
		after := string(rs[i+2 : min(len(rs), i+10)])
		if ct.someoneElse(rs, i) {
			if end := off + len("逾期"); selfDeniedAfter(string(rs[i+2:])) && end > bestEnd {
				val, ok, bestEnd = false, true, end // "我老婆有逾期 我没有": the applicant's own, denied
			}
			continue // "我弟弟上个月逾期了": not the applicant's
		}
		v, stated := t.judge(before, after, string(rs[i+2:]))
		end := off + len("逾期")
		if stated && end > bestEnd {
			val, ok, bestEnd = v, true, end
		}
	}
	return val, ok
}

// reportedBy ends a claim someone else makes of the applicant ("银行说我有逾期", "征信上显示我有逾期").
var reportedBy = []string{"说", "说我", "显示", "显示我", "讲", "讲我", "认为", "以为", "查到", "查出", "写着", "写着我", "提示", "提示我", "通知"}

// judge decides one 逾期 from the words before and after it.
func (t *overdueTable) judge(before, after, rest string) (val, stated bool) {
	if v, ok := echoAnswered(rest); ok {
		return v, true // "逾期？算有吧 就一点点": the question echoed, then answered
	}
	if (hasPrefixAny(after, []string{"吗", "么", "了吗", "了么", "没有吗"}) || slices.Contains([]string{"了没", "了没有", "没"}, strings.TrimRight(firstClause(after), "?？呢啊"))) || hasSuffixAny(before, []string{"是不是", "是否有", "有没"}) {
		return false, false // "我有逾期吗", "我是不是逾期了": the applicant asks, states nothing
	}
	if strings.HasSuffix(before, "有没有") || strings.HasSuffix(before, "是否") || strings.HasPrefix(after, "的话") ||
		containsAny(before, []string{"万一", "如果", "要是", "假如", "假设", "怕"}) {
		return false, false // a question or a hypothesis ("万一逾期了怎么办")
	}
	if containsAny(after, []string{"会", "要是"}) && containsAny(rest, []string{"吗", "?", "么", "怎么", "多久"}) && !containsAny(before, []string{"现在", "目前", "已经", "正在"}) {
		return false, false // "逾期了你们会打电话催吗": what overdue leads to, asked
	}
	if hasSuffixAny(before, []string{"要", "快要", "就要", "马上", "可能", "将要", "即将", "会"}) {
		return false, false // "不然要逾期了", "下个月可能要逾期": an overdue to come, none now
	}
	if hasSuffixAny(strings.TrimSuffix(strings.TrimSuffix(before, "有"), "我"), reportedBy) && containsAny(rest, append(t.resolved, "还完")) && !containsAny(rest, []string{"没还", "还没", "未还", "不上"}) {
		return false, true // "他们说我有逾期 其实我上个月已经还完了": someone else's claim, then the applicant's denial
	}
	if startsWithDuration(after) && resolvedLater(rest) {
		return false, true // "花呗逾期了几天 昨天刚还上了": repaid since
	}
	if strings.HasSuffix(before, "把") || hasSuffixAny(before, []string{"还上", "还清", "还掉", "先还", "想还"}) {
		// "先把逾期的还上", "借钱还上逾期": an overdue still to be repaid, unless said done
		// ("之前把逾期都还清了")
		done := containsAny(before, t.history) || containsAny(before, []string{"已经", "早就", "早都", "都已"}) ||
			containsAny(after, []string{"还清了", "还了", "还上了", "还完了", "结清了", "处理了", "处理好了", "还掉了"})
		return !done, true
	}
	near := strings.ReplaceAll(before, "不小心", "")
	for _, v := range t.unpaidVerbs {
		near = strings.ReplaceAll(near, v, "") // "房贷还没还 逾期半个月了": the 没 negates the repaying
	}
	if r := []rune(near); len(r) > 4 {
		near = string(r[len(r)-4:])
	}
	if containsAny(near, t.negators) {
		return false, true
	}
	hist := containsAny(before, t.history) || strings.HasPrefix(after, "过")
	if containsAny(after, t.resolved) || (hist && containsAny(rest, t.resolved)) {
		return false, true // "有逾期记录, 已经还清了", "之前有过一次逾期，三年前的事了，早还清了"
	}
	if hist && !containsAny(before, []string{"现在", "目前", "当前", "还在"}) {
		return false, false
	}
	if containsAny(before, t.present) || hasPrefixAny(after, t.presentAfter) || startsWithDuration(after) {
		return true, true
	}
	return false, false
}

// echoAnswered reads the answer after a 逾期 the applicant echoes as a question ("逾期？算有吧",
// "逾期? 没有"); a history (有过) or a question back (有没有) answers nothing.
func echoAnswered(rest string) (val, ok bool) {
	a, echoed := strings.CutPrefix(strings.TrimLeft(rest, " "), "?")
	if !echoed {
		a, echoed = strings.CutPrefix(strings.TrimLeft(rest, " "), "？")
	}
	if !echoed {
		return false, false
	}
	a = strings.TrimLeft(a, " ?？")
	switch {
	case hasPrefixAny(a, []string{"有过", "有没", "有影响", "有什么", "有啥", "会"}):
		return false, false
	case hasPrefixAny(a, []string{"没有", "没", "无", "从来没", "从没", "不存在"}):
		return false, true
	case hasPrefixAny(a, []string{"算有", "算是有", "有", "有的", "有一点", "有点"}):
		return true, true
	}
	return false, false
}

// startsWithDuration reports "逾期3天", "逾期两个月" style tails.
func startsWithDuration(after string) bool {
	for _, p := range []string{"快", "都", "已经", "有", "差不多", "将近", "近", "大概", "了"} {
		after = strings.TrimPrefix(after, p) // "逾期快一个月了", "逾期了两天"
	}
	rs := []rune(after)
	i := 0
	for i < len(rs) {
		if _, ok := cnDigit(rs[i]); ok || isASCIIDigit(rs[i]) || rs[i] == '十' || rs[i] == '几' || rs[i] == '半' || rs[i] == '两' {
			i++
			continue
		}
		break
	}
	if i == 0 {
		return false
	}
	rest := string(rs[i:])
	return hasPrefixAny(rest, []string{"天", "个月", "期", "次", "笔", "多天", "年", "周", "个星期", "星期", "个礼拜", "多月", "个多月"})
}

// clauseAround returns the clause of s holding s[i:j]: from the sentence break before i to the one
// after j (a space does not end it: voice text runs on).
func clauseAround(s string, i, j int) string {
	lo := strings.LastIndexAny(s[:i], ",.!;，。！；") + 1
	hi := len(s)
	if k := strings.IndexAny(s[j:], ",.!;，。！；"); k >= 0 {
		hi = j + k
	}
	return s[lo:hi]
}

// resolvedLater reports an overdue said repaid in the clauses after its length ("逾期了几天 昨天刚
// 还上了", "逾期了一个月 上周已经还清了"), not "还没还上了".
func resolvedLater(rest string) bool {
	r := []rune(rest)
	rest = string(r[:min(len(r), 20)])
	for _, w := range []string{"还上了", "还清了", "已经还了", "已还", "结清了", "补上了", "还完了", "还掉了", "处理好了", "都还了"} {
		if i := strings.Index(rest, w); i >= 0 && !hasSuffixAny(rest[:i], []string{"没", "未", "不", "没有"}) {
			return true
		}
	}
	return false
}

// selfDeniedAfter reports a later clause in which the applicant denies the same of themself, after
// someone else's overdue ("我老婆有逾期 我没有", "我爸逾期了 我自己没有").
func selfDeniedAfter(rest string) bool {
	for _, c := range strings.FieldsFunc(rest, isClauseEnd) {
		c = strings.TrimLeft(c, "但是可")
		for _, who := range []string{"我自己", "我本人", "本人", "我"} {
			if tail, ok := strings.CutPrefix(c, who); ok {
				tail = strings.TrimLeft(tail, "倒是都也还")
				return hasPrefixAny(tail, []string{"没有", "没", "无", "从没", "从来没"}) && !strings.Contains(tail, "吗")
			}
		}
	}
	return false
}
