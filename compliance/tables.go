package compliance

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"

	"github.com/loanbot/loanbot/compliance/hanzi"
)

// Entry classes of the per-rune normalisation table.
const (
	clsKeep  uint32 = 0 << 28 // replace by the rune in the low bits
	clsDrop  uint32 = 1 << 28 // invisible: always removed (zero-width, variation selectors)
	clsSep   uint32 = 2 << 28 // separator: spaces, separator symbols, emoji — removed
	clsMulti uint32 = 3 << 28 // expands to tables.multi[low bits]
	clsMask  uint32 = 3 << 28
	valMask  uint32 = 1<<28 - 1
)

// tables are the static normalisation data: one entry per BMP rune (folding,
// traditional → simplified, separators) and a default pinyin syllable per CJK
// rune. They are built once per process from x/text, OpenCC's character data
// and go-pinyin's dictionary, and never change afterwards.
type tables struct {
	bmp       []uint32
	multi     [][]rune
	pinyin    []uint16  // BMP rune → syllable id (0 = none)
	syllables []string  // syllable id → toneless pinyin ("bao")
	sylKeys   []uint32  // sorted base-27 keys of every syllable (see sylKey)
	claims    *claimSet // the embedded claim patterns (pack/claims.yaml)
	// shipped holds the embedded pack's phrase texts, which the second
	// opinion was trained alongside. Only their blocks can be doubted
	// (scorer.go): a phrase staff added is authoritative.
	shipped map[string]bool
}

// sharedTables builds the tables on first use; later calls return the same value.
var sharedTables = sync.OnceValues(buildTables)

func buildTables() (*tables, error) {
	hz, err := hanzi.Default()
	if err != nil {
		return nil, fmt.Errorf("build traditional→simplified table: %w", err)
	}
	t := &tables{bmp: make([]uint32, 0x10000), multi: [][]rune{[]rune("百分百")}} // multi[hundredPercent]
	var buf []rune
	for r := rune(0); r < 0x10000; r++ {
		t.bmp[r], buf = t.classify(r, hz, buf[:0])
	}
	t.buildPinyin()
	if t.claims, err = parseClaims(claimsYAML); err != nil {
		return nil, err
	}
	if t.shipped, err = shippedPhrases(); err != nil {
		return nil, err
	}
	return t, nil
}

// shippedPhrases lists the embedded pack's phrase texts.
func shippedPhrases() (map[string]bool, error) {
	pack, err := DefaultPack()
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(pack))
	for _, p := range pack {
		out[p.Text] = true
	}
	return out, nil
}

// classify computes the table entry of one BMP rune from its fold (NFKC,
// case folding, traditional → simplified: package hanzi).
func (t *tables) classify(r rune, hz *hanzi.Folder, buf []rune) (uint32, []rune) {
	switch {
	case isInvisible(r):
		return clsDrop, buf
	case r >= 0xD800 && r <= 0xDFFF:
		return clsDrop, buf // surrogates never appear decoded; keep the table total
	}
	if isCrossMark(r) {
		return clsKeep | crossMark, buf
	}
	out := hz.AppendFold(buf, r)
	switch {
	case len(out) == 0:
		return clsDrop, out
	case len(out) == 1 && isSeparator(out[0]):
		return clsSep, out
	case len(out) == 1:
		return clsKeep | uint32(out[0]), out
	}
	kept := out[:0]
	for _, x := range out {
		if !isInvisible(x) && !isSeparator(x) {
			kept = append(kept, x)
		}
	}
	if len(kept) == 0 {
		return clsSep, out
	}
	t.multi = append(t.multi, slices.Clone(kept))
	return clsMulti | uint32(len(t.multi)-1), out
}

// isInvisible reports format characters that carry no text: zero-width
// space/joiners, BOM, soft hyphen, variation selectors, bidi controls, tags.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F:
		return true
	case r == 0xFEFF, r == 0x00AD, r == 0x034F, r == 0x180E:
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7F
}

// isSeparator reports runes removed from the normalised text: white space,
// the separator symbols evaders put between characters, and emoji.
func isSeparator(r rune) bool {
	if unicode.IsSpace(r) && r != '\n' {
		return true
	}
	if strings.ContainsRune("*-_./~|\\^`·•・‧∙⋅…—–‐‑‒―﹏︶︿﹀°¯", r) {
		return true
	}
	return isEmoji(r)
}

// crossMark is what every cross-mark emoji normalises to: unlike other
// emoji it says something — a quoted line followed by ❌ or 🚫 is being
// rejected (“提额100%成功”❌), so it is kept for the frames to read.
const crossMark = '✗'

// isCrossMark reports the cross and prohibition marks (❌ ✖ ✗ ✘ ⛔ 🚫).
func isCrossMark(r rune) bool {
	switch r {
	case 0x274C, 0x2716, 0x2717, 0x2718, 0x26D4, 0x1F6AB:
		return true
	}
	return false
}

// isEmoji covers the pictographic blocks used between characters.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF:
		return true
	case r >= 0x2190 && r <= 0x21FF, r >= 0x25A0 && r <= 0x25FF, r >= 0x2700 && r <= 0x27BF:
		return true
	}
	return false
}

// buildPinyin records the first (most common) toneless reading of every CJK
// rune go-pinyin knows.
func (t *tables) buildPinyin() {
	t.pinyin = make([]uint16, 0x10000)
	t.syllables = []string{""}
	ids := map[string]uint16{}
	byValue := map[string]uint16{}
	args := pinyin.Args{Style: pinyin.Normal}
	for code, value := range pinyin.PinyinDict {
		if code >= 0x10000 {
			continue
		}
		id, ok := byValue[value]
		if !ok {
			id = syllableID(pinyin.SinglePinyin(rune(code), args), ids, &t.syllables)
			byValue[value] = id
		}
		t.pinyin[code] = id
	}
	for _, syl := range t.syllables[1:] {
		if k, ok := sylKey([]rune(syl)); ok {
			t.sylKeys = append(t.sylKeys, k)
		}
	}
	slices.Sort(t.sylKeys)
	t.sylKeys = slices.Compact(t.sylKeys)
}

// sylKey encodes up to 6 letters a–z as one integer (base 27).
func sylKey(rs []rune) (uint32, bool) {
	if len(rs) == 0 || len(rs) > 6 {
		return 0, false
	}
	var k uint32
	for _, r := range rs {
		if r < 'a' || r > 'z' {
			return 0, false
		}
		k = k*27 + uint32(r-'a'+1)
	}
	return k, true
}

// isPinyin reports whether a run of Latin letters splits entirely into
// pinyin syllables (bao, zhengxin, baoguo); English words and codes such as
// irr, app or pdf do not, so they skip the pinyin pass.
func (t *tables) isPinyin(run []rune) bool {
	var ok [64]bool // ok[i]: run[:i] splits into syllables
	if len(run) >= len(ok) {
		return false
	}
	ok[0] = true
	for i := 1; i <= len(run); i++ {
		for l := 1; l <= 6 && l <= i && !ok[i]; l++ {
			if !ok[i-l] {
				continue
			}
			if k, valid := sylKey(run[i-l : i]); valid {
				_, ok[i] = slices.BinarySearch(t.sylKeys, k)
			}
		}
	}
	return ok[len(run)]
}

func syllableID(readings []string, ids map[string]uint16, syllables *[]string) uint16 {
	if len(readings) == 0 || readings[0] == "" {
		return 0
	}
	s := readings[0]
	if id, ok := ids[s]; ok {
		return id
	}
	*syllables = append(*syllables, s)
	ids[s] = uint16(len(*syllables) - 1)
	return ids[s]
}

// readings returns every toneless reading of a rune (for pattern generation).
func readings(r rune) []string {
	return pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal, Heteronym: true})
}
