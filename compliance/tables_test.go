package compliance

import "testing"

func TestTablesBuild(t *testing.T) {
	tb, err := sharedTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   rune
		want rune
	}{{'Ａ', 'a'}, {'過', '过'}, {'徵', '征'}, {'ｂ', 'b'}, {'０', '0'}, {'包', '包'}} {
		e := tb.bmp[c.in]
		if e&clsMask != clsKeep || rune(e&valMask) != c.want {
			t.Errorf("%q → %x, want %q", c.in, e, c.want)
		}
	}
	if tb.syllables[tb.pinyin['包']] != "bao" {
		t.Errorf("pinyin 包 = %q", tb.syllables[tb.pinyin['包']])
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"包 过", "包过"},
		{"包過", "包过"},
		{"ｂａｏ过", "bao过"},
		{"BAO过", "bao过"},
		{"包*过", "包过"},
		{"包\u200b过", "包过"},
		{"包🙏过", "包过"},
		{"💯下款", "百分百下款"},
		{"年化7.2%", "年化7.2%"},
		{"年化７．２％", "年化7.2%"},
		{"1OO%通过", "100%通过"},
		{"包　过", "包过"},            // ideographic space
		{"包❤️过", "包过"},           // emoji + variation selector
		{"徵信", "征信"},             // traditional
		{"我们不承诺包过。", "我们不承诺包过。"}, // punctuation stays
	}
	for _, tt := range tests {
		got, err := Normalize(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		again, _ := Normalize(got)
		if again != got {
			t.Errorf("not idempotent: %q → %q → %q", tt.in, got, again)
		}
	}
}

func TestIsPinyin(t *testing.T) {
	tb, err := sharedTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"bao", true}, {"zhengxin", true}, {"baoguo", true}, {"miao", true}, {"xia", true},
		{"irr", false}, {"app", false}, {"pdf", false}, {"xx", false}, {"lpr", false}, {"", false}} {
		if got := tb.isPinyin([]rune(c.in)); got != c.want && c.in != "" {
			t.Errorf("isPinyin(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
