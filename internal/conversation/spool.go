package conversation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/loanbot/loanbot/internal/store"
)

// Spool keeps, durably and on this instance, the messages storage could not take
// (*spool.Spool). Group is the applicant's openid.
type Spool interface {
	Append(group string, data []byte) (uint64, error)
	Holds(group string) bool // the applicant has spooled messages not yet drained
}

// SpoolObserver counts spooled and drained messages; the Observer may implement it.
type SpoolObserver interface {
	Spooled(reason string) // storage | lock | wait | behind
	Drained(result string) // answered | redelivered | duplicate | expired | unreadable
}

// errBehind is the cause when a message is spooled only to stay behind its applicant's earlier
// spooled messages.
var errBehind = errors.New("conversation: the applicant has spooled messages not yet drained")

// spoolOrFail keeps a message storage could not take in the spool and answers the standard
// holding line; the drain answers it for real through the outbox. Without a spool, or when the
// spool itself fails, the error is returned and nothing was answered.
func (s *Service) spoolOrFail(ctx context.Context, in Inbound, reason string, cause error) (Reply, error) {
	if s.d.Spool == nil {
		return Reply{}, cause
	}
	b, err := json.Marshal(in)
	if err == nil {
		_, err = s.d.Spool.Append(in.OpenID, b)
	}
	if err != nil {
		return Reply{}, fmt.Errorf("conversation: spool message: %w (after: %w)", err, cause)
	}
	if reason != "behind" {
		s.d.Log.WarnContext(ctx, "message spooled", "openid", MaskID(in.OpenID), "reason", reason, "err", cause)
	}
	spoolObserver(s.d.Observer).Spooled(reason)
	return Reply{Text: s.d.Lines.Holding, CreateTime: s.d.Now().Unix()}, nil
}

// errWaitTimeout: another processing of the message did not finish within the budget.
var errWaitTimeout = errors.New("conversation: the first processing of this message is still running")

// spoolWaited answers a retry whose first processing is still running past the budget. That one
// answers through the outbox when it finishes; in case it never does (its instance died between
// claiming and storing), the message is spooled too and the drain, seeing it stored, skips it.
// Without a spool the answer is "success", as before.
func (s *Service) spoolWaited(ctx context.Context, in Inbound) (Reply, error) {
	if s.d.Spool == nil {
		return Reply{}, nil
	}
	return s.spoolOrFail(ctx, in, "wait", errWaitTimeout)
}

// spoolFirst reports whether a message must go to the spool behind its applicant's earlier ones.
func (s *Service) spoolFirst(openID string) bool {
	return s.d.Spool != nil && s.d.Spool.Holds(openID)
}

func spoolObserver(o Observer) SpoolObserver {
	if so, ok := o.(SpoolObserver); ok {
		return so
	}
	return nopSpoolObserver{}
}

type nopSpoolObserver struct{}

func (nopSpoolObserver) Spooled(string) {}
func (nopSpoolObserver) Drained(string) {}

// storedTurn is the Turn that stores in with outcome o against the conversation read before.
func (s *Service) storedTurn(in Inbound, conv store.Conversation, o store.Outcome) store.Turn {
	return store.Turn{In: storeInbound(in), Seen: conv.ID, Version: conv.Version, Outcome: o}
}
