package compliance

import "testing"

// TestFramesIntent checks the frames and guards of framesintent.go: each
// honest shape is allowed by the frame named, each pushy line with the same
// words stays blocked.
func TestFramesIntent(t *testing.T) {
	checkFrameCases(t, []frameCase{
		// a quoted line of copy reported as removed
		{"这条ad写了“包过”，已经被我们reject，审批结果只能以机构为准。", Allow, "frame:denial:copy-removed"},
		{"KOL带货视频里只要出现“不看征信”，一律下架，不能allow。", Allow, "frame:denial:copy-removed"},
		{"Banner上那句“零利息”已经删掉了，改成展示年化利率区间。", Allow, "frame:denial:copy-removed"},
		{"这条ad写了“包过”，放心，不会被reject，照发。", Block, ""},
		{"那句“全网最低息”没下架，因为我们就是全网最低息。", Block, ""},
		{"包过", Block, ""},
		{"不看征信", Block, ""},
		{"全网最低息", Block, ""},
		// someone else's demand answered by hanging up or reporting
		{"放款之前俺们一分钱不收，要是有人让恁先交钱，恁直接挂了哈。", Allow, "frame:advice:report-it"},
		{"要是我们让你先交钱，你先转过来，money到账就放款。", Block, ""},
		{"先交钱才能放款", Block, ""},
		// …or obeyed: no warning
		{"要是有人让你先交钱，你就交，交了马上放款。", Block, ""},
		{"万一对方让你先交解冻费，你先付了，款马上到。", Block, ""},
		{"要是有人让你先交保证金，你直接挂掉，然后报警。", Allow, ""},
		// a use named in a condition, then refused
		{"你这个钱要是拿去炒股就莫借了，合同里写明了不能这样用。", Allow, "frame:evaluation:use-declined"},
		{"如果拿去炒币，就不能借给你，这是合同约定的。", Allow, "frame:evaluation:use-declined"},
		{"你这个钱要是拿去炒股，也能借，我们不管用途。", Block, ""},
		{"炒股也能借", Block, ""},
		// a small-looking rate explained by its real cost
		{"你问搞么子要看年化？因为日息看起来小，折成一年才晓得真实成本。", Allow, "frame:evaluation:looks-small"},
		{"日息看起来很小，折算成一年才看得出真实成本。", Allow, "frame:evaluation:looks-small"},
		{"日息看起来小，其实真的很小，借一万一天才三块。", Block, ""},
		{"日息才万分之五很便宜", Block, ""},
		// no personal data asked for a giveaway, in a text with no loan
		{"今晚直播间抽的是定制保温杯，参与条件是关注账号，不需要提供任何个人信息。", Allow, "frame:topic:giveaway"},
		{"直播间福利：借款不需要提供任何个人信息，关注即可申请额度！", Block, ""},
		{"不需要提供任何收入证明", Block, ""},
		{"今晚直播间零门槛抽奖，家人们都来！", Block, ""},
		// a legal risk said to exist
		{"借款合同必须由借款人本人签署，任何代签、代刷脸的做法都存在严重法律风险。", Allow, "frame:evaluation:legal-risk"},
		{"专业代刷脸，不用担心法律风险！", Block, ""},
		{"代签这个做法没有法律风险，包你放心。", Block, ""},
		{"找人代签就行", Block, ""},
		// a complaint discouraged is no warning
		{"如遇砍头息，别投诉，我们照样放款。", Block, ""},
		{"如遇预扣手续费属正常，请勿投诉，到手少点没关系。", Block, ""},
		{"被爆通讯录了，投诉也没用吗？", Allow, ""},
	})
}
