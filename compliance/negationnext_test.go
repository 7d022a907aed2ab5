package compliance

import "testing"

// TestRefusalsE7: the classes of fix-E7 (wave 40) — a proposal refused by the
// next clause, a prohibition on sending somewhere, classical 勿以, a refusal to
// ask for secrets over a list, Tianjin 甭介 after the term, a verdict on
// others' products, a discrepancy to report — and the pushy lines with the
// same words that must still block.
func TestRefusalsE7(t *testing.T) {
	f := newDefault(t)
	f.setSecondOpinion(false)
	for _, c := range []struct {
		text string
		want Action
	}{
		{"朋友叫你拿他身份证去贷，这种事使不得，出了事你担责。", Allow},
		{"有人让你用他名字贷，这个搞不得。", Allow},
		{"用他名字贷，这个不行的话就换你表哥的。", Block},
		{"用他名字贷，不行？我们帮你办。", Block},
		{"用他名字贷就行", Block},
		{"合同照片只在App里上传，千万别发到陌生人的私人微信上。", Allow},
		{"资料别走平台，发到客服私人手机更快！", Block},
		{"加我私人手机", Block},
		{"量入为出，毋以新债还旧债。", Allow},
		{"以新债还旧债帮你搞定", Block},
		{"本平台从不向您索取验证码、支付密码或CVV。", Allow},
		{"为完成审核，我们需要向您索取CVV码。", Block},
		{"银行卡密码发我", Block},
		{"借钱炒币可甭介，那是玩火。", Allow},
		{"借钱炒股甭介意，稳赚不赔。", Block},
		{"借钱炒股没问题", Block},
		{"包过的都是野路子，千万别信。", Allow},
		{"不上征信，不是野路子，正规放心借！", Block},
		{"不上征信放心借", Block},
		{"放款后核对一下到账金额，有出入马上告诉我。", Allow},
		{"验证码不对马上告诉我，我帮你重新弄。", Block},
	} {
		if v := f.CheckOutbound(c.text); v.Verdict != c.want {
			t.Errorf("%s: verdict %v, want %v%s", c.text, v.Verdict, c.want, describe(v))
		}
	}
}

func TestRefusedNext(t *testing.T) {
	for _, c := range []struct {
		text string
		b    int
		want bool
	}{
		{"用他名字贷，这个搞不得，出了事", 5, true},
		{"用他名字贷，万万使不得。", 5, true},
		{"用他名字贷，这个不行的话换人", 5, false},
		{"用他名字贷，不成功不收费", 5, false},
		{"用他名字贷，不行？", 5, false},
		{"用他名字贷就行，不行", 5, false},
	} {
		if got := refusedNext([]rune(c.text), c.b) != ""; got != c.want {
			t.Errorf("refusedNext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
