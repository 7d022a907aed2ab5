package compliance

// Frame words for verdicts, refusals, consequences and attributions said in
// plainer or regional voices: Sichuan 莫 before 多借/乱借, a refusal to rank,
// Singlish verdicts (…is offence, cannot play play) and refusals to promise
// (approve or not I also cannot say), softer advice after the deed (…的，我劝您
// 再琢磨琢磨 / 三思), Taiwanese/Cantonese consequences (要負法律責任, 要坐監,
// 會被告), Vietnamese verdicts and attributions (là lừa đảo, quảng cáo nói), and
// English attributions (ads saying…, claims like…).

// plainVerdictFrameWords appends the tables below to the frame words.
func plainVerdictFrameWords(words map[int][]string) {
	// f13_mo-advice widened: 莫 opening a borrowing hit (莫多借, 莫乱借, 千万莫多贷).
	words[cueAdvice] = append(words[cueAdvice], moAdviceOpeners...)
	words[cueEval] = append(words[cueEval], rankRefusals...)
	words[cueEval] = append(words[cueEval], singlishVerdicts...)
	words[cueEval] = append(words[cueEval], promiseRefusalsEN...)
	words[cueEval] = append(words[cueEval], softAdviceAfter...)
	words[cueConseq] = append(words[cueConseq], regionalConsequences...)
	words[cueEval] = append(words[cueEval], vietVerdicts...)
	words[cueAttrib] = append(words[cueAttrib], vietAttribCues...)
	words[cueAttrib] = append(words[cueAttrib], englishAttribCues...)
}

// moAdviceOpeners: 莫 with the first word of an over-borrowing hit (莫多借, 莫乱借).
var moAdviceOpeners = []string{"莫多", "莫乱", "莫瞎", "千万莫多", "千万莫乱", "可莫多", "莫再多", "莫要多", "莫要乱"}

// rankRefusals: a ranking asked about and refused (关于哪家利率最低，我们无法给出排名).
var rankRefusals = []string{"无法给出排名", "不能给出排名", "没法给出排名", "无法排名", "没法排名", "不做排名", "不作排名", "不提供排名", "无法提供排名", "不便排名", "不方便排名", "无法做排名", "无法比较排名", "排不了名", "唔可以排名", "冇排名", "cannotrank", "can'trank", "cantrank", "noranking", "norankings"}

// singlishVerdicts: a deed judged in Singlish/English (fake payslip is offence, cannot play play).
var singlishVerdicts = []string{"isoffence", "isanoffence", "isoffense", "isanoffense", "anoffence", "anoffense", "iscriminal", "isacriminaloffence", "cannotplayplay", "can'tplayplay", "cantplayplay", "don'tplayplay", "dontplayplay", "noplayplay", "cannotanyhow", "don'tanyhow", "dontanyhow", "surekena", "willkenacaught", "kenacaught", "willkena", "againstlaw", "isagainstthelaw", "notlegal", "isnotlegal", "isillegalone", "illegalone", "isfraud"}

// promiseRefusalsEN: an outcome asked "…or not" and refused (Sure approve or not I also cannot say).
var promiseRefusalsEN = []string{"ornotialsocannotsay", "ornoticannotsay", "ornotcannotsay", "ornotalsocannotsay", "ornotialsocan'tsay", "ornotican'tsay", "ornotcan'tsay", "ornoticantsay", "ornotcantsay", "ornotnobodycansay", "ornotnoonecansay", "ornotalsodon'tknow", "ornotialsodon'tknow", "ornotialsodontknow", "ornoticannotpromise", "ornotcannotpromise", "ornotican'tpromise", "ornotialsocannotpromise", "ornotcannotguarantee", "ornoticannotguarantee", "ornotwecannotsay", "ornotwecan'tsay", "ornotwealsocannotsay"}

// softAdviceAfter: softer advice after the deed (…的，我劝您再琢磨琢磨 / 再考虑考虑 / 三思).
var softAdviceAfter = []string{"劝您再琢磨", "劝你再琢磨", "劝您再考虑", "劝你再考虑", "劝您三思", "劝你三思", "劝您慎重", "劝你慎重", "劝您再想想", "劝你再想想", "劝您再斟酌", "劝你再斟酌", "建议您三思", "建议你三思", "建议您再考虑考虑", "建议你再考虑考虑", "还请三思", "请三思", "务必三思", "最好三思", "要三思", "三思而后行", "再三考虑", "劝你谂清楚", "劝您谂清楚", "谂清楚先", "劝你諗清楚"}

// regionalConsequences: consequences in Taiwanese and Cantonese (要負法律責任, 要坐監, 會被告).
var regionalConsequences = []string{"要负法律责任", "须负法律责任", "需负法律责任", "得负法律责任", "会负法律责任", "要负刑事责任", "会负刑事责任", "要坐监", "会坐监", "要被告", "会被告", "可能被告"}

// vietVerdicts: Vietnamese verdicts after a term (là lừa đảo, là phạm pháp, đừng tin).
var vietVerdicts = []string{"làlừađảo", "lừađảo", "làphạmpháp", "phạmpháp", "làbấthợppháp", "bấthợppháp", "viphạmphápluật", "đừngtin", "khôngnêntin", "khôngđượctin", "đừngtrả", "đừngchuyểntiền", "làgiả", "làbẫy", "cạmbẫy", "làchiêutrò", "chiêutròlừađảo"}

// vietAttribCues: someone else's words in Vietnamese (quảng cáo nói…, họ nói…).
var vietAttribCues = []string{"quảngcáonói", "quảngcáobảo", "quảngcáoghi", "tinnhắnnói", "tinnhắnbảo", "họnói", "họbảo", "họhứa", "ngườitanói", "cóngườinói", "nếucóainói", "nếuaibảo", "bênđónói", "côngtyđónói"}

// englishAttribCues: someone else's claims named in English (be careful of ads saying…, claims like…).
var englishAttribCues = []string{"adssaying", "adsclaiming", "adssay", "adsthatsay", "adsthatclaim", "adspromising", "adsoffering", "advertssaying", "advertsclaiming", "postssaying", "postsclaiming", "messagessaying", "messagesclaiming", "smssaying", "textssaying", "agentssaying", "agentsclaiming", "lenderssaying", "lendersclaiming", "claimslike", "promiseslike", "sloganslike", "wordslike", "phraseslike", "termslike", "taglineslike", "becarefulof", "bewareof", "watchoutfor"}

// laterChecked: a stage said not to check credit, then a clause opening with
// 但/但是/不过 that says the real application is checked (额度预估阶段一般不查征信，
// 但正式提交申请后机构会查询): an honest process statement. The later clause
// must name the credit report itself (征信, 报告, credit), not big data, and not
// be negated.
func laterChecked(n []rune, b, se int) bool {
	for k := b; k < se; k++ {
		if !isListClauseEnd(n[k]) {
			continue
		}
		rest := n[k+1 : se]
		if prefixLen(rest, []string{"但是", "但", "不过", "可是", "然而", "however", "but"}) == 0 {
			continue
		}
		ce := 0
		for ce < len(rest) && !isListClauseEnd(rest[ce]) {
			ce++
		}
		cl := rest[:ce]
		if indexString(cl, "征信") < 0 && indexString(cl, "报告") < 0 && indexString(cl, "credit") < 0 {
			return false
		}
		if indexString(cl, "大数据") >= 0 || indexString(cl, "不会") >= 0 || indexString(cl, "不查") >= 0 || indexString(cl, "不用") >= 0 || indexString(cl, "唔会") >= 0 {
			return false
		}
		for _, w := range [...]string{"会查询", "会查征信", "都会查", "要查征信", "会调取征信", "会查看征信", "需查询征信", "需要查询征信", "须查询征信", "会审查征信", "会核查征信", "都要查", "一定会查", "照样查", "仍会查", "还是会查", "会做征信查询", "会进行征信查询", "会上征信查询", "willcheck", "willpullyourcredit", "willrunacreditcheck"} {
			if indexString(cl, w) >= 0 {
				return true
			}
		}
		return false
	}
	return false
}

// lawsuitThreat reports one of regionalConsequences: after a collection hit
// (去你公司搵你老細，到時你會被告) it is the collector's threat, no warning.
func lawsuitThreat(cue []rune) bool {
	for _, w := range regionalConsequences {
		if runesEqual(cue, w) {
			return true
		}
	}
	return cueIn(cue, crimeWarnings) // 到时候你要负法律责任: the crime warning said as a collector's threat
}

// englishAttribCue reports one of englishAttribCues: our own ads (Like our ads
// saying, we got…) attribute nothing to others.
func englishAttribCue(cue []rune) bool {
	for _, w := range englishAttribCues {
		if runesEqual(cue, w) {
			return true
		}
	}
	return false
}

// scamVerdictAfter: a message summed up in quote marks (内容大意是“…”) is
// someone else's words only when a verdict follows the quote, in its sentence
// or the next (…”。这是非常典型的贷款诈骗话术): the summary is quoted to warn.
func scamVerdictAfter(n []rune, from int) bool {
	c := from
	for c < len(n) && !isCloseQuote(n[c]) {
		c++
	}
	if c >= len(n) {
		return false
	}
	end, stops := c+1, 0
	for end < len(n) && end < c+60 {
		if isSentenceEnd(n[end]) {
			if stops++; stops == 2 {
				break
			}
		}
		end++
	}
	for _, w := range [...]string{"诈骗", "骗局", "话术", "骗子", "骗人", "套路", "陷阱", "不要转账", "请勿转账", "别转账", "请勿付款", "不要付款", "scam", "fraud"} {
		if indexString(n[c+1:end], w) >= 0 {
			return true
		}
	}
	return false
}

// vietOwnedBetween: after a Vietnamese attribution (họ nói…), our own side
// (bên mình, chúng tôi) or an endorsement (đúng vậy) before the hit makes the
// claim ours again (Họ nói bên mình 包过, đúng vậy).
func vietOwnedBetween(cue, between []rune) bool {
	viet := false
	for _, w := range vietAttribCues {
		viet = viet || runesEqual(cue, w)
	}
	if !viet {
		return false
	}
	for _, w := range [...]string{"mình", "chúngtôi", "tôi", "bênem", "chúngem", "côngtyem", "đúngvậy", "đúngđó", "đúngrồi", "thậtđấy", "thậtmà"} {
		if indexString(between, w) >= 0 {
			return true
		}
	}
	return false
}
