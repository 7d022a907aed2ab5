package compliance

// quotedWarnedZH: a term in quote marks that the sentence then says hides a
// cost or a trap (「零利率」的分期常常藏有手续费, “免息”背后往往是高额服务费):
// the quote marks hold the term at a distance and the words after them warn.
// No first person may speak in the sentence (我们的“零利率”分期不藏任何费用
// is our own offer).
func (j *judge) quotedWarnedZH(a, b, ss, se int) string {
	if !j.inQuotes(a, b, ss, se) || firstPersonBetween(j.n[ss:se]) || ourName(j.n[ss:se]) {
		return ""
	}
	c := b
	for c < se && !isCloseQuote(j.n[c]) {
		c++
	}
	for i := c + 1; i < se; i++ {
		for _, w := range hiddenCostWords {
			if hasPrefix(j.n[i:se], w) && !j.negatedAt(i) {
				return "quotation:warned"
			}
		}
	}
	return ""
}

// hiddenCostWords say that what a term promises hides a cost or a trap.
var hiddenCostWords = []string{"藏有", "藏着", "暗藏", "隐藏", "隐含", "藏了", "背后", "陷阱", "猫腻", "套路", "坑人", "并不等于", "不等于", "未必真", "不一定真", "羊毛出在羊身上"}
