package compliance

// Rate statements. A text states a rate, fee or monthly payment when it gives
// a figure for one: a percentage, a rate in 厘, a rate or payment word
// followed by a number (年化12%, 月息1分, 日息万五, 月供约3000元, 总利息约6618元)
// or an amount of money right before a fee word (500元服务费). Naming the
// word (额度和利率由机构决定) is no statement, and neither is a figure
// inside a question to the applicant, inside an example of an answer
// (例如：每月还3000) or in the applicant's own existing debts (每月已有还款3000).

// figureWindow bounds the runes between a rate or payment word and its figure.
const figureWindow = 10

// statesFigure reports whether the rate or payment word at [a, b) is given a
// figure that the text presents as an offer or estimate.
func statesFigure(n []rune, a, b int) bool {
	return (figureAfter(n, b) || figureBefore(n, a)) && !notOffered(n, a, b)
}

// statesRateUnit reports a percentage or a 厘 rate at position i that the text
// presents as an offer or estimate.
func statesRateUnit(n []rune, i int) bool {
	switch n[i] {
	case '%':
		if i == 0 || !isDigit(n[i-1]) || ratioClause(n, i) {
			return false
		}
	case '厘':
		if i == 0 || !isDigit(n[i-1]) && !isCNNumeral(n[i-1]) {
			return false
		}
	default:
		return false
	}
	return !notOffered(n, i, i+1)
}

// ratioClause reports a percentage that measures a ratio, not a price:
// 负债率建议控制在50%以内, 首付比例30%, 信用卡使用率超过80%.
func ratioClause(n []rune, i int) bool {
	cs := i
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for _, w := range [...]string{"负债率", "负债比", "收入比", "占比", "比例", "首付", "成数", "抵押率", "使用率", "通过率"} {
		if indexOf(n[cs:i], w) >= 0 {
			return true
		}
	}
	return false
}

// figureAfter: a number after the word within its clause (a colon or bracket
// may come between: 月供：3000元).
func figureAfter(n []rune, b int) bool {
	for k := b; k < len(n) && k-b <= figureWindow; k++ {
		switch r := n[k]; {
		case isSentenceEnd(r) || r == ',' || r == '，' || r == '、':
			return false
		case isDigit(r) || isCNNumeral(r):
			return isFigure(n, k)
		}
	}
	return false
}

// figureBefore: an amount of money right before the word (500元服务费, 300块的手续费).
func figureBefore(n []rune, a int) bool {
	k := a - 1
	if k >= 0 && n[k] == '的' {
		k--
	}
	if k < 1 || n[k] != '元' && n[k] != '块' {
		return false
	}
	return isDigit(n[k-1]) || isCNNumeral(n[k-1])
}

// isFigure reports whether the number starting at k is an amount or a rate,
// not a count or a term (近6个月, 12期, 一般): Arabic digits or a Chinese
// numeral that carries a unit or a magnitude (三千, 万五, 八厘, 一分).
func isFigure(n []rune, k int) bool {
	e, cn, magnitude := k, false, false
	for e < len(n) && (isDigit(n[e]) || n[e] == '.' || isCNNumeral(n[e])) {
		if isCNNumeral(n[e]) {
			cn = true
			magnitude = magnitude || n[e] == '万' || n[e] == '千' || n[e] == '百'
		}
		e++
	}
	if e < len(n) && isCountUnit(n, e) {
		return false
	}
	if !cn {
		return true
	}
	if magnitude && e-k >= 2 {
		return true
	}
	if e >= len(n) {
		return false
	}
	switch n[e] {
	case '元', '块', '厘', '分', '%', '毛', '角':
		return true
	}
	return false
}

// isCountUnit: a number of months, terms, years, times or people.
func isCountUnit(n []rune, e int) bool {
	switch n[e] {
	case '个', '期', '年', '次', '岁', '天', '日', '人', '笔', '家', '张', '份', '倍':
		return true
	case '分':
		return e+1 < len(n) && n[e+1] == '钟'
	}
	return false
}

func isCNNumeral(r rune) bool {
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
		'壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '半':
		return true
	}
	return false
}

// notOffered reports a figure at [i, j) that is not the account's offer or
// estimate: it sits in a question to the applicant, in an example of an
// answer, or in the applicant's own existing debts.
func notOffered(n []rune, i, j int) bool {
	ss, se := i, i
	for ss > 0 && !isSentenceEnd(n[ss-1]) {
		ss--
	}
	for se < len(n) && !isSentenceEnd(n[se]) {
		se++
	}
	if askedClause(n, ss, se, i) {
		return true
	}
	if answerExample(n, ss, i) {
		return true
	}
	cs := i
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	for _, w := range [...]string{"已有", "原有", "其他贷款", "负债", "您目前的", "您现在的", "你目前的", "你现在的",
		"您目前每月", "您现在每月", "你目前每月", "你现在每月"} {
		if indexOf(n[cs:j], w) >= 0 { // the applicant's existing debts (每月已有还款3000)
			return true
		}
	}
	return false
}

// askedClause reports a figure in the last clause of a question to the
// applicant (您的月供是3000元吗？; 年化18%的产品您能接受吗？). A figure in an
// earlier clause is stated (按年化12%算，每月约8884元，您看合适吗？).
func askedClause(n []rune, ss, se, i int) bool {
	if se >= len(n) || n[se] != '?' || indexOf(n[ss:se], "您") < 0 && indexOf(n[ss:se], "你") < 0 {
		return false
	}
	for k := i; k < se; k++ {
		if isClauseEnd(n[k]) {
			return false
		}
	}
	return true
}

// answerExample reports an example of an answer before i in the sentence
// starting at ss: 例如/比如 after a question, in a request (请写…例如) or
// followed by a quotation (例如“贷10万12期月供多少”).
func answerExample(n []rune, ss, i int) bool {
	for _, w := range [...]string{"例如", "比如", "譬如"} {
		k := indexOf(n[ss:i], w)
		if k < 0 {
			continue
		}
		k += ss
		q := k + 2
		if q < len(n) && n[q] == ':' {
			q++
		}
		if q < len(n) && isOpenQuote(n[q]) || ss > 0 && n[ss-1] == '?' {
			return true
		}
		for _, r := range [...]string{"请", "回复", "告诉", "输入", "直接写"} {
			if indexOf(n[ss:k], r) >= 0 {
				return true
			}
		}
	}
	return false
}

// indexOf returns the index of the runes of w in rs, or -1; it allocates nothing.
func indexOf(rs []rune, w string) int {
	for i := range rs {
		j := i
		ok := true
		for _, r := range w {
			if j >= len(rs) || rs[j] != r {
				ok = false
				break
			}
			j++
		}
		if ok {
			return i
		}
	}
	return -1
}

// yearConverted reports a daily or monthly rate at b converted to the yearly
// figure after it in its sentence, in plain words (日息万五听着少 一年下来也是
// 百分之十八多; 月息两分，折合一年就是24%): the rate explained, not sold. A
// figure played down (一年下来才百分之五, 一年也就几块钱) is none.
func yearConverted(n []rune, b, se int) bool {
	rest := n[b:se]
	k := -1
	for _, w := range [...]string{"一年下来", "一年算下来", "一年落嚟", "一年落来", "一年计落", "计落一年", "一年到头", "全年下来", "一整年下来", "按一年算", "按年算", "算成一年", "折合一年", "折成一年", "换算成一年", "换算成年化", "换算成年利率", "折合年化", "折合年利率", "一年就是", "一年嘅", "成年计", "年计"} {
		if i := indexOf(rest, w); i >= 0 && (k < 0 || i < k) {
			k = i + len([]rune(w))
		}
	}
	if k < 0 {
		return false
	}
	tail := rest[k:]
	if addsUp(tail) {
		return true // 月息看着少，一年下来可就不是那么回事儿了: the year said to add up, a warning
	}
	for _, w := range [...]string{"才", "只", "仅", "不到", "低至", "就几", "也就", "而已", "都不到", "咁少", "好少", "先至", "先得", "至得", "啫", "咋"} {
		if indexOf(tail, w) >= 0 {
			return false
		}
	}
	for i, r := range tail {
		if r == '%' && i > 0 && isDigit(tail[i-1]) {
			return true
		}
		if r == '百' && i+3 < len(tail) && tail[i+1] == '分' && tail[i+2] == '之' && (isCNNumeral(tail[i+3]) || isDigit(tail[i+3])) {
			return true
		}
	}
	return false
}

// addsUp reports a year's tail that says the sum is large after all (一年下来可就不是那么回事儿了,
// 一年下来可不少, 一年下来吓一跳, 一年下来 adds up), with no belittling word before it.
func addsUp(tail []rune) bool {
	for _, w := range [...]string{"才", "只", "仅", "不到", "也就", "而已", "就几"} {
		if indexOf(tail, w) >= 0 {
			return false
		}
	}
	for _, w := range [...]string{"不是那么回事", "不是这么回事", "不是那回事", "不是一回事", "可不少", "就不少", "不少了", "可就多了", "就多了", "多了去了", "吓一跳", "吓你一跳", "吓您一跳", "吓人", "可不低", "就不低", "不低了", "可观", "不是小数", "不是个小数", "不是小钱", "不是个小钱", "高得多", "多得多", "好大一笔", "一大笔", "唔少", "好多钱", "addsup", "addup", "alot"} {
		if indexOf(tail, w) >= 0 {
			return true
		}
	}
	return false
}
