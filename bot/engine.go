// Package bot is the conversation engine: it turns one applicant message plus the conversation's
// previous state into replies, slot updates and flags. It holds no SQL, HTTP or Redis; the world
// reaches it through plain values and small interfaces it declares.
package bot

import (
	"context"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
)

// Kind says what an applicant sent.
type Kind string

// Kinds of input the webhook hands to the engine.
const (
	KindText        Kind = "text"        // typed text, or voice with recognition
	KindSubscribe   Kind = "subscribe"   // followed the account
	KindClick       Kind = "click"       // pressed a menu item (EventKey says which)
	KindUnsupported Kind = "unsupported" // image, video, location, link, empty voice …
)

// Input is one applicant turn.
type Input struct {
	OpenID   string
	Kind     Kind
	Text     string   // the typed text or the voice recognition
	EventKey string   // the menu key for KindClick
	MsgType  string   // WeChat MsgType, for KindUnsupported wording (image, voice, location …)
	State    []byte   // the engine state returned by the previous turn; nil for a new conversation
	Flags    []string // reason codes the inbound compliance check raised (fraud_request, complaint, ask_human)
	Now      time.Time
}

// Flag asks for a human to look at the conversation.
type Flag struct {
	Reason string // a reason code, e.g. "grade_b", "complaint", "fraud_request", "ask_human"
	Detail string // a human-readable explanation for agents
}

// Output is what the engine decided for one turn.
type Output struct {
	Replies []string   // in order; the first goes back passively, the rest through the outbox
	State   []byte     // the engine state to keep for the next turn
	Slots   slot.Slots // everything collected so far
	Grade   string     // pre-screen grade A/B/C once graded
	Intent  string     // the recognised intent of this turn
	Flags   []Flag     // non-empty: flag the conversation for agents
	Handoff bool       // a human should take over (conversation goes to "waiting")
	Consent bool       // the applicant consented to the personal-data notice this turn
}

// Engine is the minimal engine: greeting with the consent notice and the first question; any other
// text is acknowledged politely. The scripted consultation replaces it behind the same Reply method.
type Engine struct{}

// New returns the minimal engine.
func New() *Engine { return &Engine{} }

const (
	greeting = "您好，欢迎咨询！本号为贷款居间服务方，不放款、不参与审批，是否获批、额度和利率均由放款机构决定。"
	consent  = "个人信息告知：为给您初步评估，我们会收集贷款金额、期限、收入范围等信息，仅用于本次咨询，您可随时要求删除。继续回复即表示同意。"
	firstAsk = "请问您的贷款用途是什么？例如：装修、经营周转、买车、教育。"
	ack      = "已收到您的消息，我们会尽快为您解答。"
	typeIt   = "抱歉，暂时只能处理文字消息，请直接输入您想咨询的问题。"
)

// Reply answers one turn.
func (e *Engine) Reply(_ context.Context, in Input) (Output, error) {
	switch in.Kind {
	case KindSubscribe:
		return Output{Replies: []string{greeting + "\n" + consent + "\n" + firstAsk}, Intent: "greeting"}, nil
	case KindUnsupported:
		return Output{Replies: []string{typeIt}, Intent: "other"}, nil
	}
	if in.State == nil {
		return Output{Replies: []string{greeting + "\n" + consent + "\n" + firstAsk}, State: []byte(`{"greeted":true}`), Intent: "greeting"}, nil
	}
	return Output{Replies: []string{ack}, State: in.State, Intent: "other"}, nil
}
