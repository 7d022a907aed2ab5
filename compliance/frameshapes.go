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
	for _, ws := range [...][]string{stopBorrowCues, reportCues} {
		for _, w := range ws {
			if utf8.RuneCountInString(w) == len(cue) && indexString(cue, w) == 0 {
				return true
			}
		}
	}
	return false
}

// spokenPercent reports a rate said in words (百分之十二, 百分之一点五): a figure
// for a conversion (月息百分之一，即係年息大约百分之十二).
func spokenPercent(rs []rune) bool {
	for i := 0; i+3 < len(rs); i++ {
		if rs[i] == '百' && rs[i+1] == '分' && rs[i+2] == '之' && (isChineseDigit(rs[i+3]) || rs[i+3] == '十' || rs[i+3] == '零') {
			return true
		}
	}
	return false
}

// exampleClosed reports an answer closed by pointing back at the term asked
// about (…，这就是！ 呢个就系): the sentence is an example of the term.
func exampleClosed(rs []rune) bool {
	for _, w := range [...]string{"这就是", "这就是了", "这个就是", "就是这个", "这就叫这个", "呢个就系", "咁就系", "就系呢个", "这便是"} {
		if k := len(rs) - len([]rune(w)); k >= 0 && indexString(rs[k:], w) == 0 {
			return true
		}
	}
	return false
}

// askedThenGranted: a question reported (有人问能不能不查征信) whose answer in
// the same sentence grants it (这个没问题, 不用担心, 放心) — the answer is our
// own voice, not the asker's; an answer that refuses (正规贷款都要查) is none.
// The hit must lie in the question's clause too.
func askedThenGranted(n []rune, en, a, se int) bool {
	ce := en
	for ce < se && strings.ContainsRune("：:“\"「", n[ce]) {
		ce++ // 客户问：…, 有人问“…”: the question follows the colon or quote
	}
	for ce < se && !isClauseEnd(n[ce]) {
		ce++
	}
	if a >= ce {
		return true // the hit is in the answer, not in the question
	}
	rest := n[ce:se]
	for _, w := range [...]string{"正规", "都要查", "都会查", "必须查", "不可能", "做不到", "办不到", "不做", "不行", "骗", "违法", "违规", "不能", "没有这种", "没有这样"} {
		if indexString(rest, w) >= 0 {
			return false
		}
	}
	for _, w := range [...]string{"没问题", "冇问题", "noproblem", "可以不", "能不查", "能不看", "我们不查", "我们不看", "不用担心", "不必担心", "无需担心", "唔使担心", "放心", "可以的", "当然可以", "当然能", "能办", "可以办", "没事", "冇事", "不要紧", "包你", "包您", "搞得定", "搞得掂", "小事", "简单"} {
		if indexString(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// labelShown reports an evaluation word put on the applicant for others to
// see (发到群里让大家看看你是骗子, 让所有人知道 scammer ka): a label we
// threaten to post, not our verdict on the hit.
func labelShown(n []rune, ss, st int) bool {
	for _, w := range [...]string{"让大家看看", "让大家知道", "让大家都看看", "让大家都知道", "让所有人看看", "让所有人知道", "给大家看看", "让亲戚朋友看看", "让亲友看看", "让你朋友看看", "让街坊看看", "告诉大家"} {
		k := st
		for k > ss && k > st-3 && strings.ContainsRune("你您是个就都", n[k-1]) {
			k--
		}
		l := utf8.RuneCountInString(w)
		if k-l >= ss && indexString(n[k-l:k], w) == 0 {
			return true
		}
	}
	return false
}

// consequenceDenied reports a denial just before a consequence cue in its
// clause (银行也不会提前收贷, 根本不会被抽贷): the consequence is waved away,
// which reassures rather than warns. 不然/要不 (otherwise) keeps the warning.
func consequenceDenied(n []rune, ss, st int) bool {
	for k := st - 1; k >= ss && k >= st-6 && !isClauseEnd(n[k]); k-- {
		switch n[k] {
		case '不', '唔', '没', '冇':
			if k+1 < st && strings.ContainsRune("然则", n[k+1]) || k+1 == st {
				continue
			}
			if k+1 < len(n) && strings.ContainsRune("会怕用至使", n[k+1]) || n[k] == '没' || n[k] == '冇' {
				return true
			}
		}
	}
	return false
}

// costJudged reports a term opening its sentence (过桥资金…) followed by a
// verdict on its cost (成本较高, 利息高, 贵) that is not conceded away (成本
// 不低也能周转) and no offer of ours in the sentence: the practice is judged,
// not offered.
func costJudged(n []rune, a, b, ss, se int) bool {
	from := ss
	for k := ss; k < a && k <= ss+4; k++ { // a short address opening the sentence (老板，过桥资金贵)
		if n[k] == '，' || n[k] == ',' {
			from = k + 1
			break
		}
	}
	for k := from; k < a; k++ {
		if r := n[k]; !isOpenQuote(r) && !isCloseQuote(r) {
			return false
		}
	}
	if firstPersonBetween(n[ss:se]) {
		return false
	}
	for i := b; i < se; i++ {
		l := 0
		for _, w := range [...]string{"成本较高", "成本很高", "成本偏高", "成本高", "成本不低", "利息较高", "利息很高", "利息高", "费用较高", "费用很高", "费用高", "代价较高", "代价高", "很贵", "比较贵", "贵"} {
			if hasPrefix(n[i:se], w) {
				l = utf8.RuneCountInString(w)
				break
			}
		}
		if l == 0 {
			continue
		}
		if i > 0 && strings.ContainsRune("不没无唔冇", n[i-1]) || n[i] == '贵' && i+1 < se && strings.ContainsRune("司公行方", n[i+1]) {
			continue
		}
		if i+l < se && strings.ContainsRune("也但却又还照吗么嘛?？", n[i+l]) {
			return false
		}
		ends := 0
		for _, r := range n[b:i] {
			if isClauseEnd(r) {
				ends++
			}
		}
		return ends <= 1
	}
	return false
}

// costMaybeOK guards a cost said only possibly higher (成本可能更高): it is
// a consequence when the fee is put as a condition (如果另外收取会员费，…),
// not when it is asked (成本可能更高？不存在的) or follows a fee demanded.
func costMaybeOK(n []rune, ss, st, en int) bool {
	if !hasPrefix(n[st:en], "成本可能") && !hasPrefix(n[st:en], "年化可能") {
		return true
	}
	if en < len(n) && (n[en] == '?' || n[en] == '？') {
		return false
	}
	for _, w := range [...]string{"如果", "假如", "若", "要是", "一旦", "另收", "另外收"} {
		if indexString(n[ss:st], w) >= 0 {
			return true
		}
	}
	return false
}

// concededCue reports a verdict conceded and shrugged off in its own clause
// (虽然不符合常规，但能下款; 不符合常规又怎样): the claim stands.
func concededCue(n []rune, st, en int) bool {
	for k := st - 1; k >= 0 && k >= st-6 && !isClauseEnd(n[k]); k-- {
		if n[k] == '虽' || n[k] == '尽' && k+1 < len(n) && n[k+1] == '管' {
			return true
		}
	}
	tail := n[en:min(len(n), en+4)]
	for _, w := range [...]string{"又怎样", "又如何", "又咋样", "也没关系", "也无所谓", "也不要紧", "也没事", "都没事", "也不怕", "也无妨"} {
		if hasPrefix(tail, w) {
			return true
		}
	}
	return false
}

// beliefDenied reports two negations that make a threat, not a denial
// (别以为我们不敢去你单位): a denial cue after 别以为 in its clause, or 别以为
// itself with a negator between it and the hit.
func beliefDenied(n []rune, ss, st, en, a int) bool {
	if beliefDenier(n[st:en]) {
		return slices.ContainsFunc(n[en:a], func(r rune) bool { return negatorRule(r) != "" || r == '唔' })
	}
	cs := st
	for cs > ss && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for i := cs; i < st; i++ {
		if (n[i] == '以' || n[i] == '觉') && i+1 < st && beliefDenier(n[max(cs, i-2):i+2]) {
			return true
		}
	}
	return false
}

// beliefDenier reports a cue that denies a belief (别以为, 不要觉得, 唔好以为).
func beliefDenier(cue []rune) bool {
	return len(cue) >= 3 && (hasSuffixRunes(cue, "以为") || hasSuffixRunes(cue, "觉得")) && strings.ContainsRune("别要莫好咪", cue[len(cue)-3])
}

// cueIn reports the cue runes spelling one of words (compared in place).
func cueIn(cue []rune, words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(w) == len(cue) && hasPrefix(cue, w) {
			return true
		}
	}
	return false
}

// closesClause reports whether position en ends its clause: the text or the
// clause ends there, only particles follow, or a space was removed there
// (问题更大 不值当).
func (j *judge) closesClause(en int) bool {
	if en >= len(j.n) || isClauseEnd(j.n[en]) || strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟!！~", j.n[en]) {
		return true
	}
	return en < len(j.src) && en > 0 && j.src[en]-j.src[en-1] > 1
}

// newCueOK guards the evaluation and consequence words of fix2-E2: a refusal
// to trust (都不要信) needs an "any" word in its clause and no first person
// (任何代办都不要信, not 我们包过，你谁都不要信); a bare verdict (不值当, 能少做就少做)
// must close its clause (不值得犹豫 urges); a fabrication found out (会被查出来)
// must not be asked (会被查出来吗？). Other cues pass.
func (j *judge) newCueOK(ss, a, st, en int) bool {
	cue := j.n[st:en]
	switch {
	case cueIn(cue, nobodySaysCues):
		for k := ss; k < a; k++ { // 我敢跟你讲百分百能批: the speaker dares
			if j.n[k] == '敢' && (k == ss || negatorRule(j.n[k-1]) == "" && j.n[k-1] != '唔') {
				return false
			}
		}
		return true
	case cueIn(cue, anyTrustCues):
		cs := st
		for cs > ss && !isClauseEnd(j.n[cs-1]) {
			cs--
		}
		clause := j.n[cs:st]
		if firstPersonBetween(clause) {
			return false
		}
		for _, w := range [...]string{"任何", "所有", "凡是", "一切", "这些", "这类", "这种", "那些", "此类", "凡"} {
			if indexString(clause, w) >= 0 {
				return true
			}
		}
		return false
	case cueIn(cue, northConsequences): // 您担不起的风险咱来扛: the consequence names what we take on
		k := en
		for k < len(j.n) && strings.ContainsRune("的哈啊呀哦喔呢了啦吧嘛哟!！~", j.n[k]) {
			k++
		}
		return k >= len(j.n) || isClauseEnd(j.n[k]) && j.n[k] != '?' && j.n[k] != '？'
	case cueIn(cue, closingVerdicts):
		return j.closesClause(en) && !(en < len(j.n) && strings.ContainsRune("吗么?？", j.n[en])) // 唔抵？其实好抵: asked, then granted
	case cueIn(cue, foundOutCues):
		k := en
		for k < len(j.n) && j.n[k] == '的' {
			k++
		}
		return k >= len(j.n) || !strings.ContainsRune("吗么嘛?？", j.n[k])
	}
	return true
}

// denyCueOK guards the denials of fix2-E2 (no such thing as, can't say, 世上没有):
// a comparison or a boast after the cue (天下没有比我们更快的, can't say no,
// can't say enough) denies nothing.
func denyCueOK(n []rune, st, en, a int) bool {
	if !cueIn(n[st:en], denyCues) {
		return true
	}
	rest := n[en:a]
	if slices.Contains(rest, '比') || slices.Contains(rest, '更') || len(rest) > 24 {
		return false
	}
	if hasPrefix(n[st:en], "nosuchthing") && len(rest) > 8 { // no such thing as a rejection here — guaranteed approval: the hit is another claim
		return false
	}
	for _, w := range [...]string{"than", "beat", "better", "like", "enough", "no", "anything"} {
		if hasPrefix(rest, w) || w != "no" && w != "anything" && indexString(rest, w) >= 0 {
			return false
		}
	}
	return true
}

// refusedRequest: a bare advice against as a clause of its own (千万莫去,
// 千万别答应) after a clause where someone else asks you to do the hit
// (朋友喊你帮他刷脸，千万莫去): the request is refused, not made by us.
func refusedRequest(n []rune, ss, b, st, en int) bool {
	if !hasPrefix(n[st:en], "千万") || st == 0 || !isClauseEnd(n[st-1]) || (en < len(n) && !isClauseEnd(n[en])) {
		return false
	}
	for i := ss; i+1 < b; i++ {
		if n[i+1] == '你' && strings.ContainsRune("喊叫让要找请求拉", n[i]) {
			return true
		}
	}
	return false
}
