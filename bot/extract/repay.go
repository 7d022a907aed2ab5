package extract

import (
	"strings"
)

// Borrowing to repay (以贷养贷) and loans being repaid: what raises the borrow_to_repay signal and
// what a repaid loan says the applicant owns.

// borrowToRepay reports borrowing to pay off other loans or cards (以贷养贷): a fixed phrase, or a
// borrowing verb followed in the same clause by repaying a loan ("想再借一笔把它们还了",
// "借二十万把网贷都还上"). A monthly payment ("每月还信用卡2000") is not.
func (w *wordTables) borrowToRepay(s string, f found) bool {
	if (f.any(&w.repayFixed) && containsAny(withoutMonthlyRepay(s), w.repayFixed.words)) || w.bridgesRepayment(f) {
		return true
	}
	for _, verb := range []string{"借", "贷", "拿来", "用来", "用于"} {
		for i := strings.Index(s, verb); i >= 0; {
			if verb == "贷" && debtNoun(s[:i]) {
				i = nextIndex(s, verb, i) // "网贷有一笔没还上": 贷 names a debt held, it borrows nothing
				continue
			}
			rest := []rune(s[i+len(verb):])
			if pastBorrowing(s[:i], string(rest)) {
				i = nextIndex(s, verb, i) // "之前借过网贷 都按时还清了": a loan taken and repaid, no borrowing wanted
				continue
			}
			if len(rest) > 16 {
				rest = rest[:16]
			}
			clause := withoutMonthlyRepay(string(rest))
			if k := strings.IndexAny(clause, ",.!?;。，！？；"); k >= 0 {
				clause = clause[:k]
			}
			if repaysIn(clause, w.repayObjects) || (containsUnnegated(clause, []string{"全还", "都还", "还清", "还掉", "还上"}) && containsAny(s, w.repayObjects)) {
				return true // "想借一笔把它们还了", "每个月要还一万，想借三十万全还了"
			}
			j := strings.Index(s[i+len(verb):], verb)
			if j < 0 {
				break
			}
			i += len(verb) + j
		}
	}
	return false
}

// pastBorrowing reports a borrowing verb, between before and rest, that tells of a loan already
// taken ("借过网贷", "去年借了借呗", "以前在网贷借的") rather than one wanted.
func pastBorrowing(before, rest string) bool {
	if strings.HasPrefix(rest, "过") {
		return true
	}
	return containsAny(lastClause(before), []string{"之前", "以前", "去年", "曾经", "原来", "前几年", "那时候", "上次"}) &&
		!containsAny(lastClause(before), []string{"想", "要", "打算", "准备"})
}

// bridgesRepayment reports money wanted to get over a repayment date ("还款日快到了 借点周转",
// "信用卡快到期了 想倒一下"): borrowing to repay, whatever word names it.
func (w *wordTables) bridgesRepayment(f found) bool {
	return f.any(&w.repayDue) && f.any(&w.bridge)
}

// debtNoun reports a 贷 that ends the name of a debt ("网贷", "房贷", "车贷", "消费贷") rather than a
// borrowing verb; before is the text up to the 贷.
func debtNoun(before string) bool {
	return hasSuffixAny(before, []string{"网", "房", "车", "消费", "经营", "信用", "小", "助", "装修", "公积金", "商"})
}

// nextIndex returns the next occurrence of w in s after the one at i, or -1.
func nextIndex(s, w string, i int) int {
	j := strings.Index(s[i+len(w):], w)
	if j < 0 {
		return -1
	}
	return i + len(w) + j
}

// containsUnnegated reports one of words in s not right after a negation ("没还上" states a debt
// unpaid, it repays nothing).
func containsUnnegated(s string, words []string) bool {
	for _, w := range words {
		for i := strings.Index(s, w); i >= 0; i = nextIndex(s, w, i) {
			if !hasSuffixAny(s[:i], []string{"没", "没有", "未", "不", "还没"}) {
				return true
			}
		}
	}
	return false
}

// repaysIn reports a clause that repays one of objects: the object after 还 ("还网贷") or moved
// before it with 把 ("把网贷还了"); "一年还 没逾期" repays nothing.
func repaysIn(clause string, objects []string) bool {
	for _, verb := range []string{"还", "平了", "平掉", "结清", "清掉", "填上", "填平"} { // "把网贷平了", "结清信用卡"; not 平台
		i := strings.Index(clause, verb)
		if i < 0 {
			continue
		}
		after := clause[i:]
		if k := strings.IndexByte(after, ' '); k >= 0 {
			after = after[:k] // "一年还 没逾期": a space ends what is repaid
		}
		if containsAny(after, objects) {
			return true
		}
		if j := strings.Index(clause, "把"); j >= 0 && j < i && containsAny(clause[j:i], objects) {
			return true
		}
	}
	return false
}

// carMakes are car makes and models an applicant may name a car by.
var carMakes = []string{"五菱", "宏光", "比亚迪", "宝马", "奔驰", "奥迪", "大众", "丰田", "本田", "日产", "特斯拉", "吉利", "长城", "哈弗",
	"长安", "别克", "雪佛兰", "现代", "起亚", "福特", "理想", "蔚来", "小鹏", "问界", "红旗", "传祺", "奇瑞", "荣威", "名爵", "雷克萨斯",
	"保时捷", "路虎", "沃尔沃", "凯迪拉克", "马自达", "斯柯达", "标致", "雪铁龙", "捷达", "桑塔纳", "帕萨特", "朗逸", "速腾", "迈腾",
	"卡罗拉", "凯美瑞", "雅阁", "思域", "轩逸", "领克", "极氪", "埃安", "零跑", "哪吒", "小米su7", "宝骏"}

// loanRepaid are the ways of saying the applicant repays a loan on their own house or car ("房贷还剩
// 15年", "每月房贷4500", "还车贷", "两千的车贷"): loan is 房贷 or 车贷, thing what it bought.
func loanRepaid(loan, thing string) []string {
	after := []string{"还剩", "还有", "还没还完", "没还完", "每月", "每个月", "一个月", "月供", "已经还", "还了", "还完", "还清", "快还完", "在还", "要还", "加", "和", "还要", "是", "大概", "差不多",
		"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几"}
	out := combine([]string{loan}, after)
	out = append(out, combine([]string{"还", "在还", "交", "供", "背着", "背了", "有", "有笔", "有个", "有一笔", "的", "办了", "做了", "贷了", "是", "都是"}, []string{loan})...)
	return append(out, combine([]string{thing, thing[:len(thing)-len("子")]}, []string{"月供", "的月供", "每月还", "每个月还", "还在还", "还贷"})...)
}

// withoutMonthlyRepay returns s with the repaying verb of a monthly payment taken out ("每月还别的
// 贷款两千" pays a loan held each month; it borrows nothing to repay it).
func withoutMonthlyRepay(s string) string {
	for _, w := range []string{"每个月要还", "每月要还", "每个月还", "每月还", "一个月还", "月还"} {
		s = strings.ReplaceAll(s, w, "每月付")
	}
	return s
}

// smallStalls are a corner shop or a street stall, run on one's own account ("开小卖部", "开了个早餐摊").
var smallStalls = []string{"小卖部", "小卖铺", "早餐摊", "早点摊", "煎饼摊", "水果摊", "烧烤摊", "菜摊", "卤菜摊", "小吃摊"}
