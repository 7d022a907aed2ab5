package conversation

import (
	"context"
	"errors"
	"fmt"

	"github.com/loanbot/loanbot/internal/session"
)

// Handle processes one inbound message exactly once across instances and returns the passive reply.
// A retry of a message still in flight waits for the first one's reply within the budget; a retry
// after it returns the cached reply. When storage fails the message goes to the spool and the
// reply is the holding line (spool.go); an error means it could be neither stored nor spooled.
func (s *Service) Handle(ctx context.Context, in Inbound) (Reply, error) {
	ctx, cancel := context.WithTimeout(ctx, s.d.Budget)
	defer cancel()
	key := "dedup:" + in.DedupKey
	for range 3 { // a released claim is retried; more than twice means something is badly wrong
		state, cached, lease, err := s.d.Sessions.ClaimLocked(ctx, key, claimTTL, "applicant:"+in.OpenID, lockTTL)
		switch {
		case err != nil && ctx.Err() != nil:
			// The applicant's previous message holds the lock past our budget: spool this one.
			return s.spoolOrFail(ctx, in, "lock", fmt.Errorf("conversation: wait for applicant %s: %w", MaskID(in.OpenID), err))
		case err != nil:
			// The session store is down: answering matters more than order, and storage's
			// unique key still stops double processing.
			s.d.Observer.Dedup("claim_error")
			s.d.Log.WarnContext(ctx, "dedup claim or applicant lock failed; relying on storage", "err", err)
			return s.process(ctx, in)
		}
		switch state {
		case session.ClaimDone:
			s.d.Observer.Dedup("cached")
			return decodeReply(cached)
		case session.ClaimInFlight:
			rep, retry, err := s.wait(ctx, key)
			if errors.Is(err, errWaitTimeout) {
				return s.spoolWaited(ctx, in)
			}
			if !retry {
				return rep, err
			}
		default:
			s.d.Observer.Dedup("new")
			return s.own(ctx, lease, in)
		}
	}
	return s.spoolOrFail(ctx, in, "lock", fmt.Errorf("conversation: message %s keeps being released", in.DedupKey))
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
		// Still running past our budget: the first processing sees it missed the budget and
		// sends its answer through the outbox — unless it died; Handle spools the message too.
		s.d.Observer.Dedup("wait_timeout")
		return Reply{}, false, errWaitTimeout
	}
}

// own processes a message this caller claimed, holding the applicant's lock, then completes or
// releases the claim, which frees the lock.
func (s *Service) own(ctx context.Context, lease session.Lease, in Inbound) (Reply, error) {
	rep, err := s.process(ctx, in)
	bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
	defer cancel()
	if err != nil {
		if rerr := lease.Release(bg); rerr != nil {
			s.d.Log.WarnContext(ctx, "release claim", "err", rerr)
		}
		return Reply{}, err
	}
	if cerr := lease.Complete(bg, rep.encode(), replyTTL); cerr != nil {
		s.d.Log.WarnContext(ctx, "complete claim", "err", cerr)
	}
	return rep, nil
}
