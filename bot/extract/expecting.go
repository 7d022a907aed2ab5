package extract

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Slot keys the flow may be expecting (the JSON keys of slot.Slots).
const (
	KeyAmount         = "amount_yuan"
	KeyTerm           = "term_months"
	KeyIncome         = "monthly_income_yuan"
	KeyLoanPurpose    = "loan_purpose"
	KeyEmployment     = "employment"
	KeyCollateral     = "collateral"
	KeyHouseCertYears = "house_cert_years"
	KeyLocalHukou     = "local_hukou"
	KeySocialSecurity = "social_security_months"
	KeyCreditQueries  = "credit_queries_6m"
	KeyOverdue        = "overdue_current"
	KeyExistingDebt   = "existing_monthly_debt_yuan"
	KeyAge            = "age"
	KeyCity           = "city"
	KeyPledge         = "pledge_willing"
)

// expectedRole maps an expected slot key to the role a bare number takes and the classes that fit.
func expectedRole(key string) (role, []class) {
	money := []class{classMoney, classSmall}
	switch key {
	case KeyAmount:
		return roleAmount, money
	case KeyIncome:
		return roleIncome, money
	case KeyExistingDebt:
		return roleDebt, money
	case KeyTerm:
		return roleTerm, []class{classPeriod, classSmall, classMoney}
	case KeyHouseCertYears:
		return roleHouseYears, []class{classPeriod, classSmall}
	case KeySocialSecurity:
		return roleSocial, []class{classPeriod, classSmall, classMoney}
	case KeyCreditQueries:
		return roleQueries, []class{classCount, classSmall}
	case KeyAge:
		return roleAge, []class{classAge, classSmall}
	}
	return roleNone, nil
}

// debtNamedBefore reports a figure right after the bare name of a debt ("网贷两千"), below a total
// owed: answered to the debt question, the debt's monthly payment.
func (t *cueTables) debtNamedBefore(rs []rune, a assigned) bool {
	return !isDebtTotal(value(a), "") && t.onlyDebtNames(lastClause(strings.TrimRight(sentenceBefore(rs, a.m.start, 8), " ")))
}

// takeExpected gives the expected slot every number whose role no word decided; an income or an
// age said of a relative ("我一万二 老公八千") stays out.
func (t *cueTables) takeExpected(rs []rune, as []assigned, key string) {
	r, classes := expectedRole(key)
	if r == roleNone {
		return
	}
	debts := 0 // figures given to the expected debt so far
	for i := range as {
		a := &as[i]
		if a.role == roleDebt {
			debts++
		}
		if r == roleDebt && a.role == roleDrop && t.debtNamedBefore(rs, *a) {
			a.role, a.defaulted = roleNone, true // "网贷两千 信用卡一千五" asked for the payments: each a debt's monthly figure
		}
		if a.role != roleNone && !a.defaulted {
			continue
		}
		if (r == roleIncome || r == roleAge) && t.familyBefore(rs, a.m.start) {
			if a.defaulted {
				a.role, a.defaulted = roleDrop, false // "我和老婆加起来两万" asked for the income: the household's, and no amount
			}
			continue
		}
		if r == roleAmount && a.role == roleIncome {
			continue // "我一个月一万八" asked for the amount: a figure per month is no loan amount
		}
		c := classOf(a.m)
		for _, want := range classes {
			if c != want {
				continue
			}
			prev := a.role
			a.role, a.defaulted = r, false
			if r == roleHouseYears && a.m.kind != kindPeriod && !validValue(r, a.m.value) {
				a.role = prev
			}
			if !validValue(a.role, value(*a)) {
				a.role = prev
			}
			if a.role == roleDebt && debts > 0 && t.onlyDebtNames(lastClause(strings.TrimRight(sentenceBefore(rs, a.m.start, 8), " "))) {
				a.plus = true // "花呗一千 借呗两千": a payment on another debt adds up
			}
			if a.role == roleDebt {
				debts++
			}
			break
		}
	}
}

// fillBareAnswer reads a yes/no style answer to the expected slot ("有", "没有", "是的", "外地").
func (x *Extractor) fillBareAnswer(st *slot.Slots, s, key string) {
	yes, no := isYes(s) || (key == KeyPledge && pledgeYes(s)), isNo(s) || (key == KeyPledge && pledgeNo(s))
	if !yes && !no {
		return
	}
	switch key {
	case KeyOverdue:
		if st.OverdueCurrent == nil && (no || overdueAnswer(strings.Trim(s, ",.!?。，！？ 啊呀呢吧哦嗯了的")) == nil) {
			st.OverdueCurrent = slot.Ptr(yes) // "有过 现在没了" is a yes taken back: overdueAnswer reads it
		}
	case KeyLocalHukou:
		if st.LocalHukou == nil {
			st.LocalHukou = slot.Ptr(yes)
		}
	case KeyCollateral:
		if st.Collateral == nil && no {
			st.Collateral = slot.Ptr(slot.CollateralNone)
		}
	case KeyExistingDebt:
		if st.ExistingMonthlyDebtYuan == nil && no {
			st.ExistingMonthlyDebtYuan = slot.Ptr(int64(0))
		}
	case KeyCreditQueries:
		if st.CreditQueries6m == nil && no {
			st.CreditQueries6m = slot.Ptr(0)
		}
	case KeyPledge:
		if st.PledgeWilling == nil {
			st.PledgeWilling = slot.Ptr(yes)
		}
	}
}

// loanDeniedOnly reports an answer that denies a loan on a house or car (没房贷, 也没有车贷,
// 房贷车贷都没有) and names no house or car besides.
func loanDeniedOnly(t string) bool {
	loans := []string{"房贷", "车贷", "房子贷款", "车子贷款", "按揭"}
	if !containsAny(t, loans) || !containsAny(t, []string{"没", "无", "不"}) {
		return false
	}
	for _, l := range loans {
		t = strings.ReplaceAll(t, l, "")
	}
	return !containsAny(t, []string{"房", "车"})
}

// fillExpectedWords reads one-word answers that only make sense after a question ("房子", "车").
func (x *Extractor) fillExpectedWords(st *slot.Slots, s, key string) {
	t := strings.Trim(s, ",.!?。，！？ 啊呀呢吧哦嗯了的")
	switch key {
	case KeyCollateral:
		if st.Collateral != nil || (st.LoanPurpose != nil && (buysCar(t) || containsAny(t, []string{"买房", "买套房", "装修", "提车"}))) {
			return // "买车用": the answer names what the money is for, not what is owned
		}
		if loanDeniedOnly(t) {
			return // "也没房贷车贷": no loan on a house or car says nothing of owning one
		}
		switch {
		case containsAny(t, []string{"什么都没有", "啥都没有", "什么也没有", "啥也没有"}) && containsAny(t, []string{"名下", "我自己", "本人"}):
			st.Collateral = slot.Ptr(slot.CollateralNone) // "房子是爸妈的 我自己名下啥都没有"
		case containsAny(t, []string{"房", "房子", "房产", "房本"}) && !strings.Contains(t, "租") && !containsAny(t, x.cues.othersOwn): // "房子是租的", "房子是爸妈的"
			st.Collateral = slot.Ptr(slot.CollateralHouse)
		case containsAny(t, []string{"车", "车子", "汽车"}):
			st.Collateral = slot.Ptr(slot.CollateralCar)
		case containsAny(t, []string{"什么都没有", "啥都没有", "都没有", "什么也没有", "啥也没有"}):
			st.Collateral = slot.Ptr(slot.CollateralNone)
		}
	case KeyLocalHukou:
		if st.LocalHukou == nil && (t == "本地" || t == "是本地") {
			st.LocalHukou = slot.Ptr(true)
		} else if st.LocalHukou == nil && (t == "外地" || t == "是外地") {
			st.LocalHukou = slot.Ptr(false)
		}
	case KeyLoanPurpose:
		if st.LoanPurpose == nil {
			switch t {
			case "经营", "生意", "做生意", "做点生意", "做小生意", "做点小生意", "小生意", "做买卖", "做点买卖", "做个小生意":
				st.LoanPurpose = slot.Ptr(slot.PurposeBusiness)
				st.Employment = nil // the answer names what the money is for, not a job
			case "其他", "其它", "其他用途", "别的", "其他的":
				st.LoanPurpose = slot.Ptr(slot.PurposeOther)
			}
		}
	case KeySocialSecurity:
		if st.SocialSecurityMonths == nil && (isNo(s) || containsAny(t, []string{"没交", "没缴", "未缴", "不交", "没买"})) {
			st.SocialSecurityMonths = slot.Ptr(0)
		}
	case KeyOverdue:
		if st.OverdueCurrent == nil {
			st.OverdueCurrent = overdueAnswer(t)
		}
	case KeyEmployment:
		if st.Employment == nil && hasPrefixAny(t, []string{"退了", "退下来了", "早退了"}) {
			st.Employment = slot.Ptr(slot.EmploymentRetired) // "退了，在家"
		}
	case KeyIncome:
		if st.MonthlyIncomeYuan == nil && isNo(s) {
			st.MonthlyIncomeYuan = slot.Ptr(int64(0))
		}
	}
}

// overdueAnswer reads an answer to "do you have an overdue now?" that does not say 逾期: a debt
// paid off or paid on time is no ("以前有过 现在都还清了"), one not paid is yes ("有一笔没还上").
func overdueAnswer(t string) *bool {
	switch {
	case containsAny(t, []string{"没还上", "还不上", "拖着没还", "欠着没还", "一直没还", "还没还上", "现在没还", "没补上", "还没补"}):
		return slot.Ptr(true)
	case containsAny(t, []string{"还清", "结清", "都还了", "还上", "还完", "补上", // t is trimmed of 了: "都还上了" reads "都还上" "已经还了", "处理好了", "按时还", "准时还", "从来不拖", "从没拖",
		"现在没有", "目前没有", "现在没了", "现在都没", "现在没逾期"}):
		return slot.Ptr(false)
	case hasSuffixAny(t, []string{"现在没", "现在都没", "现在已经没", "目前没", "现在不欠", "早就没", "早没", "都还", "已经还", "现在都还", "现在还清"}):
		return slot.Ptr(false) // 了 trimmed off the end: "以前有过 现在没了", "之前有 现在都还了"
	}
	return nil
}

// firstClause is the answer before any explanation: "没有 就我自己的工资" → "没有".
func firstClause(s string) string {
	if i := strings.IndexAny(s, " ,.!?;。，！？；"); i > 0 {
		return s[:i]
	}
	return s
}

// bareWord is the first clause of an answer, filler and punctuation aside, a doubled word once
// ("没有没有" → "没有", "可以可以" → "可以").
func bareWord(s string) string {
	t := strings.Trim(firstClause(s), ",.!?。，！？ 啊呀呢吧哦嗯了的")
	if h := len(t) / 2; len(t)%2 == 0 && h > 0 && t[:h] == t[h:] {
		return t[:h]
	}
	return t
}

// pledgeYes recognises a bare consent to pledge, said with the verb ("可以押", "能抵押", "押也行"):
// the answer to pledge_willing, which names nothing owned.
func pledgeYes(s string) bool {
	switch bareWord(s) {
	case "可以押", "能押", "押也行", "押也可以", "可以抵押", "能抵押", "愿意押", "愿意抵押", "抵押也行", "抵押也可以", "押就押", "可以抵", "同意抵押", "行可以押", "押没问题", "抵押没问题":
		return true
	}
	return false
}

// pledgeNo recognises a bare refusal to pledge, said with the verb ("不能押", "押不了").
func pledgeNo(s string) bool {
	switch bareWord(s) {
	case "不能押", "不能抵押", "押不", "抵押不", "押不了", "抵押不了", "不押", "不抵押", "不想押", "不想抵押":
		return true
	}
	return false
}

// isYes and isNo recognise a bare yes or no, filler and punctuation aside.
func isYes(s string) bool {
	switch bareWord(s) {
	case "有", "是", "对", "嗯", "是的", "对的", "有的", "没错", "有一点", "有一些", "yes", "y", "有啊", "是啊", "对啊", "有过", "有一笔", "存在",
		"可以", "行", "愿意", "没问题", "好", "好的", "ok", "同意",
		"系", "系呀", "系啊", "系的", "系嘅", "有呀", "有嘅": // Cantonese 係 (simplified 系): yes
		return true
	}
	return false
}

func isNo(s string) bool {
	switch bareWord(s) {
	case "没有", "没", "无", "不是", "不", "否", "都没有", "没得", "没呢", "no", "n", "木有", "没有呀", "一个也没有", "从来没有", "不存在", "都没", "零", "0",
		"一个都没有", "一次都没有", "一次也没有", "现在没有", "现在没", "目前没有", "没有了", "暂时没有", "不行", "不可以", "不愿意", "不想", "不要", "不用",
		"冇", "冇呀", "冇啊", "冇喔", "唔系", "唔系呀", "唔系啊": // Cantonese: 冇 none, 唔係 is not
		return true
	}
	return false
}
