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

// TestAutomatonMatchesBruteForce compares scans with a brute-force search on
// patterns with a wide fan-out (hashed edges).
func TestAutomatonMatchesBruteForce(t *testing.T) {
	alphabet := []rune("不收取费包过征信秒批abc1%")
	var pats [][]rune
	for i := 0; i < 400; i++ {
		n := 1 + i%4
		p := make([]rune, n)
		for k := range p {
			p[k] = alphabet[(i*7+k*13+i/5)%len(alphabet)]
		}
		pats = append(pats, p)
	}
	a, err := buildAutomaton(pats)
	if err != nil {
		t.Fatal(err)
	}
	text := make([]rune, 300)
	for i := range text {
		text[i] = alphabet[(i*i+3*i)%len(alphabet)]
	}
	got := map[match]int{}
	for _, m := range a.scan(text, nil) {
		got[m]++
	}
	want := map[match]int{}
	for end := 1; end <= len(text); end++ {
		for id, p := range pats {
			if end >= len(p) && slices.Equal(text[end-len(p):end], p) {
				want[match{pat: int32(id), start: int32(end - len(p)), end: int32(end)}]++
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d distinct matches, want %d", len(got), len(want))
	}
	for m, n := range want {
		if got[m] != n {
			t.Errorf("match %+v: got %d, want %d", m, got[m], n)
		}
	}
}
