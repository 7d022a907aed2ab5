package extract

import (
	"strconv"
	"strings"
)

// numToken is one piece of a numeral: a number ("12.5", "三") or a multiplier (十 百 千 万 亿 k w).
type numToken struct {
	num    float64
	unit   float64 // 0 for a number token
	digits int     // ASCII digits in a number token; 0 for a Chinese digit
	zero   bool    // 零 / 〇
	end    int     // rune offset just after the token
}

// cnDigit reports the value of a Chinese digit, including the financial (大写) forms.
func cnDigit(r rune) (int, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹', '幺':
		return 1, true
	case '二', '贰', '两':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// cnUnit reports the multiplier of a Chinese unit character (十 百 千 万 亿).
func cnUnit(r rune) (float64, bool) {
	switch r {
	case '十', '拾':
		return 10, true
	case '百', '佰':
		return 100, true
	case '千', '仟':
		return 1000, true
	case '万':
		return 1e4, true
	case '亿':
		return 1e8, true
	}
	return 0, false
}

// tokenizeNumeral reads the numeral that starts at rs[i] into tokens. It stops at the first rune
// that cannot continue a numeral. k and w count as 千 and 万 only right after a number.
func tokenizeNumeral(rs []rune, i int) []numToken {
	var toks []numToken
	for i < len(rs) {
		r := rs[i]
		switch {
		case isASCIIDigit(r):
			n, next := readArabic(rs, i)
			toks = append(toks, numToken{num: n, digits: countDigits(rs[i:next]), end: next})
			i = next
			continue
		case r == 'k' || r == 'w':
			if len(toks) == 0 || toks[len(toks)-1].unit != 0 || toks[len(toks)-1].zero {
				return toks
			}
			u := 1000.0
			if r == 'w' {
				u = 1e4
			}
			toks = append(toks, numToken{unit: u, end: i + 1})
		case (r == '来' || r == '多' || r == '余') && len(toks) > 0 && i+1 < len(rs) && strings.ContainsRune("万亿千", rs[i+1]):
			// "二十来万", "十多万": an approximation; read it as the round number
		default:
			if d, ok := cnDigit(r); ok {
				toks = append(toks, numToken{num: float64(d), zero: d == 0 && r != '两', end: i + 1})
			} else if u, ok := cnUnit(r); ok {
				if len(toks) == 0 && u != 10 {
					return toks
				}
				toks = append(toks, numToken{unit: u, end: i + 1})
			} else {
				return toks
			}
		}
		i++
	}
	return toks
}

// readArabic reads ASCII digits with an optional decimal part and thousands separators ("50,000").
func readArabic(rs []rune, i int) (float64, int) {
	buf := make([]byte, 0, 12)
	dot := false
	for i < len(rs) {
		r := rs[i]
		switch {
		case isASCIIDigit(r):
			buf = append(buf, byte(r))
		case r == '.' && !dot && i+1 < len(rs) && isASCIIDigit(rs[i+1]):
			dot = true
			buf = append(buf, '.')
		case r == ',' && !dot && thousandsGroup(rs, i+1):
		default:
			n, _ := strconv.ParseFloat(string(buf), 64)
			return n, i
		}
		i++
	}
	n, _ := strconv.ParseFloat(string(buf), 64)
	return n, i
}

// thousandsGroup reports whether rs[i:] starts with exactly three digits.
func thousandsGroup(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for j := i; j < i+3; j++ {
		if !isASCIIDigit(rs[j]) {
			return false
		}
	}
	return i+3 == len(rs) || !isASCIIDigit(rs[i+3])
}

func countDigits(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isASCIIDigit(r) {
			n++
		}
	}
	return n
}

// evalNumeral computes the value of the longest valid prefix of toks and returns it with the
// number of tokens used. Colloquial tails scale with the last unit: 两万五 = 25000, 3万5 = 35000,
// 一千五 = 1500, 三十五万八 = 358000. A tail that cannot belong to the number ("20万36期",
// "二十万三十六期") is left for the next numeral.
func evalNumeral(toks []numToken) (value float64, used int) {
	e := numEval{cur: -1, curIdx: -1, lastUnit: 1}
	for i, t := range toks {
		if !e.add(i, t) {
			if e.cur >= 0 && e.curIdx == i-1 && e.cutTail {
				return e.total + e.section, e.curIdx
			}
			return e.value(), i
		}
	}
	if e.cur >= 0 && e.lastUnit >= 100 && !e.zero && !e.validTail(toks[e.curIdx]) {
		return e.total + e.section, e.curIdx
	}
	return e.value(), len(toks)
}

// numEval is the state of evalNumeral.
type numEval struct {
	total, section float64
	cur            float64 // the pending number; -1 = none
	curIdx         int
	lastUnit       float64
	expect         float64 // the unit the next small unit must equal; 0 = any
	zero           bool
	cutTail        bool // the rejected token shows that the pending number starts a new numeral
}

// add takes one token; false means it cannot continue the numeral.
func (e *numEval) add(i int, t numToken) bool {
	e.cutTail = false
	switch {
	case t.zero:
		if e.cur >= 0 {
			return false
		}
		e.zero = true
	case t.unit == 0:
		if e.cur >= 0 {
			return false
		}
		e.cur, e.curIdx = t.num, i
	case t.unit < 1e4:
		return e.addSmallUnit(t.unit)
	default:
		return e.addBigUnit(t.unit)
	}
	return true
}

func (e *numEval) addSmallUnit(u float64) bool {
	if e.cur < 0 {
		if u != 10 || e.section != 0 || e.total != 0 {
			return false
		}
		e.cur = 1
	}
	if (e.expect != 0 && u != e.expect && !e.zero) || (e.lastUnit < 1e4 && e.lastUnit > 1 && u >= e.lastUnit) {
		e.cutTail = true
		return false
	}
	e.section += e.cur * u
	e.cur, e.lastUnit, e.expect = -1, u, u/10
	return true
}

func (e *numEval) addBigUnit(u float64) bool {
	if e.lastUnit >= 1e4 && u >= e.lastUnit {
		e.cutTail = true // "十万八万": two numbers, not 180000
		return false
	}
	if e.cur >= 0 {
		e.section += e.cur
	}
	if e.section == 0 {
		return false
	}
	if u == 1e8 {
		e.total = (e.total + e.section) * 1e8
	} else {
		e.total += e.section * 1e4
	}
	e.section, e.cur, e.lastUnit, e.zero, e.expect = 0, -1, u, false, u/10
	if u == 1e8 {
		e.expect = 0
	}
	return true
}

// validTail reports whether a trailing number can belong to the numeral: one digit ("3万5") or as
// many ASCII digits as the last unit has zeros ("1万2000").
func (e *numEval) validTail(t numToken) bool {
	if t.digits <= 1 {
		return true
	}
	zeros := 0
	for u := e.lastUnit; u >= 10; u /= 10 {
		zeros++
	}
	if e.lastUnit == 1e8 {
		return t.digits <= 8
	}
	return t.digits == zeros
}

// value adds the pending number: a lone digit after a unit counts in the next lower unit.
func (e *numEval) value() float64 {
	if e.cur < 0 {
		return e.total + e.section
	}
	cur := e.cur
	if !e.zero && e.lastUnit >= 100 && cur < 10 && cur == float64(int(cur)) {
		cur *= e.lastUnit / 10
	}
	return e.total + e.section + cur
}
