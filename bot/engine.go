// Package bot is the conversation engine: it turns one applicant message plus the conversation's
// previous state into replies, slot updates and flags. It holds no SQL, HTTP or Redis; the world
// reaches it through plain values and small interfaces it declares (Extractor, Screener).
//
// The engine follows the script in knowledge (flow.yaml): it asks only for what is missing, accepts
// answers in any order and several at once, re-asks with an example, answers FAQ questions mid-flow
// and returns to the pending question, takes corrections at any time, confirms a summary, then
// pre-screens, matches products and lists materials. Every sentence it says is a template from
// knowledge (replies.yaml); none is written in Go.
package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
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
	Slots   slot.Slots // everything collected so far (empty until the applicant consents)
	Grade   string     // pre-screen grade A/B/C once graded
	Intent  string     // the recognised intent of this turn
	Flags   []Flag     // non-empty: flag the conversation for agents
	Handoff bool       // a human should take over (conversation goes to "waiting")
	Consent bool       // the applicant consented to the personal-data notice this turn

	ConsentWithdrawn bool     // the applicant withdrew consent this turn: delete the collected profile
	Reasons          []string // reason codes of the grade (agents), set on the turn that grades
	Products         []string // ids of the products shown to the applicant, best first

	Warnings  []Warning  // warnings said this turn (each is also kept in the state as a risk note)
	Tentative slot.Slots // approximate values awaiting the applicant's confirmation
	// OpenQuestion is the applicant's question when the message asked something the engine could not
	// answer; the reply then holds the standard fallback line as a separate element, which a drafted
	// answer may replace. "" whenever the engine answered.
	OpenQuestion string
}

// Deps are what the engine is built from.
type Deps struct {
	Knowledge *knowledge.Base // required: flow, replies, FAQ
	Extractor Extractor       // required: understands applicant messages
	Screener  Screener        // required: pre-screen and product matching
}

// Engine runs the scripted consultation. It is safe for concurrent use: all conversation state
// travels in Input.State / Output.State.
type Engine struct {
	kb     *knowledge.Base
	x      Extractor
	screen Screener
	err    error // set by New when the standard parts do not build
}

// NewWith builds an engine from explicit dependencies and checks that the knowledge base has every
// reply the engine says.
func NewWith(d Deps) (*Engine, error) {
	switch {
	case d.Knowledge == nil:
		return nil, fmt.Errorf("new engine: no knowledge base")
	case d.Extractor == nil:
		return nil, fmt.Errorf("new engine: no extractor")
	case d.Screener == nil:
		return nil, fmt.Errorf("new engine: no screener")
	}
	if missing := d.Knowledge.Replies.Missing(replyKeys...); len(missing) > 0 {
		return nil, fmt.Errorf("new engine: replies missing from knowledge: %v", missing)
	}
	return &Engine{kb: d.Knowledge, x: d.Extractor, screen: d.Screener}, nil
}

// Reply answers one turn.
func (e *Engine) Reply(ctx context.Context, in Input) (Output, error) {
	if err := e.check(ctx); err != nil {
		return Output{}, fmt.Errorf("engine: %w", err)
	}
	st, err := decodeState(in.State)
	if err != nil {
		// A state we cannot read must not leave the applicant without an answer: start over.
		st = state{V: stateVersion}
	}
	if in.Now.IsZero() {
		in.Now = time.Now()
	}
	t := &turn{e: e, st: &st, in: in}
	t.run()
	return t.output()
}
