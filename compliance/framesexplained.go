package compliance

import "strings"

// Frames for honest sentences that name a forbidden practice or promise to
// explain it: a burden said to grow (以债养债只会让负担更重), a procedure told in
// its order (转贷要先还旧贷再放新贷), a promise made absurd by an ironic
// counterfactual (百分百能批的话我也不用干这行了), a clean credit record made
// conditional on repaying on time (按时还款，征信就不会出问题). Also the
// endorsement that answers an attributed claim asked about (听说不还也没事？没错).

// explainedFrameWords appends the tables below to the frame words.
func explainedFrameWords(words map[int][]string) {
	// f13_burden-grows: the debt or its pressure said to grow after the practice.
	words[cueConseq] = append(words[cueConseq], burdenGrows...)
	// f10_scam-likely (Cantonese): a demand named, then called a likely scam (…都好大机会系骗案).
	words[cueEval] = append(words[cueEval], scamLikelyYue...)
	// f13_burden-grows widened: the debt piling up or the debt ratio pushed up.
	words[cueConseq] = append(words[cueConseq], debtPilesUp...)
	// f05_cost-revealed widened: a cheap look refuted by the annualised figure.
	words[cueEval] = append(words[cueEval], annualisedRevealed...)
	// f11_taught-to-spot: a practice named as what the reader learns to spot (认清砍头息).
	words[cueAdviceNear] = append(words[cueAdviceNear], taughtToSpot...)
}

// debtPilesUp: consequences of borrowing to repay or from many lenders — the
// debt piling up, the debt ratio pushed up (债务快速累积, 推高您的负债率).
var debtPilesUp = []string{
	"债务快速累积", "债务迅速累积", "债务不断累积", "债务累积", "债务越积越多", "债务快速增加", "债务迅速增加", "债务不断增加", "债务雪球",
	"会推高负债率", "会推高您的负债率", "会推高你的负债率", "会拉高负债率", "会拉高您的负债率", "会拉高你的负债率", "会抬高负债率", "会抬高您的负债率", "会抬高你的负债率", "会推高负债", "会拉高负债", "只会推高",
	"debtpilesup", "debtwillpileup", "debtsnowballs", "willraiseyourdebtratio", "pushesupyourdebtratio",
}

// annualisedRevealed: a cheap look refuted by the annualised figure right
// after it (sounds cheap, but annualised is about 10.95%).
var annualisedRevealed = []string{",butannualised", ",butannualized", "butannualised", "butannualized", "butwhenannualised", "butwhenannualized", "butannually", "butperyear", "butyearly", "butonanannualbasis", "但年化", "但折合年化", "但换算下来年化", "但按年算"}

// taughtToSpot: the reader taught to recognise a practice (认清砍头息, 识破套路贷).
// Not a bare 识别: 人脸识别 names a step, not a lesson.
var taughtToSpot = []string{"认清", "识破", "看清", "辨清", "学会识别", "学会辨别", "教您识别", "教你识别", "教您辨别", "教你辨别", "learntospot", "howtospot"}

// burdenGrows: consequences of borrowing to repay — the burden, pressure or
// debt heavier (负担更重, 压力只会更大, 越欠越多).
var burdenGrows = []string{
	"负担更重", "负担只会更重", "负担会更重", "负担越来越重", "负担越重", "负担更大", "负担只会更大",
	"压力更大", "压力只会更大", "压力会更大", "压力越来越大", "还款压力更大",
	"债务更重", "债务越来越重", "债务只会更重", "债务越滚越多", "债务越来越多",
	"越欠越多", "欠得更多", "窟窿越来越大", "窟窿越补越大", "越补越大", "坑越挖越深", "越陷越深",
	"只会让负担", "只会让压力", "只会让债务", "只会让你欠", "只会让窟窿", "只会使负担", "只会使债务",
	"会加重负担", "加重负担", "加重你的负担", "加重您的负担", "加重债务",
	"负担重咗", "负担更加重", "压力大咗", "越借越重",
}

// scamLikelyYue: a Cantonese verdict that a demand is likely a scam.
var scamLikelyYue = []string{"好大机会系骗案", "大机会系骗案", "都系骗案", "系骗案", "好大机会系骗局", "大机会系骗局", "系骗局", "好大机会系呃人", "大机会系呃人", "好大机会系诈骗", "大机会系诈骗"}

// explainedFrame returns the excuse of the frames below, or "".
func (j *judge) explainedFrame(c *cand, a, b, ss, se int) string {
	if ironicCounterfactual(j.n, b, se) {
		return "frame:hedge:ironic-counterfactual"
	}
	cat := j.s.phrases[c.phrase].Category
	if cat == "F13" && procedureOrder(j.n, a, b, ss, se) {
		return "frame:evaluation:procedure-order"
	}
	if cat == "F03" && repayCondition(j.n, a, ss, se) {
		return "frame:hedge:if-repaid-on-time"
	}
	if cat == "F05" && zeroRateFeeShown(j.n, a, b, ss, se) {
		return "frame:evaluation:zero-rate-fee-shown"
	}
	if cat == "F11" && payoutRuleStated(j.n, a, b, ss, se) {
		return "frame:evaluation:payout-rule-stated"
	}
	return j.intentFrame(c, a, b, ss, se) // framesintent.go
}

// ironicCounterfactual (f01_ironic-counterfactual): the claim made a
// condition (…的话) whose consequence is our own absurd fortune or quitting
// (百分百能批的话我也不用干这行了, 包过的话我早发财了): the promise is
// mocked, not made. The consequence must speak of us (我) and close on 了;
// a condition followed by advice to the reader (…的话你就放心申请) is not.
func ironicCounterfactual(n []rune, b, se int) bool {
	k := b
	for k < se && k < b+3 && !isClauseEnd(n[k]) && n[k] != '的' {
		k++
	}
	if k+1 >= se || n[k] != '的' || n[k+1] != '话' {
		return false
	}
	rest := n[k+2 : min(se, k+2+16)]
	for i := 0; i < len(rest) && (isClauseEnd(rest[i]) || rest[i] == '那'); i++ {
		rest = rest[i+1:]
		i = -1
	}
	p := prefixLen(rest, ironicConsequences)
	if p == 0 {
		return false
	}
	for i := p; i < len(rest); i++ {
		if isClauseEnd(rest[i]) {
			return false
		}
		if rest[i] == '了' || rest[i] == '咗' || rest[i] == '啦' {
			return true
		}
	}
	return false
}

// ironicConsequences: first-person consequences that mock a condition (我也不用
// 干这行了, 我早就发财了, 我还上什么班).
var ironicConsequences = []string{"我也不用", "我就不用", "我都不用", "我早就", "我早发财", "我早退休", "我早不干", "我也不会在这", "我也不至于", "我还用得着", "我哋都唔使", "我都唔使", "我早就唔使", "我早就发达", "我早发达", "大家都不用", "人人都不用", "银行都不用", "银行早就"}

// procedureOrder (f13_procedure-order): a refinance described in its order —
// the old loan repaid first, then the new one released (转贷要先还旧贷再放新贷,
// 先结清旧贷款，再发放新贷款) — with no one offering to do it for the reader
// (帮你, 我们, 垫): the order explained, not the service sold.
func procedureOrder(n []rune, a, b, ss, se int) bool {
	if a == ss || n[a-1] != '先' {
		return false
	}
	rest := n[b:min(se, b+8)]
	i := 0
	if i < len(rest) && (rest[i] == ',' || rest[i] == '，') {
		i++
	}
	if i >= len(rest) || rest[i] != '再' || indexString(rest[i:], "新") < 0 {
		return false
	}
	s := n[ss:se]
	for _, w := range [...]string{"帮你", "帮您", "替你", "替您", "我们", "我", "垫", "搞定", "包", "放心", "没问题", "冇问题"} {
		if indexString(s, w) >= 0 {
			return false
		}
	}
	return true
}

// repayCondition (f03_if-repaid-on-time): a clean credit record stated as the
// result of repaying on time — the condition closing the clause right before
// the claim (按时还款，征信就不会出问题; 只要按期还，征信不会有问题) — and no
// one of ours named to secure it (在我们这, 找我们, 包).
func repayCondition(n []rune, a, ss, se int) bool {
	k := a
	for k > ss && (isClauseEnd(n[k-1]) || n[k-1] == ' ') {
		k--
	}
	if k > ss+1 && n[k-2] == '的' && n[k-1] == '话' {
		k -= 2
	}
	found := false
	for _, w := range repayConditions {
		if k-ss >= len([]rune(w)) && string(n[k-len([]rune(w)):k]) == w {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	s := n[ss:se]
	for _, w := range [...]string{"我们", "我这", "找我", "在这借", "包", "保证", "逾期", "不还", "晚还", "迟还"} {
		if indexString(s, w) >= 0 {
			return false
		}
	}
	return true
}

// repayConditions: the condition of repaying on time, closing its clause.
var repayConditions = []string{"按时还款", "按时还", "按期还款", "按期还", "准时还款", "准时还", "按时足额还款", "按时还清", "按时供款", "准时供款", "按时交月供", "按时还月供", "每期按时还", "正常还款", "repayontime", "payontime"}

// endorsedNext reports an attributed claim asked about and endorsed in the
// next sentence (听说不还也没事？没错，别信那些吓唬你的): the report is ours to
// confirm. An endorsement followed by a correction (没错是听说，但这是谣言) is not.
func endorsedNext(n []rune, se int) bool {
	if se >= len(n) || n[se] != '?' && n[se] != '？' {
		return false
	}
	s := se + 1
	e := s
	for e < len(n) && !isSentenceEnd(n[e]) {
		e++
	}
	p := prefixLen(n[s:e], endorsements)
	if p == 0 {
		return false
	}
	if k := s + p; k < e && !isClauseEnd(n[k]) && !strings.ContainsRune("的啊呀啦喔哦嘅", n[k]) {
		return false
	}
	for _, w := range [...]string{"谣言", "假的", "骗", "不是真的", "但", "不过", "可是", "只是听说", "千万别不还", "会上征信", "会影响"} {
		if indexString(n[s:e], w) >= 0 {
			return false
		}
	}
	return true
}
