package extract

import (
	"strings"
	"testing"
)

// TestLexiconMatchesContainsAny checks that one scan answers every list as containsAny does,
// overlapping and nested words included.
func TestLexiconMatchesContainsAny(t *testing.T) {
	a := list("没有负债", "负债", "有负", "没有", "债务整合")
	b := list("他", "他她", "她他它", "它")
	c := list("abcd", "bc", "bcd", "c")
	lx := newLexicon(&a, &b, &c)
	texts := []string{"", "我没有负债", "有负债吗", "债务整合一下", "没", "她他它", "他她", "它", "abc", "xbcdx", "abxcd", "ab", "ccc",
		"我和老婆都没有负债，她他它", "没有负债务整合"}
	for _, s := range texts {
		f := lx.scan(s)
		for _, l := range []*wordList{&a, &b, &c} {
			if got, want := f.any(l), containsAny(s, l.words); got != want {
				t.Errorf("scan(%q).any(%v) = %v, want %v", s, l.words, got, want)
			}
		}
	}
}

// FuzzLexicon compares the lexicon with containsAny on any text.
func FuzzLexicon(f *testing.F) {
	f.Add("我没有负债，老婆有负债")
	f.Add(strings.Repeat("负债", 5))
	a := list("没有负债", "负债", "有负", "没有", "债务整合", "负")
	b := list("他", "他她", "她他它", "老婆有")
	lx := newLexicon(&a, &b)
	f.Fuzz(func(t *testing.T, s string) {
		got := lx.scan(s)
		for _, l := range []*wordList{&a, &b} {
			if got.any(l) != containsAny(s, l.words) {
				t.Fatalf("scan(%q).any(%v) = %v", s, l.words, got.any(l))
			}
		}
	})
}
