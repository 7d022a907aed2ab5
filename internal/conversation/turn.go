package conversation

import (
	"context"
	"encoding/json"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/internal/store"
)

// Conversation states.
const (
	StateBot     = "bot"
	StateWaiting = "waiting"
	StateAgent   = "agent"
)

// turnResult is one decided turn: what to store and the texts to send.
type turnResult struct {
	outcome store.Outcome
	texts   []string
	human   bool // a human holds the conversation (agents must see the message)
	flagged bool // new flags were raised
}

// turn decides what to answer. It never fails: an engine error becomes a standard line and a flag.
func (s *Service) turn(ctx context.Context, in Inbound, conv store.Conversation) (t turnResult) {
	defer func() { stampHits(t.outcome.Hits, s.d.PhraseVersion) }()
	t = turnResult{outcome: store.Outcome{ConversationID: conv.ID, OpenID: in.OpenID}}
	switch {
	case in.Unsubscribe():
		t.outcome.Unsubscribed = true
		return t
	case conv.State == StateWaiting || conv.State == StateAgent:
		t.human = true
		if !conv.AckSent {
			sent := true
			t.outcome.AckSent = &sent
			t.texts = []string{s.d.Lines.HumanAck}
		}
		return t
	}
	var inboundFlags []string
	if in.Kind == bot.KindText {
		v := s.d.Filter.CheckInbound(in.Text)
		inboundFlags = v.Flags
		t.outcome.Hits = append(t.outcome.Hits, hitsOf(v, in.Text, store.DirectionIn)...)
	}
	ctx, note := withDraftNote(ctx, in) // drafting (draft.go) learns which message it answers
	out, err := s.d.Engine.Reply(ctx, bot.Input{
		OpenID: in.OpenID, Kind: in.Kind, Text: in.Text, EventKey: in.EventKey, MsgType: in.MsgType,
		State: conv.EngineState, Flags: inboundFlags, Now: s.d.Now(),
	})
	if err != nil {
		s.d.Log.ErrorContext(ctx, "engine failed", "err", err)
		t.texts = []string{s.d.Lines.Busy}
		t.outcome.AddFlags = []string{"engine_error"}
		t.flagged = true
		return t
	}
	s.apply(&t, out, inboundFlags)
	note.apply(&t)
	return t
}

// apply turns the engine's output into the outcome, screening every text.
func (s *Service) apply(t *turnResult, out bot.Output, inboundFlags []string) {
	o := &t.outcome
	o.EngineState, o.Grade, o.Consent = out.State, out.Grade, out.Consent
	// The engine's slots are the whole truth after every turn: a restart or a withdrawn consent
	// (PIPL Art. 15, 47) empties them, and the stored profile must follow.
	o.Slots, o.Products = slotMap(out.Slots), out.Products
	if out.ConsentWithdrawn || len(o.Slots) == 0 {
		o.Products = []string{}
	}
	o.AddFlags = append(o.AddFlags, inboundFlags...)
	for _, f := range out.Flags {
		o.AddFlags = append(o.AddFlags, f.Reason)
	}
	texts, hits, blocked := s.screen(out.Replies)
	t.texts = texts
	o.Hits = append(o.Hits, hits...)
	if blocked {
		o.AddFlags = append(o.AddFlags, "compliance_block")
	}
	if out.Handoff {
		o.State = StateWaiting
	}
	t.flagged = len(o.AddFlags) > 0
}

// slotMap turns slots into the profile's key → value map (empty, never nil, when nothing is known).
func slotMap(s slot.Slots) map[string]any {
	m := map[string]any{}
	if b, err := json.Marshal(s); err == nil {
		_ = json.Unmarshal(b, &m) // slot.Slots always round-trips through JSON
	}
	return m
}
