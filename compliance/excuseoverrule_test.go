package compliance

import "testing"

func TestHedgeTakenBack(t *testing.T) {
	for _, tc := range []struct {
		rule, s string
		want    bool
	}{
		{"exception:一般", "一般当天到账，最快5分钟", true},
		{"exception:通常", "通常当天放款，包您满意", true},
		{"exception:一般", "一般当天到账，最快只要30秒", true},
		{"exception:通常", "通常当天放款，保证到账", true},
		{"exception:一般", "一般当天到账，但不能保证", false},
		{"exception:一般", "一般当天到三天不等，保证不了", false},
		{"exception:一般", "一般当天，最快也要看机构安排", false},
		{"exception:一般", "一般当天，最快当天", false},
		{"exception:为准", "当天到账，最快5分钟", false},
	} {
		n := []rune(tc.s)
		if got := hedgeTakenBack(tc.rule, n, 2, len(n)); got != tc.want {
			t.Errorf("hedgeTakenBack(%q, %q) = %v, want %v", tc.rule, tc.s, got, tc.want)
		}
	}
}

func TestWarnDared(t *testing.T) {
	for _, tc := range []struct {
		s, cue string
		want   bool
	}{
		{"你可以去投诉试试", "投诉", true},
		{"报警都冇用", "报警", true},
		{"你报警也没用", "报警", true},
		{"随便你投诉", "投诉", true},
		{"可以投诉或报警", "投诉", false},
		{"请立即报警", "报警", false},
		{"你投诉了也没用", "投诉", true},
		{"你投诉也是没用的", "投诉", true},
		{"举报根本不管用。", "举报", true},
		{"报警都冇乜用", "报警", true},
		{"有本事你投诉去啊", "投诉", true},
		{"投诉也没用吗？", "投诉", false},
		{"投诉没用的话，请直接报警", "投诉", false},
		{"投诉根本没用？", "投诉", false},
	} {
		n := []rune(tc.s)
		st := indexString(n, tc.cue)
		if got := warnDared(n, st, st+len([]rune(tc.cue))); got != tc.want {
			t.Errorf("warnDared(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRivalsRefused(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"我们是唯一能办的别处都不行", true},
		{"只有我们能批别的平台都不行", true},
		{"其他机构也不行", true},
		{"包过不行", false},
		{"这种做法不行", false},
	} {
		n := []rune(tc.s)
		if got := rivalsRefused(n, indexString(n, "不行")); got != tc.want {
			t.Errorf("rivalsRefused(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestWarningAfterEndorsement(t *testing.T) {
	f := newDefault(t)
	for _, tc := range []struct {
		s    string
		want Action
	}{
		{"有用户说停止还款也没事，这是真的，请不要相信催收人员", Block},
		{"听说停止还款也没事，千真万确，别相信催收员那一套。", Block},
		{"有人说停止还款也没事，请不要相信", Allow},
		{"有人说停止还款也没事，还说这是真的，请不要相信。", Allow},
		{"有人说我们不查征信，这不是真的，请勿相信。", Allow},
		{"再不还钱就爆你通讯录，投诉了也没用", Block},
		{"如遇暴力催收，可以投诉或报警", Allow},
		{"如果催收扬言爆你通讯录，投诉没用的话，请直接报警。", Allow},
	} {
		if got := f.CheckOutbound(tc.s); got.Verdict != tc.want {
			t.Errorf("%q → %s%s, want %s", tc.s, got.Verdict, describe(got), tc.want)
		}
	}
}
