// Package hanzi folds Chinese text for matching: traditional characters to
// simplified ones (OpenCC's character data, character by character, so no
// phrase rule can join or split characters), full-width forms to
// half-width (NFKC) and case folding. The tables are one entry per BMP rune,
// built once per process; lookups allocate nothing.
//
// It is the project's one traditional → simplified table (DESIGN §1):
// compliance's normaliser is built on it, and bot/extract and
// knowledge/retrieval can replace their hand lists with it.
//
//	f, err := hanzi.Default()
//	s := f.Simplify("貸款還款")   // "贷款还款"
//	s = f.Fold("ＡＰＰ貸款１０萬") // "app贷款10万"
package hanzi

import (
	"fmt"
	"strings"
	"sync"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Folder holds the folding tables. It is immutable and safe for concurrent use.
type Folder struct {
	simp  []rune          // BMP rune → simplified rune (itself when none)
	fold  []rune          // BMP rune → width/case/script folded rune; -1: see multi
	multi map[rune]string // runes that fold to several (㎏ → kg) or none
	t2s   map[rune]rune   // every character with a different simplified form
}

// Default returns the process-wide Folder, built on first use.
var Default = sync.OnceValues(New)

// New builds a Folder from OpenCC's t2s data (a few tens of milliseconds).
func New() (*Folder, error) {
	t2s, err := traditionalToSimplified()
	if err != nil {
		return nil, fmt.Errorf("hanzi: traditional→simplified table: %w", err)
	}
	f := &Folder{simp: make([]rune, 0x10000), fold: make([]rune, 0x10000), multi: map[rune]string{}, t2s: t2s}
	caser := cases.Fold()
	for r := rune(0); r < 0x10000; r++ {
		f.simp[r] = r
		if s, ok := t2s[r]; ok {
			f.simp[r] = s
		}
		if r >= 0xD800 && r <= 0xDFFF {
			f.fold[r] = r
			continue
		}
		out := FoldSlow(r, caser, t2s)
		if len(out) == 1 {
			f.fold[r] = out[0]
		} else {
			f.fold[r] = -1
			f.multi[r] = string(out)
		}
	}
	return f, nil
}

// SimplifyRune returns the simplified form of one character (itself when it
// has none).
func (f *Folder) SimplifyRune(r rune) rune {
	if r >= 0 && r < 0x10000 {
		return f.simp[r]
	}
	if s, ok := f.t2s[r]; ok {
		return s
	}
	return r
}

// Simplify converts traditional characters to simplified ones, character by
// character; nothing else changes.
func (f *Folder) Simplify(s string) string {
	if !f.needs(s, f.SimplifyRune) {
		return s
	}
	return strings.Map(f.SimplifyRune, s)
}

// FoldRune folds one rune (width, case, script). ok is false when the rune
// folds to more or fewer than one rune (use Fold for those).
func (f *Folder) FoldRune(r rune) (folded rune, ok bool) {
	if r < 0 || r >= 0x10000 {
		return f.SimplifyRune(r), true
	}
	if x := f.fold[r]; x >= 0 {
		return x, true
	}
	return r, false
}

// AppendFold appends the folded form of r to dst (none, one or several runes).
func (f *Folder) AppendFold(dst []rune, r rune) []rune {
	if x, ok := f.FoldRune(r); ok {
		return append(dst, x)
	}
	return append(dst, []rune(f.multi[r])...)
}

// Fold applies NFKC width folding, case folding and traditional →
// simplified to every rune until stable ("ＡＰＰ貸款" → "app贷款").
func (f *Folder) Fold(s string) string {
	if !f.changes(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if x, ok := f.FoldRune(r); ok {
			b.WriteRune(x)
		} else {
			b.WriteString(f.multi[r])
		}
	}
	return b.String()
}

// changes reports whether Fold changes s.
func (f *Folder) changes(s string) bool {
	for _, r := range s {
		if x, ok := f.FoldRune(r); !ok || x != r {
			return true
		}
	}
	return false
}

func (f *Folder) needs(s string, m func(rune) rune) bool {
	for _, r := range s {
		if m(r) != r {
			return true
		}
	}
	return false
}

// T2S returns a copy of the traditional → simplified character map.
func (f *Folder) T2S() map[rune]rune {
	out := make(map[rune]rune, len(f.t2s))
	for k, v := range f.t2s {
		out[k] = v
	}
	return out
}

// Simplify converts traditional characters with the Default folder (s
// unchanged if the table cannot be built, which only a broken build can cause).
func Simplify(s string) string {
	f, err := Default()
	if err != nil {
		return s
	}
	return f.Simplify(s)
}

// Fold folds s with the Default folder (s unchanged if the table cannot be built).
func Fold(s string) string {
	f, err := Default()
	if err != nil {
		return s
	}
	return f.Fold(s)
}

// FoldSlow applies NFKC, case folding and traditional → simplified to one
// rune until the result is stable, so that folding twice changes nothing.
// It is the reference the tables are built from.
func FoldSlow(r rune, caser cases.Caser, t2s map[rune]rune) []rune {
	s := string(r)
	for range 4 {
		next := norm.NFKC.String(caser.String(norm.NFKC.String(s)))
		next = strings.Map(func(x rune) rune {
			if y, ok := t2s[x]; ok {
				return y
			}
			return x
		}, next)
		if next == s {
			break
		}
		s = next
	}
	return []rune(s)
}

// traditionalToSimplified reads OpenCC's character mapping by converting
// every CJK character once, one per line, so that no phrase rule can join
// two of them.
func traditionalToSimplified() (map[rune]rune, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	var in []rune
	for _, blk := range [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}} {
		for r := blk[0]; r <= blk[1]; r++ {
			in = append(in, r)
			b.WriteRune(r)
			b.WriteByte('\n')
		}
	}
	conv, err := cc.Convert(b.String())
	if err != nil {
		return nil, err
	}
	lines := strings.Split(conv, "\n")
	m := make(map[rune]rune, 4096)
	for i, r := range in {
		out := []rune(lines[i])
		if len(out) == 1 && out[0] != r {
			m[r] = out[0]
		}
	}
	return m, nil
}
