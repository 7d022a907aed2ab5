package conversation

import (
	"context"
	"errors"
	"fmt"

	"github.com/loanbot/loanbot/internal/store"
)

// process runs one claimed message, the applicant's lock held (unless the session store is
// down): read the conversation, decide, and store the message with everything it produced in one
// transaction. Storage gets its own deadline: the turn is stored even if the passive budget runs
// out (the answer then goes through the outbox).
func (s *Service) process(ctx context.Context, in Inbound) (Reply, error) {
	if s.spoolFirst(in.OpenID) {
		return s.spoolOrFail(ctx, in, "behind", errBehind)
	}
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
	defer cancel()
	for attempt := 0; ; attempt++ {
		conv, err := s.conversation(work, in.OpenID)
		if err != nil {
			return s.keepInbound(work, in, err)
		}
		t := s.turn(ctx, in, conv)
		passive := s.deliver(ctx, &t.outcome, t.texts)
		res, err := s.d.Store.SaveTurn(work, store.Turn{In: storeInbound(in), Seen: conv.ID, Version: conv.Version, Outcome: t.outcome})
		switch {
		case errors.Is(err, store.ErrStale) && attempt == 0:
			continue // an agent or the console changed the conversation meanwhile: decide again
		case err != nil:
			return s.keepInbound(work, in, err)
		case res.Duplicate:
			return s.duplicate(ctx, work, in, res, t)
		}
		t.outcome.ConversationID = res.Conversation.ID
		s.after(work, t)
		return Reply{Text: passive, CreateTime: s.d.Now().Unix()}, nil
	}
}

// conversation reads the applicant's open conversation; none yet is the zero Conversation.
func (s *Service) conversation(ctx context.Context, openID string) (store.Conversation, error) {
	conv, err := s.d.Store.OpenConversation(ctx, openID)
	if errors.Is(err, store.ErrNotFound) {
		return store.Conversation{}, nil
	}
	if err != nil {
		return store.Conversation{}, fmt.Errorf("conversation: read: %w", err)
	}
	return conv, nil
}

// duplicate answers a message storage already has. If its answer was stored, that is the reply
// (Redis forgot the claim). If only the message was stored — an earlier attempt failed after
// keeping it — the turn just decided is stored now, against that message.
func (s *Service) duplicate(ctx, work context.Context, in Inbound, res store.TurnResult, t turnResult) (Reply, error) {
	if len(res.Replies) > 0 {
		s.d.Observer.Dedup("stored_duplicate")
		return Reply{Text: res.Replies[0], CreateTime: s.d.Now().Unix()}, nil
	}
	t.outcome.ConversationID, t.outcome.InboundID = res.Conversation.ID, res.MessageID
	if err := s.d.Store.SaveOutcome(work, t.outcome); err != nil {
		return s.spoolOrFail(ctx, in, "storage", fmt.Errorf("conversation: store outcome: %w", err))
	}
	s.after(work, t)
	var passive string
	if r := t.outcome.Replies; len(r) > 0 && r[0].Passive && ctx.Err() == nil {
		passive = r[0].Text
	}
	return Reply{Text: passive, CreateTime: s.d.Now().Unix()}, nil
}

// keepInbound stores the message alone when its turn could not be stored (agents see it), and
// spools it: the applicant gets the holding line and the drain finishes the turn when storage
// is back. Without a spool the error goes back and a retry of the message finishes the turn.
func (s *Service) keepInbound(work context.Context, in Inbound, cause error) (Reply, error) {
	if _, err := s.d.Store.SaveInbound(work, storeInbound(in)); err != nil {
		cause = fmt.Errorf("conversation: store message: %w (after: %w)", err, cause)
	} else {
		cause = fmt.Errorf("conversation: store turn: %w", cause)
	}
	return s.spoolOrFail(work, in, "storage", cause)
}

// after tells agents and the outbox about a stored turn.
func (s *Service) after(ctx context.Context, t turnResult) {
	s.notify(ctx, t)
	if r := t.outcome.Replies; len(r) > 0 && !r[len(r)-1].Passive {
		s.d.Queued()
	}
}

func storeInbound(in Inbound) store.Inbound {
	return store.Inbound{OpenID: in.OpenID, DedupKey: in.DedupKey, MsgType: in.MsgType, Event: in.Event,
		EventKey: in.EventKey, Text: in.Text, ReceivedAt: in.ReceivedAt}
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
