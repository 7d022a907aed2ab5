package compliance

import "testing"

// TestReplyFrames checks honest replies whose refusal, hedge or caution stands
// apart from the term (framesreply.go, noSuchKind, the cue words of fix-E
// r9), and the pushy lines with the same words, which must stay blocked.
func TestReplyFrames(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// f09_stand-in-refused: the substitution said impossible after the hit.
		{"签字刷脸都得你本人来 别人替不了", Allow, "negation:替不了"},
		{"面签必须本人到场，谁也代不了。", Allow, ""},
		{"别人替你签就行", Block, ""},
		{"签字我们可以替你签，不用本人来。", Block, ""},
		// f02_hedged-speed: a hedge right before the speed or outcome.
		{"钱不一定当天到，一般一到三个工作日。", Allow, "frame:hedge:不一定"},
		{"审批结果不一定当天出，要看机构安排。", Allow, ""},
		{"当天到账", Block, ""},
		{"钱肯定当天到，不用等。", Block, ""},
		// f18_capacity-maxim: the best defined by what the reader can repay.
		{"最好的贷款，是你还得起的那一笔。", Allow, "frame:maxim:"},
		{"最划算的借款，就是您负担得起的那一笔。", Allow, ""},
		{"最好的贷款，就是我们家的秒批贷。", Block, ""},
		{"最好的贷款，是你在我们这借的还得起的那一笔。", Block, ""},
		// f05_quoted-topic-caution: a quoted term named as advertising, then cautioned.
		{"关于“零利息”的宣传，要注意是否另收服务费、担保费。", Allow, "frame:advice:要注意"},
		{"关于“秒批”的广告，要注意审批仍由机构决定。", Allow, "frame:advice:要注意"},
		{"关于利息你放心，零利息，真的一分不收。", Block, ""},
		// f17_kept-safe: the secret named as what to keep safe, nobody to hand it to.
		{"请保护好您的验证码和银行卡密码，不要透露给任何人。", Allow, "frame:advice:保护好"},
		{"保护好账户，把银行卡密码发我就行。", Block, ""},
		{"为保护好您的资金安全，请将银行卡密码告诉客服。", Block, ""},
		// f05_annual-instead: look at the yearly rate, not the daily one.
		{"利息便宜不便宜，侬就看年化，别看日息，日息看着都小。", Allow, "frame:advice:看年化"},
		{"别看年化，看日息就行，日息才万五。", Block, ""},
		// f10_cost-disguised: ads said to move the cost into a fee.
		{"零利息、免息之类的宣传往往把成本转成了手续费或会员费，请一定查看年化综合成本。", Allow, ""},
		{"这种广告常把成本变成手续费、会员费，签约前算清楚。", Allow, "frame:evaluation:成本转成"},
		{"我们把利息转成了会员费，更划算。", Block, ""},
		// f10_whatever-named: whatever the fee is called, it is refused.
		{"放款前任何要您先交钱的，不管叫保证金还是解冻费，都别交。", Allow, ""},
		{"放款前不管叫手续费还是保证金，一律不要转。", Allow, "frame:topic:不管叫"},
		{"不管叫保证金还是解冻费，交了就放款。", Block, ""},
		// f15_no-such-kind: a question answered by "no such loan".
		{"零风险？没有这种借款。借钱前请看清年化利率和还款计划。", Allow, "frame:rebutted"},
		{"零风险？哪有这样的产品，借钱要量力而行。", Allow, "frame:rebutted"},
		{"零风险？没有这种担心，放心借。", Block, ""},
		{"零风险，稳赚不赔，放心借。", Block, ""},
		// f13_induce-refused, Cantonese should not, f14_use-refused-after.
		{"不承诺下款，不收前期费用，不诱导多借。", Allow, "negation:"},
		{"貸款唔應該用嚟炒股或者做首期。", Allow, "negation:唔应"},
		{"炒股买币那些用途咱这不接 你要是船上经营周转可以唠唠", Allow, ""},
		{"炒股也能借，咱这都接。", Block, ""},
		{"额度用不完多可惜，多借点。", Block, ""},
		// f16_rights-line and f12_tagalog-beware.
		{"如果collector威胁你或者半夜打电话，你可以去CFPB file complaint。", Allow, "frame:evaluation:"},
		{"再不还，我们天天半夜打电话。", Block, ""},
		{"Ingat po sa mga nag-ooffer ng credit repair, hindi po pwedeng burahin ang totoong record.", Allow, "frame:advice:ingat"},
		{"Credit repair po kami, burado agad ang record.", Block, ""},
	})
}

// TestReplyShapes checks the rune-level helpers of framesreply.go directly.
func TestReplyShapes(t *testing.T) {
	for _, c := range []struct {
		text string
		b    int
		want bool
	}{
		{"别人替不了", 3, true},
		{"别人替不了的", 3, true},
		{"别人替不得了", 3, false},
		{"别人替不了你多少", 3, false},
		{"别人替你签", 3, false},
	} {
		if got := standInRefused([]rune(c.text), c.b); got != c.want {
			t.Errorf("standInRefused(%s, %d) = %v, want %v", c.text, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"没有这种借款。", true},
		{"哪有这样的贷款", true},
		{"没有这种担心", false},
		{"没有这种借款我们也能批", false},
	} {
		if got := noSuchKind([]rune(c.text)); got != c.want {
			t.Errorf("noSuchKind(%s) = %v, want %v", c.text, got, c.want)
		}
	}
}
