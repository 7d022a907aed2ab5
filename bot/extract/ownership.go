package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/bot/slot"
)

// Ownership: what the applicant owns that could be pledged (a house or car said in any wording,
// bought, being repaid, or denied), apart from what others own or what is still to be bought.

// fillCollateral sets what the applicant owns (collateral) and, apart, whether they want to pledge
// it (pledge_willing): "有套房 不想抵押" is a house and no pledge; "只考虑纯信用" says nothing of
// ownership; "房子可以抵押" is a house and a pledge.
func (x *Extractor) fillCollateral(st *slot.Slots, s string, f found) {
	if v, ok := x.neither.find(s, f); ok {
		st.Collateral = &v
	} else if v, ok := x.words.collateral.find(s, &x.cues, f); ok {
		if v == slot.CollateralNone {
			if owned, ok := x.ownedBesides(s, f); ok {
				v = owned // "有辆旧车 房子没有": the car owned, the house denied
			}
		}
		st.Collateral = &v
	} else if nothingInOwnName(s) {
		st.Collateral = slot.Ptr(slot.CollateralNone) // "老公有房 我名下没有": the spouse's is not the applicant's
	} else if v, ok := x.bought(s); ok {
		st.Collateral = &v // "车是去年二十万买的": a car the applicant bought
	} else if boughtVehicle(s) {
		st.Collateral = slot.Ptr(slot.CollateralCar) // "去年买了辆货车"
	}
	v, ok := x.words.pledge.find(s, &x.cues, f)
	if f.any(&x.words.noPledge) && (ok || strings.Contains(s, "押")) {
		v, ok = "false", true // "不想拿房子押", "但不考虑抵押": the refusal governs the whole message
	}
	if st.Collateral != nil && *st.Collateral == slot.CollateralNone {
		if f.any(&x.words.pureCredit) {
			st.PledgeWilling = slot.Ptr(false) // "无房无车，纯信用不抵押": the wish is stated apart
		}
		return // nothing owned: no preference to keep ("没有房子抵押")
	}
	if !ok || v == "true" {
		obj, found := pledged(s)
		if !ok && !found {
			return
		}
		if found && st.Collateral == nil && (isQuestion(s) || !f.any(&x.words.willingOnly)) && !x.othersProperty(s) {
			st.Collateral = &obj // "房本满五年, 想抵押贷款": the property spoken of
		}
		v = "true"
	}
	switch v {
	case "false":
		st.PledgeWilling = slot.Ptr(false)
		return
	case slot.CollateralHouse, slot.CollateralCar:
		if st.Collateral == nil && (isQuestion(s) || !f.any(&x.words.willingOnly) || ownedApart(s)) && !x.othersProperty(s) {
			st.Collateral = slot.Ptr(v) // "老家的房子能抵押吗", "用房子抵押", "房子可以抵押 在我名下": a house the applicant has
		} // "房子可以抵押" is the wish alone (package slot): what is owned is asked apart
	}
	if !isQuestion(s) {
		st.PledgeWilling = slot.Ptr(true)
	}
}

// deniesDebts reports several kinds of debt denied at once ("也没房贷车贷", "没有房贷和网贷"): no
// monthly repayment. One kind alone ("没有房贷") leaves the others open.
func (x *Extractor) deniesDebts(s string) bool {
	for _, neg := range []string{"没有", "没", "无"} {
		for i := strings.Index(s, neg); i >= 0; i = nextIndex(s, neg, i) {
			rest := s[i+len(neg):]
			if k := strings.IndexAny(rest, " ,，。.!?！？;；"); k >= 0 {
				rest = rest[:k]
			}
			if x.cues.debtNamesIn(rest) >= 2 && !x.cues.someoneElse([]rune(s), utf8.RuneCountInString(s[:i])) {
				return true
			}
		}
	}
	return false
}

// ownAny reports whether s says one of words of the applicant, not of someone else ("我老婆没有负债"
// says nothing of the applicant's debts; "我和老婆都没有负债" does).
func (x *Extractor) ownAny(s string, words []string) bool {
	rs := []rune(s)
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && !x.cues.someoneElse(rs, utf8.RuneCountInString(s[:i])) {
			return true
		}
	}
	return false
}

// pledged reads "房本满五年, 想抵押贷款": 抵押 stated without its object, and the one property the
// text talks about.
func pledged(s string) (string, bool) {
	i := strings.Index(s, "押")
	if i < 0 || isNegatedBefore(strings.TrimSuffix(s[max(0, i-9):i], "抵")) {
		return "", false
	}
	switch {
	case containsAny(s, []string{"房", "铺", "门面", "店面", "写字楼"}): // a shop or office is a house (package slot)
		return slot.CollateralHouse, true
	case strings.Contains(s, "车"):
		return slot.CollateralCar, true
	}
	return "", false
}

// debtNamedLast returns the collateral a message's last clause names as the debt of the payment
// stated before it ("每个月还款5k 房贷", "每月还三千 是车贷"): a house on a mortgage repaid is owned,
// a car on a car loan too (bot/slot); nil when the last clause names no such loan.
func debtNamedLast(s string) *string {
	rs := []rune(strings.TrimRight(s, ",.!?。，！？ 啊呀吧哦嗯了的呢"))
	last := strings.TrimSuffix(clauseBefore(rs, len(rs)), "来")
	last = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(last, "都"), "是"), "还")
	switch last {
	case "房贷", "房子贷款", "按揭", "房子按揭", "房子的":
		return slot.Ptr(slot.CollateralHouse)
	case "车贷", "车子贷款", "车子按揭", "车的":
		return slot.Ptr(slot.CollateralCar)
	}
	return nil
}

// buysCar reports 买 followed closely by a car ("买个新能源车", "买辆二手的车"), not a parking space
// nor a car not bought ("也没买车").
func buysCar(s string) bool {
	return (verbCar(s, "买") && !containsAny(s, []string{"没买", "没有买", "不买", "没钱买"})) || verbCar(s, "换")
}

// verbCar reports verb followed closely by a car ("买个新能源车", "换辆新车"), not a parking space
// nor a two-wheeler (电瓶车, 电动车, 自行车, 摩托车).
func verbCar(s, verb string) bool {
	for i := strings.Index(s, verb); i >= 0; {
		rest := []rune(s[i+len(verb):])
		if len(rest) > 0 && rest[0] == '的' && !containsAny(lastClause(s[:i]), []string{"想", "要", "打算", "准备", "计划"}) && !containsAny(s, carPlans) && !carBoughtOnLoan(s) {
			rest = nil // "全款买的车", "去年买的车": a car bought, owned; "想买的车" is wanted (one on a loan: fillWords)
		}
		for k := 0; k < len(rest) && k < 6; k++ {
			if rest[k] == '车' && (k+1 >= len(rest) || (rest[k+1] != '位' && rest[k+1] != '库')) && (k == 0 || !strings.ContainsRune("瓶动行单托", rest[k-1])) {
				return true
			}
			if strings.ContainsRune(",.!?;。，！？；", rest[k]) {
				break
			}
		}
		j := strings.Index(s[i+len(verb):], verb)
		if j < 0 {
			return false
		}
		i += len(verb) + j
	}
	return false
}

// bought reports a house or car the applicant says was bought ("车是去年二十万买的", "房子前年全款
// 买的"), not one wished for ("想买车") nor another person's.
func (x *Extractor) bought(s string) (string, bool) {
	j := strings.Index(s, "买的")
	if j < 0 || isNegatedBefore(s[:j]) {
		return "", false
	}
	before := []rune(s[:j])
	clause := string(before[max(0, len(before)-12):])
	if k := strings.LastIndexAny(clause, ",.!?;。，！？；"); k >= 0 {
		clause = clause[k+1:]
	}
	if containsAny(clause, []string{"想", "要", "打算", "准备", "给"}) || x.cues.personBefore([]rune(clause), -1, x.cues.adultFamily) {
		return "", false
	}
	switch {
	case strings.Contains(clause, "房"):
		return slot.CollateralHouse, true
	case strings.Contains(clause, "车"):
		return slot.CollateralCar, true
	}
	return "", false
}

// housesUnmortgaged reports "有两套房，都没贷款" or "房子是我跟老伴的名字没有贷款": the house just named
// (the clause's topic, or what 都 quantifies over) carries no loan; it says nothing of the
// applicant's other debts. "家里有一套房没贷款" speaks of the household and still counts.
func housesUnmortgaged(s string) bool {
	if i := strings.Index(s, "都没"); i >= 0 && strings.Contains(s[:i], "套房") && containsAny(s[i:], []string{"都没贷款", "都没有贷款", "都没抵押"}) {
		return true
	}
	for _, w := range []string{"没有贷款", "没贷款"} {
		i := strings.Index(s, w)
		if i < 0 {
			continue
		}
		clause := s[:i]
		if k := strings.LastIndexAny(clause, ",.!?;，。！？； "); k >= 0 {
			clause = clause[k+1:]
			if clause == "" {
				clause = lastClause(strings.TrimRight(s[:k], " ")) // "房子价值大概两百万 没有贷款": the house is still the topic
			}
		}
		return hasPrefixAny(clause, []string{"房子", "房本", "房产", "那套房", "这套房"})
	}
	return false
}

// hauling is carrying goods for pay; haulingForOthers names an employer or a vehicle only planned.
var (
	hauling          = []string{"跑运输", "跑货运", "跑物流", "跑长途", "拉货", "搞运输", "做运输", "开货车", "开大货", "开卡车", "开大车", "开挂车", "开半挂", "开渣土车", "开泥头车"}
	haulingForOthers = []string{"公司", "老板", "给人", "车队", "想买", "要买", "打算买", "准备买", "买辆", "买台", "买个", "买一辆"}
)

// usedAfterBuying reports a work use named after the vehicle bought ("买辆车跑运输"); one named
// before it is the applicant's trade ("我是跑网约车的 想换辆车" buys a car).
func usedAfterBuying(s string, uses []string) bool {
	i := strings.Index(s, "买")
	if j := strings.Index(s, "换"); i < 0 || (j >= 0 && j < i) {
		i = j
	}
	return i >= 0 && lastIndexAny(s[i:], uses) >= 0
}

// ownedApart reports ownership stated beside a wish to pledge ("房子可以抵押 在我名下", "可以押 写的我名字").
func ownedApart(s string) bool {
	return containsAny(s, []string{"在我名下", "是我名下", "我名下的", "写的我名字", "写我名字", "是我的名字", "是我自己的", "归我", "属于我"})
}

// vehiclePlanned reports a wish to buy a vehicle yet: with one, a vehicle bought before is no reason to
// drop the purpose ("买了辆旧车 想换辆新的").
func vehiclePlanned(s string) bool {
	return containsAny(s, []string{"想买", "要买", "打算买", "准备买", "想换", "要换", "打算换", "再买", "借钱买", "贷款买", "用来买"})
}

// carBoughtOnLoan reports a car already bought on a loan or instalments ("我贷款买的车", "去年分期买了辆车"),
// not one the applicant wants to buy so ("想贷款买车").
func carBoughtOnLoan(s string) bool {
	for _, how := range []string{"贷款买", "分期买", "按揭买", "车贷买"} {
		i := strings.Index(s, how)
		if i < 0 || containsAny(lastClause(s[:i]), []string{"想", "要", "打算", "准备", "再"}) {
			continue
		}
		rest := []rune(s[i+len(how):])
		head := string(rest[:min(len(rest), 5)])
		if hasPrefixAny(head, []string{"的", "了"}) && strings.Contains(head, "车") {
			return true
		}
	}
	return false
}

// boughtVehicle reports a completed purchase of a vehicle by the applicant ("自己买了辆货车", "去年买了台车"),
// not one planned ("想买了车再…" is rare and needs 想) nor a relative's.
func boughtVehicle(s string) bool {
	i := strings.Index(s, "买了")
	if i < 0 || containsAny(s[:i], []string{"想", "要", "打算", "准备", "老公", "老婆", "爸", "妈", "朋友", "他", "她"}) {
		return false
	}
	rest := []rune(s[i+len("买了"):])
	head := string(rest[:min(len(rest), 5)])
	return hasPrefixAny(head, []string{"辆", "台", "部", "一辆", "一台", "一部", "个", "新车", "车", "二手"}) && strings.Contains(head, "车")
}

// ownedBesides returns what a clause of s says the applicant owns when another clause denies the
// other thing ("有辆旧车 房子没有", "有台二手车 没房"): a house before a car.
func (x *Extractor) ownedBesides(s string, f found) (string, bool) {
	owned := ""
	for _, c := range strings.FieldsFunc(s, isClauseEnd) {
		if v, ok := x.words.collateral.find(c, &x.cues, f); ok && v != slot.CollateralNone && (owned == "" || v == slot.CollateralHouse) {
			owned = v
		}
	}
	return owned, owned != ""
}

// nothingInOwnName reports a clause that ends denying anything in the applicant's own name ("我名下
// 没有", "我自己名下什么都没有"): after a spouse's house or car, the applicant owns nothing.
func nothingInOwnName(s string) bool {
	if !strings.Contains(s, "名下") {
		return false // most messages
	}
	for _, c := range strings.FieldsFunc(s, isClauseEnd) {
		if hasSuffixAny(c, []string{"名下没有", "名下没", "名下什么都没有", "名下啥都没有", "名下啥也没有", "名下什么也没有", "名下没有的"}) {
			return true
		}
	}
	return false
}

// carPlans name a car to buy or change to, besides one bought.
var carPlans = []string{"想买", "要买", "打算买", "准备买", "想换", "要换", "打算换", "再买"}

// othersProperty reports a property said to be someone else's ("我爸的房子 能拿来抵押吗", "用我哥的车
// 押"): a pledge of it owns the applicant nothing (package slot).
func (x *Extractor) othersProperty(s string) bool {
	return containsAny(s, x.cues.othersOwn) && !ownedApart(s)
}
