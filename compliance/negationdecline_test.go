package compliance

import "testing"

// TestShapedRefusals checks the refusals shaped around the hit
// (negationdecline.go), the frames of framesreason.go, framesrights.go,
// framesownwish.go and quotewarned.go, each with the pushy line that shares
// its words and must stay blocked.
func TestShapedRefusals(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// advice against a stand-in
		{"人脸识别必须本人完成，千万别让别人帮你过。", Allow, "negation:stand-in"},
		{"刷脸认证请勿托人代办，别让亲戚帮你过。", Allow, "negation:stand-in"},
		{"找朋友帮你过人脸", Block, ""},
		{"人脸识别那一步让朋友帮你过就行，我们这边不管。", Block, ""},
		// borrow only what is needed
		{"进货要多少就借多少，别因为额度高就全借，利息是cost。", Allow, "frame:advice:borrow-what-you-need"},
		{"要多少就借多少，但不要一次借满。", Allow, "frame:advice:borrow-what-you-need"},
		{"要多少借多少", Block, ""},
		{"要多少就借多少，别犹豫，额度随便拿。", Block, ""},
		{"想借多少就借多少，别担心借多了，额度管够！", Block, ""},
		// an inability before the hit
		{"结果要等机构审核，我这边没得办法给你打包票。", Allow, "negation:inability"},
		{"这个我给你打包票，百分百批下来。", Block, ""},
		// an offer declined after the hit
		{"加微信就不用了，有问题直接在这里问。", Allow, "negation:declined"},
		{"加微信细聊", Block, ""},
		{"加微信就方便多了，私下聊。", Block, ""},
		{"你这种资质要是都批不下来，那银行干脆关门算了。", Block, ""},
		// a means phrase over a list of asked-for items
		{"我们不会通过电话或短信向您索要验证码、银行卡密码或CVV码。", Allow, "negation:means"},
		{"通过微信把银行卡密码和CVV码发给我就行。", Block, ""},
		{"银行卡密码发我", Block, ""},
		// a checker that needs what was asked for is no doubt
		{"把验证码发给我，风控要看", Block, ""},
		{"请将短信验证码发送给我，审核需要看。", Block, ""},
		{"额度要看审核结果，我们不能承诺。", Allow, ""},
		// a refutation after the writer endorsed the claim
		{"有人说我们不还也没事，这是真的，别信催收", Block, ""},
		{"有人话唔还都冇事，系真嘅，唔好信催收。", Block, ""},
		{"有人说我们包过，别信别家", Allow, "frame:evaluation:"},
		{"有人说我们包过，这不是真的，别信", Allow, "frame:evaluation:"},
		// a quoted term warned about
		{"社工提醒：“免息”分期往往暗藏服务费，请看年化利率。", Allow, "quotation:warned"},
		{"“零利率”分期，不藏任何手续费，放心借！", Block, ""},
		{"我们的“零利率”分期不藏任何手续费。", Block, ""},
		// a collector's act the applicant is told to report
		{"如果collector call你的friends，记得截图然后report。", Allow, "frame:rights-advice"},
		{"催收如果call你的contacts，我们可不负责，你自己看着办。", Block, ""},
		{"不还就call你contacts", Block, ""},
		// the applicant's own wish
		{"如果你想把照片发到朋友圈，请注意保护个人隐私。", Allow, "frame:own-wish"},
		{"你想让我们把你的照片发到朋友圈吗？不想就赶紧还。", Block, ""},
		{"不想还是吧？那就把你照片发到朋友圈，让大家看看。", Block, ""},
	})
}

func TestEndorsedBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"X，这是真的，别信", true},
		{"X，没错，别信", true},
		{"X，是真的吗？别信", false},
		{"X，这不是真的，别信", false},
		{"X，别信", false},
	} {
		n := []rune(c.text)
		if got := endorsedBefore(n, 1, len(n)); got != c.want {
			t.Errorf("%s: endorsedBefore %v, want %v", c.text, got, c.want)
		}
	}
}
