package compliance

import "testing"

func TestDialectNeutral(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		k    int
		want bool
	}{
		{"批勿批得出", 1, 1, true},
		{"便宜勿便宜", 2, 1, true},
		{"有冇得内部渠道", 1, 2, true},
		{"勿好意思", 0, 2, true},
		{"冇得弹", 0, 2, true},
		{"我勿好打包票", 1, 2, false},
		{"这个冇得绕过去", 2, 2, false},
	} {
		n := []rune(c.text)
		if got := dialectNeutral(n, c.at, c.at+c.k); got != c.want {
			t.Errorf("dialectNeutral(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

func TestRepayRefused(t *testing.T) {
	if !repayRefused([]rune("覅还了"), 1) || repayRefused([]rune("覅还价"), 1) || repayRefused([]rune("覅告诉"), 1) {
		t.Error("repayRefused: 覅还了 is advice not to repay; 覅还价 and 覅告诉 are not")
	}
}

// TestNorthwesternNegators: 么有 (= 没有) and 嫑 (= 不要) negate; 什么有 and
// 么有问题 do not.
func TestNorthwesternNegators(t *testing.T) {
	f := newDefault(t)
	f.setSecondOpinion(false)
	for _, c := range []struct {
		text string
		want Action
	}{
		{"额们走的是正常流程，么有撒内部渠道。", Allow},
		{"俺们么有啥内部渠道，都走App正常流程。", Allow},
		{"嫑信啥包过，审批是银行说了算。", Allow},
		{"我們么有內部渠道，請走官方App。", Allow},
		{"为什么有内部渠道更快？", Block},
		{"么有问题，内部渠道直接批。", Block},
	} {
		if v := f.CheckOutbound(c.text); v.Verdict != c.want {
			t.Errorf("%s: verdict %v, want %v%s", c.text, v.Verdict, c.want, describe(v))
		}
	}
}

// TestDoingVerbs: a refusal opening a claim's gap reaches its last word only
// across verbs of doing (咱不弄假的), not 不光, 不怕.
func TestDoingVerbs(t *testing.T) {
	if !doingVerbs([]rune("弄")) || !doingVerbs([]rune("给做")) || doingVerbs([]rune("光弄")) || doingVerbs([]rune("怕")) || doingVerbs(nil) {
		t.Error("doingVerbs: 弄 and 给做 are verbs of doing; 光弄, 怕 and nothing are not")
	}
}

func TestMannerNegatedAndOrJoined(t *testing.T) {
	for _, c := range []struct {
		text string
		a, b int
		want bool
	}{
		{"还不上别硬撑着借新的", 3, 7, true},
		{"还不上别急着借新的", 3, 6, true},
		{"还不上别怕借新的", 3, 5, false},
		{"还不上别担心借新的", 3, 6, false},
	} {
		if got := mannerNegated([]rune(c.text), c.a, c.b) != ""; got != c.want {
			t.Errorf("mannerNegated(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !orJoined([]rune("不会要求您添加微信或提供验证码"), 2, 10) || orJoined([]rune("不会要求您添加微信，提供验证码"), 2, 10) {
		t.Error("orJoined: 或 joins the items; a clause end does not")
	}
	if !listNounAfter([]rune("敏感信息")) || listNounAfter([]rune("3天再说")) {
		t.Error("listNounAfter: 等敏感信息 names the items; 等3天 does not")
	}
}
