package compliance

// Frames that read what a sentence does with a forbidden word rather than
// the word itself: a quoted line of copy reported as removed (这条ad写了“包过”，
// 已经被我们reject), someone else's demand met by "hang up" or "report it"
// (要是有人让你先交钱，你直接挂了), a use named in a condition and then refused
// (要是拿去炒股就莫借了), a small-looking rate explained by its real cost
// (日息看起来小，折成一年才晓得真实成本), a no-paperwork line about a giveaway in
// a text with no loan in it (抽奖…不需要提供任何个人信息), a legal risk named
// after the practice (任何代签的做法都存在严重法律风险), and a complaint
// discouraged (别投诉, 请勿投诉) that is no warning.

// intentFrameWords appends the verdict words of this file to the frame
// words (none yet: the frames below are read in Go, with their guards).
func intentFrameWords(words map[int][]string) {}

// legalRiskNamed (f09_legal-risk-named): a practice named and then said to
// carry legal risk (任何代签、代刷脸的做法都存在严重法律风险). A negated cue
// with an affirming verb before it (存在, 有, 面临, 涉及); a denied or
// dismissed one (没有任何法律风险, 不用担心法律风险) does not count.
var legalRiskNamed = []string{"法律风险", "法律上的风险", "法律隐患", "违法风险", "刑事风险", "legalrisk", "法律後果", "法律后果"}

// legalRiskAffirmed: after the hit in its sentence, a legal risk said to
// exist (…的做法都存在严重法律风险, …会面临法律风险).
func legalRiskAffirmed(n []rune, b, se int) bool {
	for _, w := range legalRiskNamed {
		k := indexString(n[b:se], w)
		if k < 0 {
			continue
		}
		p := b + k
		from := max(b, p-6)
		for q := p - 1; q >= from; q-- {
			if isClauseEnd(n[q]) {
				from = q + 1
				break
			}
		}
		before := n[from:p]
		if strings0(before, "没无不零免别勿冇唔") || indexString(before, "担心") >= 0 {
			return false
		}
		k2, _ := hasAnyWord(before, []string{"存在", "有", "面临", "涉及", "带来", "承担", "招致", "涉嫌", "existe"})
		return k2 >= 0
	}
	return false
}

// intentFrame returns the excuse of the frames of this file, or "".
func (j *judge) intentFrame(c *cand, a, b, ss, se int) string {
	cat := j.s.phrases[c.phrase].Category
	if j.inQuotes(a, b, ss, se) && copyRemoved(j.n, b, se) {
		return "frame:denial:copy-removed"
	}
	if reportItCondition(j.n, a, b, ss, se) {
		return "frame:advice:report-it"
	}
	if cat == "F14" && useDeclined(j.n, a, b, ss, se) {
		return "frame:evaluation:use-declined"
	}
	if cat == "F05" && looksSmallCostShown(j.n, b, se) {
		return "frame:evaluation:looks-small"
	}
	if cat == "F09" && legalRiskAffirmed(j.n, b, se) {
		return "frame:evaluation:legal-risk"
	}
	if cat == "F04" && indexString(j.n[a:b], "提供") >= 0 && giveawayNoLoan(j.n, b, ss, se) {
		return "frame:topic:giveaway"
	}
	return ""
}

// hasAnyWord reports whether rs holds one of words; it returns the first
// position found and the word's length.
func hasAnyWord(rs []rune, words []string) (int, int) {
	for _, w := range words {
		if k := indexString(rs, w); k >= 0 {
			return k, len([]rune(w))
		}
	}
	return -1, 0
}

// negatedBefore reports a negator in the few runes before i (不会被reject,
// 没有下架, 别删): the removal or action is denied, not reported.
func negatedBefore(n []rune, from, i int) bool {
	for k := i - 1; k >= max(from, i-4); k-- {
		switch n[k] {
		case '不', '没', '别', '未', '无', '冇', '唔', '莫', '甭', '勿', '免':
			return true
		}
	}
	return false
}

// copyRemovedWords (f01–f05 copy-removed): what a moderator or editor did to a
// quoted line of copy — deleted, taken down, rejected.
var copyRemovedWords = []string{"删掉", "删除", "删了", "已删", "删去", "下架", "撤下", "撤掉", "撤了", "拿掉", "去掉了", "改掉了", "驳回", "拦截", "屏蔽", "不予通过", "不予发布", "打回", "退回修改", "不能allow", "notallowed", "reject", "removed", "takendown", "takedown", "tookdown", "pulled", "不让发", "不能发", "不准发", "封禁", "封号"}

// copyRemoved: after the quoted hit's closing quote, the rest of the sentence
// reports the copy removed (“全网最低息”删掉了; 只要出现“不看征信”，一律下架;
// this ad wrote “包过”, rejected) — not negated (不会被reject, 没删).
func copyRemoved(n []rune, b, se int) bool {
	q := b
	for q < se && !isCloseQuote(n[q]) {
		q++
	}
	if q >= se {
		return false
	}
	rest := n[q+1 : se]
	for _, w := range copyRemovedWords {
		if k := indexString(rest, w); k >= 0 && !negatedBefore(n, q+1, q+1+k) {
			return true
		}
	}
	return false
}

// ifOpeners open a condition (要是, 如果, 万一 …).
var ifOpeners = []string{"要是", "如果", "假如", "若是", "倘若", "万一", "要系", "如若", "一旦", "假使", "如有", "若有", "if"}

// otherActors name someone other than us (有人, 对方, 陌生人 …).
var otherActors = []string{"有人", "别人", "对方", "任何人", "陌生人", "其他人", "什么人", "啥人", "外人", "谁", "someone", "anyone", "somebody", "anybody", "中介", "骗子"}

// reportActions: what the applicant is told to do to such a demand.
var reportActions = []string{"挂了", "挂掉", "挂断", "直接挂", "马上挂", "报警", "举报", "拉黑", "别理", "不要理", "莫理", "甭理", "唔好理", "不用理", "别信", "不要信", "莫信", "唔好信", "打110", "报110", "投诉", "hangup", "report", "callthepolice", "block"}

// reportItCondition (f10_report-it-condition): the hit sits in a condition
// whose actor is someone else (要是有人让你先交钱), and the clause after it tells
// the applicant to hang up or report it (，你直接挂了 / ，马上报警). No first
// person may sit between the condition and the hit (要是我们让你先交钱 …).
func reportItCondition(n []rune, a, b, ss, se int) bool {
	head := n[ss:a]
	ck, cl := -1, 0
	for _, w := range ifOpeners {
		if k := lastIndexString(head, w); k > ck {
			ck, cl = k, len([]rune(w))
		}
	}
	if ck < 0 {
		return false
	}
	cond := head[ck+cl:]
	if hasClauseEnd(cond) || firstPersonBetween(cond) || strings0(cond, "俺") {
		return false
	}
	if k, _ := hasAnyWord(cond, otherActors); k < 0 {
		return false
	}
	// the clause after the hit's clause opens with the action
	ce := clauseEndWithin(n, b, se)
	if ce >= se {
		return false
	}
	next := n[ce+1 : min(se, ce+1+10)]
	for e := 0; e < len(next); e++ {
		if isClauseEnd(next[e]) {
			next = next[:e]
			break
		}
	}
	for _, w := range reportActions {
		if k := indexString(next, w); k >= 0 && !negatedBefore(n, ce+1, ce+1+k) || k >= 0 && startsAdvice(w) {
			return true
		}
	}
	return false
}

// startsAdvice reports an action word that carries its own negator (别理,
// 不要信): the negator is the advice, not a denial of it.
func startsAdvice(w string) bool {
	r := []rune(w)[0]
	return r == '别' || r == '不' || r == '莫' || r == '甭' || r == '唔'
}

// useRefusals: a loan refused for the use named in the condition before it
// (…就莫借了, …就别贷, …不能借).
var useRefusals = []string{"莫借", "别借", "不要借", "不能借", "不借", "唔好借", "唔借", "甭借", "勿借", "借不了", "借不得", "不要贷", "别贷", "不能贷", "不贷", "不批", "不予批", "不放款", "不予放款", "别申请", "不要申请", "不能申请", "莫申请", "莫贷", "don'tborrow", "dontborrow", "cannotborrow", "can'tborrow"}

// useDeclined (f14_use-declined): a use named in a condition (要是拿去炒股, 如果
// 是用来赌博) and a loan refused for it after the hit in the sentence (就莫借了,
// 就不能借). A double negation (也不会不借) does not refuse.
func useDeclined(n []rune, a, b, ss, se int) bool {
	head := n[ss:a]
	found := false
	for _, w := range ifOpeners {
		if k := lastIndexString(head, w); k >= 0 && !hasClauseEnd(head[k:]) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	tail := n[b:se]
	for _, w := range useRefusals {
		k := indexString(tail, w)
		if k < 0 {
			continue
		}
		p := b + k
		if p > 0 && startsAdvice(w) && strings0(n[max(b, p-1):p], "会没冇也照") {
			continue // 也不会不借: no refusal
		}
		if !startsAdvice(w) && negatedBefore(n, b, p) {
			continue
		}
		return true
	}
	return false
}

// strings0 reports whether rs holds any rune of set.
func strings0(rs []rune, set string) bool {
	for _, r := range rs {
		for _, s := range set {
			if r == s {
				return true
			}
		}
	}
	return false
}

// looksWords: the rate only looks small (日息看起来小, 月息听着低).
var looksWords = []string{"看起来", "看上去", "看着", "看似", "听起来", "听着", "显得", "乍一看", "乍看", "睇落", "听落", "looks", "sounds", "seems"}

// costRevealed: the real cost shown after the look (折成一年才晓得真实成本).
var costRevealed = []string{"才晓得", "才知道", "才看得出", "才看出", "才清楚", "才明白", "才睇到", "才知", "真实成本", "实际成本", "真实利率", "实际利率", "真实的成本", "实际的成本", "总成本", "全部成本", "综合成本", "真正的成本", "真正成本", "并不低", "并不小", "并不便宜", "其实不低", "其实不小", "其实不便宜", "实际不低", "一点都不低", "一点也不低", "realcost", "truecost"}

// looksSmallCostShown (f05_looks-small-cost-shown): the rate word followed in
// its clause by "looks" (日息看起来小) and, later in the sentence, the real
// cost revealed (折成一年才晓得真实成本): the small figure is explained away.
func looksSmallCostShown(n []rune, b, se int) bool {
	ce := clauseEndWithin(n, b, se)
	k, l := hasAnyWord(n[b:ce], looksWords)
	if k < 0 {
		return false
	}
	r, _ := hasAnyWord(n[b+k+l:se], costRevealed)
	return r >= 0
}

// loanWords mark a text as talking about credit.
var loanWords = []string{"借", "贷", "放款", "下款", "款项", "额度", "审批", "审核", "征信", "利息", "利率", "息费", "还款", "分期", "授信", "loan", "credit", "lend", "borrow"}

// personalData: what an event may say it does not ask for (个人信息, 身份证 …).
var personalData = []string{"个人信息", "个人资料", "个人隐私", "隐私", "身份信息", "身份证", "手机号", "电话号码", "银行卡", "personalinfo", "personaldata", "资料"}

// giveawayWords name an event where personal data could be asked (抽奖, 直播间 …).
var giveawayWords = []string{"抽奖", "抽的是", "抽取", "抽中", "直播间", "参与条件", "参与方式", "赠品", "礼品", "福利", "免费领", "领取", "转发", "点赞", "报名", "试用装", "小样", "优惠券", "粉丝", "giveaway", "luckydraw"}

// giveawayNoLoan (f04_giveaway-no-loan): "no need to provide any" personal
// data said of a giveaway or event in a text that names no loan at all (直播间
// 抽保温杯，不需要提供任何个人信息) — no lending threshold is waived. Only the
// providing phrase: "零门槛" stays a threshold claim even for an event.
func giveawayNoLoan(n []rune, b, ss, se int) bool {
	if k, _ := hasAnyWord(n, loanWords); k >= 0 {
		return false
	}
	if k, _ := hasAnyWord(n[b:min(se, b+6)], personalData); k != 0 {
		return false
	}
	k, _ := hasAnyWord(n[ss:se], giveawayWords)
	return k >= 0
}

// discourageWords before a complaint word advise against complaining (别投诉,
// 请勿投诉, 不必举报, 唔使报警): no warning to the applicant.
var discourageWords = []string{"别", "勿", "莫", "甭", "不要", "不必", "不用", "唔使", "唔好", "无需", "无须", "没必要", "用不着", "别去", "不要去", "不用去", "不必去", "莫去"}

// complaintDiscouraged reports a complaint or report word at st right after
// advice against it (如遇砍头息，别投诉; 请勿投诉，到手少点没关系).
func complaintDiscouraged(n []rune, st, en int) bool {
	if !complaintCue(n[st:en]) {
		return false
	}
	for _, w := range discourageWords {
		l := len([]rune(w))
		if st >= l && string(n[st-l:st]) == w {
			return true
		}
	}
	return false
}

// obeyWords open the clause after someone else's demand with doing it (你就交,
// 照做, 先付了).
var obeyWords = []string{"就交", "照做", "照办", "照着做", "先付", "付了", "交了", "就付", "就转", "转过去", "先转", "就给", "给他", "听他的", "按他说的", "照交", "交就是", "just pay", "justpay", "pay it", "payit"}

// warnedAfter: words that keep the sentence a warning however it goes on.
var warnedAfter = []string{"骗", "诈骗", "报警", "挂", "拉黑", "别", "不要", "莫", "千万", "勿", "举报", "投诉", "scam", "fraud"}

// demandObeyed (f10_demand-obeyed): a condition with someone else's demand
// (要是有人让你先交钱, 万一对方让你先交解冻费) answered in the next clause by doing
// it (你就交, 你先付了) with no warning word in the rest of the sentence: the
// demand is endorsed, not warned against. A "hang up / report" clause
// (reportItCondition) keeps the warning.
func demandObeyed(n []rune, a, b, ss, se int) bool {
	head := n[ss:a]
	found := false
	for _, w := range ifOpeners {
		if k := lastIndexString(head, w); k >= 0 && !hasClauseEnd(head[k:]) {
			if o, _ := hasAnyWord(head[k:], otherActors); o >= 0 {
				found = true
				break
			}
		}
	}
	if !found {
		return false
	}
	ce := clauseEndWithin(n, b, se)
	if ce >= se {
		return false
	}
	next := n[ce+1 : se]
	e := 0
	for e < len(next) && !isClauseEnd(next[e]) {
		e++
	}
	if k, _ := hasAnyWord(next[:e], obeyWords); k < 0 {
		return false
	}
	k, _ := hasAnyWord(next, warnedAfter)
	return k < 0
}
