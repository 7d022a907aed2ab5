package compliance

import "strings"

// Frame words and guards that judge what a sentence claims rather than the
// words it shares with a forbidden line: a channel refused after it is named
// (私人微信不方便加), a product refused for a use (…的，那这个产品不适合您),
// a conditional verdict (…，即係有問題), Singlish and English verdicts (very
// jialat; sounds cheap but the EIR is…), a loan for another's ID refused in
// the answer to a question (…去贷款？千万莫借), and the guards that keep a
// verdict from excusing a claim: a doubt about being found out (机构不一定查得到),
// a Sichuan "nothing happens" (撒子都不得), a verdict on a dismissed annual rate
// (annual rate那个不用看，很misleading的).

// claimJudgedFrameWords appends the tables below to the frame words.
func claimJudgedFrameWords(words map[int][]string) {
	words[cueNegAfter] = append(words[cueNegAfter], channelRefusalsAfter...)
	words[cueEval] = append(words[cueEval], productRefusedForUse...)
	words[cueEval] = append(words[cueEval], conditionalVerdicts...)
	words[cueEval] = append(words[cueEval], singlishVerdictsMore...)
	words[cueEval] = append(words[cueEval], costRevealedAfter...)
	words[cueEval] = append(words[cueEval], lendRefusedInAnswer...)
	words[cueEval] = append(words[cueEval], annualPreferredCues...)
	intentFrameWords(words) // framesintent.go
}

// channelRefusalsAfter (f19 refused-after, widened): a private channel named,
// then refused by its verb at the clause end (私人微信不方便加, 个人QQ加不了).
var channelRefusalsAfter = []string{"不方便加", "不便加", "不方便添加", "不便添加", "加不了", "不能加", "不可以加", "没法加", "无法添加", "不能添加", "唔方便加", "唔可以加", "加唔到", "不方便私加", "不方便留", "不便留", "不方便给", "不便提供"}

// productRefusedForUse (f14 use refused after): a use named in a condition,
// then the product refused for it (准备付首付的，那这个产品不适合您).
var productRefusedForUse = []string{"产品不适合您", "产品不适合你", "产品不适用", "产品唔适合你", "产品唔适合您", "这个产品不适合", "这款产品不适合", "这个贷款不适合", "这笔贷款不适合", "那就不适合您", "那就不适合你", "就不适合申请", "不适合申请这个", "不适合用这个"}

// conditionalVerdicts: a condition met, then named a problem (过数少过十万，即係有問題).
var conditionalVerdicts = []string{"即系有问题", "就是有问题", "那就有问题", "就有问题", "肯定有问题", "一定有问题", "即是有问题", "说明有问题", "就系有问题", "咁就有问题", "就要警惕", "就要小心", "即系唔妥", "就是不对的", "就不正常"}

// singlishVerdictsMore: Singlish and English verdicts after the deed (…very jialat).
var singlishVerdictsMore = []string{"jialat", "verydangerous", "isdangerous", "veryrisky", "isabadidea", "badidea", "notworthit", "nogood", "notgood", "cannotdo", "cannotanyhowdo", "suredie", "dieliao"}

// costRevealedAfter: a cheap look refuted by the full cost right after it
// (sounds cheap but the EIR is about 10.9%; 看起来便宜，但年化其实…).
var costRevealedAfter = []string{"buttheeir", "buttheapr", "buttheeffective", "buttherealrate", "buttheactualrate", "buttheannual", "buttheannualised", "buttheannualized", "butthetotalcost", "butthefullcost", "butinrealterms", "但年化其实", "但实际年化", "但折算年化", "但换算成年化", "但真实年化"}

// lendRefusedInAnswer: a lending of one's ID asked about, refused in the answer
// (朋友要借你身份证去贷款？千万莫借).
var lendRefusedInAnswer = []string{"千万莫借", "千万别借", "千万不要借", "千万不能借", "千祈唔好借", "绝对不能借", "不要借给他", "别借给他", "莫借给他", "不要借给她", "别借给她", "唔好借俾佢", "出了事是你背", "出了事你背", "出事是你担", "出了事你担"}

// annualPreferredCues: a comparison in favour of the annual rate (年化…比月利率
// 更准确); guarded by annualPreferred: the hit must be what is compared
// against, the annual term the subject.
var annualPreferredCues = []string{"更准确", "更便于", "更全面", "更真实", "更能反映", "更可靠", "更科学", "更客观", "更合理", "更方便比较", "更容易比较", "更好比较", "更透明"}

// annualPreferred: for a comparison cue, the hit [a, b) stands right after 比
// (比月利率, 比单看月利率, 比月利率或日利率) and an annual term comes before 比 in
// its sentence; other cues pass.
func annualPreferred(n []rune, ss, a, b, st, en int) bool {
	cue := string(n[st:en])
	found := false
	for _, w := range annualPreferredCues {
		found = found || cue == w
	}
	if !found {
		return true
	}
	k := -1
	for i := a - 1; i >= ss && i >= a-12; i-- {
		if n[i] == '比' {
			k = i
			break
		}
		if isClauseEnd(n[i]) || isSentenceEnd(n[i]) {
			break
		}
	}
	if k < 0 {
		return false
	}
	between := string(n[k+1 : a])
	for _, w := range [...]string{"单看", "只看", "光看", "单纯看", "月利率", "日利率", "月息", "日息", "月费率", "或者", "或", "和", "、", "及"} {
		between = strings.ReplaceAll(between, w, "")
	}
	if between != "" {
		return false
	}
	// the rest between the hit and the cue is only other compared rate words
	rest := string(n[b:st])
	for _, w := range [...]string{"月利率", "日利率", "月息", "日息", "或者", "或", "和", "、", "及"} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	if rest != "" {
		return false
	}
	head := n[ss:k]
	for _, t := range [...]string{"年化", "年利率", "年百分率", "apr", "eir", "irr", "年化率", "综合年"} {
		if indexString(head, t) >= 0 {
			return true
		}
	}
	return false
}

// detectionDoubted reports a doubt cue (不一定, 未必, 不见得) followed by being
// found out (机构不一定查得到, 未必会发现): it reassures about hiding, it doubts
// no claim.
func detectionDoubted(n []rune, st, en int) bool {
	switch string(n[st:en]) {
	case "不一定", "未必", "不见得", "唔一定":
	default:
		return false
	}
	rest := n[en:min(len(n), en+5)]
	for _, w := range [...]string{"查得到", "查到", "查得出", "查出", "会查", "能查", "发现", "会发现", "能发现", "知道", "会知道", "看得到", "看到", "核实", "会核实", "核查", "能核", "会核", "察觉", "查嘅到", "查到嘅", "睇到", "睇得到"} {
		if hasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// sichuanNothing reports 不得 at [i, e) closing 撒子都 / 啥子都 / 啥都 / 什么都:
// Sichuanese "nothing at all happens" (逾期几天撒子都不得), a reassurance, no
// prohibition — a verb after it (什么都不得泄露) keeps the prohibition.
func sichuanNothing(n []rune, i, e int) bool {
	if string(n[i:e]) != "不得" && string(n[i:e]) != "都不得" {
		return false
	}
	if string(n[i:e]) == "不得" {
		if i < 1 || n[i-1] != '都' && n[i-1] != '也' {
			return false
		}
		i--
	}
	ok := false
	for _, w := range [...]string{"撒子", "啥子", "啥", "什么", "么子", "哪样", "莫子", "么的"} {
		r := []rune(w)
		if i >= len(r) && string(n[i-len(r):i]) == w {
			ok = true
		}
	}
	if !ok {
		return false
	}
	return e >= len(n) || isClauseEnd(n[e]) || isSentenceEnd(n[e]) || strings.ContainsRune("又的事嘛哈啥了咯哦噻嘞撒", n[e])
}

// annualTopicDismissed reports a clause that dismisses the annual rate named
// as its topic (annual rate那个不用看, 年化那个别管): prev is that clause.
func annualTopicDismissed(prev []rune) bool {
	for _, w := range [...]string{"不用看", "别看", "甭看", "莫看", "不要看", "不用管", "别管", "甭管", "不用理", "别理", "唔使睇", "唔好睇", "不用在意", "别在意", "不用当真", "别当真"} {
		d := indexString(prev, w)
		if d < 0 {
			continue
		}
		topic := prev[:d]
		for _, f := range [...]string{"那个", "这个", "那些", "就", "你", "您", "都", "也", "的话", "嘅", "呢个", "嗰个"} {
			if hasSuffixRunes(topic, f) {
				topic = topic[:len(topic)-len([]rune(f))]
			}
		}
		for _, t := range [...]string{"年化", "年利率", "年化利率", "annualrate", "apr", "eir", "年百分率", "综合成本", "年化率"} {
			if hasSuffixRunes(topic, t) {
				return true
			}
		}
	}
	return false
}

// objectionSold reports the exception 异议 (a lawful dispute of a wrong
// record) in a sentence that puts a price on it (…费用仅需2000元, 收费3000元):
// a dispute sold as a service is credit repair (F12), the exception does not
// hold. A free dispute (异议申请不收费) names no figure and keeps it.
func objectionSold(rule string, s []rune) bool {
	if rule != "exception:异议" {
		return false
	}
	fee := false
	for _, w := range [...]string{"费用", "收费", "服务费", "手续费", "代理费", "仅需", "只需", "只收", "收您", "收你", "fee", "charge"} {
		fee = fee || indexString(s, w) >= 0
	}
	if !fee {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i-1] >= '0' && s[i-1] <= '9' && strings.ContainsRune("元块千万百蚊", s[i]) {
			return true
		}
		if s[i-1] >= '0' && s[i-1] <= '9' && i+1 < len(s) && hasPrefix(s[i:], "rmb") {
			return true
		}
	}
	return false
}

// objectionOnRealRecord reports the exception 异议 in a sentence that calls
// the record real (真实发生的逾期记录, 确实存在的不良记录, genuine late
// payment): a dispute corrects a wrong record, it cannot remove one that
// happened, so promising that is credit repair (F12) and the exception does
// not hold. A record said not to be real (不是真实发生的, 非真实) keeps it.
func objectionOnRealRecord(rule string, s []rune) bool {
	if rule != "exception:异议" {
		return false
	}
	for _, w := range realRecordWords {
		for k, i := 0, 0; k < 4; k++ {
			d := indexString(s[i:], w)
			if d < 0 {
				break
			}
			if !realDenied(s[:i+d]) {
				return true
			}
			i += d + len([]rune(w))
		}
	}
	return false
}

// realRecordWords: a record called real, one that happened.
var realRecordWords = []string{"真实发生", "真实存在", "真实的逾期", "真实逾期", "真实的不良", "真实不良", "真实的记录", "真实记录", "真实的欠款", "真实欠款", "真正的逾期", "真正逾期", "确实发生", "确实存在", "确有逾期", "确实逾期", "实际发生的逾期", "实际发生过", "属实的逾期", "记录属实", "逾期属实", "真嘅逾期", "真系逾期", "真逾期", "realoverdue", "genuineoverdue", "genuinelate", "reallate", "actuallate", "actualoverdue", "truelate", "trueoverdue", "reallyhappened", "genuinerecord", "realrecord", "真的逾期了的", "真的发生过", "是真实的", "都是真实", "确实是你", "确系本人"}

// realDenied: the text before a real-record word ends with a denial (不是,
// 并非, 非, 如非): the record is said not to be real.
func realDenied(before []rune) bool {
	for _, w := range [...]string{"不是", "并非", "非", "不", "并不是", "不属于", "唔系", "没有", "not", "isnot", "wasnot", "nota"} {
		if hasSuffixRunes(before, w) {
			return true
		}
	}
	return false
}
