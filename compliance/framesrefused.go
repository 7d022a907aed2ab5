package compliance

import (
	"slices"
	"strings"
)

// Frames: a forbidden practice warned to bring legal
// liability (任何代签行为都可能带来法律责任), a coordinated advice against (不要点
// 陌生link，也别加私人微信), a refusal opening the answer to a question (拿贷款去
// 炒币？那可不行), hearsay refuted (有人跟你说不还也没事，你可别听), a typical
// speed after a refusal to promise (我没法儿跟您保证，…多数当天到), a credit
// problem met with the free dispute route (…没关系，可以向征信中心免费提出异议),
// and the victim told to complain directly (…骚扰你家人，可以直接complain).

// refusedFrameWords appends the tables below to the frame words.
func refusedFrameWords(words map[int][]string) {
	words[cueConseq] = append(words[cueConseq], legalLiabilityConseqs...)
	words[cueAdviceNear] = append(words[cueAdviceNear], alsoDontAdvice...)
	words[cueAdvice] = append(words[cueAdvice], dontLetAnyoneAdvice...)
	words[cueEval] = append(words[cueEval], refuseToHandOver...)
	words[cueEval] = append(words[cueEval], directComplaintCues...)
	words[cueEval] = append(words[cueEval], offBookVerdicts...)
}

// offBookVerdicts (f15_off-book-verdict): other lenders' products judged
// shady (不上征信的都是野路子, 包过的多半是黑平台); negatedAt guards 不是野路子.
var offBookVerdicts = []string{"都是野路子", "是野路子", "野路子", "歪门邪道", "旁门左道", "野鸡平台", "野鸡公司", "黑平台", "黑中介", "黑网贷"}

// legalLiabilityConseqs (f09_legal-liability): the practice said to bring
// legal liability or legal risk.
var legalLiabilityConseqs = []string{"带来法律责任", "带来法律风险", "带来法律后果", "可能带来法律", "有法律风险", "有法律责任", "承担法律后果", "承担法律风险", "面临法律责任", "面临法律风险", "惹上官司",
	"负上法律责任", "有法律后果", "legalliabilities", "legalrisk", "legalrisks"}

// alsoDontAdvice (f19_also-dont): an advice against joined to an earlier one
// (不要点陌生link，也别加私人微信), or a bare "don't add" / "don't click". It
// governs its own clause only (不要加客服了，add 我 private WeChat is no advice).
var alsoDontAdvice = []string{"也别加", "也不要加", "也莫加", "也唔好加", "也切勿加", "也请勿加", "也别添加", "也不要添加", "也别点", "也不要点", "也别给", "也不要给", "也别转", "也不要转", "也别下载", "也不要下载", "也别扫", "也不要扫",
	"别加", "不要加", "切勿加", "请勿加", "勿加", "千万别加", "不要添加", "切勿添加", "请勿添加", "别随便加", "不要随便加", "唔好加", "别点", "不要点", "切勿点击", "请勿点击", "不要点击", "别点击"}

// dontLetAnyoneAdvice (f09_never-let-anyone): English advice that nobody else
// act for the applicant (Never let anyone do the face verification for you).
var dontLetAnyoneAdvice = []string{"neverletanyone", "don'tletanyone", "dontletanyone", "donotletanyone", "neverallowanyone", "don'tallowanyone", "dontallowanyone", "donotallowanyone",
	"neverletothers", "don'tletothers", "dontletothers", "neverletsomeone", "don'tletsomeone", "dontletsomeone", "neverletastranger", "don'tletstrangers"}

// refuseToHandOver (f17_refuse-to-hand-over): whoever asks for it, do not
// give it (任何人索取网银密码…请一律不要提供). Only 都/一 openers: refusalWithObject
// guards them (安全码报给我，…都不要透露给他人 keeps it for us).
var refuseToHandOver = []string{"一律不要提供", "一律不提供", "一律别提供", "都不要提供", "都别提供", "一律不要给", "一律别给", "一律不要透露", "都不要透露", "一律唔好俾", "一律唔好提供", "一律勿提供", "一概不要提供", "一概不提供"}

// directComplaintCues (f16_rights-line): the victim told to complain or
// report directly (可以直接complain, 直接投诉); guarded like reportCues
// (guardedCue: 直接complain也没用 shrugs).
var directComplaintCues = []string{"可以直接complain", "直接complain", "可以直接投诉", "直接投诉", "可以直接举报", "直接举报", "可以直接报警", "直接报警", "可以直接report", "直接report", "可以立即投诉", "可以马上投诉", "立即报警", "马上报警", "可以即刻投诉", "可以直接报案"}

// askRefusals open the answer to a question with a refusal.
var askRefusals = []string{"那可不行", "那可不成", "那可不能", "那是不行的", "那不行", "这可不行", "这不行", "可不行", "当然不行", "绝对不行", "肯定不行", "当然不可以", "绝对不可以", "不可以", "不行", "那可使不得", "使不得", "万万不可", "万万不行",
	"唔得", "梗系唔得", "当然唔得", "唔可以", "绝对唔得", "no", "nope", "absolutelynot", "definitelynot", "ofcoursenot", "不能", "当然不能", "绝对不能", "没门"}

// refusedAnswer (f14_asked-then-refused) reports a hit in a question whose
// answer opens with a refusal that closes its clause (拿贷款去炒币？那可不行，
// 合同也不让): the use asked about is refused. A refusal that leads on (不行就
// 找我们, 不行也得行) or is asked again (不能？) or an answer that then offers
// (不行，我们帮你弄) is none.
func (j *judge) refusedAnswer(se int) bool {
	if se >= len(j.n) || (j.n[se] != '？' && j.n[se] != '?') {
		return false
	}
	st := se + 1
	for _, w := range askRefusals {
		if !hasPrefix(j.n[st:], w) {
			continue
		}
		en := st + len([]rune(w))
		for en < len(j.n) && strings.ContainsRune("的啊呀哦喔啦哈哟嘞咧呢了", j.n[en]) {
			en++
		}
		if en < len(j.n) && (!isClauseEnd(j.n[en]) || j.n[en] == '？' || j.n[en] == '?') && !(isLatin(j.n[en-1]) && !isLatin(j.n[en]) && j.src[en]-j.src[en-1] > 1) {
			return false
		}
		_, ae := j.bounds(en, en, isSentenceEnd)
		rest := j.n[en:ae]
		for _, o := range [...]string{"帮你", "帮您", "我们可以", "我们能", "我可以", "包", "没问题", "放心", "照样", "一样"} {
			if indexString(rest, o) >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// hearsayCues name someone else's words; hearsayRefutations refuse them.
var hearsayCues = []string{"有人跟你说", "有人跟您说", "有人对你说", "有人对您说", "有人和你说", "有人告诉你", "有人告诉您", "别人跟你说", "别人告诉你", "别人说", "有人说", "人家说", "谁跟你说", "听人说", "听别人说",
	"有人同你讲", "有人话", "有人讲", "人哋话", "有人同你话", "someonetellsyou", "anyonetellsyou", "someonesays", "ifsomeonesays", "peoplesay"}

// isHearsayRune reports a rune every hearsay cue holds one of (说, 话, 讲,
// 告; the Latin cues' s).
func isHearsayRune(r rune) bool {
	return r == '说' || r == '话' || r == '讲' || r == '告' || r == 's'
}

var hearsayRefutations = []string{"可别听", "别听", "不要听", "别信", "不要信", "不要相信", "别相信", "别当真", "不要当真", "千万别信", "千万别听", "莫信", "莫听", "唔好信", "唔好听", "不能信", "不可信", "是骗", "骗你的", "骗人的", "胡说", "瞎说",
	"don'tbelieve", "dontbelieve", "don'tlisten", "dontlisten", "ignoreit", "ignorethem"}

// hearsayRefuted (f15_hearsay-refuted) reports a hit after a hearsay cue in
// its sentence (要是有人跟你说不还也没事) and a refutation after it in the same
// sentence (你可别听): the claim is someone else's, refused. No first person
// may stand between the cue and the hit (有人说我们包过，别信别家).
func hearsayRefuted(n []rune, ss, a, b, se int) bool {
	if !slices.ContainsFunc(n[ss:a], isHearsayRune) {
		return false // every hearsay cue holds one of these: most sentences are skipped here
	}
	at := -1
	for _, w := range hearsayCues {
		if k := indexString(n[ss:a], w); k >= 0 {
			at = ss + k + len([]rune(w))
			break
		}
	}
	if at < 0 || firstPersonBetween(n[at:a]) {
		return false
	}
	for _, w := range hearsayRefutations {
		if indexString(n[b:se], w) >= 0 {
			return true
		}
	}
	return false
}

// typicalWords say how it usually goes, not how it will.
var typicalWords = []string{"多数", "大多数", "大多", "多半", "大部分", "一般", "通常", "一般情况下", "正常情况下", "大部分情况", "多数情况", "大多时候", "usually", "mostly", "normally", "typically", "一般都", "通常都", "大多都", "多数都"}

// typicalAfterWithheld (f02_typical-after-withheld) reports a speed hit
// opened by a word of what usually happens (多数当天到, 一般当天到账) after
// a promise withheld earlier in its sentence (到账时间我没法儿跟您保证，…):
// a typical time, not a promise.
func typicalAfterWithheld(n []rune, ss, a int) bool {
	typical := false
	for _, w := range typicalWords {
		l := len([]rune(w))
		if a-l >= ss && hasPrefix(n[a-l:a], w) {
			typical = true
			break
		}
	}
	if !typical {
		return false
	}
	for _, w := range [...]string{"保证", "承诺", "打包票", "包票", "guarantee", "promise"} {
		k := indexString(n[ss:a], w)
		if k < 0 {
			continue
		}
		k += ss
		end := k + len([]rune(w))
		if end+2 <= a && (hasPrefix(n[end:], "不了") || hasPrefix(n[end:], "唔到")) {
			return true
		}
		for i := max(ss, k-6); i < k; i++ {
			if strings.ContainsRune("没不无难冇唔", n[i]) {
				return true
			}
		}
	}
	return false
}

// disputeRouteNamed (f03_dispute-route) reports a credit problem shrugged off
// with the free official dispute route after it (征信报告有问题没关系，可以向
// 征信中心免费提出异议): a correction explained. A paid or handled one (我们帮
// 你提异议，费用2000元) is none.
func disputeRouteNamed(n []rune, b, se int) bool {
	rest := n[b:se]
	route := false
	for _, w := range [...]string{"提出异议", "提异议", "申请异议", "异议申请", "申请更正", "提出更正", "申请纠错", "申请更改", "dispute"} {
		route = route || indexString(rest, w) >= 0
	}
	if !route {
		return false
	}
	for _, w := range [...]string{"帮你", "帮您", "我们", "我哋", "代办", "代为", "费用", "收费", "服务费", "包", "保证", "一定"} {
		if indexString(rest, w) >= 0 {
			return false
		}
	}
	return true
}

// officialDisused reports a "don't use" verdict whose object is the official
// app or channel (加我Telegram，官方app千万别用; don't use the official app):
// the advice steers away from us, it warns against nothing.
func officialDisused(n []rune, b, st, en int) bool {
	if !cueIn(n[st:en], dontUseVerdicts) {
		return false
	}
	cs := st
	for cs > b && !isClauseEnd(n[cs-1]) {
		cs--
	}
	ce := en
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	for _, w := range [...]string{"官方", "official", "app", "平台", "客服", "正规渠道", "官网", "website"} {
		if indexString(n[cs:st], w) >= 0 || indexString(n[en:ce], w) >= 0 {
			return true
		}
	}
	return false
}

// refusedFrame holds the frames of this file that are no cue words.
func (j *judge) refusedFrame(c *cand, a, b, ss, se int) string {
	cat := j.s.phrases[c.phrase].Category
	switch {
	case j.refusedAnswer(se):
		return "frame:answer:refused"
	case hearsayRefuted(j.n, ss, a, b, se) && !endorsedBefore(j.n, b, se): // …，这是真的，别信催收: the hearsay endorsed
		return "frame:attributed:hearsay-refuted"
	case cat == "F02" && typicalAfterWithheld(j.n, ss, a):
		return "frame:hedge:typical"
	case cat == "F03" && disputeRouteNamed(j.n, b, se):
		return "frame:evaluation:dispute-route"
	case cat == "F17" && discrepancyReported(j.n, ss, a, se):
		return "frame:report:discrepancy"
	}
	return ""
}

// mismatchWords name a discrepancy or a fault the applicant finds.
var mismatchWords = []string{"不一致", "不对", "对不上", "有出入", "有问题", "有误", "不符", "有差异", "有差错", "有错", "异常", "少了", "多扣", "不相符", "唔对", "唔一致"}

// discrepancyReported (f17_report-discrepancy) reports a "tell me / contact
// me" hit whose clause opens with a discrepancy the applicant may find
// (不一致马上告诉我, 金额不对及时联系我), or the clause before is a condition
// naming it (如果跟合同不符，请马上告诉我): what is reported is a fault, no
// secret. A sentence naming a code or password (验证码不对马上告诉我) is none.
func discrepancyReported(n []rune, ss, a, se int) bool {
	cs := a
	for cs > ss && !isClauseEnd(n[cs-1]) {
		cs--
	}
	if p := cs - 1; p > ss && (n[p] == '，' || n[p] == ',') {
		for p > ss && !isClauseEnd(n[p-1]) {
			p--
		}
		for _, w := range [...]string{"如果", "若", "要是", "万一", "假如", "一旦"} {
			if indexString(n[p:cs], w) >= 0 {
				cs = p // 还款计划如果跟合同不符，请马上告诉我: the condition clause names the fault
				break
			}
		}
	}
	found := false
	for _, w := range mismatchWords {
		if k := indexString(n[cs:a], w); k >= 0 && wordLen(n[cs+k+len([]rune(w)):a]) <= 3 {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, w := range [...]string{"验证码", "密码", "cvv", "安全码", "口令", "pin", "otp", "code", "卡号", "截图"} {
		if indexString(n[ss:se], w) >= 0 {
			return false
		}
	}
	return true
}
