package console

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/knowledge"
)

// Store is what the console needs of storage.
type Store interface {
	StaffByUsername(ctx context.Context, username string) (store.Staff, error)
	RecordLogin(ctx context.Context, username string) error
	SetPassword(ctx context.Context, username, hash string, mustChange bool) error
	MustChangePassword(ctx context.Context, username string) (bool, error)

	Queue(ctx context.Context, filter, agent string, limit int) ([]store.QueueItem, error)
	Conversation(ctx context.Context, id uint64) (store.Conversation, error)
	Messages(ctx context.Context, id uint64) ([]store.Message, error)
	Profile(ctx context.Context, id uint64) (store.Profile, error)
	Notes(ctx context.Context, id uint64) ([]store.Note, error)
	Hits(ctx context.Context, id uint64) ([]store.ConversationHit, error)
	LastInbound(ctx context.Context, id uint64) (time.Time, error)

	Claim(ctx context.Context, id uint64, agent, notice string) (store.Conversation, error)
	AgentReply(ctx context.Context, id uint64, agent string, r store.Reply, hits []store.Hit) error
	HandBack(ctx context.Context, id uint64, agent string, force bool, notice string) (store.Conversation, error)
	CloseConversation(ctx context.Context, id uint64, agent string, force bool, notice string) (store.Conversation, error)
	AddNote(ctx context.Context, id uint64, author, text string) (store.Note, error)
	AddAudit(ctx context.Context, a store.Audit) error
	Audits(ctx context.Context, conversationID uint64, limit int) ([]store.Audit, error)
	Overdue(ctx context.Context, cutoff time.Time, limit int) ([]uint64, error)
	TellWaiting(ctx context.Context, id uint64, notice string) (bool, error)
}

// Sessions is what the console needs of the session store.
type Sessions interface {
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	Del(ctx context.Context, key string) error
	Publish(ctx context.Context, channel string, payload []byte) error
	Subscribe(ctx context.Context, channel string) (<-chan []byte, error)
	Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error)
}

// Filter judges an agent's draft.
type Filter interface {
	CheckOutbound(text string) compliance.Verdict
}

// EventsChannel is the session-store channel of console events (the pipeline publishes on it too).
const EventsChannel = "console:events"

// Deps are the console's collaborators and settings.
type Deps struct {
	Store     Store
	Sessions  Sessions
	Filter    Filter
	Knowledge *knowledge.Base
	Log       *slog.Logger
	Now       func() time.Time // optional clock
	Kick      func()           // optional: wakes the outbox after a message was queued
	Idle      time.Duration    // sign-out after this long without a request; default 30 min
	ClaimWait time.Duration    // tell a waiting applicant when advisers are available after this; default 3 min
	Hours     Hours            // working hours; zero = always open
	Copilot   Copilot          // optional: "suggest a reply" (suggest.go); nil = no suggestions

	Phrases *phrasebook.Book // optional: the phrase-administration pages (phrases_routes.go); nil = 404 there

	PasswordCost int // bcrypt cost of passwords set here; 0 = bcrypt's default (tests use bcrypt.MinCost)
}

// Console is the staff console of one instance. Close stops its background work.
type Console struct {
	h      *handler
	mux    http.Handler
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New builds the console and starts its event hub and waiting-time sweeper.
func New(d Deps) (*Console, error) {
	if d.Store == nil || d.Sessions == nil || d.Filter == nil || d.Knowledge == nil {
		return nil, errors.New("console: Store, Sessions, Filter and Knowledge are required")
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Kick == nil {
		d.Kick = func() {}
	}
	if d.Idle <= 0 {
		d.Idle = 30 * time.Minute
	}
	if d.ClaimWait <= 0 {
		d.ClaimWait = 3 * time.Minute
	}
	if d.PasswordCost == 0 {
		d.PasswordCost = bcrypt.DefaultCost
	}
	dummy, err := bcrypt.GenerateFromPassword([]byte("not a password"), d.PasswordCost)
	if err != nil {
		return nil, fmt.Errorf("console: password cost: %w", err)
	}
	lines, err := loadLines(d.Knowledge)
	if err != nil {
		return nil, err
	}
	tpl, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	hub, err := newHub(ctx, d.Sessions, d.Log)
	if err != nil {
		cancel()
		return nil, err
	}
	svc := &service{d: d, lines: lines, canned: cannedReplies(d.Knowledge), dummy: dummy}
	h := &handler{svc: svc, tpl: tpl, log: d.Log, hub: hub, sessions: d.Sessions, now: d.Now, idle: d.Idle}
	c := &Console{h: h, cancel: cancel}
	c.mux = h.routes()
	c.wg.Go(func() { svc.sweep(ctx) })
	return c, nil
}

// Handler serves every /console path.
func (c *Console) Handler() http.Handler { return c.mux }

// Mount adds the console's routes to the Gin engine.
func (c *Console) Mount(r *gin.Engine) {
	h := gin.WrapH(c.mux)
	r.Any("/console", h)
	r.Any("/console/*path", h)
}

// Close stops the hub and the sweeper.
func (c *Console) Close() error {
	c.cancel()
	c.h.hub.wait()
	c.wg.Wait()
	return nil
}
