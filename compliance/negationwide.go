package compliance

import (
	"slices"
	"strings"
)

// Negations that reach further than a plain negator before the hit: dialect
// negators (the Tagalog, Indonesian and Malay ones are in negationsea.go), a
// negator far before its verb, a hit dismissed or asked and answered, and the
// shapes that look like negation but grant (冇咩大不了, 没有X也OK).

// dialectNegation: a dialect negator in [lo, a) shortly before the hit, as a
// cue of the short window would be (阿拉勿会叫侬加私人微信, 覅光看日息, 我勿好
// 打包票); 勿会以任何理由 reaches as far as 不会以任何理由. An A-not-A
// question (批勿批得出, 好勿好), 有冇得 and words of no negation (覅担心,
// 唔好意思, 冇得问题) are none.
func (j *judge) dialectNegation(lo, a, cond int) string {
	n := j.n
	for i := max(lo, a-negPromiseWindow-anyReach-8); i < a; i++ {
		if n[i] == '甭' && i+1 < a && strings.ContainsRune(bengVerbs, n[i+1]) && (cond < 0 || i <= cond) && !scopeBreak(n[i+1:a]) &&
			wordLen(n[i+2:a]) <= negWindow {
			return "negation:甭" // northern 甭 = 不要 before a verb of doing (甭加什么私人号, 甭交啥押金)
		}
		if n[i] == '白' && (cond < 0 || i <= cond) && henanBai(n, i, a) {
			return "negation:白" // Henan 白 = 别 before a verb of doing (验证码千万白告诉任何人, 用不着的白多借)
		}
		if !strings.ContainsRune("勿覅呒冇莫唔么嫑", n[i]) {
			continue
		}
		if n[i] == '么' && i > 0 && strings.ContainsRune("什怎那这多要为甚啥", n[i-1]) {
			continue // 什么有, 怎么有: no northwestern 么有 (= 没有)
		}
		for _, d := range [...][2]string{ // Wu 勿会 = 不会, 勿好 = 不能, 覅 = 不要, 呒没 = 没有; Hunan 冇得; Cantonese 唔好 = 不要
			{"勿会", "negation:勿会"}, {"勿好", "negation:勿好"}, {"勿能", "negation:勿能"}, {"勿可以", "negation:勿可以"},
			{"勿要", "negation:勿要"}, {"勿许", "negation:勿许"}, {"勿肯", "negation:勿肯"}, {"勿得", "negation:勿得"},
			{"覅", "negation:覅"}, {"呒没", "negation:呒没"}, {"呒得", "negation:呒得"}, {"冇得", "negation:冇得"}, {"莫得", "negation:莫得"},
			{"唔好", "negation:唔好"}, {"唔准", "negation:唔准"}, {"唔肯", "negation:唔肯"}, {"唔做", "negation:唔做"},
			{"唔收", "negation:唔收"}, {"唔帮", "negation:唔帮"}, {"唔搞", "negation:唔搞"}, {"唔提供", "negation:唔提供"},
			{"唔建议", "negation:唔建议"}, {"唔推荐", "negation:唔推荐"}, {"唔鼓励", "negation:唔鼓励"},
			// fixE 65/66: northwestern 么有 = 没有, 嫑 = 不要 (么有撒内部渠道, 嫑信啥包过)
			{"么有", "negation:么有"}, {"嫑", "negation:嫑"},
		} {
			if !hasPrefix(n[i:a], d[0]) {
				continue
			}
			e := i + len([]rune(d[0]))
			if e > a || cond >= 0 && i > cond || dialectNeutral(n, i, e) || repayRefused(n, e) || scopeBreak(n[e:a]) || conceded(n, i, e, a) {
				continue
			}
			window := negWindow
			if w := dialectReason(n[e:a]); w > 0 {
				e += w
				window = negPromiseWindow // 勿会以任何理由要求侬提供验证码
			} else if indexString(n[e:a], "任何") >= 0 {
				window += anyReach
			}
			if wordLen(n[e:a]) <= window {
				return d[1]
			}
		}
	}
	return ""
}

// bengVerbs: the verbs northern 甭 (= 不要, 不用) refuses in dialectNegation; 甭管 (no
// matter), 甭提 (beyond words), 甭说 (let alone), 甭看 (never mind) and 甭担心 do not.
const bengVerbs = "加信交给转找借贷弄办听碰搞拿签填写往挪理点扫发付充买透告私添"

// dialectReason returns the length of 以任何理由 / 以任何名义 opening rest, or 0.
func dialectReason(rest []rune) int {
	return prefixLen(rest, []string{"以任何理由", "以任何名义", "以任何形式", "以任何方式"})
}

// dialectNeutral reports a dialect negator at [i, e) that negates nothing:
// an A-not-A question (批勿批, 便宜勿便宜, 有冇得), or words of comfort and
// politeness after it (覅担心, 勿好意思, 冇得问题), or praise (没得说, 冇得弹,
// 冇得顶: beyond criticism, unbeatable).
func dialectNeutral(n []rune, i, e int) bool {
	if i > 0 && n[i-1] == '有' {
		return true // 有冇得, 有呒没: a question
	}
	if i > 0 && i+1 < len(n) && n[i-1] == n[i+1] || i > 1 && i+2 < len(n) && n[i-2] == n[i+1] && n[i-1] == n[i+2] {
		return true // 批勿批得出, 便宜勿便宜
	}
	rest := n[e:]
	for _, w := range [...]string{"意思", "担心", "急", "紧", "要紧", "错过", "客气", "犹豫", "怕", "慌", "问题", "事", "关系", "所谓", "晓得", "知道", "清楚",
		"说", "讲", "挑", "比", "输", "弹", "顶", "得讲"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// prepNegation: a one-character negator opening a prepositional phrase
// before the hit (不从本金中预先扣除, 绝不向您收取, 唔喺放款前扣): the
// negation reaches the verb after the phrase when it follows within a few
// runes and is no attribute of a noun (不对外公开的内部渠道).
func (j *judge) prepNegation(lo, a, cond int) string {
	n := j.n
	for i := max(lo, a-negWindow-2); i+1 < a; i++ {
		if negatorRule(n[i]) == "" && n[i] != '唔' || !strings.ContainsRune("从向对给跟替帮把经喺", n[i+1]) {
			continue
		}
		if a-i-2 > 6 || slices.Contains(n[i+2:a], '的') || cond >= 0 && i > cond || j.neutralAt(i, i+1) || inWord(n, i) || scopeBreak(n[i+2:a]) || i+2 < len(n) && n[i+1] == '对' && (n[i+2] == '劲' || n[i+2] == '的') {
			continue
		}
		return "negation:prep"
	}
	return ""
}

// topicDenied: the hit named as a topic and denied by the speaker right
// after it in its clause (“内部渠道”阿拉呒没, 包过我哋冇嘅, 秒批我们不搞).
func (j *judge) topicDenied(b int) string {
	n := j.n
	_, ce := j.bounds(b, b, isClauseEnd)
	i := b
	for i < ce && (isCloseQuote(n[i]) || n[i] == '的' || n[i] == '额' || n[i] == '嘅') {
		i++
	}
	p := prefixLen(n[i:ce], []string{"阿拉", "我们", "我哋", "我司", "本司", "本公司", "本平台", "咱们", "俺们", "伲", "我", "俺", "咱"})
	if p == 0 {
		return ""
	}
	i += p
	for i < ce && strings.ContainsRune("也都侪是从来根本绝对一律", n[i]) {
		i++
	}
	neg := prefixLen(n[i:ce], []string{"呒没", "没有", "冇得", "莫得", "冇", "没", "勿", "覅", "不", "唔"})
	if neg == 0 {
		return ""
	}
	i += neg
	for k := 0; i < ce && k < 2 && strings.ContainsRune("做搞办弄开有给帮收接", n[i]); k++ {
		i++
	}
	for i < ce && strings.ContainsRune("的额嘅啊呀哦了喔咯嘛噢", n[i]) {
		i++
	}
	if i != ce {
		return ""
	}
	return "negation:topic"
}

// answeredNo: a hit asked about in a question (蛮多人问能不能不查征信) that a
// later clause of the sentence answers with a denial of it (这个冇得绕过去,
// 这个做不到, 这种不可能).
func (j *judge) answeredNo(cs, a, b int) string {
	n := j.n
	q := false
	for _, w := range [...]string{"能不能", "可不可以", "能否", "可否", "行不行", "会不会", "是否", "得唔得", "可唔可以", "能唔能", "可勿可以", "好勿好"} {
		if indexString(n[cs:a], w) >= 0 {
			q = true
			break
		}
	}
	if !q {
		return ""
	}
	_, se := j.bounds(a, b, isSentenceEnd)
	for i := b; i < se; i++ {
		if !isClauseEnd(n[i]) {
			continue
		}
		k := i + 1
		d := 0
		for _, w := range [...]string{"这个", "这种", "这事", "这点", "那个", "那种", "呢个", "呢种", "搿个", "这"} {
			if hasPrefix(n[k:se], w) {
				d = len([]rune(w))
				break
			}
		}
		if d == 0 {
			continue
		}
		k += d
		for k < se && strings.ContainsRune("是也都真确实根本肯定绝对实在", n[k]) {
			k++
		}
		for _, w := range [...]string{"冇得", "没得", "莫得", "做不到", "办不到", "不行", "不可能", "不能", "没办法", "冇办法", "没法", "唔得", "唔可以", "唔能", "冇可能", "勿来事", "勿可以", "勿好", "不得"} {
			if hasPrefix(n[k:se], w) && !dialectNeutral(n, k, k+len([]rune(w))) {
				return "negation:answered"
			}
		}
	}
	return ""
}

// repayRefused reports 还 (repay) right after a dialect negator at e, as a
// verb of its own (网贷还勿出就覅还了): advice not to repay is the F13 claim
// itself, not a negation of it.
func repayRefused(n []rune, e int) bool {
	if e >= len(n) || n[e] != '还' {
		return false
	}
	return e+1 == len(n) || isClauseEnd(n[e+1]) || strings.ContainsRune("了钱款啦咧伊", n[e+1])
}

// farNegation: a negation whose verb stands further from the hit than the
// short window, with the distance spent on wording that keeps its scope:
//   - a means phrase and a verb of asking (不会透过电话或短讯要求阁下提供…,
//     从不通过微信向您索要…): the request is what is refused;
//   - a verb of receiving (未获任何机关背书, 并未获政府认证): nothing received;
//   - a causative with its addressee and verb (不让您加私人号, 别叫你交…),
//     or a verb and a filler (不加嘛私人号, 没啥内部渠道): the filler
//     (嘛, 啥, 什么, 个) carries no meaning of its own;
//   - a verb of saying with the hit dismissed after it (咱不说包过那套,
//     从来不讲秒批那一套): the wording itself is rejected.
func (j *judge) farNegation(cs, a, b, cond int) string {
	n := j.n
	for i := max(cs, a-24); i < a; i++ {
		if negatorRule(n[i]) == "" || j.neutralAt(i, i+1) || inWord(n, i) || cond >= 0 && i > cond || scopeBreak(n[i+1:a]) {
			continue
		}
		e := i + 1
		if e < a && n[e] == '会' {
			e++
		}
		if e+1 < a && (hasPrefix(n[e:a], "透过") || hasPrefix(n[e:a], "通过") || hasPrefix(n[e:a], "经由") || hasPrefix(n[e:a], "借助") || hasPrefix(n[e:a], "利用")) {
			for v := e + 2; v+1 < a && v-e <= 14; v++ {
				if (hasPrefix(n[v:a], "要求") || hasPrefix(n[v:a], "索要") || hasPrefix(n[v:a], "索取")) && wordLen(n[v+2:a]) <= negWindow {
					return "negation:means"
				}
			}
		}
		if e == i+1 && n[e] == '获' && e+1 < a && n[e+1] != '批' && !slices.Contains(n[e+1:a], '的') && (wordLen(n[e+1:a]) <= 6 || indexString(n[e+1:a], "任何") <= 1 && wordLen(n[e+1:a]) <= 6+anyReach) { // 未获批 (not approved) is no denial of what follows
			return "negation:未获"
		}
	}
	if a >= 2 && negatorRule(n[a-2]) != "" && !inWord(n, a-2) && strings.ContainsRune("说讲提吹玩搞整来谈", n[a-1]) && (cond < 0 || a-2 < cond) {
		for _, w := range [...]string{"那套", "这套", "那一套", "这一套", "那些话", "这种话", "那种话", "之类的话", "的那套", "那种鬼话", "的鬼话"} {
			if hasPrefix(n[b:], w) {
				return "negation:saying"
			}
		}
	}
	// a negator, an optional causative with its addressee, a verb, a filler
	k := a
	filled := false
	for k > cs && strings.ContainsRune("嘛啥么个", n[k-1]) && a-k < 3 {
		k--
		filled = true
	}
	if filled && k-1 >= cs && n[k-1] == '什' { // 什么
		k--
	}
	if k > cs && strings.ContainsRune("加留添存扫收要用搞做有给交付", n[k-1]) {
		k--
	}
	caused := false
	for _, ad := range [...]string{"您们", "你们", "大家", "客户", "您", "你"} {
		m := len([]rune(ad))
		if k-m-1 > cs && hasSuffixRunes(n[cs:k], ad) && strings.ContainsRune("让叫", n[k-m-1]) {
			k -= m + 1
			caused = true
			break
		}
	}
	if !filled && !caused || k-1 < cs || negatorRule(n[k-1]) == "" || inWord(n, k-1) || j.neutralAt(k-1, k) || cond >= 0 && k-1 > cond {
		return ""
	}
	return "negation:filler"
}

// hasSuffixRunes reports rs ending in w.
func hasSuffixRunes(rs []rune, w string) bool {
	m := len([]rune(w))
	return m <= len(rs) && hasPrefix(rs[len(rs)-m:], w)
}

// dismissed: a hit the sentence waves away without a plain negator before it:
//   - Cantonese 唔 right before it (唔建议借多过…, 唔推荐): not 唔止/唔单
//     (not only) nor an A-not-A question;
//   - a verb of promising with a potential negative shortly before it in its
//     clause (谁也保证不了一定能批, 担保唔到): nobody can promise it;
//   - its clause ending on a verdict of uselessness (你表哥在银行上班也没用):
//     the connection is named to be dismissed;
//   - a claim reported with a verb of saying and answered by a question of
//     disbelief (佢讲话包你批，你信咩？);
//   - leave to apply (有迟缴仍可提出申请) followed by a clause that the outcome
//     may suffer (但核贷结果可能受影响): an application allowed, no loan
//     promised.
func (j *judge) dismissed(cs, a, b, cond int) string {
	n := j.n
	if a > 0 && n[a-1] == '唔' && (cond < 0 || a-1 < cond) && !dialectNeutral(n, a-1, a) && !strings.ContainsRune("止单只仅使该系好", n[a]) {
		return "negation:唔"
	}
	not := hasNot(n[cs:b]) // every word below holds 不 or 唔: one scan spares sixteen
	for _, w := range [...]string{"保证不了", "保证不到", "保证唔到", "保证唔了", "担保不了", "担保唔到", "打包票不了", "承诺不了", "包不了", "包唔到", "打不了包票", "打唔到包票", "拍不了胸脯", "说不准", "讲不准", "话唔定"} {
		if !not {
			break
		}
		if hasPrefix(n[a:b], w) && (cond < 0 || a < cond) {
			return "negation:cannot-promise" // the claim's own words deny it (保证唔到一定批到)
		}
		k := indexString(n[cs:a], w)
		if k < 0 {
			continue
		}
		k += cs + len([]rune(w))
		if (cond < 0 || k <= cond) && !scopeBreak(n[k:a]) && wordLen(n[k:a]) <= negWindow {
			return "negation:cannot-promise"
		}
	}
	_, ce := j.bounds(a, b, isClauseEnd)
	for _, w := range [...]string{"也没用", "都没用", "也没有用", "都没有用", "也不管用", "都不管用", "也冇用", "都冇用", "也白搭", "都白搭", "也无用", "都无用", "也没啥用", "都没啥用"} {
		if ce == b || n[ce-1] != '用' && n[ce-1] != '搭' { // every word ends the clause on 用 or 搭
			break
		}
		if k := indexString(n[b:ce], w); k >= 0 && b+k+len([]rune(w)) == ce {
			return "negation:useless"
		}
	}
	if ce < len(n) && !isSentenceEnd(n[ce]) && cs < a {
		said := false
		for _, w := range [...]string{"讲话", "话", "讲", "说", "声称", "号称", "自称", "吹"} {
			if indexString(n[cs:a], w) >= 0 {
				said = true
				break
			}
		}
		if said {
			_, qe := j.bounds(ce+1, ce+1, isClauseEnd)
			q := n[ce+1 : qe]
			for _, w := range [...]string{"你信咩", "你信吗", "你信么", "你信嘛", "你也信", "你都信", "你会信", "谁信", "边个信", "信就有鬼", "信佢就输", "信他就输"} {
				if hasPrefix(q, w) && qe < len(n) && (n[qe] == '？' || n[qe] == '?') {
					return "negation:disbelieved"
				}
			}
		}
	}
	if j.appliedHedged(b, ce) {
		return "negation:apply-hedged"
	}
	if e := j.cantoneseForbidAfter(a, b); e != "" {
		return e
	}
	return ""
}

// cantoneseForbidAfter: a secret named, then a Cantonese prohibition in its
// clause (网银密码千祈唔好俾任何人, 验证码唔好畀人睇): the reader is told to keep
// it, unless the sentence goes on to an exception (…净系俾我, 除咗我).
func (j *judge) cantoneseForbidAfter(a, b int) string {
	n := j.n
	_, se := j.bounds(a, b, isSentenceEnd)
	if !slices.ContainsFunc(n[b:se], func(r rune) bool { return r == '唔' || r == '咪' }) {
		return "" // every prohibition holds 唔 or 咪
	}
	_, ce := j.bounds(a, b, isClauseEnd)
	if _, le := j.bounds(a, b, isListClauseEnd); listTopic(n[b:le]) {
		ce = se
	}
	for _, w := range [...]string{"千祈唔好", "千万唔好", "千祈咪", "千万咪", "唔好俾", "唔好畀", "唔好话俾", "唔好话畀", "唔好讲俾", "唔好讲畀", "唔好发俾", "唔好发畀", "唔好send俾", "唔好send畀", "咪俾", "咪畀", "唔好透露", "唔好话人知", "唔好讲人知"} {
		k := indexString(n[b:ce], w)
		if k < 0 {
			continue
		}
		for _, x := range [...]string{"除咗", "除了", "净系", "剩系", "只", "淨系", "但要", "不过要", "之后俾", "之后畀"} {
			if indexString(n[b:se], x) >= 0 {
				return ""
			}
		}
		return "negation:唔好"
	}
	return ""
}

// appliedHedged reports a hit followed by leave to apply that ends its clause
// (…仍可提出申请), and a next clause opening with 但 that says the outcome may
// suffer or is not promised (但核贷结果可能受影响, 但不保证获批).
func (j *judge) appliedHedged(b, ce int) bool {
	n := j.n
	i := b
	for _, w := range [...]string{"提出", "递交", "提交", "进行", "办理"} {
		if hasPrefix(n[i:ce], w) {
			i += len([]rune(w))
			break
		}
	}
	if !hasPrefix(n[i:ce], "申请") || ce-(i+2) > 1 || ce >= len(n) || isSentenceEnd(n[ce]) {
		return false
	}
	_, ne := j.bounds(ce+1, ce+1, isClauseEnd)
	next := n[ce+1 : ne]
	if !hasPrefix(next, "但") && !hasPrefix(next, "不过") {
		return false
	}
	for _, w := range [...]string{"可能受影响", "可能会受影响", "或受影响", "会受影响", "不保证", "不一定", "不承诺", "未必", "可能较低", "可能会较低", "可能被拒", "可能不获批", "另行评估", "审慎评估", "综合评估"} {
		if indexString(next, w) >= 0 {
			return true
		}
	}
	return false
}

// noBigDeal reports a negator at [i, e) that opens 大不了 (冇咩大不了, 没什么
// 大不了, 冇大不了): "no big deal" waves a risk away, it denies nothing.
func noBigDeal(n []rune, i, e int) bool {
	rest := n[e:]
	for _, w := range [...]string{"大不了", "咩大不了", "乜大不了", "什么大不了", "啥大不了", "甚么大不了", "甚麼大不了"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// conceded reports a have-not negator at [i, e) opening a concession that
// reaches past the hit at a: 没有X也OK, 冇X都得, 无X也没问题 grant the thing
// without X, they deny nothing.
func conceded(n []rune, i, e, a int) bool {
	have := false
	for _, w := range [...]string{"没", "没有", "冇", "冇得", "无", "没得", "沒", "沒有", "無", "莫得", "呒没"} {
		if runesEqual(n[i:e], w) {
			have = true
			break
		}
	}
	if !have {
		return false
	}
	ce := a
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	for k := a; k < ce-1; k++ {
		if n[k] != '也' && n[k] != '都' {
			continue
		}
		rest := n[k+1 : ce]
		if n[k] == '都' && rest[0] == '得' {
			return true // 冇X都得 (Cantonese: fine all the same)
		}
		for _, w := range [...]string{"ok", "OK", "Ok", "行", "可以", "没问题", "沒問題", "冇问题", "冇問題", "无所谓", "無所謂", "能", "照样", "照樣", "照批", "照贷", "照貸", "fine", "无妨", "無妨", "不要紧", "不要緊", "唔紧要", "唔緊要", "没关系", "沒關係", "一样批", "一樣批", "一样贷", "一樣貸", "批"} {
			if hasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// adverbNegated reports a one-character negator before an adverb of extra
// or separate doing right before the hit (不另外私下收取, 绝不另行收费, 不额外
// 加收): the hit is refused.
func adverbNegated(n []rune, a int) string {
	if a < 3 || !strings.ContainsRune("外行独獨", n[a-1]) { // what every adverb below ends on
		return ""
	}
	for _, w := range [...]string{"另外", "另行", "额外", "額外", "再另外", "再额外", "再額外", "单独", "單獨"} {
		l := len([]rune(w))
		if a-l-1 < 0 || !hasSuffixRunes(n[:a], w) {
			continue
		}
		if e := negatorRule(n[a-l-1]); e != "" && !inWord(n, a-l-1) {
			return e
		}
	}
	return ""
}

// feeWaived reports "no need to pay" in or just before an upfront-fee hit
// (审批前不需要交任何评估费, 您不需要先买保险才能放款): the no-need words
// that read as neutral elsewhere (不用担心) deny the payment here.
func feeWaived(n []rune, lo, b int) bool {
	for i := lo; i < b; i++ {
		if !strings.ContainsRune("不无毋唔", n[i]) {
			continue
		}
		for _, w := range [...]string{"不需要", "不用", "无需", "无须", "不必", "毋须", "毋需", "唔使", "唔需要"} {
			if !hasPrefix(n[i:], w) {
				continue
			}
			k := i + len([]rune(w))
			if k < len(n) && n[k] == '先' {
				k++
			}
			for _, v := range [...]string{"交", "缴", "付", "支付", "买", "购买", "转", "俾", "畀"} {
				if k < b && hasPrefix(n[k:], v) {
					return true
				}
			}
		}
	}
	return false
}

// askedInside reports a question mark inside a hit: the hit asks and answers.
func askedInside(rs []rune) bool {
	for _, r := range rs {
		if r == '?' || r == '？' {
			return true
		}
	}
	return false
}

// hasNot reports a 不 or 唔 in rs.
func hasNot(rs []rune) bool {
	return slices.ContainsFunc(rs, func(r rune) bool { return r == '不' || r == '唔' })
}

// placeNegation: a prohibition opening a place or means phrase before a verb
// of sending (请不要在对话中传送信用卡背面的安全码, 切勿通过群聊发送验证码,
// 别在电话里念密码): the sending is what is forbidden, the hit its object.
// A waiver (不用在…) or a shrug (不要在意) is none.
func (j *judge) placeNegation(cs, a, cond int) string {
	n := j.n
	for i := max(cs, a-26); i+2 < a; i++ {
		k := prefixLen(n[i:a], []string{"千万不要", "千万别", "请不要", "请勿", "切勿", "不要", "不得", "不可", "禁止", "严禁", "别", "勿", "莫", "唔好"})
		if k == 0 || cond >= 0 && i > cond || inWord(n, i) || j.neutralAt(i, i+1) {
			continue
		}
		e := i + k
		m := prefixLen(n[e:a], []string{"在", "于", "通过", "透过", "经由", "借助", "用", "喺"})
		if m == 0 || e+m < a && strings.ContainsRune("意乎", n[e+m]) || scopeBreak(n[e:a]) || slices.Contains(n[e:a], '了') {
			continue
		}
		for v := e + m + 1; v < a && v-e <= 14; v++ {
			l := prefixLen(n[v:a], []string{"传送", "发送", "发给", "传给", "发", "传", "透露", "告诉", "告知", "提供", "输入", "填写", "分享", "上传", "回复", "泄露", "念", "读出", "说出", "报出", "俾", "畀", "send", "share", "type", "enter", "give"})
			if l > 0 && wordLen(n[v+l:a]) <= negWindow {
				return "negation:place"
			}
		}
	}
	return ""
}

// henanBai (f00_henan-bai-dont) reports a Henan 白 (= 别, don't) at i that
// refuses a verb of doing before a: 白 right before the verb or with a
// degree word between (白多借, 白乱签, 白再信). 白拿, 白送, 白给, 白白, 白干
// (for free, in vain) and the 白 of 说白了, 明白, 坦白, 空白, 洗白 do not.
func henanBai(n []rune, i, a int) bool {
	if i > 0 && strings.ContainsRune("白明坦空洗黑表告苍洁雪纯蛋", n[i-1]) || i+1 >= len(n) {
		return false
	}
	k := i + 1
	if strings.ContainsRune("多乱瞎再", n[k]) {
		k++
	}
	if k >= len(n) || k > i+1 && !strings.ContainsRune(baiVerbs+"借贷", n[k]) || k == i+1 && !strings.ContainsRune(baiVerbs, n[k]) {
		return false
	}
	return k >= a || !scopeBreak(n[k:a]) && wordLen(n[k+1:a]) <= negWindow
}

// baiVerbs: the verbs Henan 白 refuses right after it (白告诉, 白加, 白信); 借
// and 贷 only after a degree word (白多借), since 白借 may be a free loan.
const baiVerbs = "告说加信交转签填扫点听理碰搞弄透私添"
