package compliance

// Negation: a demand refused before the thing demanded
// (本行不會以電話或簡訊要求您先繳保證金或手續費).

// demandRefused (f10_demand-refused): a negator, then a demand on the reader
// (要求/让/叫/向 您 …) whose pay or hand-over verb opens the hit, all in one
// clause: however far the negator stands (不会以电话或短信要求您先缴…), it refuses
// the demand. The negator must be a refusal (不会, 绝不, 从不, 不得 …), not
// 不用担心 or a question (会不会).
func demandRefused(n []rune, cs, a int) string {
	i := a
	for _, v := range [...]string{"缴纳", "支付", "转账", "交", "缴", "付", "转", "打", "提供", "汇"} {
		if k := len([]rune(v)); i-k >= cs && hasPrefix(n[i-k:], v) {
			i -= k
			break
		}
	}
	if i == a {
		return ""
	}
	for _, adv := range [...]string{"预先", "提前", "事先", "先行", "先", "再"} {
		if k := len([]rune(adv)); i-k >= cs && hasPrefix(n[i-k:], adv) {
			i -= k
			break
		}
	}
	d := -1
	for _, w := range [...]string{"要求您", "要求你", "让您", "让你", "叫您", "叫你", "要您", "要你", "向您收取", "向你收取", "请您", "要求借款人", "要求客户", "要求申请人", "要求用户"} {
		if k := len([]rune(w)); i-k >= cs && hasPrefix(n[i-k:], w) {
			d = i - k
			break
		}
	}
	if d < 0 {
		return ""
	}
	pre := n[cs:d]
	if firstPersonBetween(pre) && indexString(pre, "我们不") < 0 && indexString(pre, "我们绝不") < 0 && indexString(pre, "我们从不") < 0 {
		return ""
	}
	for _, w := range [...]string{"会不会", "是不是", "能不能", "不用担心", "不用怕", "别担心"} {
		if indexString(pre, w) >= 0 {
			return ""
		}
	}
	for _, w := range [...]string{"不会", "绝不", "决不", "从不", "从来不", "从未", "不得", "并不会", "唔会", "never", "willnot", "won't", "doesnot", "donot"} {
		if indexString(pre, w) >= 0 {
			return "negation:" + w
		}
	}
	return ""
}
