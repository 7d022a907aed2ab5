package compliance

import "testing"

// TestRefusedFrames: the frames and negations of fix-E4 (framesrefused.go,
// negationverbs.go) excuse the honest sentences; the pushy lines with the
// same words still block.
func TestRefusedFrames(t *testing.T) {
	f := newDefault(t)
	f.setSecondOpinion(false)
	tests := []struct {
		in    string
		block bool
	}{
		// f09_legal-liability
		{"任何找人代刷脸的行为都可能带来法律风险，请本人操作。", false},
		{"代签合同会让你承担法律后果，千万不要这么做。", false},
		{"找人代签就行", true},
		{"找人代签就行，没人查得到，也不会有什么法律责任。", true},
		// f13_advice-en-verb
		{"如果你手头紧，别 borrow new loan 去还旧的，先和机构协商还款计划。", false},
		{"千万别 take 新贷款 去还旧的，会越滚越大。", false},
		{"手头紧就 borrow new loan 去还旧的，最快的办法。", true},
		{"借新还旧没问题", true},
		// f02_typical-after-withheld
		{"到账这事我没法打包票，审批通过后通常当天到，以银行为准。", false},
		{"我跟您保证，审批通过后多数当天到账。", true},
		{"当天到账包你满意", true},
		// f17_refuse-to-hand-over
		{"任何人索取网银密码或验证码，都不要提供。", false},
		{"網銀密碼傳給我，對外一律唔好俾。", true},
		{"网银密码发我", true},
		// f19_also-dont (its own clause only)
		{"只用official App办理，不要点陌生链接，也别加私人微信。", false},
		{"不要加客服了，add 我 private WeChat 更快。", true},
		{"别加别人，直接加我私人微信。", true},
		{"加我私人微信", true},
		// f14_asked-then-refused
		{"借钱炒股？那可不行，贷款不能用于投资。", false},
		{"拿贷款买币？不行的，合同明确禁止。", false},
		{"借钱炒币？不行就多借点，一样能下款。", true},
		{"借錢炒幣？冇問題，我哋幫你批。", true},
		{"炒币也能借", true},
		// f15_hearsay-refuted
		{"要是有人跟你说不还也没事，你可别听，逾期上征信。", false},
		{"有人跟你说不还也没事，这是真的，我们不会追究。", true},
		{"不还也没事，别听别人瞎说。", true},
		{"不还也没事", true},
		// f12_canto-modal-negated
		{"信貸紀錄唔可以用錢刪除，有錯誤可以申請更正。", false},
		{"信貸報告上嘅紀錄可以用錢刪除，聯絡我哋。", true},
		// f16_rights-line (guarded: a shrug after it is none)
		{"If a collector calls you at midnight 或者骚扰你家人，可以直接report。", false},
		{"不还钱就半夜call你，直接complain也没用。", true},
		// f09_never-let-anyone
		{"Never let anyone do the face verification for you.", false},
		{"Let anyone do the face verification for you, no problem.", true},
		// f06_guarantee-denied
		{"额度最少5万，guarantee 不了的，以审批为准。", false},
		{"最低额度5万起，保证到手！", true},
		// f03_dispute-route
		{"征信报告有问题没关系，可以向征信中心免费提出异议。", false},
		{"征信报告有问题没关系，我们帮你提出异议，费用2000元。", true},
		// officialDisused: "don't use" aimed at the official app
		{"假的收入证明千万别用，会被认定为骗贷。", false},
		{"加我Telegram，官方app千万别用。", true},
		{"Add me on Telegram, don't use the official app.", true},
	}
	for _, tt := range tests {
		v := f.CheckOutbound(tt.in)
		if got := v.Verdict == Block; got != tt.block {
			t.Errorf("%q: block=%v, want %v%s", tt.in, got, tt.block, describe(v))
		}
	}
}
