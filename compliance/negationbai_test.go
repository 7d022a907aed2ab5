package compliance

import "testing"

// TestHenanBaiRushWaived: Henan 白 (= 别) before a verb of doing refuses it,
// 白拿/白送/说白了 do not; a waiver followed by hurry (唔使急住) waives no presence.
func TestHenanBaiRushWaived(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"千万白告诉", true}, {"白多借", true}, {"白乱签", true}, {"白加", true},
		{"白拿", false}, {"白送", false}, {"说白了", false}, {"白白", false}, {"明白告诉", false}, {"白借", false},
	} {
		n := []rune(c.s)
		i := -1
		for k, r := range n {
			if r == '白' && (k == 0 || n[k-1] != '白') {
				i = k
				break
			}
		}
		if got := i >= 0 && henanBai(n, i, len(n)); got != c.want {
			t.Errorf("henanBai(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"唔使急住sign", true}, {"不用急着签", true}, {"不必着急签字", true},
		{"唔使你本人sign", false}, {"不用本人签", false}, {"不用来签", false},
	} {
		n := []rune(c.s)
		if got := rushWaived(n, 0, len(n)) != ""; got != c.want {
			t.Errorf("rushWaived(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
