package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

//go:embed tschars.tsv
var tsChars string

// normalizer folds full-width forms to half-width, traditional characters to simplified and ASCII
// to lower case. Its table is built once; normalize is safe for concurrent use.
type normalizer struct {
	t2s map[rune]rune
}

// newNormalizer parses the embedded traditional → simplified table.
func newNormalizer() (*normalizer, error) {
	n := &normalizer{t2s: make(map[rune]rune, 4200)}
	for i, line := range strings.Split(tsChars, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		from, to, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(from) != 1 || utf8.RuneCountInString(to) != 1 {
			return nil, fmt.Errorf("tschars.tsv line %d: want one character, a tab, one character: %q", i+1, line)
		}
		f, _ := utf8.DecodeRuneInString(from)
		t, _ := utf8.DecodeRuneInString(to)
		n.t2s[f] = t
	}
	return n, nil
}

// normalize returns the folded runes of s. A run of white space next to a number is dropped ("20 万"
// reads as "20万") unless it separates two numbers ("8000 20万", "2万5 十二期" stay apart); elsewhere
// it becomes one space, a word boundary ("我在苏州 户口是外地的").
func (n *normalizer) normalize(s string) []rune {
	out := make([]rune, 0, len(s)/2+1)
	pendingSpace := false
	for _, r := range s {
		r = n.fold(r)
		if unicode.IsSpace(r) {
			pendingSpace = len(out) > 0
			continue
		}
		if pendingSpace {
			if sep := spaceBetween(out[len(out)-1], r); sep != 0 {
				out = append(out, sep)
			}
		}
		pendingSpace = false
		out = append(out, r)
	}
	return out
}

// spaceBetween says what white space between prev and next becomes: '|' between two numbers,
// nothing next to a number or unit, ' ' between words.
func spaceBetween(prev, next rune) rune {
	switch {
	case isNumeralRune(prev) && startsNumeralRune(next):
		return '|'
	case isNumeralRune(prev) || isNumeralRune(next) || strings.ContainsRune("年期个月岁次块元%", next):
		return 0
	}
	return ' '
}

func startsNumeralRune(r rune) bool {
	_, digit := cnDigit(r)
	return isASCIIDigit(r) || digit || r == '十'
}

func isNumeralRune(r rune) bool {
	_, unit := cnUnit(r)
	return startsNumeralRune(r) || unit || r == 'k' || r == 'w'
}

func (n *normalizer) fold(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if k := width.LookupRune(r); k.Kind() == width.EastAsianFullwidth {
		if nr := k.Narrow(); nr != 0 {
			r = nr
		}
		if r < utf8.RuneSelf {
			return unicode.ToLower(r)
		}
	}
	switch r {
	case '\u3000':
		return ' '
	case '￥':
		return '¥'
	}
	if s, ok := n.t2s[r]; ok {
		return s
	}
	return r
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
