package conversation

import (
	"context"
	"errors"
	"fmt"

	"github.com/loanbot/loanbot/internal/session"
)

// Handle processes one inbound message exactly once across instances and returns the passive reply.
// A retry of a message still in flight waits for the first one's reply within the budget; a retry
// after it returns the cached reply. An error means nothing was answered (the caller replies 503
// and WeChat retries); whatever was stored stays stored.
func (s *Service) Handle(ctx context.Context, in Inbound) (Reply, error) {
	ctx, cancel := context.WithTimeout(ctx, s.d.Budget)
	defer cancel()
	key := "dedup:" + in.DedupKey
	for range 3 { // a released claim is retried; more than twice means something is badly wrong
		state, cached, err := s.d.Sessions.Claim(ctx, key, claimTTL)
		if err != nil {
			// The session store is down: storage's unique key still stops double processing.
			s.d.Observer.Dedup("claim_error")
			s.d.Log.WarnContext(ctx, "dedup claim failed; relying on storage", "err", err)
			return s.process(ctx, in)
		}
		switch state {
		case session.ClaimDone:
			s.d.Observer.Dedup("cached")
			return decodeReply(cached)
		case session.ClaimInFlight:
			rep, retry, err := s.wait(ctx, key)
			if !retry {
				return rep, err
			}
		default:
			s.d.Observer.Dedup("new")
			return s.own(ctx, key, in)
		}
	}
	return Reply{}, fmt.Errorf("conversation: message %s keeps being released", in.DedupKey)
}

// wait waits for another processing of the same message; retry means it was released.
func (s *Service) wait(ctx context.Context, key string) (Reply, bool, error) {
	b, err := s.d.Sessions.WaitReply(ctx, key)
	switch {
	case err == nil:
		s.d.Observer.Dedup("waited")
		rep, err := decodeReply(b)
		return rep, false, err
	case errors.Is(err, session.ErrReleased):
		return Reply{}, true, nil
	default:
		// Still running past our budget: answer "success" so WeChat stops retrying; the first
		// processing sees it missed the budget and sends its answer through the outbox.
		s.d.Observer.Dedup("wait_timeout")
		return Reply{}, false, nil
	}
}

// own processes a message this caller claimed, then completes or releases the claim.
func (s *Service) own(ctx context.Context, key string, in Inbound) (Reply, error) {
	rep, err := s.process(ctx, in)
	bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
	defer cancel()
	if err != nil {
		if rerr := s.d.Sessions.Release(bg, key); rerr != nil {
			s.d.Log.WarnContext(ctx, "release claim", "err", rerr)
		}
		return Reply{}, err
	}
	if cerr := s.d.Sessions.Complete(bg, key, rep.encode(), replyTTL); cerr != nil {
		s.d.Log.WarnContext(ctx, "complete claim", "err", cerr)
	}
	return rep, nil
}
