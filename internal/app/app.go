// Package app wires loanbot together from its configuration: storage, the session store, the
// compliance filter, the engine, the WeChat webhook and sender, and the HTTP server. cmd/loanbot
// and the end-to-end tests build it through New.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/server"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/spool"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/knowledge"
)

// App is one running loanbot instance.
type App struct {
	cfg      config.Config
	log      *slog.Logger
	Store    *store.Store
	Sessions session.Store
	Filter   *compliance.Filter
	Service  *conversation.Service
	Metrics  *server.Metrics
	Handler  http.Handler
	now      func() time.Time
	prefix   string
	wrap     func(conversation.Engine) conversation.Engine
	// passwordCost is the bcrypt cost of the first admin's password (0 = the default).
	passwordCost int
	outbox       *outbox.Worker // nil when outbound messaging is not configured
	Spool        *spool.Spool   // this instance's spool (spool.go)
	spoolOpt     spool.Options
	closers      []func() error
	console      *console.Console
	// phrases is the enforced phrase-list version (Filter is its filter); phrasebook edits the list.
	phrases    *phrasebook.Live
	phrasebook *phrasebook.Book
}

// Options adjust New for tests.
type Options struct {
	Now           func() time.Time // clock for the webhook's timestamp check and the pipeline
	SessionPrefix string           // Redis key prefix; default "loanbot:" (tests isolate runs with it)
	// WrapEngine, when set, wraps the engine (tests count and slow down engine calls with it).
	WrapEngine func(conversation.Engine) conversation.Engine
	// PasswordCost is the bcrypt cost of the first admin's password; 0 = bcrypt's default
	// (tests use bcrypt.MinCost).
	PasswordCost int
}

// New builds every component from cfg. Close releases them.
func New(ctx context.Context, cfg config.Config, log *slog.Logger, opt Options) (*App, error) {
	a := &App{cfg: cfg, log: log, now: opt.Now, prefix: opt.SessionPrefix, wrap: opt.WrapEngine, passwordCost: opt.PasswordCost}
	if a.now == nil {
		a.now = time.Now
	}
	if a.prefix == "" {
		a.prefix = "loanbot:"
	}
	if err := a.build(ctx); err != nil {
		_ = a.Close()
		return nil, err
	}
	return a, nil
}

func (a *App) build(ctx context.Context) error {
	steps := []func(context.Context) error{a.openStore, a.openSpool, a.openSessions, a.loadFilter, a.buildPhrasebook, a.buildOutbound, a.buildService, a.buildConsole, a.buildHTTP}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (a *App) openStore(ctx context.Context) error {
	key, err := dataKey(a.cfg, a.log)
	if err != nil {
		return err
	}
	if a.Store, err = store.Open(ctx, a.cfg.Database, key); err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	a.closers = append(a.closers, a.Store.Close)
	if err := a.Store.Migrate(ctx); err != nil {
		return fmt.Errorf("migrate database: %w", err)
	}
	return nil
}

func (a *App) openSessions(context.Context) error {
	s, err := session.Open(a.cfg.RedisURL, a.prefix) // "" = in-process
	if err != nil {
		return fmt.Errorf("LOANBOT_REDIS_URL: %w", err)
	}
	a.Sessions = s
	a.closers = append(a.closers, s.Close)
	return nil
}

func (a *App) buildService(context.Context) error {
	a.Metrics = server.NewMetrics()
	kb, err := knowledge.Load(a.cfg.KnowledgeDir)
	if err != nil {
		return fmt.Errorf("LOANBOT_KNOWLEDGE_DIR %q: %w", a.cfg.KnowledgeDir, err)
	}
	var engine conversation.Engine
	if engine, err = a.buildEngine(kb); err != nil { // llm.go: templates only, or with the LLM
		return err
	}
	lines, err := pipelineLines(kb)
	if err != nil {
		return err
	}
	svc, err := conversation.New(conversation.Deps{
		Sessions: a.Sessions, Store: a.Store, Engine: engine, Filter: a.Filter, PhraseVersion: a.phrases.Version, Lines: lines,
		Observer: a.Metrics, Log: a.log, Budget: a.cfg.ReplyBudget, Now: a.now, Queued: a.kick,
		Spool: a.Spool,
	})
	a.Service = svc
	return err
}

// pipelineLines renders the pipeline's own sentences from the knowledge.
func pipelineLines(kb *knowledge.Base) (conversation.Lines, error) {
	var l conversation.Lines
	for key, dst := range map[string]*string{"human_ack": &l.HumanAck, "system_busy": &l.Busy, "blocked_fallback": &l.Blocked,
		"system_holding": &l.Holding} {
		text, err := kb.Replies.Render(key, nil)
		if err != nil {
			return l, fmt.Errorf("knowledge replies: %w", err)
		}
		*dst = text
	}
	return l, nil
}

func (a *App) buildHTTP(context.Context) error {
	codec := &wechat.Codec{Token: a.cfg.Token, AppID: a.cfg.AppID, AESKey: a.cfg.AESKey, Now: a.now}
	a.Handler = server.New(server.Deps{
		Webhook: wechat.NewWebhook(codec, a.Service, a.log),
		Metrics: a.Metrics,
		Log:     a.log,
		Ready:   map[string]server.Pinger{"database": a.Store, "sessions": a.Sessions},
		Report:  map[string]func(context.Context) any{"phrases": a.phraseStatus},
		Mount:   a.mountConsole,
		Spool:   a.Spool,
	})
	a.Metrics.SpoolDepth(a.Spool.Depth)
	return nil
}

// Serve listens on the configured address until ctx ends, then shuts down gracefully.
func (a *App) Serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("LOANBOT_ADDR %s: %w", a.cfg.Addr, err)
	}
	return a.ServeListener(ctx, ln)
}

// ServeListener serves on ln (tests pass 127.0.0.1:0) and runs the background workers.
func (a *App) ServeListener(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: a.Handler, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 10 * time.Second}
	go a.watchPhrases(ctx)
	if a.outbox != nil {
		go a.outbox.Run(ctx)
	}
	go a.drainSpools(ctx)
	go a.runRetention(ctx) // retention.go: at start, then hourly
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	a.log.Info("serving", "addr", ln.Addr().String(), "database", a.Store.Dialect(),
		"sessions", sessionKind(a.cfg), "safe_mode", a.cfg.SafeMode())
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// Close releases everything New opened, in reverse order.
func (a *App) Close() error {
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		errs = append(errs, a.closers[i]())
	}
	a.closers = nil
	return errors.Join(errs...)
}

func sessionKind(c config.Config) string {
	if c.RedisURL == "" {
		return "in-process"
	}
	return "redis"
}
