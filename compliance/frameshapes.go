package compliance

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The shapes of a clause that decide whether a frame cue excuses a hit:
// hedges, conversions by multiple, refusals given as reasons, copy refused,
// "no such thing" answers, contrasts, waivers, place words, a relative's
// report, the debt falling on the lender of an ID, a filing awaited and the
// guards of the stop-borrowing and report cues (frames.go reads them).

// hedgeJoined reports a hedge joined to the promise by 但/不过 (…，但不敢保证).
func hedgeJoined(cue []rune) bool {
	return hasPrefix(cue, "但") || hasPrefix(cue, "不过")
}

// bareHedge: a hedge with no 但 (一般当天到三天不等，没法保证。) withholds
// the outcome, speed or amount promised before it when it opens a clause of
// its own and the sentence is no question (秒到，没法保证？我们就能).
func bareHedge(j *judge, c *cand, st, se int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06":
	default:
		return false
	}
	return st > 0 && isClauseEnd(j.n[hedgeSubjectStart(j.n, st)-1]) && (se >= len(j.n) || j.n[se] != '?')
}

// hedgeSubjectStart steps back over a short topic and speaker that open the
// hedge's clause (这个我冇得办法保证, 这点我们没法保证, 时间上我不敢保证):
// the clause still withholds what was said before it. It returns st when no
// such opening stands there.
func hedgeSubjectStart(n []rune, st int) int {
	for _, w := range [...]string{"这个我们", "这点我们", "这一点我们", "时间上我们", "这个我", "这点我", "这一点我", "时间上我", "这个阿拉", "这个侬", "呢样我哋", "呢样我", "呢个我哋", "呢个我", "这个", "这点", "这个事", "这事我", "我们", "我哋", "阿拉", "我"} {
		k := st - utf8.RuneCountInString(w)
		if k > 0 && hasPrefix(n[k:st], w) && isClauseEnd(n[k-1]) {
			return k
		}
	}
	return st
}

// clauseEnd returns the end of the clause that position i is in.
func (j *judge) clauseEnd(i int) int {
	for i < len(j.n) && !isClauseEnd(j.n[i]) {
		i++
	}
	return i
}

// annualMultiple reports an annual rate given as a multiple of the quoted
// one (按实际占用资金计算的年化利率通常接近它的两倍, 折算成年化差不多翻倍).
func annualMultiple(rs []rune) bool {
	seen := false
	for i := 0; i+1 < len(rs); i++ {
		switch {
		case rs[i] == '年' && (rs[i+1] == '化' || rs[i+1] == '利'):
			seen = true
		case !seen:
		case rs[i] == '翻' && (rs[i+1] == '倍' || rs[i+1] == '番'),
			rs[i+1] == '倍' && (isChineseDigit(rs[i]) || strings.ContainsRune("十几数半", rs[i])):
			return true
		}
	}
	return false
}

// annualRateFigure reports 年化, 年利率 or 年息 followed by a figure in its
// clause (实际年利率13%, 年化约18.25%).
func annualRateFigure(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '年' || !strings.ContainsRune("化利息", rs[i+1]) {
			continue
		}
		for k := i + 2; k < len(rs) && k <= i+8 && !isClauseEnd(rs[k]); k++ {
			if isDigit(rs[k]) {
				return true
			}
		}
	}
	return false
}

// refusalIfNot reports a refusal consequence (会被拒贷, 审批不通过) said after
// 不然/否则 in its clause: the reason to follow the advice before it (用途就写
// 装修，别说是还信用卡，不然会被拒贷), or denied in its clause (没见过你这种会被拒贷的):
// not a warning against the hit.
func refusalIfNot(n []rune, st, en int) bool {
	if !slices.Contains(n[st:en], '拒') && indexString(n[st:en], "不通过") < 0 {
		return false
	}
	cs := st
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for _, w := range [...]string{"不然", "否则", "要不", "唔系", "唔系就", "免得", "以免", "省得", "没见过", "冇见过", "哪有", "哪会", "不会", "唔会", "从没", "从来没"} { // …or denied (没见过你这种会被拒贷的)
		if indexString(n[cs:st], w) >= 0 {
			return true
		}
	}
	return false
}

// copyBanAdjacent reports what stands between a quoted hit and a refusal of
// the term in the copy (“不看征信”不能写, 「包批」絕對唔可以寫): only the
// closing quote and an adverb, so the refusal is said of the term itself.
func copyBanAdjacent(rs []rune) bool {
	i := 0
	for i < len(rs) && isCloseQuote(rs[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	rest := rs[i:]
	if len(rest) == 0 {
		return true
	}
	for _, adv := range [...]string{"也", "就", "都", "是", "可", "绝对", "肯定", "千万", "一定", "真的", "坚决", "万万", "当然", "是绝对", "是万万"} {
		if string(rest) == adv {
			return true
		}
	}
	return false
}

// noSuchThing reports a question answered by "no such thing" standing alone
// (啥内部关系？没有的事儿，…; 秒批？莫得这回事。).
func noSuchThing(rs []rune) bool {
	if noSuchKind(rs) {
		return true
	}
	for _, w := range [...]string{"没有的事", "没有的事儿", "没这事", "没这事儿", "没这回事儿", "哪有的事", "哪有的事儿", "哪有这回事", "哪有这种事", "莫得的事", "莫得这回事", "莫得这种事", "没得这回事", "冇呢回事", "冇咁嘅事", "没影的事", "不存在这回事", "瞎说", "瞎扯", "胡扯", "扯淡", "nosuchthing"} {
		k := len([]rune(w))
		if indexString(rs[:min(len(rs), k)], w) != 0 {
			continue
		}
		for k < len(rs) && strings.ContainsRune("的啊哦呢啦哈呀", rs[k]) {
			k++
		}
		if k == len(rs) || isClauseEnd(rs[k]) || rs[k] == '!' || rs[k] == '！' {
			return true
		}
	}
	return false
}

// failureAsked reports a question that asks after a failure (您见过哪个客户
// 被拒过吗？): "no such thing" then affirms the promise instead of denying it.
// In a promise family (approval, speed, amount) the hit itself may ask it;
// elsewhere a negator in the hit is the claim's own word (不查征信？哪有的事儿).
func (j *judge) failureAsked(c *cand, a, b, ss, se int) bool {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06":
		return failureWord(j.n[ss:se])
	}
	return failureWord(j.n[ss:a]) || failureWord(j.n[b:se])
}

func failureWord(q []rune) bool {
	for _, r := range q {
		switch r {
		case '拒', '不', '没', '冇', '唔', '莫', '败', '空', '卡':
			return true
		}
	}
	return false
}

// contrastTail: a claim that crosses a comma into a clause opening with
// 反而/反倒/相反 (不还款并不会让债务消失，反而会产生罚息并影响征信) — the
// negation belongs to the clause before, the contrast asserts the
// consequence. A negator in the contrast clause keeps the claim (…，反而不会影响).
func (j *judge) contrastTail(a, b int) bool {
	cs := b
	for cs > a && !isListClauseEnd(j.n[cs-1]) {
		cs--
	}
	if cs <= a {
		return false
	}
	open := false
	for _, w := range [...]string{"反而", "反倒", "相反", "恰恰相反", "反之"} {
		open = open || hasPrefix(j.n[cs:b], w)
	}
	if !open {
		return false
	}
	for _, r := range j.n[cs:b] {
		if negatorRule(r) != "" || r == '唔' {
			return false
		}
	}
	return true
}

// inPersonWaived reports 不一定 followed by the applicant's presence (不一定要
// 本人, 不一定亲自): it waives the presence, it doubts nothing.
func inPersonWaived(n []rune, st, en int) bool {
	if string(n[st:en]) != "不一定" {
		return false
	}
	rest := n[en:min(len(n), en+4)]
	return hasPrefix(rest, "要本人") || hasPrefix(rest, "本人") || hasPrefix(rest, "要亲自") || hasPrefix(rest, "亲自")
}

// placeBian reports the Cantonese 边有 (where is there) that is only the end
// of a place word: 银行那边有绿色通道 says there is one.
func placeBian(n []rune, st, en int) bool {
	return string(n[st:en]) == "边有" && st > 0 && strings.ContainsRune("那这呢嗰旁左右外里上下东西南北身手", n[st-1])
}

// refusalWithObject reports a refusal to hand something over (都不要给,
// 都别告诉) that names whom not to give it to (验证码发我，都不要给别人):
// only a refusal closing its clause (无论是谁问您要，都不要给) warns.
// A refusal after a first person in its sentence (网银密码提供给我，…对外都不要透露)
// keeps it for us. A hindrance named after the hit (…，反而耽误您) likewise
// counts only closing its clause.
func refusalWithObject(n []rune, ss, st, en int) bool {
	if hasPrefix(n[st:en], "反而耽误") {
		return en < len(n) && !isClauseEnd(n[en]) && !isSentenceEnd(n[en])
	}
	switch n[en-1] {
	case '给', '诉', '露', '供', '俾', '畀', '讲':
	default:
		return false
	}
	if en-st < 3 || n[st] != '都' && n[st] != '一' {
		return false
	}
	if firstPersonBetween(n[ss:st]) || slices.Contains(n[ss:st], '俺') || indexString(n[ss:st], "我哋") >= 0 {
		return true
	}
	return en < len(n) && !isClauseEnd(n[en]) && !isSentenceEnd(n[en]) && !strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟!！", n[en])
}

// doubtShapeOK guards two evaluation shapes: a doubting question (…是真的吗？,
// …靠谱吗？) doubts the claim only when the answer after it does not affirm
// it (是真的吗？是真的，…; 靠谱吗？当然靠谱); a hidden cost revealed (其实有…)
// only when a cost is named in its clause (其实有 late fees, 其实有服务费 — not
// 其实有很多好处).
func doubtShapeOK(n []rune, st, en int) bool {
	cue := n[st:en]
	switch {
	case cue[len(cue)-1] == '吗' || hasPrefix(cue, "真的假的"):
		k := en
		for k < len(n) && (n[k] == '?' || n[k] == '？' || n[k] == '!' || n[k] == '！') {
			k++
		}
		rest := n[k:]
		for _, w := range [...]string{"是真的", "真的", "当然", "是的", "对", "没错", "确实", "靠谱", "合法", "合规", "可信", "能信", "yes", "true", "sure"} {
			if hasPrefix(rest, w) {
				return false
			}
		}
	case hasPrefix(cue, "其实"):
		for k := en; k < len(n) && !isClauseEnd(n[k]); k++ {
			switch n[k] {
			case '费', '息', '钱', '价':
				return true
			}
			if n[k] == 'f' && hasPrefix(n[k:], "fee") || n[k] == 'c' && hasPrefix(n[k:], "cost") || n[k] == 'c' && hasPrefix(n[k:], "charge") {
				return true
			}
		}
		return false
	}
	return true
}

// kinAfter reports a friend or relative named right after 我 (我朋友说…, 我表哥听说…):
// the words reported are theirs, not ours.
func kinAfter(rs []rune) bool {
	for _, w := range [...]string{"朋友", "同事", "邻居", "同学", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "亲戚", "家人", "老公", "老婆", "爸", "妈", "哥", "姐", "弟", "妹", "舅", "叔", "姨"} {
		if hasPrefix(rs, w) {
			return true
		}
	}
	return false
}

// blameFalls reports a hit that names the debt falling on someone once things
// go wrong (出了事是他背债, 到时候是你背债): a consequence, not an offer.
func blameFalls(n []rune, ss, a int) bool {
	from := max(ss, a-8)
	rs := n[from:a]
	for _, w := range [...]string{"出了事", "出事", "到时候", "到头来", "最后"} {
		if i := indexString(rs, w); i >= 0 {
			tail := rs[i+len([]rune(w)):]
			if len(tail) > 0 && tail[0] == '都' {
				tail = tail[1:]
			}
			if len(tail) > 0 && tail[0] == '是' {
				tail = tail[1:]
			}
			if len(tail) == 0 {
				return false
			}
			switch tail[0] {
			case '他', '她', '你', '您':
				return !hasListClauseEnd(tail)
			}
			return hasPrefix(tail, "自己") && !hasListClauseEnd(tail)
		}
	}
	return false
}

// submittedAfter: the clause after a "done" word says only that the papers
// went in (材料都交上去了, 资料已经提交了) and the outcome is awaited
// (等银行通知, 等审批结果) — a status line, not a promise of approval.
func submittedAfter(rs []rune) bool {
	t := string(rs)
	sent := false
	for _, w := range [...]string{"交上去了", "递上去了", "报上去了", "送上去了", "提交上去了", "已经提交", "都提交了", "已提交", "交齐了", "递交了", "submit咗", "submitted", "交咗上去"} {
		if strings.Contains(t, w) {
			sent = true
			break
		}
	}
	if !sent {
		return false
	}
	for _, w := range [...]string{"等银行通知", "等通知", "等审批", "等审核", "等结果", "等银行消息", "等消息", "等回复", "等银行回复", "等批复", "等信息", "waitfor", "等佢回复", "等银行审"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// guardedCueOK: a stop-borrowing or report cue excuses only when no
// approval sits between the hit and the cue (拆东墙补西墙没事，先别借新的…)
// and no shrug follows the cue (可以report也没用); other cues always pass.
func guardedCueOK(n []rune, b, st, en, se int) bool {
	if !guardedCue(n[st:en]) {
		return true
	}
	between := string(n[b:st])
	for _, w := range [...]string{"没事", "没关系", "不要紧", "不怕", "无所谓", "也行", "都行", "没问题", "冇问题", "唔紧要", "不碍事", "照样", "noproblem"} {
		if strings.Contains(between, w) {
			return false
		}
	}
	after := string(n[en:max(en, min(en+8, se))]) // a cue in the answer after the sentence (…这就是！遇到请报警) lies past se
	for _, w := range [...]string{"也没用", "都没用", "没用", "也白搭", "都白搭", "冇用", "都冇用", "不管用", "useless", "tak guna", "takguna"} {
		if strings.Contains(after, w) {
			return false
		}
	}
	return true
}

// guardedCue reports a stop-borrowing or report cue (compared in place: a
// check allocates nothing for it).
func guardedCue(cue []rune) bool {
	for _, ws := range [...][]string{stopBorrowCues, reportCues, directComplaintCues} {
		for _, w := range ws {
			if utf8.RuneCountInString(w) == len(cue) && indexString(cue, w) == 0 {
				return true
			}
		}
	}
	return false
}

// noSuchKind (f15_no-such-kind): a question answered by saying that kind of
// loan does not exist (零风险？没有这种借款; 包过？哪有这样的贷款): the kind
// named must be a loan, product or deal, not a worry (没有这种担心 reassures).
func noSuchKind(rs []rune) bool {
	k := prefixLen(rs, []string{"没有这种", "没有这样的", "没这种", "没这样的", "哪有这种", "哪有这样的", "不存在这种", "不存在这样的", "世上没有这种", "天下没有这种", "冇呢种", "冇咁嘅"})
	if k == 0 {
		return false
	}
	n := prefixLen(rs[k:], []string{"借款", "贷款", "借贷", "网贷", "产品", "好事", "事儿", "事", "平台", "东西", "操作", "服务", "渠道", "机构", "贷", "嘢"})
	if n == 0 {
		return false
	}
	k += n
	for k < len(rs) && strings.ContainsRune("的啊哦呢啦哈呀", rs[k]) {
		k++
	}
	return k == len(rs) || isClauseEnd(rs[k]) || rs[k] == '!' || rs[k] == '！'
}
