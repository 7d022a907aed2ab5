package conversation

import (
	"context"
	"fmt"

	"github.com/loanbot/loanbot/internal/store"
)

// process runs one claimed message: serialize per applicant, store it, decide, store the outcome.
// Storage gets its own deadline: once the message is stored, the turn is finished and stored even
// if the passive budget runs out (the answer then goes through the outbox).
func (s *Service) process(ctx context.Context, in Inbound) (Reply, error) {
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
	defer cancel()
	unlock, err := s.lock(ctx, in.OpenID)
	if err != nil {
		return Reply{}, err
	}
	defer unlock()
	saved, err := s.d.Store.SaveInbound(work, store.Inbound{
		OpenID: in.OpenID, DedupKey: in.DedupKey, MsgType: in.MsgType, Event: in.Event,
		EventKey: in.EventKey, Text: in.Text, ReceivedAt: in.ReceivedAt,
	})
	if err != nil {
		return Reply{}, fmt.Errorf("conversation: store inbound: %w", err)
	}
	if saved.Duplicate && len(saved.Replies) > 0 {
		// Redis forgot the claim but storage remembers the answer.
		s.d.Observer.Dedup("stored_duplicate")
		return Reply{Text: saved.Replies[0], CreateTime: s.d.Now().Unix()}, nil
	}
	t := s.turn(ctx, in, saved)
	passive := s.deliver(ctx, &t.outcome, t.texts)
	if err := s.d.Store.SaveOutcome(work, t.outcome); err != nil {
		return Reply{}, fmt.Errorf("conversation: store outcome: %w", err)
	}
	s.notify(work, t)
	if len(t.outcome.Replies) > 0 && !t.outcome.Replies[len(t.outcome.Replies)-1].Passive {
		s.d.Queued()
	}
	return Reply{Text: passive, CreateTime: s.d.Now().Unix()}, nil
}

// lock serializes the messages of one applicant. If the session store itself fails (not a wait
// that ran out of budget), the message is processed unlocked: answering matters more than order,
// and storage's unique key still stops double processing.
func (s *Service) lock(ctx context.Context, openID string) (func(), error) {
	unlock, err := s.d.Sessions.Lock(ctx, "applicant:"+openID, lockTTL)
	switch {
	case err == nil:
		return unlock, nil
	case ctx.Err() != nil:
		return nil, fmt.Errorf("conversation: wait for applicant %s: %w", MaskID(openID), err)
	default:
		s.d.Log.WarnContext(ctx, "applicant lock unavailable; processing unlocked", "err", err)
		return func() {}, nil
	}
}

// deliver packs the texts into the passive reply while it fits and the budget allows; the rest
// becomes outbox rows (at most maxFollowUps, WeChat's limit per applicant message).
func (s *Service) deliver(ctx context.Context, o *store.Outcome, texts []string) string {
	if len(texts) == 0 {
		return ""
	}
	first, rest := Pack(texts, MaxPassiveBytes)
	inTime := ctx.Err() == nil
	if !inTime {
		rest, first = append([]string{first}, rest...), ""
	}
	if len(rest) > maxFollowUps {
		rest = rest[:maxFollowUps]
	}
	if first != "" {
		o.Replies = append(o.Replies, store.Reply{Text: first, Sender: "bot", Verdict: "allow", Passive: true})
	}
	for _, t := range rest {
		o.Replies = append(o.Replies, store.Reply{Text: t, Sender: "bot", Verdict: "allow"})
	}
	return first
}
