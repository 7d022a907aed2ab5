package compliance

// Frame words: warnings that forging is a crime (偽造文件
// 可能觸犯偽造文書罪, fake bank statement是criminal offence, …要负legal责任),
// schemes seen to collapse (见过太多以贷养贷的case，最后全爆雷), a labelled term
// said to carry fees all the same (标着interest-free的product也可能有service fee),
// a claim asked and then met with "ask first" (零首付购车？先问清楚年化…), and
// Wu attribution and caution (伊讲…能特批？侬当心点，正规银行没这种讲法).

// noticeFrameWords appends the tables below to the frame words.
func noticeFrameWords(words map[int][]string) {
	words[cueConseq] = append(words[cueConseq], crimeWarnings...)
	words[cueConseq] = append(words[cueConseq], collapseConsequences...)
	words[cueEval] = append(words[cueEval], dontUseVerdicts...)
	words[cueEval] = append(words[cueEval], wuCautions...)
	words[cueAttrib] = append(words[cueAttrib], wuAttribCues...)
	refusedFrameWords(words)
	for _, may := range labelFeeMays {
		for _, fee := range labelFees {
			words[cueEval] = append(words[cueEval], may+fee)
		}
	}
}

// crimeWarnings (f08_crime-warning): the fabrication named as an offence after it.
var crimeWarnings = []string{"可能触犯", "会触犯", "将触犯", "已触犯", "涉嫌触犯", "文书罪", "伪造文书罪", "诈骗罪", "贷款诈骗罪", "骗取贷款罪",
	"负legal责任", "要负legal责任", "legal责任", "负法律责任", "要负法律责任", "负刑责", "负刑事", "legalliability", "legalconsequence", "legalconsequences",
	"criminaloffence", "criminaloffense", "isacrime", "isacriminal", "是crime", "是acrime", "是criminal", "系criminal", "isfraud", "是fraud", "系fraud", "是违法的", "是犯罪", "属于犯罪", "算犯罪", "系犯法"}

// collapseConsequences (f13_collapse-story): a scheme said to have blown up.
var collapseConsequences = []string{"全爆雷", "都爆雷", "爆雷了", "最后爆雷", "最后都爆雷", "最后全爆雷", "全暴雷", "都暴雷", "暴雷了", "最后暴雷",
	"全崩了", "都崩了", "最后都崩", "最后全崩", "全都还不上", "最后还不上", "都还不上了", "都跑路了", "全军覆没", "血亏", "倾家荡产", "家破人亡"}

// dontUseVerdicts (f08_crime-warning): a forged paper said not to be used (fake的income proof千万别用).
var dontUseVerdicts = []string{"千万别用", "千万不要用", "千万莫用", "千万不能用", "绝对不能用", "绝对别用", "切勿使用", "请勿使用", "不要使用", "不能使用", "别拿去用", "不要拿去用", "唔好用", "dontuse", "don'tuse", "neveruse"}

// askFirstVerdicts (f14_ask-first, framesassure.go askFirst): the reader told to find out the cost before
// deciding (零首付购车？先问清楚年化利率).
var askFirstVerdicts = []string{"先问清楚", "先弄清楚", "先搞清楚", "先算清楚", "先看清楚", "先了解清楚", "先问明白", "先算明白", "先搞明白", "要问清楚", "问清楚年化", "算清楚总", "看清年化", "看清楚年化", "先睇清楚", "问清楚先", "asktheapr", "checktheapr", "checktheaprfirst"}

// wuCautions (f07_wu-caution): Wu and plain cautions and "no such saying" after a quoted claim.
var wuCautions = []string{"当心点", "侬当心", "侬要当心", "要当心", "小心点", "没这种讲法", "没有这种讲法", "呒没这种讲法", "这种讲法", "没这种说法", "没有这种说法", "呒没这种说法", "没这个讲法", "没这个说法"}

// wuAttribCues (f07_wu-caution): Wu and plain 3rd-person "he says" (伊讲, 伊话, 他讲).
var wuAttribCues = []string{"伊讲", "伊话", "伊说", "伊讲伊", "渠讲", "伊讲自家", "他说自己", "她说自己", "对方讲自己", "伊自家讲"}

// labelFeeMays and labelFees (f05_labelled-fee): a free-sounding label followed by
// the fees it may still carry (标着interest-free的product也可能有service fee).
var labelFeeMays = []string{"也可能有", "也可能收", "也可能会收", "也可能会有", "还可能有", "还可能收", "照样可能有", "照样有", "照样收", "也会收", "也会有", "还是会收", "还是有", "可能另有", "可能另收", "会另收"}
var labelFees = []string{"servicefee", "fee", "fees", "手续费", "服务费", "管理费", "会员费", "其他费用", "别的费用", "各种费用", "费用", "latefee", "adminfee", "processingfee"}
