package extract

import "strings"

// Prohibited uses of loan funds (compliance rule F14): the engine must say the money may not be
// used for them.
const (
	UseStocks      = "stocks"       // 炒股, 买股票, 配资
	UseDownPayment = "down_payment" // 凑首付, 付首付 (of a home)
	UseCrypto      = "crypto"       // 买币, 炒币, 比特币
	UseInvestment  = "investment"   // 买基金, 理财, 期货, 投资
)

// prohibitedTable holds the phrases that name a prohibited use; built once by New.
type prohibitedTable struct {
	words      []kw
	skipNext   []string // "基金公司", "理财经理": a workplace or a job, not a use
	carBefore  []string // "买车首付": a car's down payment is a car purchase, not F14's home down payment
	questions  []string // removed before looking for a negation: "能不能炒股" asks, it does not deny
	negations  []string
	windowRune int
}

func newProhibitedTable() prohibitedTable {
	return prohibitedTable{
		words: kwJoin(
			kws(UseStocks, "炒股", "股票", "股市", "配资", "打新", "买股", "a股", "美股", "港股"),
			kws(UseDownPayment, "凑首付", "付首付", "交首付", "首付不够", "首付还差", "首付差", "首付款不够", "用来首付", "用于首付", "做首付",
				"当首付", "首付用", "买房首付", "房子首付", "房子的首付", "首付的钱", "首付钱", "婚房首付", "垫首付", "补首付", "首付缺"),
			kws(UseCrypto, "买币", "炒币", "比特币", "虚拟币", "数字货币", "加密货币", "usdt", "币圈", "挖矿", "以太坊", "狗狗币"),
			kws(UseInvestment, "基金", "理财", "期货", "外汇", "炒黄金", "买黄金", "投资", "放贷", "高利贷", "p2p", "炒房", "债券"),
		),
		skipNext:   []string{"公司", "经理", "顾问", "师", "机构", "专业", "行业", "产品经理", "客户", "的工作", "开店", "开厂", "店", "厂", "做生意"},
		carBefore:  []string{"车", "车子", "汽车"},
		questions:  []string{"能不能", "可不可以", "是不是", "会不会", "行不行", "能否"},
		negations:  []string{"不", "没", "别", "非", "禁止", "无"},
		windowRune: 8,
	}
}

// find returns the prohibited use the normalised text s names, the last one when several are.
func (t *prohibitedTable) find(s string) string {
	best, bestEnd := "", -1
	for _, k := range t.words {
		for off := 0; ; {
			i := strings.Index(s[off:], k.word)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k.word)
			if off > bestEnd && t.stated(s, i, k) {
				best, bestEnd = k.val, off
			}
		}
	}
	return best
}

// stated reports whether the phrase k at s[i:] names a use the applicant has in mind: not a
// workplace, not negated in its clause ("不炒股", "没打算买基金"), not a car's down payment.
func (t *prohibitedTable) stated(s string, i int, k kw) bool {
	if hasPrefixAny(s[i+len(k.word):], t.skipNext) {
		return false
	}
	rs := []rune(s[:i])
	before := clauseBefore(rs, len(rs))
	if r := []rune(before); len(r) > t.windowRune {
		before = string(r[len(r)-t.windowRune:])
	}
	if k.val == UseDownPayment && containsAny(before, t.carBefore) {
		return false
	}
	return !containsAny(removeAll(before, t.questions), t.negations)
}

// isQuestion reports a message that asks rather than states ("贷款可以炒股吗").
func isQuestion(s string) bool {
	return containsAny(s, []string{"吗", "?", "能不能", "可不可以", "可以不", "行不行", "么", "能否"})
}
