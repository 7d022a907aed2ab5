package hanzi

import "testing"

func TestFolder(t *testing.T) {
	f, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, simplify, fold string }{
		{"貸款還款", "贷款还款", "贷款还款"},
		{"我們這邊包過，放心申請。", "我们这边包过，放心申请。", "我们这边包过,放心申请。"},
		{"ＡＰＰ貸款１０萬", "ＡＰＰ贷款１０万", "app贷款10万"},
		{"徵信記錄", "征信记录", "征信记录"},
		{"plain 简体 text", "plain 简体 text", "plain 简体 text"},
		{"㎏", "㎏", "kg"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := f.Simplify(c.in); got != c.simplify {
			t.Errorf("Simplify(%q) = %q, want %q", c.in, got, c.simplify)
		}
		if got := f.Fold(c.in); got != c.fold {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.fold)
		}
		if got := f.Fold(f.Fold(c.in)); got != f.Fold(c.in) {
			t.Errorf("Fold is not idempotent on %q: %q", c.in, got)
		}
	}
	if Simplify("銀行") != "银行" || Fold("Ｖ信") != "v信" {
		t.Error("package-level Simplify/Fold disagree with the folder")
	}
	if r, ok := f.FoldRune('Ａ'); !ok || r != 'a' {
		t.Errorf("FoldRune('Ａ') = %q, %v", r, ok)
	}
	if f.T2S()['貸'] != '贷' {
		t.Error("T2S lacks 貸")
	}
}

func TestSimplifyAllocs(t *testing.T) {
	f, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = f.Simplify("已经是简体的句子") }); n != 0 {
		t.Errorf("Simplify of simplified text allocates %.0f times", n)
	}
}
