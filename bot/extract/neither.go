package extract

import (
	"regexp"
	"strings"
)

// neitherTable recognises "neither a house nor a car" however it is phrased ("没有房没有车",
// "房子车子都没有", "无车无房"), anywhere in a long message.
type neitherTable struct {
	patterns []*regexp.Regexp
	notAfter []string // "房车都没有贷款": about loans, not about owning them
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
	return neitherTable{patterns: ps, notAfter: []string{"贷", "抵押", "按揭", "月供", "欠"}}
}

// none reports whether s says the applicant has neither a house nor a car.
func (t *neitherTable) none(s string) bool {
	if !strings.Contains(s, "房") || !strings.Contains(s, "车") {
		return false // cheap guard: most messages mention neither
	}
	for _, p := range t.patterns {
		for _, loc := range p.FindAllStringIndex(s, -1) {
			before := s[:loc[0]]
			owns := strings.HasSuffix(before, "有") && !strings.HasSuffix(before, "没有") // "有房 车没有"
			if !owns && !hasPrefixAny(strings.TrimLeft(s[loc[1]:], "有 "), t.notAfter) {
				return true
			}
		}
	}
	return false
}
