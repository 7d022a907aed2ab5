package compliance

import (
	"strings"
	"testing"
)

// TestQuestionFrames checks the frames of questions, quotations and
// attributions (framesanswer.go, quotation.go, statement.go): a claim asked
// about, repeated from the applicant's question, reported from someone we
// disown, quoted to warn or converted to its yearly figure is allowed and
// names its frame; a rhetorical question or a quote that is our own offer,
// with the same words, stays blocked.
func TestQuestionFrames(t *testing.T) {
	f := newDefault(t)
	f.setSecondOpinion(false) // the rules alone
	cases := []struct {
		frame   string
		text    string
		want    Action
		excused string // allow: some hit is excused by a rule starting with this
	}{
		// who said it: 哪个/谁/边个 + 跟你说 opening the question.
		{"who-said", "哪个告诉你借了网贷可以不还？逾期会被起诉的。", Allow, "frame:question:who-said"},
		{"who-said", "邊個同你講借咗可以唔還？唔還會被告㗎。", Allow, ""},
		{"who-said", "哪个跟你说可以不还的？bank会起诉的。", Allow, "frame:question:who-said"},
		{"who-said", "哪个跟你说放款要等一个礼拜的？我们当天就到账。", Block, ""},
		{"who-said", "邊個同你講批唔到？我哋包批！", Block, ""},
		{"who-said", "谁跟你说额度给不到的？我们保证给你批满20万。", Block, ""},
		// asked of you: 有没有/有冇/是否 + someone else.
		{"asked-of-you", "有没有人让你先交一笔解冻金才放款？", Allow, ""},
		{"asked-of-you", "你有冇被人叫過先俾手續費先批？", Allow, "frame:question:asked-of-you"},
		{"asked-of-you", "你有没有被中介要求先付deposit？", Allow, ""},
		{"asked-of-you", "有没有人跟你说过，一个钟就到账？没错，我们就是。", Block, ""},
		{"asked-of-you", "有没有人能保证你下款？我们就能！", Block, ""},
		{"asked-of-you", "有冇人同你讲过可以秒批？冇错，我哋就系秒批。", Block, ""},
		// they said: a third party's words asked back.
		{"they-said", "他说他有内部渠道？那你让他把承诺写进合同。", Allow, "frame:question:they-said"},
		{"they-said", "她說她是銀行內部人員？你叫她給官方電話，一般就沒下文了。", Allow, "frame:question:they-said"},
		{"they-said", "他说他是bank insider？ask他要official contact就知道了。", Allow, "frame:question:they-said"},
		{"they-said", "他说当天就能放款？是的，我们一向当天放款。", Block, ""},
		{"they-said", "他說他是銀行內部人員？對啊，我們就是靠他走內部通道。", Block, ""},
		{"they-said", "他说他是bank insider？对啊，我们就是靠他走内部通道。", Block, ""},
		// which one is it: the claim as the subject of 是哪 … 知道吗.
		{"which", "全国最大的银行是哪一家你知道吗？", Allow, "frame:question:which"},
		{"which", "香港最大嘅銀行係邊間你知唔知？", Allow, ""},
		{"which", "台湾最大的bank是哪家你知道吗？", Allow, "frame:question:which"},
		{"which", "台湾最大的贷款平台是哪一家你知道吗？就是我们！", Block, ""},
		{"which", "全港最大的財務公司是哪一間你知道嗎？當然是本公司。", Block, ""},
		{"which", "香港最大的贷款平台是哪个你知道吗？答案是我们！", Block, ""},
		// rhetorical questions are our promise.
		{"rhetorical", "怎么可能批不下来？", Block, ""},
		{"rhetorical", "还有比我们更快的吗？", Block, ""},
		{"rhetorical", "你问问哪个老客户空手回去过？", Block, ""},
		{"rhetorical", "你問問哪位客戶在這裡沒拿到錢？", Block, ""},
		{"rhetorical", "你去问问group里哪个客户没下款的？", Block, ""},
		{"rhetorical", "你可以问问朋友有谁被拒过，了解一下原因。", Allow, ""},
		{"rhetorical", "去问问有谁没拿到钱，我帮你查一下是哪一步卡住了。", Allow, ""},
		// English: did anyone / who told you.
		{"did-anyone", "Did anyone ask you to pay a processing fee before the loan?", Allow, ""},
		{"did-anyone", "Has someone promised you guaranteed approval over WhatsApp?", Allow, "frame:question:did-anyone"},
		{"did-anyone", "Who told you there is no credit check?", Allow, "frame:question:did-anyone"},
		{"did-anyone", "Has anyone ever given you guaranteed approval? We do.", Block, ""},
		{"did-anyone", "Does anyone else offer no credit check loans? Only us!", Block, ""},
		{"did-anyone", "Has anyone promised you guaranteed approval? We guarantee approval, apply now.", Block, ""},
		// you asked: the applicant's question repeated and answered no.
		{"you-asked", "You asked whether approval is guaranteed — no, the lender decides after review.", Allow, "frame:question:you-asked"},
		{"you-asked", "You asked if it can be approved instantly, unfortunately review takes two days.", Allow, "frame:question:you-asked"},
		{"you-asked", "You asked if it can be approved instantly — yes, it will be approved in 5 minutes.", Block, ""},
		{"you-asked", "You asked whether approval is guaranteed: absolutely, guaranteed approval for everyone.", Block, ""},
		{"you-asked", "You asked about instant approval — no paperwork needed, approved in 5 minutes.", Block, ""},
		{"you-asked", "You asked if approval is guaranteed — not only guaranteed, approved in minutes!", Block, ""},
		// disowned: someone else's doing named, then disowned.
		{"disowned", "那个说能包装流水包过的中介，不是我们的人。", Allow, "quotation:disowned"},
		{"disowned", "昨天拉你進群說能放款的那個，不是我們的人。", Allow, "quotation:disowned"},
		{"disowned", "凡是拉你进group的，都不是我们official的人。", Allow, ""},
		{"disowned", "拉你进群的就是我们的人，放心进。", Block, ""},
		{"disowned", "我拉你进群的，不是我们的人进不来。", Block, ""},
		{"disowned", "拉你进group的是我们official的人，快进来领额度。", Block, ""},
		{"disowned", "拉你进群的，不是我们的人进不来。", Block, ""},
		{"disowned", "那个拉你进群的不是我们的人，加我私人微信才是真的。", Block, ""},
		// quoted to warn, in English quotes.
		{"warned", "The \"guaranteed approval\" offers you got by SMS are usually scams.", Allow, ""},
		{"warned", "Those \"no credit check\" loans in your inbox often come from unlicensed apps.", Allow, "quotation:warned"},
		{"warned", "Try our \"no credit check\" loans today, no scams!", Block, ""},
		{"warned", "Get \"instant approval\" now, avoid the long bank queue.", Block, ""},
		{"warned", "We offer \"guaranteed approval\" to everyone, no fake promises.", Block, ""},
		// a daily or monthly rate converted to its yearly figure.
		{"conversion", "月息两分听着不多 一年下来就是百分之二十四。", Allow, "frame:conversion:一年下来"},
		{"conversion", "日息萬五聽落少，一年下來都係百分之十八幾。", Allow, ""},
		{"conversion", "日息0.05%看着少，按一年算就是18.25%左右。", Allow, ""},
		{"conversion", "日息万五，一年下来才百分之五，超划算！", Block, ""},
		{"conversion", "日息萬五，一年下來只係百分之三，好抵！", Block, ""},
		{"conversion", "日息0.05%，一年下来不到10%，超cheap！", Block, ""},
	}
	for _, c := range cases {
		v := f.CheckOutbound(c.text)
		if v.Verdict != c.want {
			t.Errorf("%s: %s: verdict %v, want %v%s", c.frame, c.text, v.Verdict, c.want, describe(v))
			continue
		}
		if c.excused == "" {
			continue
		}
		found := false
		for _, h := range v.Hits {
			found = found || strings.HasPrefix(h.ExcusedBy, c.excused)
		}
		if !found {
			t.Errorf("%s: %s: no hit excused by %s%s", c.frame, c.text, c.excused, describe(v))
		}
	}
}
