package phrasebook

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// Versions is the part of the store the live filter reads.
type Versions interface {
	LatestPhraseVersion(ctx context.Context) (uint64, error)
	PhraseVersionPhrases(ctx context.Context, version uint64) (store.PhraseVersion, []store.Phrase, error)
}

// Live is this instance's enforcing filter and the published version it holds (its phrases
// and its claim patterns). Sync brings it
// to the newest version; when the database cannot be reached it keeps the version it has and
// Status says so. Safe for concurrent use.
type Live struct {
	filter  *compliance.Filter
	src     Versions
	now     func() time.Time
	mu      sync.Mutex // serialises Sync
	version atomic.Uint64
	state   atomic.Pointer[LiveStatus]
}

// LiveStatus is what /readyz reports about the phrase list.
type LiveStatus struct {
	Version   uint64    `json:"version"`         // the published version this instance enforces
	Phrases   int       `json:"phrases"`         // enabled phrases in it
	CheckedAt time.Time `json:"checked_at"`      // the last successful version check
	LoadedAt  time.Time `json:"loaded_at"`       // when Version was loaded
	Stale     bool      `json:"stale,omitempty"` // the last check failed: enforcing the last version
	Error     string    `json:"error,omitempty"` // why the last check failed
}

// NewLive compiles the newest published version. It fails when none is published (Seed first)
// or it cannot be read: an instance must not start without its list.
func NewLive(ctx context.Context, src Versions, now func() time.Time) (*Live, error) {
	if now == nil {
		now = time.Now
	}
	v, err := src.LatestPhraseVersion(ctx)
	if err != nil {
		return nil, err
	}
	if v == 0 {
		return nil, fmt.Errorf("no phrase list is published")
	}
	info, ps, err := src.PhraseVersionPhrases(ctx, v)
	if err != nil {
		return nil, err
	}
	opts, err := claimsOption(info.Claims)
	if err != nil {
		return nil, fmt.Errorf("claim patterns of phrase version %d: %w", v, err)
	}
	f, err := compliance.NewFilter(ToFilter(ps), opts...)
	if err != nil {
		return nil, fmt.Errorf("compile phrase version %d: %w", v, err)
	}
	l := &Live{filter: f, src: src, now: now}
	l.version.Store(v)
	t := now().UTC()
	l.state.Store(&LiveStatus{Version: v, Phrases: f.Size(), CheckedAt: t, LoadedAt: t})
	return l, nil
}

// Filter is the enforcing filter; it stays the same pointer (Sync swaps its contents).
func (l *Live) Filter() *compliance.Filter { return l.filter }

// Version is the published version being enforced (stamped on every stored hit).
func (l *Live) Version() uint64 { return l.version.Load() }

// Status reports the version held and whether the last check reached the database.
func (l *Live) Status() LiveStatus { return *l.state.Load() }

// Sync checks the newest published version and loads it when it differs. On failure the
// current version stays in force and Status records the error.
func (l *Live) Sync(ctx context.Context) (changed bool, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	defer func() { l.record(err, changed) }()
	v, err := l.src.LatestPhraseVersion(ctx)
	if err != nil || v == 0 || v == l.version.Load() {
		return false, err
	}
	info, ps, err := l.src.PhraseVersionPhrases(ctx, v)
	if err != nil {
		return false, err
	}
	opts, err := claimsOption(info.Claims)
	if err != nil {
		return false, fmt.Errorf("claim patterns of phrase version %d: %w", v, err)
	}
	if err := l.filter.Replace(ToFilter(ps), opts...); err != nil {
		return false, fmt.Errorf("compile phrase version %d: %w", v, err)
	}
	l.version.Store(v)
	return true, nil
}

func (l *Live) record(err error, changed bool) {
	st := *l.state.Load()
	t := l.now().UTC()
	if err != nil {
		st.Stale, st.Error = true, err.Error()
		l.state.Store(&st)
		return
	}
	st.Stale, st.Error, st.CheckedAt = false, "", t
	if changed {
		st.Version, st.Phrases, st.LoadedAt = l.version.Load(), l.filter.Size(), t
	}
	l.state.Store(&st)
}

// ToFilter converts stored phrases to the filter's.
func ToFilter(ps []store.Phrase) []compliance.Phrase {
	out := make([]compliance.Phrase, len(ps))
	for i, p := range ps {
		out[i] = compliance.Phrase{ID: p.ID, Text: p.Text, Category: p.Category, Action: compliance.Action(p.Action),
			Severity: p.Severity, Scope: compliance.Scope(p.Scope), Exceptions: p.Exceptions, Variants: p.Variants,
			Pinyin: p.Pinyin, Enabled: p.Enabled, Reason: p.Reason}
	}
	return out
}

// ToStored converts filter phrases to stored ones.
func ToStored(ps []compliance.Phrase) []store.Phrase {
	out := make([]store.Phrase, len(ps))
	for i, p := range ps {
		out[i] = store.Phrase{Text: p.Text, Category: p.Category, Action: string(p.Action), Severity: p.Severity,
			Scope: string(p.Scope), Exceptions: p.Exceptions, Variants: p.Variants, Pinyin: p.Pinyin, Enabled: p.Enabled,
			Reason: p.Reason}
	}
	return out
}
