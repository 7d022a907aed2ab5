// Package conversation runs one applicant message through its life: dedup across instances,
// per-applicant ordering, durable storage, routing (bot or human), the engine, the compliance
// filter, and the reply — passive when it fits the budget, through the outbox otherwise. It knows
// nothing of WeChat's wire format.
package conversation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
)

// Sessions is what the pipeline needs of the session store.
type Sessions interface {
	ClaimLocked(ctx context.Context, key string, ttl time.Duration, lock string, lockTTL time.Duration) (session.ClaimState, []byte, session.Lease, error)
	WaitReply(ctx context.Context, key string) ([]byte, error)
	Publish(ctx context.Context, channel string, payload []byte) error
}

// Store is what the pipeline needs of storage.
type Store interface {
	OpenConversation(ctx context.Context, openID string) (store.Conversation, error)
	SaveTurn(ctx context.Context, t store.Turn) (store.TurnResult, error)
	// The two-step path: a message kept alone when its turn failed, and finishing it later.
	SaveInbound(ctx context.Context, in store.Inbound) (store.InboundResult, error)
	SaveOutcome(ctx context.Context, o store.Outcome) error
}

// Engine drafts the bot's answer to one turn.
type Engine interface {
	Reply(ctx context.Context, in bot.Input) (bot.Output, error)
}

// Filter judges text against the banned-phrase list.
type Filter interface {
	CheckOutbound(text string) compliance.Verdict
	CheckInbound(text string) compliance.Verdict
}

// Observer counts what happened to each message (metrics).
type Observer interface {
	Dedup(result string) // new | cached | waited | wait_timeout | stored_duplicate | claim_error
}

// Lines are the standard sentences the pipeline itself says (from knowledge/replies.yaml).
type Lines struct {
	HumanAck string // once, when an applicant writes to a conversation a human holds
	Busy     string // when the engine fails
	Blocked  string // instead of a text the compliance filter blocked
	Holding  string // when storage fails and the message is spooled (required with a Spool)
}

// Deps are the Service's collaborators.
type Deps struct {
	Sessions Sessions
	Store    Store
	Engine   Engine
	Filter   Filter
	Observer Observer // optional
	Log      *slog.Logger
	Lines    Lines
	Budget   time.Duration    // the passive-reply budget (LOANBOT_REPLY_BUDGET)
	Now      func() time.Time // optional clock
	Queued   func()           // optional: called after a turn queued follow-up messages (wakes the outbox)
	Spool    Spool            // optional: where messages go when storage fails (spool.go)

	PhraseVersion func() uint64 // optional: the published phrase-list version, stamped on stored hits
}

// Timings of claims, locks and cached replies.
const (
	claimTTL    = 30 * time.Second // an in-flight claim outlives any processing
	replyTTL    = 10 * time.Minute // WeChat retries within ~15 s; keep replies well past that
	lockTTL     = 15 * time.Second
	workTimeout = 20 * time.Second // storage work finishes even after the passive budget is spent
)

// ConsoleChannel carries events agents must see (human-held messages, new flags).
const ConsoleChannel = "console:events"

// Service processes inbound messages. Safe for concurrent use.
type Service struct{ d Deps }

// New checks the dependencies and returns a Service.
func New(d Deps) (*Service, error) {
	if d.Sessions == nil || d.Store == nil || d.Engine == nil || d.Filter == nil {
		return nil, errors.New("conversation: Sessions, Store, Engine and Filter are required")
	}
	if d.Lines.HumanAck == "" || d.Lines.Busy == "" || d.Lines.Blocked == "" {
		return nil, errors.New("conversation: every standard line is required")
	}
	if d.Spool != nil && d.Lines.Holding == "" {
		return nil, errors.New("conversation: a Spool needs the holding line")
	}
	if d.Budget <= 0 {
		return nil, fmt.Errorf("conversation: budget must be positive, got %s", d.Budget)
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Queued == nil {
		d.Queued = func() {}
	}
	if d.Observer == nil {
		d.Observer = nopObserver{}
	}
	return &Service{d: d}, nil
}

type nopObserver struct{}

func (nopObserver) Dedup(string) {}
