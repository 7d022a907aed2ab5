package conversation

import (
	"context"
	"slices"

	"github.com/loanbot/loanbot/internal/store"
)

// queueFlags are the reason codes that put a conversation in front of agents (the console's
// "all open" list) even while the bot still answers; a hand-off puts it in the waiting queue.
var queueFlags = []string{"ask_human", "complaint", "fraud_request", "compliance_block", "grade_b", "grade_c",
	"engine_error", "llm_failure"}

// queuer is the storage the console's queue needs (implemented by *store.Store; a store
// without it simply has no queue).
type queuer interface {
	MarkQueued(ctx context.Context, id uint64, flags []string) error
}

// queue records a hand-off or a flag agents must see, before the console is told, so that the
// event and the queue agree. It reports the console event kind: waiting, flagged or "".
func (s *Service) queue(ctx context.Context, t turnResult) string {
	o := t.outcome
	kind := ""
	switch {
	case o.State == store.StateWaiting:
		kind = "waiting"
	case slices.ContainsFunc(o.AddFlags, func(f string) bool { return slices.Contains(queueFlags, f) }):
		kind = "flagged"
	default:
		return ""
	}
	if q, ok := s.d.Store.(queuer); ok && o.ConversationID != 0 {
		if err := q.MarkQueued(ctx, o.ConversationID, o.AddFlags); err != nil {
			s.d.Log.WarnContext(ctx, "conversation not queued for agents", "conversation", o.ConversationID, "err", err)
		}
	}
	return kind
}
