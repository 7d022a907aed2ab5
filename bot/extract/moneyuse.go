package extract

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Where the money goes: handed on to someone else, used to repay debts, or paid out as wages —
// what a purpose or a risk signal is read from besides the purpose words.

// handedOn corrects the slots of a message whose money goes on to a relative or friend ("想借钱给我弟
// 他要做生意"): what the other one does with it is no purpose of the applicant's (the use is other),
// and an occupation said of them (他开店) is not the applicant's.
func (x *Extractor) handedOn(st *slot.Slots, s string, f found) {
	st.LoanPurpose = slot.Ptr(slot.PurposeOther)
	if st.Employment == nil {
		return
	}
	own := withoutThirdParty(s)
	if _, ok := x.words.employment.find(unaddressed(own), &x.cues, f); !ok && !shopWithin(own, "开了") && !companyWithin(own, "开了") {
		st.Employment = nil
	}
}

// withoutThirdParty returns s without its clauses about a third person (clauses opening with 他 or 她).
func withoutThirdParty(s string) string {
	rs := []rune(s)
	var b strings.Builder
	start, skip := 0, false
	for k := 0; k <= len(rs); k++ {
		if k < len(rs) && !isClauseEnd(rs[k]) {
			if k == start {
				skip = rs[k] == '他' || rs[k] == '她'
			}
			continue
		}
		if !skip {
			b.WriteString(string(rs[start:min(k+1, len(rs))]))
		}
		start, skip = k+1, false
	}
	return b.String()
}

// borrowThen reports a borrowing verb followed in the same clause by what ("借五十万做生意").
func borrowThen(s, what string) bool {
	j := strings.Index(s, what)
	if j < 0 {
		return false
	}
	before := []rune(s[:j])
	lo := max(0, len(before)-10)
	clause := string(before[lo:])
	if k := strings.LastIndexAny(clause, ",.!?;。，！？；"); k >= 0 {
		clause = clause[k+1:]
	}
	return containsAny(clause, []string{"借", "贷"})
}

// usedToRepay reports the money said to be mostly for repaying other debts without a borrowing verb
// ("分三年 主要就是还信用卡和网贷", "为了还网贷"); where a monthly income goes ("每个月工资主要就是还
// 房贷") is no use of the loan.
func usedToRepay(s string, objects []string) bool {
	for _, w := range []string{"主要就是还", "主要是还", "主要还", "主要用来还", "就是为了还", "为了还", "都是还", "全是还", "就是还", "拿去还", "拿来还", "用来还", "用于还", "要去还"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(w):])
		clause := string(rest[:min(len(rest), 10)])
		if repaysDebt(clause, objects) && !containsAny(lastClause(s[:i]), []string{"每个月", "每月", "月供", "工资", "收入", "一个月"}) {
			return true
		}
	}
	for _, w := range []string{"想把", "要把", "打算把", "准备把"} { // "想把几张信用卡一次还清"
		if i := strings.Index(s, w); i >= 0 {
			rest := []rune(s[i+len(w):])
			clause := string(rest[:min(len(rest), 14)])
			if containsAny(clause, objects) && containsAny(clause, []string{"还清", "还掉", "还上", "结清", "还了"}) {
				return true
			}
		}
	}
	return false
}

// repaysDebt reports a debt named first in what follows a repaying verb ("信用卡和网贷"), after
// the words that only say which ("之前的银行贷款", "手上的网贷", "以前欠的信用卡").
func repaysDebt(clause string, objects []string) bool {
	c := strings.TrimLeft(clause, "掉清上完 ")
	for changed := true; changed; {
		changed = false
		for _, w := range debtQualifiers {
			if strings.HasPrefix(c, w) {
				c, changed = c[len(w):], true
			}
		}
	}
	return hasPrefixAny(c, objects)
}

// debtQualifiers say which debt is repaid, before its name.
var debtQualifiers = []string{"之前", "以前", "原来", "早前", "前面", "现在", "目前", "手上", "手头", "身上", "欠", "借", "银行", "别的", "其他", "其它", "那几笔", "那笔", "几笔", "那些", "一些", "的"}

// opensFactory reports a factory to open ("想开个厂", "借钱开厂", "准备办个工厂"), not one run ("我在
// 宁波开厂", "自己开厂 有三十来个工人").
func opensFactory(s string) bool {
	for _, w := range []string{"开厂", "开个厂", "开工厂", "开个工厂", "开家厂", "办厂", "办个厂", "办工厂", "办个工厂"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		before := lastClause(string(tailRunes(s[:i], 10)))
		if containsAny(before, []string{"想", "要", "打算", "准备", "计划", "借", "贷"}) && !containsAny(before, []string{"已经", "之前", "以前"}) {
			return true
		}
	}
	return false
}

// paysWagesWithLoan reports the loan said to pay wages in the clause that borrows it ("想借二十万发工资",
// "贷点款开工资"), not a loan until one's own payday ("借点钱 等发工资就还").
func paysWagesWithLoan(s string) bool {
	for _, w := range []string{"发工资", "开工资", "发工钱", "发薪水"} {
		i := strings.Index(s, w)
		if i < 0 || !borrowThen(s, w) {
			continue
		}
		if strings.HasSuffix(s[:i], "等") || containsAny(firstRunes(s[i+len(w):], 4), []string{"就还", "再还", "了还", "还你", "还上"}) {
			continue
		}
		return true
	}
	return false
}
