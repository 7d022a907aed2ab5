package compliance

import (
	"fmt"
	"strings"
	"testing"
)

// TestClaims checks that claim patterns and sentence frames decide sentences
// no pack phrase covers, and that every verdict names its rule and frame.
func TestClaims(t *testing.T) {
	f := newDefault(t)
	f.setSecondOpinion(false) // the rules alone
	cases := []struct {
		text    string
		want    Action
		rule    string // a counted hit's rule starts with this (block)
		excused string // or a hit is excused by a rule starting with this (allow)
	}{
		{"资料交给我，我们帮您搞定审批。", Block, "claim:F01/speaker+handle", ""},
		{"不需要任何收入证明，也不用家人同意。", Block, "claim:F04/no-need+proof", ""},
		{"我们的利息比银行还低。", Block, "claim:F05/", ""},
		{"手续费直接从本金里扣。", Block, "claim:F11/fee+deduct", ""},
		{"再借一笔还信用卡就行。", Block, "claim:F13/borrow+repay", ""},
		{"把你的通讯录发给我们。", Block, "claim:F17/contacts+ask", ""},
		{"This loan 100% approve。", Block, "claim:F01/certainty+outcome", ""},
		{"中介说他们能帮您搞定审批，这种说法不可信。", Allow, "", "warning:不可信"},
		{"以贷养贷的后果很严重。", Allow, "", "frame:consequence:"},
		{"日息万五换算成年化大约是18.25%。", Allow, "", "exception:"},
		{"您收到的短信说不看征信，请注意甄别。", Allow, "", "frame:attributed:"},
		{"请一定要通过官方渠道申请，审批结果以机构为准。", Allow, "", ""},
		{"审核通过后，放款机构会在1-3个工作日内放款。", Allow, "", ""},
		// A condition or concession carries the claim into the next clause.
		{"就算征信花了，我们也照样能办。", Block, "claim:F03/credit-trouble+permission", ""},
		{"征信花了，也可以先来咨询一下。", Allow, "", ""},
		{"再拖下去，你单位领导都会知道。", Block, "claim:F16/", ""},
		// The claim's own predicate holds a negation (并不会影响) — it is not one.
		{"之前的逾期并不会影响这次下款。", Block, "claim:F03/credit-trouble+permission", ""},
		// A spoken guarantee must end its clause.
		{"额度给到十万，这个我保证。", Block, "claim:F01/vouch", ""},
		{"我们保证您的资料只用于本次申请。", Allow, "", ""},
		// Reported speech: someone else's words in quotes; ours are not excused.
		{"那个业务员说“征信花了也能下”，您先别急着答应。", Allow, "", "quotation:"},
		{"有个中介跟您讲：“交两千保证金就放款”，千万别信。", Allow, "", ""},
		{"我们承诺“额度想要多少有多少”。", Block, "claim:F06/any-amount", ""},
		// The applicant's words repeated without quotes; agreement is not a quote.
		{"您说想再借一笔把信用卡还上，这样风险很大。", Allow, "", ""},
		{"您说得对，借一笔新的把旧的还上就行。", Block, "claim:F13/", ""},
		// The report ends with the thing named or the clause after the cue: then we answer.
		{"您提到的那几次逾期，对这次申请基本没有影响，机构那边是不会去查的。", Block, "claim:F03/", ""},
		{"您提到去年有过一次逾期，这个您不用担心，这家机构不看历史逾期。", Block, "claim:F03/", ""},
		// A Latin word is not cut: guaranteed is one word.
		{"额度 guaranteed 五万起。", Block, "claim:F06/", ""},
		// A question answered in the next clause carries the claim too.
		{"有污点？也不是事儿。", Block, "claim:F03/credit-trouble+permission", ""},
		// The condition may follow the first word of its clause.
		{"不还的话也就是催几次，没啥后果。", Block, "claim:F15/", ""},
		// A negation inside the condition does not excuse the claim after it.
		{"如果您没空去面签，可以由我们代为操作。", Block, "claim:F09/presence+proxy", ""},
		// An accusation is not a warning; a warning to the applicant still is.
		{"您已涉嫌违法，派出所明天上门。", Block, "claim:F16/police+act", ""},
		{"提醒您谨防冒充公安上门的骗局。", Allow, "", ""},
		// Words attributed to others end where we speak again.
		{"中介说的那些先不管，我把私人号码发你。", Block, "claim:F19/private-contact", ""},
		// A space the normaliser removed still separates two Latin words.
		{"工资条 diy ps 都行", Block, "claim:F08/", ""},
		// A practice named and defined is an explanation; a promise is not.
		{"以贷养贷是用新的借款去还旧的借款。", Allow, "", "warning:指"},
		{"包过就是把资料交给我们就行。", Block, "", ""},
		// A list topic with its negation in the next clause.
		{"网银密码、短信验证码这类信息，我们绝不会向您索要。", Allow, "", ""},
		// Conversions of deductions with a figure are explanations.
		{"借2万实际到手1.8万，应按1.8万计算真实年化。", Allow, "", "frame:conversion:"},
	}
	for _, c := range cases {
		v := f.CheckOutbound(c.text)
		if v.Verdict != c.want {
			t.Errorf("%s: verdict %s, want %s;%s", c.text, v.Verdict, c.want, describe(v))
			continue
		}
		if c.rule != "" && !hasHit(v, func(h Hit) bool { return h.ExcusedBy == "" && strings.HasPrefix(h.Rule, c.rule) }) {
			t.Errorf("%s: no counted hit by %s;%s", c.text, c.rule, describe(v))
		}
		if c.excused != "" && !hasHit(v, func(h Hit) bool { return strings.HasPrefix(h.ExcusedBy, c.excused) }) {
			t.Errorf("%s: no hit excused by %s;%s", c.text, c.excused, describe(v))
		}
	}
}

func hasHit(v Verdict, ok func(Hit) bool) bool {
	for _, h := range v.Hits {
		if ok(h) {
			return true
		}
	}
	return false
}

func TestParseClaimsRejects(t *testing.T) {
	cases := []struct{ name, yaml string }{
		{"undefined class", "claims:\n  - {family: F01, name: x, order: [nope]}\n"},
		{"unknown family", "classes: {a: [肯定]}\nclaims:\n  - {family: F99, name: x, order: [a]}\n"},
		{"unused class", "classes: {a: [肯定], b: [批]}\nclaims:\n  - {family: F01, name: x, order: [a]}\n"},
		{"unknown field", "claimz: []\n"},
	}
	for _, c := range cases {
		if _, err := parseClaims([]byte(c.yaml)); err == nil {
			t.Errorf("%s: parsed without error", c.name)
		}
	}
}

// TestManyClaimClasses: a claim set may use up to maxClasses word classes,
// and claims over the highest class ids fire; one class more is refused with
// an error naming the class and the limit.
func TestManyClaimClasses(t *testing.T) {
	word := func(i int) string { return string(rune(0x6000+i)) + "鑫" }
	claimSet := func(n int) string {
		var b strings.Builder
		b.WriteString("classes:\n")
		for i := range n {
			fmt.Fprintf(&b, "  c%d: [%s]\n", i, word(i))
		}
		b.WriteString("claims:\n")
		for k := 0; 2*k < n; k++ {
			fmt.Fprintf(&b, "  - {family: F01, name: k%d, order: [c%d, c%d]}\n", k, 2*k, (2*k+1)%n)
		}
		return b.String()
	}
	if _, err := ParseClaims([]byte(claimSet(maxClasses + 1))); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("at most %d classes", maxClasses)) {
		t.Fatalf("%d classes: err = %v, want one naming the limit %d", maxClasses+1, err, maxClasses)
	}
	own, err := ParseClaims([]byte(claimSet(maxClasses)))
	if err != nil {
		t.Fatal(err)
	}
	pack, err := DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewFilter(pack, WithClaims(own))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []int{0, 127, 128, 300, 510} {
		text := word(2*k) + word(2*k+1) + "。"
		want := fmt.Sprintf("claim:F01/k%d", k)
		if v := f.CheckOutbound(text); !hasHit(v, func(h Hit) bool { return h.Phrase == want }) {
			t.Errorf("%s: no hit by %s;%s", text, want, describe(v))
		}
	}
	if text := word(1021) + "，再说" + word(1020) + "。"; f.CheckOutbound(text).Verdict == Block {
		t.Errorf("%s: blocked, but the classes are out of order", text)
	}
}

// TestVoidWordsApart: the void list is written one branch's line at a time
// and the lines merge as a union, so a line that forgets its closing comma
// folds into the next ("最低档 指不设") and both words stop working.
func TestVoidWordsApart(t *testing.T) {
	cs, err := parseClaims(claimsYAML)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range cs.void {
		for i, r := range []rune(w) {
			if r == ' ' && i > 0 && (hanRune([]rune(w)[i-1]) == 1 || hanRune([]rune(w)[min(i+1, len([]rune(w))-1)]) == 1) {
				t.Errorf("void word %q joins two words: a line of the void list lacks its closing comma", w)
				break
			}
		}
	}
}
