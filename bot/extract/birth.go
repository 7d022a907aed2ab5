package extract

import (
	"strings"
	"time"
)

// readBirthYear reads a year of birth at rs[i] ("95年的", "1990年出生", "八五年生人", "出生于1988年")
// and returns it as an age mention, computed against now. Only a year that a birth word follows
// (出生, 生人, 生的, 生), or a bare "N年的" that opens a clause or follows 我/我是/本人, counts:
// "95年的房子" and "我15年买的房" are not ages. A generation ("80后", "90后") is no year of birth
// either: it spans ten years and is said as an identity, so no age (not even a tentative one) is read.
func readBirthYear(rs []rune, i int, now time.Time) (mention, bool) {
	year, j, ok := readYearDigits(rs, i)
	if !ok || !hasAt(rs, j, "年") {
		return mention{}, false
	}
	k := j + 1
	month, k := readBirthMonth(rs, k)
	if !isBirthMarker(rs, i, k, month > 0) {
		return mention{}, false
	}
	year = fullYear(year, j-i, now)
	age := now.Year() - year
	if month > 0 && int(now.Month()) < month {
		age--
	}
	if year > now.Year() || age < 0 {
		return mention{}, false
	}
	return mention{start: i, end: k, value: float64(age), kind: kindAge}, true
}

// zeroLedYear reports a two-digit year with a leading zero ("05年", "零八年") at rs[i] and returns
// the offset after its 年.
func zeroLedYear(rs []rune, i int) (int, bool) {
	if d, ok := digitValue(rs[i]); !ok || d != 0 {
		return i, false
	}
	_, j, ok := readYearDigits(rs, i)
	if !ok || j-i != 2 || !hasAt(rs, j, "年") {
		return i, false
	}
	return j + 1, true
}

// readYearDigits reads two or four digits, ASCII or Chinese (九五, 一九九零, 〇五), with no unit
// between them, at rs[i]. It returns the number and the offset after it.
func readYearDigits(rs []rune, i int) (int, int, bool) {
	if i > 0 && (isASCIIDigit(rs[i-1]) || isNumeralRune(rs[i-1]) || rs[i-1] == '.') {
		return 0, i, false
	}
	n, j := 0, i
	for j < len(rs) && j-i < 5 {
		d, ok := digitValue(rs[j])
		if !ok {
			break
		}
		n = n*10 + d
		j++
	}
	if j-i != 2 && j-i != 4 {
		return 0, i, false
	}
	return n, j, true
}

func digitValue(r rune) (int, bool) {
	if isASCIIDigit(r) {
		return int(r - '0'), true
	}
	if r == '两' {
		return 0, false // "两年": a period, never a digit of a year
	}
	return cnDigit(r)
}

// readBirthMonth skips an optional "5月" / "十二月份" after the year and returns the month (0 if none).
func readBirthMonth(rs []rune, k int) (int, int) {
	toks := tokenizeNumeral(rs, k)
	if len(toks) == 0 {
		return 0, k
	}
	v, used := evalNumeral(toks)
	end := toks[used-1].end
	if v < 1 || v > 12 || !hasAt(rs, end, "月") {
		return 0, k
	}
	end++
	if hasAt(rs, end, "份") {
		end++
	}
	return int(v), end
}

// isBirthMarker reports that the year rs[start:] (its unit ending at k) is a year of birth.
func isBirthMarker(rs []rune, start, k int, withMonth bool) bool {
	rest := string(rs[k:])
	if hasPrefixAny(rest, []string{"出生", "生人", "生的", "的生日"}) {
		return true
	}
	if strings.HasPrefix(rest, "生") && !hasPrefixAny(rest, []string{"生意", "生活", "生产", "生病", "生孩子", "生小孩", "生了"}) {
		return true
	}
	left := clauseBefore(rs, start)
	if hasSuffixAny(left, []string{"出生于", "生于", "出生在", "出生是"}) {
		return true
	}
	if withMonth {
		return false
	}
	left = strings.TrimSpace(left)
	if rs := []rune(rest); len(rs) > 0 && isClauseEnd(rs[0]) && (left == "我" || left == "本人") {
		return true // "我88年 在工厂上班"
	}
	if r := []rune(rest); (len(r) == 0 || isClauseEnd(r[0])) && left == "" && strings.ContainsRune(string(rs[:start]), '属') {
		return true // "我属猪的 83年": a year alone after the zodiac sign is the year of birth
	}
	if !strings.HasPrefix(rest, "的") {
		return false
	}
	after := []rune(strings.TrimPrefix(rest, "的"))
	if len(after) > 0 && !isClauseEnd(after[0]) && !strings.HasPrefix(string(after), "属") {
		return false // "95年的房子"
	}
	return left == "" || hasSuffixAny(left, []string{"我", "我是", "本人", "本人是", "我今年", "我呢", "我是属", "身份证上是", "身份证上", "身份证是", "证件上是", "户口本上是"})
}

// clauseBefore is the text from the last clause end before pos up to pos.
func clauseBefore(rs []rune, pos int) string {
	lo := max(pos-10, 0)
	for k := pos - 1; k >= lo; k-- {
		if isClauseEnd(rs[k]) {
			lo = k + 1
			break
		}
	}
	return string(rs[lo:pos])
}

func isClauseEnd(r rune) bool {
	return isSentenceEnd(r) || strings.ContainsRune(",，、 |.", r)
}

// fullYear turns a two-digit year into a full one: above this year's two digits it is last century.
func fullYear(y, digits int, now time.Time) int {
	if digits == 4 {
		return y
	}
	if y > now.Year()%100 {
		return 1900 + y
	}
	return 2000 + y
}
