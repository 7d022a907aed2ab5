package extract

import (
	"math"
	"strings"
	"time"
)

// kind says what a number in the text measures, judged from its unit.
type kind int

const (
	kindPlain   kind = iota // a bare number: "8000", "35"
	kindMoney               // 万/元/块/k/w/¥: "20万", "五万块", "¥50,000"
	kindPeriod              // 年/个月/期: "3年", "36期", "半年"
	kindCount               // 次/条/家: "查了8次"
	kindAge                 // 岁: "35岁"
	kindPercent             // %/百分之/个点: "年化8%"
	kindOther               // a number with an unrelated unit (dates, days, floors …): never a slot
)

// mention is one number found in the normalised text.
type mention struct {
	start, end int // runes covered, unit included
	value      float64
	months     float64 // for kindPeriod
	kind       kind
	vague      bool // "几十万", "几次": a number was said, but not which

	// approx marks an approximate number ("七八万", "5到8万", "三千多", "一万出头", "二十几次"): value
	// and months are its representative reading (the upper end of a range, the base of 多/几/出头),
	// lo/hi and loMonths/hiMonths every reading.
	approx             bool
	lo, hi             float64
	loMonths, hiMonths float64
}

// scanMentions finds every number in rs, left to right; now dates a year of birth.
func scanMentions(rs []rune, units []unitWord, now time.Time) []mention {
	var ms []mention
	for i := 0; i < len(rs); {
		if m, ok := readBirthYear(rs, i, now); ok {
			ms = append(ms, m)
			i = m.end
			continue
		}
		if end, ok := zeroLedYear(rs, i); ok {
			i = end // "05年来的深圳": a calendar year, not five years
			continue
		}
		m, next, ok := readMention(rs, i, units)
		if ok {
			ms = append(ms, m)
		}
		i = next
	}
	return ms
}

// readMention reads the number starting at rs[i], if any, and its unit; an approximate number
// ("七八万", "5到8万", "三千多") is marked approx with its range.
func readMention(rs []rune, i int, units []unitWord) (mention, int, bool) {
	if m, ok := readPairRange(rs, i, units); ok {
		return m, m.end, true
	}
	if m, ok := readConnectorRange(rs, i, units); ok {
		return m, m.end, true
	}
	m, next, ok := readExact(rs, i, units)
	if ok && !m.approx {
		m = markApprox(rs, m)
		next = max(next, m.end)
	}
	return m, next, ok
}

// readExact reads the number starting at rs[i] as written, and its unit.
func readExact(rs []rune, i int, units []unitWord) (mention, int, bool) {
	if hasAt(rs, i, "百八十") || hasAt(rs, i, "千儿八百") || hasAt(rs, i, "万儿八千") {
		m, next, _ := readUnit(rs, i, i+3, 0, false, units)
		m.kind, m.value, m.months, m.vague = kindOther, 0, 0, true // "借个百八十万": no figure
		return m, next, true
	}
	if hasAt(rs, i, "百分之") {
		toks := tokenizeNumeral(rs, i+3)
		if v, used := evalNumeral(toks); used > 0 {
			return mention{start: i, end: toks[used-1].end, value: v, kind: kindPercent}, toks[used-1].end, true
		}
		return mention{}, i + 3, false
	}
	if rs[i] == '半' && (hasAt(rs, i+1, "年") || hasAt(rs, i+1, "个月")) {
		return readUnit(rs, i, i+1, 0.5, false, units)
	}
	if rs[i] == '万' && hasAt(rs, i+1, "几") && !(i > 0 && isNumeralRune(rs[i-1])) {
		return severalMention(rs, i, i+1, 10000, units) // "一個月搵萬幾蚊": 一万几, 一 left out
	}
	if v, end, ok := wanOdd(rs, i); ok {
		m, next, _ := readUnit(rs, i, end, v, true, units)
		return withRange(m, v, v+place(v)/10), next, true // "一個月搵萬零蚊": ten thousand and a little, to confirm
	}
	if m, ok := leadingWan(rs, i); ok {
		return m, m.end, true // "月入万五": 一 left out before 万
	}
	if !startsNumeral(rs, i) {
		return mention{}, i + 1, false
	}
	toks := tokenizeNumeral(rs, i)
	v, used := evalNumeral(toks)
	if used == 0 {
		return mention{}, i + 1, false
	}
	end := toks[used-1].end
	if tail := tailDigitBeforeUnit(rs, toks[:used]); tail > 0 {
		v, end = v-tail, toks[used-2].end // "20万3年": the 3 belongs to 年
	}
	big := false
	for _, t := range toks[:used] {
		big = big || t.unit >= 1e4 || (t.unit == 1000 && rs[t.end-1] == 'k')
	}
	if i > 0 && rs[i-1] == '第' {
		return mention{}, end, false
	}
	if hasAt(rs, end, "几") && v >= 10 && !(i > 0 && rs[i-1] == '几') {
		return severalMention(rs, i, end, v, units) // "二十几次", "三十几万"
	}
	if vague := hasAt(rs, end, "几"); vague || (i > 0 && rs[i-1] == '几') {
		return vagueMention(rs, i, end, vague, units)
	}
	return readUnit(rs, i, end, v, big, units)
}

// vagueMention reads "十几次", "二十几岁", "几十万": a number no slot may take. It keeps its unit so
// that the unit is not read as a number of its own.
func vagueMention(rs []rune, start, end int, skipJi bool, units []unitWord) (mention, int, bool) {
	if skipJi {
		end++
	}
	for end < len(rs) && strings.ContainsRune("十百千万亿", rs[end]) {
		end++
	}
	m, next, _ := readUnit(rs, start, end, 0, false, units)
	m.kind, m.value, m.months, m.vague = kindOther, 0, 0, true
	return m, next, true
}

// startsNumeral reports whether a numeral starts at rs[i] (not in the middle of a word like 万一).
func startsNumeral(rs []rune, i int) bool {
	r := rs[i]
	if isASCIIDigit(r) {
		return i == 0 || !isASCIIDigit(rs[i-1]) && rs[i-1] != '.'
	}
	if _, ok := cnDigit(r); ok {
		return true
	}
	return r == '十' || r == '拾'
}

// tailDigitBeforeUnit returns the value a one-digit tail added when a period or count unit
// follows it ("20万3年" is 20万 and 3年, not 203000 年), or 0.
func tailDigitBeforeUnit(rs []rune, toks []numToken) float64 {
	n := len(toks)
	if n < 3 || toks[n-1].unit != 0 || toks[n-2].unit < 1000 {
		return 0
	}
	if !periodOrCountUnitAt(rs, toks[n-1].end) {
		return 0
	}
	return toks[n-1].num * toks[n-2].unit / 10
}

func periodOrCountUnitAt(rs []rune, i int) bool {
	for _, u := range []string{"年", "个月", "期", "岁", "次", "月"} {
		if hasAt(rs, i, u) {
			return true
		}
	}
	return false
}

// unitWord is a word after a number that tells its kind.
type unitWord struct {
	word   string
	kind   kind
	months float64 // per unit, for periods
}

// newUnitWords lists the unit words, longest first where they share a prefix.
func newUnitWords() []unitWord {
	return []unitWord{
		{"周岁", kindAge, 0}, {"岁", kindAge, 0},
		{"个半月", kindPeriod, 1}, {"个多月", kindPeriod, 1}, {"个月", kindPeriod, 1},
		{"年半", kindPeriod, 12}, {"年", kindPeriod, 12}, {"期", kindPeriod, 1},
		// a workplace (一家外商公司) or 一次性 (at once) counts no enquiries
		{"家公司", kindOther, 0}, {"家外", kindOther, 0}, {"家企业", kindOther, 0}, {"家单位", kindOther, 0}, {"家店", kindOther, 0}, {"家厂", kindOther, 0},
		{"家工厂", kindOther, 0}, {"家私企", kindOther, 0}, {"家国企", kindOther, 0}, {"家央企", kindOther, 0}, {"家餐厅", kindOther, 0}, {"家饭店", kindOther, 0},
		{"家医院", kindOther, 0}, {"家学校", kindOther, 0}, {"家酒店", kindOther, 0}, {"次性", kindOther, 0},
		{"个机构", kindCount, 0}, {"家机构", kindCount, 0}, {"次", kindCount, 0}, {"条", kindCount, 0}, {"家", kindCount, 0}, {"回", kindCount, 0},
		{"元", kindMoney, 0}, {"块", kindMoney, 0}, {"rmb", kindMoney, 0}, {"人民币", kindMoney, 0},
		{"%", kindPercent, 0}, {"个点", kindPercent, 0},
		{"天", kindOther, 0}, {"号", kindOther, 0}, {"日", kindOther, 0}, {"点", kindOther, 0},
		{"楼", kindOther, 0}, {"层", kindOther, 0}, {"套", kindOther, 0}, {"辆", kindOther, 0},
		{"张", kindOther, 0}, {"个", kindOther, 0}, {"位", kindOther, 0}, {"平", kindOther, 0},
		{"厘", kindOther, 0}, {"分", kindOther, 0}, {"代", kindOther, 0}, {"手", kindOther, 0},
		{"线", kindOther, 0}, {"险", kindOther, 0}, {"金", kindOther, 0},
	}
}

// readUnit classifies the number rs[start:end] (value v) by the word that follows it.
func readUnit(rs []rune, start, end int, v float64, big bool, units []unitWord) (mention, int, bool) {
	j := end
	for j < len(rs) && (rs[j] == '多' || rs[j] == '来' || rs[j] == '余') {
		j++
	}
	m := mention{start: start, value: v}
	if start > 0 && rs[start-1] == '¥' {
		m.start, big = start-1, true
	}
	if isMonthUnit(rs, j, v) {
		m.kind, m.months, m.end = kindPeriod, v, j+1
		return m, m.end, true
	}
	for _, u := range units {
		if !hasAt(rs, j, u.word) {
			continue
		}
		if u.word == "分" && j+1 < len(rs) && startsNumeral(rs, j+1) {
			break // "四千二分五年": 分 starts the term, it is no unit
		}
		m.kind, m.end = u.kind, j+len([]rune(u.word))
		if u.kind == kindPeriod {
			m.months = v * u.months
			if strings.HasSuffix(u.word, "半") {
				m.months += u.months / 2
			}
			if u.word == "年" && hasAt(rs, m.end, "零") {
				if extra, next, ok := readExact(rs, m.end+1, units); ok && extra.kind == kindPeriod && extra.months < 12 {
					m.months += extra.months // "五年零三个月"
					m.end = next
					return m, m.end, true
				}
			}
			if u.word == "年" && v >= 1900 {
				m.kind, m.months = kindOther, 0 // a calendar year
			}
		}
		if u.word == "个" && !big && v >= 10 && v <= 1000 && slangWan(rs, m.end) && (moneyVerbBefore(rs, start) || strings.TrimSpace(string(rs[:start])) == "") {
			m.kind, m.value = kindMoney, v*1e4 // "借个三十个", "两百个": 个 for 万
			return m, m.end, true
		}
		if big && (u.kind == kindOther || u.kind == kindPeriod) {
			m.kind, m.end = kindMoney, end // "20万个" is still money; a unit word after it is text
		}
		return m, m.end, true
	}
	m.end = end
	switch {
	case !big && generation(rs, start, end, v):
		m.kind = kindOther // "80后", "九零后": a generation, no age
	case big:
		m.kind = kindMoney
	case isLoneDigit(rs[start:end]):
		return m, end, false // "一下", "两口子": a lone Chinese digit with no unit is not a number
	case countDigits(rs[start:end]) >= 8:
		m.kind = kindOther // phone numbers, ids
	}
	return m, end, true
}

// isMonthUnit reports a bare 月 meaning months ("12月" in "分12月还"), not a date ("3月份").
func isMonthUnit(rs []rune, j int, v float64) bool {
	if !hasAt(rs, j, "月") || v > 120 || v != float64(int(v)) {
		return false
	}
	if j+1 < len(rs) && strings.ContainsRune("份号日底初中入供薪收还息利费工租", rs[j+1]) {
		return false
	}
	return true
}

func isLoneDigit(rs []rune) bool {
	if len(rs) != 1 {
		return false
	}
	_, ok := cnDigit(rs[0])
	return ok
}

// hasAt reports whether rs[i:] starts with w.
func hasAt(rs []rune, i int, w string) bool {
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// slangWan reports a 个 that ends the number's phrase ("三十个，", "二十个吧"), as in amounts said
// as "N个" for N万; "三十个人" is not.
func slangWan(rs []rune, i int) bool {
	if i >= len(rs) {
		return true
	}
	return strings.ContainsRune(",.!?;:~ 。，！？吧啊呀哈的左右分就够", rs[i])
}

// leadingWan reads 万 with one digit after it and no numeral before ("月入万五", "借万八块"): 一万五,
// 一万八. 万一 is a word ("万一逾期"), never 11000.
func leadingWan(rs []rune, i int) (mention, bool) {
	if rs[i] != '万' || i+1 >= len(rs) || (i > 0 && isNumeralRune(rs[i-1])) {
		return mention{}, false
	}
	d, ok := cnDigit(rs[i+1])
	if !ok || d < 2 || (i+2 < len(rs) && isNumeralRune(rs[i+2])) {
		return mention{}, false
	}
	end := i + 2
	for _, u := range []string{"块钱", "块", "元", "蚊"} {
		if hasAt(rs, end, u) {
			end += len([]rune(u))
			break
		}
	}
	return mention{start: i, end: end, value: 10000 + float64(d)*1000, kind: kindMoney}, true
}

// moneyVerbBefore reports a word of borrowing or needing money just before a number ("借个三十个",
// "要两百个"), so that N个 may mean N万 (as it may when the figure opens the message, "两百个");
// "员工三十来个" counts people.
func moneyVerbBefore(rs []rune, start int) bool {
	return containsAny(string(rs[max(0, start-4):start]), []string{"借", "贷", "要", "缺", "差", "凑", "批", "额度", "弄", "搞", "拿", "需要"})
}

// generation reports a two-digit figure naming a generation ("80后", "95后", "八零后").
func generation(rs []rune, start, end int, v float64) bool {
	return hasAt(rs, end, "后") && end-start == 2 && v >= 50 && v < 100 && v == math.Trunc(v) && int(v)%5 == 0
}

// wanOdd reads a round 万 with 零 and nothing after it ("萬零蚊", "一萬零", "两万零"; Cantonese for
// ten thousand and some): its value and where it ends. "一万零五百" is exact and read elsewhere.
func wanOdd(rs []rune, i int) (float64, int, bool) {
	j, d := i, 1.0
	if v, ok := cnDigit(rs[i]); ok && v > 0 && hasAt(rs, i+1, "万") && !(i > 0 && isNumeralRune(rs[i-1])) {
		j, d = i+1, float64(v)
	} else if rs[i] != '万' || (i > 0 && isNumeralRune(rs[i-1])) {
		return 0, 0, false
	}
	if !hasAt(rs, j+1, "零") || (j+2 < len(rs) && (isNumeralRune(rs[j+2]) || isASCIIDigit(rs[j+2]) || strings.ContainsRune("头钱花用碎散星售件", rs[j+2]))) {
		return 0, 0, false
	}
	return d * 10000, j + 2, true
}
