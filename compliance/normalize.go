package compliance

import "unicode/utf8"

// normText is a normalised text: runes plus, for each rune, the index of the
// original rune (character) it came from. Buffers are reused through a pool.
type normText struct {
	runes []rune
	src   []int32
	total int // number of runes in the original text
}

func (n *normText) reset() {
	n.runes = n.runes[:0]
	n.src = n.src[:0]
	n.total = 0
}

// push appends one normalised rune and applies the numeral fix-up: a letter o
// between digits (1OO%) is a zero.
func (n *normText) push(r rune, src int) {
	if k := len(n.runes); k >= 2 && n.runes[k-1] == 'o' && isDigit(n.runes[k-2]) && (isDigit(r) || r == 'o' || r == '%') {
		n.runes[k-1] = '0'
	}
	n.runes = append(n.runes, r)
	n.src = append(n.src, int32(src))
}

// span maps a half-open range of normalised runes back to the original text.
func (n *normText) span(start, end int) (int, int) {
	if start >= end || end > len(n.src) {
		return 0, 0
	}
	return int(n.src[start]), int(n.src[end-1]) + 1
}

// normalize fills n with the normalised form of text: NFKC width folding,
// case folding, traditional → simplified, zero-width characters, spaces,
// separator symbols and emoji removed (a dot between digits is kept: 3.5%),
// 💯 spelled 百分百, and o between digits read as 0.
func (t *tables) normalize(text string, n *normText) {
	n.reset()
	if cap(n.runes) < len(text) { // a rune of output per byte of input is enough but for 💯
		n.runes = make([]rune, 0, len(text)+8)
		n.src = make([]int32, 0, len(text)+8)
	}
	idx, dot := 0, -1
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		if r >= utf8.RuneSelf { // decodeRune, spelled out so that decode3 inlines here
			var ok bool
			if r, ok = decode3(text[i:]); ok {
				w = 3
			} else {
				r, w = decodeOther(text[i:])
			}
		}
		i += w
		var e uint32
		if r < 0x10000 {
			e = t.bmp[r]
		} else {
			e = t.entry(r)
		}
		switch e & clsMask {
		case clsKeep:
			v := rune(e & valMask)
			if dot >= 0 && isDigit(v) {
				n.push('.', dot)
			}
			dot = -1
			n.push(v, idx)
		case clsSep:
			if r == '.' || r == '．' {
				if k := len(n.runes); k > 0 && isDigit(n.runes[k-1]) && dot < 0 {
					dot = idx
				}
			}
		case clsMulti:
			dot = -1
			for _, v := range t.multi[e&valMask] {
				n.push(v, idx)
			}
		}
		idx++
	}
	n.total = idx
}

// decodeRune decodes the rune at text[i:] as a range loop does, with the
// BMP's three-byte sequences (all of CJK) decoded by decode3, which the
// compiler inlines (normalize's loop spells decodeRune out: it is too large
// to inline itself).
func decodeRune(text string, i int) (rune, int) {
	if r, ok := decode3(text[i:]); ok {
		return r, 3
	}
	return decodeOther(text[i:])
}

// decode3 decodes a three-byte sequence at the start of s: 1110xxxx
// 10xxxxxx 10xxxxxx, not overlong (r ≥ 0x800), not a surrogate.
func decode3(s string) (rune, bool) {
	if len(s) < 3 {
		return 0, false
	}
	r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	return r, uint32(s[0]&0xF0)<<16|uint32(s[1]&0xC0)<<8|uint32(s[2]&0xC0) == 0xE08080 && r >= 0x800 && uint32(r)-0xD800 >= 0x800
}

// decodeOther decodes what decodeRune does not.
func decodeOther(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// entry returns the table entry of any rune.
func (t *tables) entry(r rune) uint32 {
	if r < 0x10000 {
		return t.bmp[r]
	}
	switch {
	case r == 0x1F4AF: // 💯
		return clsMulti | hundredPercent
	case isCrossMark(r): // 🚫
		return clsKeep | crossMark
	case isInvisible(r):
		return clsDrop
	case isEmoji(r):
		return clsSep
	case r == utf8.RuneError:
		return clsDrop
	}
	return clsKeep | uint32(r)
}

// hundredPercent is the index of "百分百" in tables.multi (set by buildTables).
const hundredPercent = 0

// Normalize returns the normalised form of text, as the matcher sees it.
// It is exported for tools and tests; Check does this internally.
func Normalize(text string) (string, error) {
	t, err := sharedTables()
	if err != nil {
		return "", err
	}
	var n normText
	t.normalize(text, &n)
	return string(n.runes), nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLatin(r rune) bool { return r >= 'a' && r <= 'z' }

// isCJK reports ideographs (the BMP unified blocks and the supplementary planes).
func isCJK(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x3FFFF || r == 0x3007
}
