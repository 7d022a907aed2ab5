package compliance

// Pinyin matching. A pinyin-sensitive phrase is also compiled as its toneless
// pinyin spellings ("包过" → "baoguo"). At check time, only when the
// normalised text contains Latin letters, the neighbourhood of every Latin run
// is spelled out (CJK runes as their pinyin, Latin letters as themselves) and
// scanned. A pinyin hit counts only if it starts and ends on character
// boundaries, contains at least one Latin letter (all-CJK homophones such as
// 报过 are not evasions; explicit variants cover 保过) and does not cut a
// Latin word.

// maxPinyinSpellings bounds the heteronym combinations per phrase.
const maxPinyinSpellings = 16

// addPinyin adds the pinyin spellings of a normalised phrase text.
func (c *compiler) addPinyin(idx int32, text []rune) {
	cjk := 0
	spellings := []string{""}
	for _, r := range text {
		var alts []string
		switch {
		case isCJK(r):
			cjk++
			alts = c.readings(r)
			if len(alts) > 3 {
				alts = alts[:3]
			}
		case isLatin(r) || isDigit(r):
			alts = []string{string(r)}
		}
		if len(alts) == 0 {
			return // punctuation or symbols: no pinyin form
		}
		next := make([]string, 0, len(spellings)*len(alts))
		for _, s := range spellings {
			for _, a := range alts {
				if len(next) < maxPinyinSpellings {
					next = append(next, s+a)
				}
			}
		}
		spellings = next
	}
	if cjk < 2 {
		return // one syllable alone is too ambiguous
	}
	for _, s := range spellings {
		c.pinRune = append(c.pinRune, []rune(s))
		c.snap.pinPats = append(c.snap.pinPats, pattern{kind: patPinyin, phrase: idx, rule: "pinyin:" + s})
	}
	if len(text) > c.snap.pinWindow {
		c.snap.pinWindow = len(text)
	}
}

// readings returns the toneless readings of r, cached per compile.
func (c *compiler) readings(r rune) []string {
	if rs, ok := c.reads[r]; ok {
		return rs
	}
	rs := readings(r)
	c.reads[r] = rs
	return rs
}

// pinEntry flags.
const (
	pinStart uint8 = 1 << iota // first letter of a character's spelling
	pinEnd                     // last letter of a character's spelling
	pinLatin                   // a Latin letter of the text itself
)

// pinStream is the spelled-out neighbourhood of the Latin runs of a text.
type pinStream struct {
	runes []rune
	pos   []int32 // index in the normalised text
	flags []uint8
}

func (p *pinStream) reset() {
	p.runes, p.pos, p.flags = p.runes[:0], p.pos[:0], p.flags[:0]
}

func (p *pinStream) push(r rune, pos int, f uint8) {
	p.runes = append(p.runes, r)
	p.pos = append(p.pos, int32(pos))
	p.flags = append(p.flags, f)
}

// build spells out windows of w runes around every Latin run of n that
// reads as pinyin.
func (p *pinStream) build(t *tables, n []rune, w int) {
	p.reset()
	covered := -1
	for i := 0; i < len(n); i++ {
		if !isLatin(n[i]) {
			continue
		}
		j := i
		for j < len(n) && isLatin(n[j]) {
			j++
		}
		if !t.isPinyin(n[i:j]) {
			i = j - 1
			continue
		}
		from, to := max(i-w, covered+1), min(j+w, len(n))
		if from > covered+1 && len(p.runes) > 0 {
			p.push(0, -1, 0) // window break
		}
		for k := from; k < to; k++ {
			p.spell(t, n[k], k)
		}
		covered = to - 1
		i = j - 1
	}
}

func (p *pinStream) spell(t *tables, r rune, k int) {
	switch {
	case isLatin(r):
		p.push(r, k, pinStart|pinEnd|pinLatin)
	case isDigit(r):
		p.push(r, k, pinStart|pinEnd)
	case r < 0x10000 && t.pinyin[r] != 0:
		s := t.syllables[t.pinyin[r]]
		for i := 0; i < len(s); i++ {
			var f uint8
			if i == 0 {
				f |= pinStart
			}
			if i == len(s)-1 {
				f |= pinEnd
			}
			p.push(rune(s[i]), k, f)
		}
	default:
		p.push(0, -1, 0)
	}
}

// accept reports whether a pinyin match [a, b) is a real evasion and returns
// its span in the normalised text.
func (p *pinStream) accept(a, b int) (int, int, bool) {
	if p.flags[a]&pinStart == 0 || p.flags[b-1]&pinEnd == 0 {
		return 0, 0, false
	}
	latin := false
	for k := a; k < b; k++ {
		latin = latin || p.flags[k]&pinLatin != 0
	}
	if !latin {
		return 0, 0, false
	}
	if a > 0 && p.flags[a]&pinLatin != 0 && p.flags[a-1]&pinLatin != 0 {
		return 0, 0, false // cuts a Latin word on the left
	}
	if b < len(p.flags) && p.flags[b-1]&pinLatin != 0 && p.flags[b]&pinLatin != 0 {
		return 0, 0, false // cuts a Latin word on the right
	}
	return int(p.pos[a]), int(p.pos[b-1]) + 1, true
}
