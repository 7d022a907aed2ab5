package compliance

import "testing"

// TestDecodeRuneMatchesRange checks the inline decoder against a range loop
// on valid, truncated, overlong, surrogate and stray-continuation bytes.
func TestDecodeRuneMatchesRange(t *testing.T) {
	for _, text := range []string{"包过abc１２３💯", "\xe5\x8c", "\xe5\x8c\x85\xe5", "\xe0\x80\x80x", "\xed\xa0\x80y",
		"\x80\xbf中", "\xef\xbf\xbd", "\xf0\x9f\x92", "a\xe4\xb8\x00b", ""} {
		var got []rune
		for i := 0; i < len(text); {
			r, w := decodeRune(text, i)
			got = append(got, r)
			i += w
		}
		want := []rune(text)
		if string(got) != string(want) || len(got) != len(want) {
			t.Errorf("%q: decodeRune gives %q, range gives %q", text, got, want)
		}
	}
}
