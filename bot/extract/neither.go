package extract

import (
	"regexp"
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// neitherTable recognises "neither a house nor a car" however it is phrased ("没有房没有车",
// "房子车子都没有", "无车无房"), anywhere in a long message.
type neitherTable struct {
	patterns   []*regexp.Regexp
	firstOwned [2]string // what the third and fourth patterns name first
	notAfter   []string  // "房车都没有贷款": about loans, not about owning them
	noHouse    wordList  // a house lived in that is not the applicant's ("租的房子", "房子是爸妈的"); in the lexicon
	noCar      wordList
}

func newNeitherTable() neitherTable {
	const (
		house = `(?:房子|房产|住房|房)`
		car   = `(?:车子|车辆|汽车|车)`
		neg   = `(?:没有|没|无)`
		sep   = `(?:也|和|跟|与|、|,| |又|或)*`
		all   = `(?:都|也|全)?`
	)
	var ps []*regexp.Regexp
	for _, p := range []string{
		neg + house + sep + neg + `?` + car, // 没有房没有车, 没房也没车, 无房无车, 没有房和车
		neg + car + sep + neg + `?` + house, // 没车没房, 无车无房
		house + sep + car + sep + all + neg, // 房车都没有, 房子车子都没有, 房和车都没
		car + sep + house + sep + all + neg, // 车和房都没有
	} {
		ps = append(ps, regexp.MustCompile(p))
	}
	return neitherTable{patterns: ps, firstOwned: [2]string{slot.CollateralHouse, slot.CollateralCar},
		notAfter: []string{"贷", "抵押", "按揭", "月供", "欠"},
		noHouse: list("租的房", "租房", "房子是租的", "房是租的", "住的租的", "房子租的", "租的房子", "住出租屋", "房子是爸妈的", "房子是父母的", "房子是家里的",
			"爸妈的房", "父母的房", "宿舍", "住的租的", "租了个房", "租的单间"),
		noCar: list("没车", "没有车", "无车", "车没有", "车也没有", "也没车", "车子没有", "车子也没有", "没有车子", "没买车", "没有买车")}
}

// find reports what s says of a house and a car together: none ("没有房没有车"), or, when the
// first one named is owned ("有房 车没有"), that one.
// f is the lexicon's scan of s.
func (t *neitherTable) find(s string, f found) (string, bool) {
	if f.any(&t.noHouse) && f.any(&t.noCar) {
		return slot.CollateralNone, true // "住的租的房子 也没车", "住单位宿舍 车也没有": no house of the applicant's
	}
	if !strings.Contains(s, "房") || !strings.Contains(s, "车") {
		return "", false // cheap guard: most messages mention neither
	}
	for i, p := range t.patterns {
		for _, loc := range p.FindAllStringIndex(s, -1) {
			if hasPrefixAny(strings.TrimLeft(s[loc[1]:], "有 "), t.notAfter) {
				continue
			}
			if i < 2 && secondOwned(s[loc[0]:loc[1]], strings.TrimLeft(s[loc[1]:], " 子")) {
				return t.firstOwned[1-i], true // "没房 车有一辆": the car is had
			}
			before := strings.TrimRight(s[:loc[0]], "一两套栋间辆台部个旧新小破老二手") // "有套房 车没有", "有辆旧车 房子没有": a measure word or an age between
			if !strings.HasSuffix(before, "有") || strings.HasSuffix(before, "没有") {
				return slot.CollateralNone, true
			}
			if i >= 2 { // "有房 车没有", "有车 房没有": the first is owned, the second not
				return t.firstOwned[i-2], true
			}
		}
	}
	return "", false
}

// secondOwned reports "没房 车有一辆": the first of a pair denied, the second then said to be had.
func secondOwned(match, rest string) bool {
	negs := strings.Count(match, "没") + strings.Count(match, "无")
	return negs == 1 && (strings.HasPrefix(rest, "有") || hasPrefixAny(rest, []string{"倒是有", "是有", "还是有", "的话有", "是我", "是自己", "是俺", "自己的", "我自己的"})) &&
		!strings.HasPrefix(rest, "有没有")
}
