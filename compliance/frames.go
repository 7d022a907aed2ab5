package compliance

import "strings"

// Sentence frames: the words around a hit that say the sentence is about the
// claim, not making it. They are cues of the same automaton pass; each
// excuse is named "frame:<kind>:<word>".

// Frame cue kinds (continuing the cue kinds of cues.go).
const (
	cueEval    = cueNegAfter + 1 + iota // after the hit: …是违规操作, …多半是陷阱
	cueAdvice                           // before the hit: 建议您不要…, 千万别…
	cueConseq                           // after the hit: …后果很严重
	cueConvert                          // either side, with a figure: 日息万五换算成年化约18.25%
	cueAttrib                           // before the hit: 对方说…, 您收到的短信…
)

// frameWords lists the frame vocabulary, in simplified, normalised form.
func frameWords() map[int][]string {
	return map[int][]string{
		cueEval: {"不合规", "不合法", "违法", "违规", "骗局", "陷阱", "风险很大", "风险极大", "风险很高", "高风险", "有风险",
			"存在风险", "有很大风险", "不可信", "是假的", "套路", "不靠谱", "不正规", "非法", "高利贷", "诈骗", "坑人", "忽悠",
			"不可取", "要不得", "不能信", "别信", "都不要转账", "都不要付", "都不要交", "都不要理会", "都不要相信", "是错的", "错误的", "不实", "误导", "夸大", "虚假宣传", "不存在的", "不可能的",
			"被骗", "上当", "违反", "涉嫌", "犯法", "犯罪", "不受法律保护", "无效", "红线", "禁止的", "不允许的", "明令禁止",
			"是谎言", "不是真的", "别上当", "要警惕", "需警惕", "要小心", "需要警惕", "大概率是", "多半是", "典型的", "骗贷", "属于骗", "违法行为", "犯罪行为", "刑事责任", "这种说法", "这类说法", "这样的说法", "之类的说法", "的说法", "这种话", "之类的话", "这种字眼", "这类宣传", "这种宣传", "为名", "是违法的", "是违规的", "不要这么做", "别这么做", "不要这样做", "千万不要", "等于把", "交出去", "未持牌", "无牌", "没有牌照", "缺乏保障", "没有保障", "不受保护", "仿冒", "山寨", "钓鱼", "木马", "要看", "得看", "取决于", "视情况", "因人而异", "不一定"},
		cueAdvice: {"建议您不要", "建议你不要", "建议不要", "千万不要", "千万别", "请不要", "最好不要", "不要轻信", "别轻信",
			"不要信", "不要去", "别去找", "不要找", "不要听", "别听", "劝您不要", "劝你不要", "奉劝", "不建议", "谨慎对待",
			"请远离", "不要理会", "不要回复", "不要答应", "不要配合", "拒绝配合", "不要相信", "别相信", "别把", "不要把", "切勿把", "千万别把", "请勿把", "不要将", "切勿将", "请勿将", "勿将", "不要向", "切勿向", "别被", "不要被", "切勿被", "勿被"},
		cueConseq: {"后果很严重", "后果严重", "后果不堪设想", "承担法律责任", "追究法律责任", "追究刑事责任", "构成犯罪",
			"得不偿失", "越陷越深", "越滚越大", "利滚利", "会坐牢", "吃官司", "害了自己", "损失惨重", "血本无归", "债务危机",
			"代价很大", "代价高", "刑事责任", "不断累积", "无法偿还", "加重还款压力", "加重负担", "恶性循环", "滚雪球", "可能导致", "信息泄露", "泄露", "越借越多", "越来越大", "利息叠加", "风险越来越"},
		cueConvert: {"换算", "折算", "相当于", "约合", "折合", "换成年化", "即年化", "算下来", "折成年化", "对应年化", "合年化", "约等于", "等于年化", "实际年化", "实际利率", "真实年化", "年化约", "年化后", "按年化", "年化利率约为", "年化利率约", "计算", "应按", "对应的年化", "对应"},
		cueAttrib: {"对方说", "对方", "中介说", "中介", "广告说", "广告里", "广告上", "您收到的短信", "您收到的广告", "您收到的消息", "您收到的电话", "你收到的短信", "你收到的消息", "有人说",
			"他们说", "短信说", "短信里", "电话里说", "据说", "听说", "网上说", "网上", "某些平台", "一些平台", "有的平台",
			"有些中介", "一些中介", "不正规的", "那些中介", "那些平台", "那些广告", "那些人", "有些平台", "有些机构", "部分平台", "个别平台", "有些人", "有些app", "有的app", "一些app", "某些app", "所谓的", "号称", "宣称", "声称", "打着", "对方自称", "来电说",
			"业务员说", "客服说", "朋友说", "别人说"},
	}
}

// frameName is the rule prefix of a frame cue kind.
func frameName(kind int) string {
	switch kind {
	case cueEval:
		return "frame:evaluation:"
	case cueAdvice:
		return "frame:advice:"
	case cueConseq:
		return "frame:consequence:"
	case cueConvert:
		return "frame:conversion:"
	case cueAttrib:
		return "frame:attributed:"
	}
	return ""
}

// frame: a frame cue in the hit's sentence on its side — evaluations and
// consequences after the hit, advice against and attributions before it,
// conversions on either side when the sentence gives a figure (rate and
// deduction hits only: 借10000元实际到手9000元，应按9000元计算).
func (j *judge) frame(c *cand, a, b, ss, se int) string {
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue < cueEval {
			continue
		}
		st, en := int(m.start), int(m.end)
		before := en <= a && st >= ss
		after := st >= b && en <= se
		ok := false
		switch p.cue {
		case cueEval, cueConseq:
			ok = after && !j.negatedAt(st)
		case cueAdvice:
			ok = before && !j.neutralAt(st, en)
		case cueAttrib:
			ok = before && !firstPersonBetween(j.n[en:a]) // 这事电话里说，我把私人号码发你
		case cueConvert:
			cat := j.s.phrases[c.phrase].Category
			ok = (before || after) && (cat == "F05" || cat == "F11") && hasFigure(j.n[ss:se])
		}
		if ok {
			return p.rule
		}
	}
	if j.s.phrases[c.phrase].Category == "F05" && annualFigure(j.n[ss:se]) {
		return "frame:conversion:年化" // 日利率0.03%起（年化10.95%起）: the annualised figure is stated beside it
	}
	return j.definitionAfter(c, a, b, ss)
}

// firstPersonBetween reports 我 or 咱 in the runes: the words after an
// attribution are then ours again.
func firstPersonBetween(rs []rune) bool {
	for _, r := range rs {
		if r == '我' || r == '咱' {
			return true
		}
	}
	return false
}

// annualFigure reports 年化 followed by a figure within a few runes (年化10.95%, 年化单利是12%).
func annualFigure(rs []rune) bool {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '年' || rs[i+1] != '化' {
			continue
		}
		depth := 0 // a bracketed aside and a colon (年化利率（单利，IRR口径）：3.6%) are skipped
		for k, seen := i+2, 0; k < len(rs) && seen <= 5; k++ {
			switch r := rs[k]; {
			case r == '（' || r == '(':
				depth++
			case r == '）' || r == ')':
				depth = max(0, depth-1)
			case depth > 0, r == '：', r == ':':
			case isDigit(r):
				return true
			case isClauseEnd(r):
				seen = 99
			default:
				seen++
			}
		}
	}
	return false
}

// definitionAfter: a practice named at the start of its sentence and then
// defined (以贷养贷是用新借的钱还旧债; 砍头息就是借款时先扣除…) — the name
// followed by 是/就是/即/指 and a defining word. Promise families (approval,
// speed, amount, authority, diversion) are never defined this way: 包过就是…
// is still a promise.
func (j *judge) definitionAfter(c *cand, a, b, ss int) string {
	switch j.s.phrases[c.phrase].Category {
	case "F01", "F02", "F06", "F07", "F18", "F19":
		return ""
	}
	for k := ss; k < a; k++ { // only quote marks or 所谓 before the name
		if r := j.n[k]; !isOpenQuote(r) && !isCloseQuote(r) && r != '所' && r != '谓' {
			return ""
		}
	}
	i := b
	for i < len(j.n) && i < b+2 && isCloseQuote(j.n[i]) {
		i++
	}
	rest := j.n[i:min(len(j.n), i+5)]
	for _, verb := range [...]string{"就是", "是指", "指的是", "即", "是", "指"} {
		k, ok := 0, true
		for _, r := range verb {
			if k >= len(rest) || rest[k] != r {
				ok = false
				break
			}
			k++
		}
		if ok && k < len(rest) && strings.ContainsRune("用借把在将通过利用以指一某打冒让向从", rest[k]) {
			return definition
		}
	}
	return ""
}

// hasFigure reports a number in the runes: a digit or a Chinese rate figure
// (万五, 八厘).
func hasFigure(rs []rune) bool {
	for i, r := range rs {
		if r >= '0' && r <= '9' || r == '厘' {
			return true
		}
		if r == '万' && i+1 < len(rs) && isChineseDigit(rs[i+1]) {
			return true
		}
	}
	return false
}

func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}
