package extract

import (
	"encoding/json"
	"math"
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Approximate numbers. An applicant who says "七八万", "5到8万", "两到三年", "三千多", "一万出头",
// "十来万" or "二十几次" has not stated a figure: the slot gets a tentative value to confirm —
// the upper end of a range ("七八万" → 8万, "两到三年" → 36期), the base of 多/来/几/出头
// ("三千多" → 3000, "十多次" → 10) — and the range of every reading, for rules that must hold for
// all of them. "左右", "大概" with one figure are a stated figure.

// readPairRange reads two adjacent Chinese digits a step apart within a numeral ("七八万",
// "三四千", "十七八万", "一两年", "两三次"): the numeral with the larger digit is the upper reading,
// with the smaller the lower.
func readPairRange(rs []rune, i int, units []unitWord) (mention, bool) {
	for k := i; k < len(rs)-1 && k <= i+2; k++ {
		d1, ok1 := cnDigit(rs[k])
		d2, ok2 := cnDigit(rs[k+1])
		if !ok1 || !ok2 || d1 == 0 || (d2 != d1+1 && !(d1 == 3 && d2 == 5)) {
			if k > i && !isNumeralRune(rs[k]) {
				return mention{}, false
			}
			continue
		}
		if k > i && !startsNumeral(rs, i) {
			return mention{}, false
		}
		small := k > i && rs[k-1] == '十' // "四十五六": an age or a count, no unit needed
		hi, okHi := readWithout(rs, i, k, small, units)
		lo, okLo := readWithout(rs, i, k+1, small, units)
		if !okHi || !okLo || hi.kind != lo.kind || hi.kind == kindOther || hi.end <= k {
			return mention{}, false
		}
		m := hi
		m.end = hi.end + 1
		m.approx, m.lo, m.hi, m.loMonths, m.hiMonths = true, lo.value, hi.value, lo.months, hi.months
		return m, true
	}
	return mention{}, false
}

// readWithout reads the mention at i of rs with the rune at skip left out; positions are those of
// the shortened text. A bare number is a reading when it is 100 or more, or small is set.
func readWithout(rs []rune, i, skip int, small bool, units []unitWord) (mention, bool) {
	cut := make([]rune, 0, len(rs)-1)
	cut = append(cut, rs[:skip]...)
	cut = append(cut, rs[skip+1:]...)
	m, _, ok := readExact(cut, i, units)
	return m, ok && (m.kind != kindPlain || m.value >= 100 || small)
}

// readConnectorRange reads "5到8万", "两到三年", "3-5次": a bare numeral, a connector, and a number
// with its unit; the first takes the second's unit unless it has its own ("1万到1.5万").
func readConnectorRange(rs []rune, i int, units []unitWord) (mention, bool) {
	if !startsNumeral(rs, i) {
		return mention{}, false
	}
	toks := tokenizeNumeral(rs, i)
	v1, used := evalNumeral(toks)
	if used == 0 {
		return mention{}, false
	}
	end1 := toks[used-1].end
	if end1+1 >= len(rs) || !strings.ContainsRune("到至-~～", rs[end1]) || !startsNumeral(rs, end1+1) {
		return mention{}, false
	}
	hi, _, ok := readExact(rs, end1+1, units)
	plainMoney := hi.kind == kindPlain && hi.value >= 100 && rs[end1] != '-' // "五千到八千"; "138-1234" is no range
	if !ok || (hi.kind != kindMoney && hi.kind != kindPeriod && hi.kind != kindCount && hi.kind != kindAge && !plainMoney) {
		return mention{}, false
	}
	lo := v1
	if mult := lastMultiplier(tokenizeNumeral(rs, end1+1)); mult > 1 && !hasMultiplier(toks[:used]) {
		lo = v1 * mult // "5到8万": 5 is 5万
	}
	if lo > hi.value {
		return mention{}, false
	}
	m := hi
	m.start = i
	m.approx, m.lo, m.hi = true, lo, hi.value
	m.hiMonths = hi.months
	if hi.value > 0 {
		m.loMonths = hi.months * lo / hi.value
	}
	return m, true
}

// lastMultiplier is the multiplier a numeral ends with (万 in "8万", k in "15k"), or 1.
func lastMultiplier(toks []numToken) float64 {
	if len(toks) > 0 && toks[len(toks)-1].unit >= 1000 {
		return toks[len(toks)-1].unit
	}
	return 1
}

func hasMultiplier(toks []numToken) bool {
	for _, t := range toks {
		if t.unit >= 1000 {
			return true
		}
	}
	return false
}

// severalMention reads "二十几次", "三十几万", "十几年", "二十几岁": the base number (20, 30万, 10年,
// 20岁) as the representative reading, up to the next round number.
func severalMention(rs []rune, start, end int, v float64, units []unitWord) (mention, int, bool) {
	end++ // 几
	big := false
	if end < len(rs) {
		if u, ok := cnUnit(rs[end]); ok && u >= 1000 {
			v *= u
			end++
			big = true
		}
	}
	m, next, ok := readUnit(rs, start, end, v, big, units)
	if !ok || m.kind == kindOther {
		m.kind, m.value, m.months, m.vague = kindOther, 0, 0, true
		return m, next, true
	}
	return withRange(m, v, v+place(v)), next, true
}

// markApprox marks a number followed by 多/来/余 ("三千多", "十来万", "两年多": up to the next round
// figure) or 出头 ("一万出头": up to 30% of its leading place above, 10000–13000).
func markApprox(rs []rune, m mention) mention {
	if m.kind == kindOther || m.kind == kindPercent {
		return m
	}
	inside := false
	for k := m.start; k < m.end && k < len(rs); k++ {
		if strings.ContainsRune("来多余", rs[k]) && !hasAt(rs, k+1, "少") && !hasAt(rs, k+1, "久") && !hasAt(rs, k+1, "长") {
			inside = true
		}
	}
	after := ""
	switch {
	case hasAt(rs, m.end, "出头"):
		after = "出头"
	case hasAt(rs, m.end, "多") && !hasAt(rs, m.end+1, "少") && !hasAt(rs, m.end+1, "久") && !hasAt(rs, m.end+1, "长") && !hasAt(rs, m.end+1, "大"):
		after = "多"
	}
	if !inside && after == "" {
		return m
	}
	if m.kind == kindPlain && after == "" && !inside {
		return m
	}
	m.end += len([]rune(after))
	if after == "出头" {
		return withRange(m, m.value, m.value+0.3*place(m.value)) // "一万出头": a little above, not up to the next round figure
	}
	return withRange(m, m.value, m.value+place(m.value))
}

// withRange marks m approximate from lo to hi (in m's own unit), with lo as the representative.
func withRange(m mention, lo, hi float64) mention {
	m.approx, m.value, m.lo, m.hi = true, lo, lo, hi
	if m.kind == kindPeriod && m.value > 0 {
		perUnit := m.months / lo
		m.loMonths, m.hiMonths = m.months, hi*perUnit
	}
	return m
}

// place is the step of a number's leading digit: 3000 → 1000, 10 → 10, 2 → 1.
func place(v float64) float64 {
	if v < 1 {
		return 1
	}
	return math.Pow(10, math.Floor(math.Log10(v)))
}

// slotKeys returns the keys s states.
func slotKeys(s slot.Slots) map[string]bool {
	out := map[string]bool{}
	for k := range jsonView(s) {
		out[k] = true
	}
	return out
}

// jsonView is s as its JSON object.
func jsonView(s slot.Slots) map[string]json.RawMessage {
	b, err := json.Marshal(s)
	if err != nil {
		return nil
	}
	m := map[string]json.RawMessage{}
	_ = json.Unmarshal(b, &m)
	return m
}

func fromView(m map[string]json.RawMessage) slot.Slots {
	var s slot.Slots
	b, err := json.Marshal(m)
	if err == nil {
		_ = json.Unmarshal(b, &s)
	}
	return s
}

// without returns s less slot key.
func without(s slot.Slots, key string) slot.Slots {
	if states, known := statesNumeric(s, key); known && !states {
		return s // the common case, answered without the JSON round trip
	}
	v := jsonView(s)
	if _, ok := v[key]; !ok {
		return s
	}
	delete(v, key)
	return fromView(v)
}

// joinAlternatives reads two figures of the same unit side by side ("十次八次", "八次或十次",
// "一年两年") as one approximate figure: the applicant gives two guesses, neither stated. The upper
// is the representative reading.
func joinAlternatives(rs []rune, ms []mention) []mention {
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		if k+1 < len(ms) && alternatives(rs, ms[k], ms[k+1]) {
			out = append(out, joinedRange(ms[k], ms[k+1]))
			k++
			continue
		}
		out = append(out, ms[k])
	}
	return out
}

// alternatives reports two exact figures of one kind and unit, different and close, with nothing
// between them but 或/或者/还是.
func alternatives(rs []rune, a, b mention) bool {
	if a.approx || b.approx || a.vague || b.vague || a.kind != b.kind || a.value == b.value || a.value <= 0 || b.value <= 0 {
		return false
	}
	gap := strings.TrimSpace(string(rs[a.end:b.start]))
	said := gap == "或" || gap == "或者" || gap == "还是"
	if a.kind != kindCount && a.kind != kindPeriod && a.kind != kindMoney && !(a.kind == kindPlain && said) {
		return false // bare figures are alternatives only when said to be ("分期12或者24都行")
	}
	if a.kind == kindPeriod && a.months/a.value != b.months/b.value {
		return false // "一年12期", "一年六个月": the same term twice, or a year and months
	}
	if lo, hi := min(a.value, b.value), max(a.value, b.value); hi > 3*lo {
		return false
	}
	return gap == "" && b.start == a.end || said
}

// joinedRange is the approximate mention spanning a and b.
func joinedRange(a, b mention) mention {
	lo, hi := a, b
	if a.value > b.value {
		lo, hi = b, a
	}
	m := hi
	m.start, m.end = a.start, b.end
	m.approx, m.lo, m.hi, m.loMonths, m.hiMonths = true, lo.value, hi.value, lo.months, hi.months
	return m
}
