package compliance

import (
	"slices"
	"strings"
	"testing"
)

func TestAutomatonFindsOverlaps(t *testing.T) {
	pats := []string{"包过", "包过费", "过费", "he", "she", "his", "hers", "𠀀包"}
	rs := make([][]rune, len(pats))
	for i, p := range pats {
		rs[i] = []rune(p)
	}
	a, err := buildAutomaton(rs)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune("ushers交包过费𠀀包过")
	var got []string
	for _, m := range a.scan(text, nil) {
		got = append(got, pats[m.pat]+"@"+string(text[m.start:m.end]))
	}
	// brute force reference
	var want []string
	for end := 1; end <= len(text); end++ {
		for id, p := range rs {
			if end >= len(p) && slices.Equal(text[end-len(p):end], p) {
				want = append(want, pats[id]+"@"+string(p))
			}
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("scan = %v, want %v", got, want)
	}
}
