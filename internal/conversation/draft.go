package conversation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/llm"
	"github.com/loanbot/loanbot/internal/store"
)

// Drafter writes a screened answer to an open question (*llm.Drafter).
type Drafter interface {
	Draft(ctx context.Context, question string, history []string) llm.Draft
}

// DraftStore keeps pending drafts and audit records (*store.Store).
type DraftStore interface {
	HoldDraft(ctx context.Context, d store.PendingDraft, owner string, leaseUntil time.Time) (uint64, error)
	DraftReady(ctx context.Context, id uint64, text string) error
	LeaseDrafts(ctx context.Context, owner string, leaseUntil time.Time, limit int) ([]store.PendingDraft, error)
	FinishDraft(ctx context.Context, f store.DraftFinish) error
	SaveDraftAudit(ctx context.Context, a store.DraftAudit) error
}

// Typist shows the applicant that an answer is being written (客服输入状态, custom/typing).
type Typist interface {
	Typing(ctx context.Context, openID string, on bool) error
}

// DraftObserver counts drafts (metrics).
type DraftObserver interface {
	Drafted(kind, failure string, deferred bool, latency time.Duration)
	Deferred(result string) // sent | cancelled | expired | unfinished
}

type nopDraftObserver struct{}

func (nopDraftObserver) Drafted(string, string, bool, time.Duration) {}
func (nopDraftObserver) Deferred(string)                             {}

// DraftingDeps are what drafting inside a turn needs.
type DraftingDeps struct {
	Drafter  Drafter
	Store    DraftStore
	Typist   Typist // optional (outbound messaging not configured)
	Log      *slog.Logger
	Owner    string // this instance's name in leases
	Fallback string // the engine's "cannot answer" line (knowledge: fallback), also the standard reply
	Interim  string // the standard interim line (knowledge: llm_interim)
	Budget   time.Duration
	Reserve  time.Duration    // kept from the budget for storing the turn (default budget/8, at least 150ms)
	Timeout  time.Duration    // a draft's whole time, past the budget (default 60s)
	TypeAt   time.Duration    // show "typing…" when drafting takes longer than this (default 300ms)
	Queued   func()           // wakes the outbox after a final answer was queued
	Now      func() time.Time // optional clock
	Observer DraftObserver    // optional metrics
}

// Limits of deferred answers.
const (
	maxFinishWait = 10 * time.Second // how long the drafter waits for its turn to be stored
	draftGiveUp   = 10 * time.Minute // a draft whose turn was never stored expires
	draftWindow   = 48 * time.Hour   // WeChat's customer-service window
	maxAttempts   = 3                // drafts of one question before the standard reply goes out
	sweepEvery    = 2 * time.Second
	sweepBatch    = 8 // drafts one sweep takes at most
	flagFailure   = "llm_failure"
)

// Drafting answers the engine's open questions with drafted text within the passive budget, and
// after it through the outbox. Safe for concurrent use.
type Drafting struct {
	d DraftingDeps
}

// NewDrafting checks the dependencies.
func NewDrafting(d DraftingDeps) (*Drafting, error) {
	if d.Drafter == nil || d.Store == nil || d.Fallback == "" || d.Interim == "" || d.Budget <= 0 {
		return nil, errors.New("conversation: drafting needs a drafter, a store, the fallback and interim lines and a budget")
	}
	if d.Reserve <= 0 {
		d.Reserve = max(d.Budget/8, 150*time.Millisecond)
	}
	if d.Timeout <= 0 {
		d.Timeout = 60 * time.Second
	}
	if d.TypeAt <= 0 {
		d.TypeAt = 300 * time.Millisecond
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Queued == nil {
		d.Queued = func() {}
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Observer == nil {
		d.Observer = nopDraftObserver{}
	}
	if d.Owner == "" {
		d.Owner = "loanbot"
	}
	return &Drafting{d: d}, nil
}

// Wrap returns engine with drafting: an open question's fallback line is replaced by a drafted
// answer when it is ready within the budget, else by the interim line with the answer following
// through the outbox.
func (g *Drafting) Wrap(engine Engine) Engine { return draftingEngine{inner: engine, g: g} }

type draftingEngine struct {
	inner Engine
	g     *Drafting
}

func (e draftingEngine) Reply(ctx context.Context, in bot.Input) (bot.Output, error) {
	out, err := e.inner.Reply(ctx, in)
	if err != nil || out.OpenQuestion == "" {
		return out, err
	}
	return e.g.answer(ctx, in, out), nil
}

// draftNote carries the inbound message into the engine call and the draft's compliance hits
// back to the turn (set by the turn's hook, see withDraftNote).
type draftNote struct {
	in   Inbound
	hits []store.Hit
}

type draftNoteKey struct{}

// withDraftNote is the turn's hook: it lets drafting know which message it answers.
func withDraftNote(ctx context.Context, in Inbound) (context.Context, *draftNote) {
	n := &draftNote{in: in}
	return context.WithValue(ctx, draftNoteKey{}, n), n
}

// apply adds what drafting recorded to the turn.
func (n *draftNote) apply(t *turnResult) {
	t.outcome.Hits = append(t.outcome.Hits, n.hits...)
}

func noteOf(ctx context.Context) *draftNote {
	n, _ := ctx.Value(draftNoteKey{}).(*draftNote)
	return n
}

// answer drafts the open question: within the budget the draft replaces the fallback line; past
// it, the interim line does and the draft is finished in the background.
func (g *Drafting) answer(ctx context.Context, in bot.Input, out bot.Output) bot.Output {
	note := noteOf(ctx)
	if note == nil {
		note = &draftNote{in: Inbound{OpenID: in.OpenID, Text: in.Text}}
	}
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), g.d.Timeout)
	done := make(chan llm.Draft, 1)
	go func() { done <- g.d.Drafter.Draft(work, out.OpenQuestion, nil) }()
	deadline := g.deadline(ctx)
	typing := time.NewTimer(g.d.TypeAt)
	defer typing.Stop()
	for {
		select {
		case dr := <-done:
			cancel()
			g.audit(note.in, dr, false)
			return g.use(out, dr, note) // a draft an earlier attempt held is cancelled when it finishes (Expect)
		case <-typing.C:
			g.typing(note.in.OpenID)
		case <-deadline:
			return g.deferAnswer(out, note, done, cancel)
		}
	}
}

// deadline fires when the budget left, minus the reserve for storing the turn, is spent.
func (g *Drafting) deadline(ctx context.Context) <-chan time.Time {
	dl, ok := ctx.Deadline()
	if !ok {
		dl = g.d.Now().Add(g.d.Budget)
	}
	return time.After(time.Until(dl) - g.d.Reserve)
}

// use puts a finished draft in place of the fallback line, or keeps the standard reply and flags
// the conversation when drafting failed.
func (g *Drafting) use(out bot.Output, dr llm.Draft, note *draftNote) bot.Output {
	if dr.Text == "" {
		out.Flags = append(out.Flags, bot.Flag{Reason: flagFailure, Detail: "LLM draft failed: " + dr.Failure})
		if dr.BlockedText != "" {
			note.hits = append(note.hits, hitsOf(dr.Blocked, dr.BlockedText, store.DirectionOut)...)
		}
		return out
	}
	out.Replies = replaceLine(out.Replies, g.d.Fallback, dr.Text)
	return out
}

// replaceLine puts text in place of the element equal to line (appends it when there is none).
func replaceLine(replies []string, line, text string) []string {
	out := append([]string(nil), replies...)
	for i, r := range out {
		if r == line {
			out[i] = text
			return out
		}
	}
	return append(out, text)
}

// deferAnswer holds the draft durably, answers with the interim line, and lets the drafting finish in
// the background. When the draft cannot be held, the standard reply goes out now instead.
func (g *Drafting) deferAnswer(out bot.Output, note *draftNote, done <-chan llm.Draft, cancel context.CancelFunc) bot.Output {
	in := note.in
	hold, hcancel := context.WithTimeout(context.Background(), g.d.Reserve)
	defer hcancel()
	var id uint64
	err := errors.New("no dedup key")
	if in.DedupKey != "" {
		id, err = g.d.Store.HoldDraft(hold, store.PendingDraft{DedupKey: in.DedupKey, OpenID: in.OpenID,
			Question: out.OpenQuestion, ReceivedAt: in.ReceivedAt}, g.d.Owner, g.d.Now().Add(g.d.Timeout+15*time.Second))
	}
	if err != nil {
		cancel()
		g.d.Log.Warn("draft not ready and not held; standard reply", "openid", MaskID(in.OpenID), "err", err)
		out.Flags = append(out.Flags, bot.Flag{Reason: flagFailure, Detail: "LLM draft not ready within the budget"})
		return out
	}
	go func() {
		defer cancel()
		dr := <-done
		g.audit(in, dr, true)
		g.finish(id, dr, in.DedupKey)
	}()
	out.Replies = replaceLine(out.Replies, g.d.Fallback, g.d.Interim)
	return out
}

// finish queues a deferred answer once its turn is stored: the draft, or the standard reply with
// the llm_failure flag and the blocked draft's hits. It waits a little for the turn; past that, any
// instance's sweep finishes it from the stored text.
func (g *Drafting) finish(id uint64, dr llm.Draft, key string) {
	f := store.DraftFinish{ID: id, Text: dr.Text, MaxQueue: maxFollowUps, Window: draftWindow, GiveUp: draftGiveUp,
		Expect: g.d.Interim}
	if dr.Text == "" {
		f.Text, f.Flags = g.d.Fallback, []string{flagFailure}
		if dr.BlockedText != "" {
			f.Hits = hitsOf(dr.Blocked, dr.BlockedText, store.DirectionOut)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), maxFinishWait+workTimeout)
	defer cancel()
	readied, start := false, time.Now()
	for wait := 20 * time.Millisecond; ; wait = min(wait*2, time.Second) {
		err := g.d.Store.FinishDraft(ctx, f)
		switch {
		case err == nil:
			g.d.Observer.Deferred("sent")
			g.d.Queued()
			return
		case errors.Is(err, store.ErrDraftNotStored):
			if !readied && dr.Text != "" {
				readied = g.d.Store.DraftReady(ctx, id, dr.Text) == nil
			}
		case errors.Is(err, store.ErrDraftDone):
			g.d.Observer.Deferred("cancelled")
			return
		case errors.Is(err, store.ErrDraftExpired):
			g.d.Observer.Deferred("expired")
			g.d.Log.Info("deferred draft not queued", "key", key, "why", err)
			return
		default:
			g.d.Log.Warn("finish draft", "key", key, "err", err)
		}
		if ctx.Err() != nil || time.Since(start) > maxFinishWait {
			g.d.Observer.Deferred("unfinished")
			return // the sweep takes it after the lease
		}
		time.Sleep(wait)
	}
}

func (g *Drafting) typing(openID string) {
	if g.d.Typist == nil || openID == "" {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := g.d.Typist.Typing(ctx, openID, true); err != nil {
			g.d.Log.Debug("typing indicator", "err", err)
		}
	}()
}

// audit records one drafted reply (best effort, off the reply path).
func (g *Drafting) audit(in Inbound, dr llm.Draft, deferred bool) {
	g.d.Observer.Drafted(dr.Kind, dr.Failure, deferred, dr.Latency)
	a := store.DraftAudit{DedupKey: in.DedupKey, OpenID: in.OpenID, Purpose: "answer", Kind: dr.Kind,
		Failure: dr.Failure, PromptVersion: dr.PromptVersion, Model: dr.Model, Sources: dr.Sources,
		Latency: dr.Latency, PromptTokens: dr.Tokens.Prompt, CompletionTokens: dr.Tokens.Completion,
		Attempts: dr.Attempts, FilterVerdict: dr.Filter, JudgeVerdict: dr.Judge, Deferred: deferred}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
		defer cancel()
		if err := g.d.Store.SaveDraftAudit(ctx, a); err != nil {
			g.d.Log.Warn("draft audit not saved", "err", err)
		}
	}()
}

// Run finishes, until ctx ends, the drafts whose drafter is gone (its lease expired): a crash
// mid-draft loses nothing, and any instance may finish it.
func (g *Drafting) Run(ctx context.Context) {
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := g.Sweep(ctx); err != nil {
				g.d.Log.Warn("draft sweep", "err", err)
			}
		}
	}
}

// Sweep leases the expired drafts once and finishes them, all at once (each within its lease).
func (g *Drafting) Sweep(ctx context.Context) error {
	due, err := g.d.Store.LeaseDrafts(ctx, g.d.Owner, g.d.Now().Add(g.d.Timeout+15*time.Second), sweepBatch)
	if err != nil {
		return fmt.Errorf("lease drafts: %w", err)
	}
	var wg sync.WaitGroup
	for _, p := range due {
		wg.Go(func() { g.redraft(ctx, p) })
	}
	wg.Wait()
	return nil
}

// redraft finishes a draft whose drafter is gone: its stored text, a new draft, or — after
// maxAttempts — the standard reply.
func (g *Drafting) redraft(ctx context.Context, p store.PendingDraft) {
	var dr llm.Draft
	switch {
	case p.Text != "":
		dr = llm.Draft{Text: p.Text}
	case p.Attempts > maxAttempts:
		dr = llm.Draft{Failure: "attempts"}
	default:
		work, cancel := context.WithTimeout(ctx, g.d.Timeout)
		dr = g.d.Drafter.Draft(work, p.Question, nil)
		cancel()
		g.audit(Inbound{DedupKey: p.DedupKey, OpenID: p.OpenID}, dr, true)
	}
	g.finish(p.ID, dr, p.DedupKey)
}
