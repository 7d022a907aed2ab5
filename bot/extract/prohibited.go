package extract

import "strings"

// Prohibited uses of loan funds (compliance rule F14): the engine must say the money may not be
// used for them.
const (
	UseStocks      = "stocks"       // 炒股, 买股票, 配资
	UseDownPayment = "down_payment" // 凑首付, 付首付 (of a home)
	UseCrypto      = "crypto"       // 买币, 炒币, 比特币
	UseInvestment  = "investment"   // 买基金, 理财, 期货, 投资
	UseGambling    = "gambling"     // 赌博, 赌球, 去澳门玩两把, 赌场翻本
	UseLending     = "lending"      // lending on for interest: 转借给朋友, 放给别人赚利差, 他给我三分利
)

// prohibitedTable holds the phrases that name a prohibited use; built once by New.
type prohibitedTable struct {
	uses  []kw // a use by itself: "炒股", "买基金", "凑首付"
	nouns []kw // a use only after a verb of use ("拿去买点基金", "借钱投资") or as the answer to the purpose question

	useCues   []string // "用来", "拿去", "想": what makes a noun a use
	skipNext  []string // "基金公司", "理财经理", "股票账户", "理财产品到期": a workplace, a job, an asset
	skipPrev  []string // "我是做投资的", "社保基金"
	history   []string // "之前炒股亏了": what the applicant did, not what the loan is for
	selfPaid  []string // "我自己付首付": the applicant's own money
	carBefore []string // "买车首付": a car's down payment is a car purchase, not F14's home down payment
	questions []string // removed before looking for a negation: "能不能炒股" asks, it does not deny
	negations []string
	others    []string // a third party the money would be lent to ("朋友", "别人")
	interest  []string // interest paid to the applicant ("出利息", "利息给我")
	lendTo    []string // borrowing to hand on ("借钱给", "贷出来给"), before a relative or friend (relatives)
	relatives []string
}

func newProhibitedTable() prohibitedTable {
	return prohibitedTable{
		uses: kwJoin(
			kws(UseStocks, "炒股", "买股票", "炒股票", "买股", "玩股票", "配资", "打新股", "投股市", "炒a股", "炒港股", "炒美股", "加杠杆"),
			kws(UseDownPayment, "凑首付", "付首付", "交首付", "首付不够", "首付还差", "首付差", "首付款不够", "用来首付", "用于首付", "做首付",
				"当首付", "首付用", "买房首付", "房子首付", "房子的首付", "首付的钱", "首付钱", "婚房首付", "垫首付", "补首付", "首付缺", "凑个首付", "凑点首付",
				"付首期", "交首期", "俾首期", "首期不够", "首期差", "凑首期"), // 首期: Hong Kong's down payment
			kws(UseCrypto, "买币", "炒币", "挖矿", "买比特币", "炒比特币", "买虚拟币", "炒虚拟币", "买usdt", "玩币", "搞币", "搞点币", "囤币"),
			kws(UseInvestment, "买基金", "买理财", "炒期货", "做期货", "炒外汇", "炒黄金", "买黄金", "放贷", "放高利贷", "投资理财", "做理财",
				"搞投资", "做投资", "炒房", "买债券", "投p2p"),
			kws(UseGambling, "赌博", "赌钱", "赌球", "网赌", "博彩", "赌场", "下注", "押注", "百家乐", "赌一把", "搏一把", "玩两把", "玩几把",
				"赌马", "买彩票", "翻本", "赌债", "去赌", "拿去赌", "用来赌", "网上赌", "线上赌", "赌几把",
				"打牌输", "打麻将输", "玩牌输", "麻将输", "赌输", "输了钱", "输了点钱", "输了不少钱", "输钱", "打牌欠", "麻将欠", "牌桌上输",
				"玩两手", "玩几手", "搏两手", "赌两手", "玩一手", "玩几铺", "赌几铺"), // "去澳門玩兩手"
			kws(UseLending, "转借", "转贷给", "转手放", "转手借", "利息差", "赚利差", "吃利差", "赚息差", "吃息差", "放给别人", "借出去收利息",
				"钱放出去", "放出去收利息", "放出去吃利息", "放出去赚利息", "借出去吃利息", "借出去赚利息", "放出去收息"), // "借点钱放出去 收利息": lent on for interest
		),
		nouns: kwJoin(
			kws(UseStocks, "股票", "股市"),
			kws(UseCrypto, "比特币", "虚拟币", "数字货币", "加密货币", "usdt", "币圈"),
			kws(UseInvestment, "基金", "理财", "期货", "外汇", "投资", "黄金", "p2p", "入股"),
			kws(UseGambling, "打牌", "打麻将"),
			kws(UseLending, "借给别人", "借给他人", "借给朋友", "借给亲戚"),
		),
		useCues:   []string{"用来", "用于", "拿去", "拿来", "想", "打算", "准备", "要", "去", "借钱", "贷款", "借", "买", "投", "炒", "玩"},
		skipNext:  []string{"公司", "经理", "顾问", "师", "机构", "专业", "行业", "客户", "的工作", "开店", "开厂", "店", "厂", "做生意", "账户", "账号", "产品", "到期", "亏", "赔", "套", "的人", "分红", "收益", "了一个", "了个", "项目"},
		skipPrev:  []string{"是做", "是搞", "在做", "在搞", "社保", "公积", "我是"},
		history:   []string{"之前", "以前", "去年", "曾经", "原来", "前几年", "那时候", "上次"},
		selfPaid:  []string{"自己", "已经", "付过", "交过"},
		carBefore: []string{"车", "车子", "汽车"},
		questions: []string{"能不能", "可不可以", "是不是", "会不会", "行不行", "能否"},
		negations: []string{"不", "没", "别", "非", "禁止", "无"},
		others:    []string{"朋友", "别人", "他人", "亲戚", "同事", "同学", "老乡"},
		interest:  []string{"出利息", "利息给我", "给我利息", "收利息", "吃利息"},
		lendTo:    []string{"借钱给", "贷款给", "贷出来给", "借出来给", "借来给", "借了给"},
		relatives: []string{"我弟", "我哥", "我姐", "我妹", "弟弟", "哥哥", "姐姐", "妹妹", "表弟", "表哥", "堂弟", "堂哥", "小舅子", "大舅子", "舅舅", "叔叔",
			"亲戚", "朋友", "我朋友", "同学", "兄弟", "发小", "老乡", "同事"},
	}
}

// find returns the prohibited use the normalised text s names, the last one when several are.
// expecting is the slot the flow asked for: after the purpose question a bare "投资" is a use.
func (t *prohibitedTable) find(s, expecting string) string {
	best, bestEnd := "", -1
	bare := strings.Trim(s, ",.!?。，！？ 啊呀呢吧哦嗯了的")
	t.scan(s, t.uses, &best, &bestEnd, func(string) bool { return true })
	answer := expecting == KeyLoanPurpose || (len([]rune(bare)) <= 4 && containsAny(bare, []string{"投资", "理财"}))
	t.scan(s, t.nouns, &best, &bestEnd, func(before string) bool {
		return answer || containsAny(before, t.useCues)
	})
	if best == "" && (t.lendsOn(s) || t.handsOn(s) || lentOutForInterest(s)) {
		best = UseLending
	}
	return best
}

// lendsOn reports money passed on to a third party who pays the applicant interest: "借钱给我朋友
// 他出利息给我", "想借50万给朋友周转 他给我三分利", "借给同事 他每月付我两分息". Without a third
// party, "给我利息低点" asks about our rate.
func (t *prohibitedTable) lendsOn(s string) bool {
	if !containsAny(s, t.others) {
		return false
	}
	s = removeAll(s, []string{"你们给我", "你给我", "您给我", "你们能给我", "能不能给我", "可以给我"}) // "你们给我利息低点": our rate, asked for
	if containsAny(s, t.interest) {
		return true
	}
	for _, p := range []string{"给我", "付我", "还我"} { // every one: "借给我朋友 他给我两分利息" pays in the second
		for i := strings.Index(s, p); i >= 0; i = nextIndex(s, p, i) {
			rest := []rune(s[i+len(p):])
			if w := string(rest[:min(len(rest), 8)]); strings.ContainsRune(w, '利') || strings.Contains(w, "分息") {
				return true
			}
		}
	}
	return false
}

// scan records in best the last phrase of words in s that is stated and that use accepts, given
// the clause before it.
func (t *prohibitedTable) scan(s string, words []kw, best *string, bestEnd *int, use func(before string) bool) {
	for _, k := range words {
		for off := 0; ; {
			i := strings.Index(s[off:], k.word)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k.word)
			if off <= *bestEnd {
				continue
			}
			if before, ok := t.stated(s, i, k); ok && use(before) {
				*best, *bestEnd = k.val, off
			}
		}
	}
}

// stated reports whether the phrase k at s[i:] names a use the applicant has in mind: not a
// workplace or an asset, not negated in its clause ("不炒股", "没打算买基金"), not past, not a car's
// down payment, not paid with the applicant's own money. It returns the clause before the phrase.
func (t *prohibitedTable) stated(s string, i int, k kw) (string, bool) {
	if hasPrefixAny(s[i+len(k.word):], t.skipNext) {
		return "", false
	}
	rs := []rune(s[:i])
	before := clauseBefore(rs, len(rs))
	if r := []rune(before); len(r) > 8 {
		before = string(r[len(r)-8:])
	}
	switch {
	case hasSuffixAny(before, t.skipPrev), containsAny(before, t.history):
		return "", false
	case k.val == UseDownPayment && (containsAny(before, t.carBefore) || containsAny(before, t.selfPaid)):
		return "", false
	}
	return before, !containsAny(removeAll(before, t.questions), t.negations)
}

// isQuestion reports a message that asks rather than states ("贷款可以炒股吗").
func isQuestion(s string) bool {
	return containsAny(s, []string{"吗", "?", "能不能", "可不可以", "可以不", "行不行", "么", "能否"})
}

// handsOn reports money borrowed to hand on to a relative or friend ("想借钱给我弟 他要做生意",
// "贷出来给朋友"), not denied nor past in its clause.
func (t *prohibitedTable) handsOn(s string) bool {
	for _, v := range t.lendTo {
		for i := strings.Index(s, v); i >= 0; i = nextIndex(s, v, i) {
			if after := s[i+len(v):]; hasPrefixAny(after, t.relatives) || hasPrefixAny(strings.TrimPrefix(after, "我"), t.relatives) { // "给我表哥"
				_, ok := t.stated(s, i, kw{v, UseLending})
				return ok
			}
		}
	}
	return t.handsOnSum(s)
}

// handsOnSum reports a sum borrowed to hand on, the figure between the verb and 给 ("想借十万给我妹",
// "贷五万给我弟"), to a relative or friend, not denied nor past in its clause.
func (t *prohibitedTable) handsOnSum(s string) bool {
	for _, v := range []string{"借", "贷"} {
		for i := strings.Index(s, v); i >= 0; i = nextIndex(s, v, i) {
			rest := []rune(s[i+len(v):])
			n := 0
			for n < len(rest) && n < 6 && strings.ContainsRune("0123456789一二两三四五六七八九十百千万块元wWkK个点.", rest[n]) {
				n++
			}
			if n == 0 || n == len(rest) || rest[n] != '给' {
				continue
			}
			after := string(rest[n+1:])
			if hasPrefixAny(after, t.relatives) || hasPrefixAny(strings.TrimPrefix(after, "我"), t.relatives) {
				_, ok := t.stated(s, i, kw{v, UseLending})
				return ok
			}
		}
	}
	return false
}

// lentOutForInterest reports money put out (放出去, 借出去) with interest to collect in the same message
// ("借点钱放出去 收利息"); a house let out (房子放出去租) earns rent, no interest.
func lentOutForInterest(s string) bool {
	return containsAny(s, []string{"放出去", "借出去", "贷出去"}) && containsAny(s, []string{"收利息", "吃利息", "赚利息", "收息", "拿利息", "赚点利息", "收点利息", "吃点利息", "吃利差", "赚利差"})
}
