// Package phrasebook is the administration of the banned-phrase list: the draft staff edit
// (each change with a reason, audited), bulk CSV import and export with a validation report,
// the test bench (published and draft side by side), the regression gate, numbered immutable
// versions with diff and rollback, hit statistics and the false-positive review queue, and the
// live filter every instance enforces (Live), kept current through pub/sub and a periodic
// version check.
//
// The console's pages and JSON API and the `loanbot phrases` commands call Book; it holds no
// HTTP and no SQL.
package phrasebook

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// Channel is the pub/sub channel a publish is announced on; every instance syncs its Live.
const Channel = "phrases:changed"

// Publisher announces a new version to every instance (the session store's Publish).
type Publisher interface {
	Publish(ctx context.Context, channel string, payload []byte) error
}

// Deps are Book's collaborators. Live and Notify are optional (the CLI has neither).
type Deps struct {
	Store  *store.Store
	Live   *Live
	Notify Publisher
	Log    *slog.Logger
	Now    func() time.Time
}

// Book is the phrase-list service. Safe for concurrent use.
type Book struct {
	d     Deps
	mu    sync.Mutex // guards the cached filters
	draft cachedFilter
	pub   cachedFilter
}

// cachedFilter is a compiled list and what it was compiled from.
type cachedFilter struct {
	key uint64
	f   *compliance.Filter
}

// New returns the service.
func New(d Deps) (*Book, error) {
	if d.Store == nil {
		return nil, errors.New("phrasebook: Store is required")
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Book{d: d}, nil
}

// Errors the console maps to statuses (store's ErrInvalid, ErrNotFound and ErrConflict also
// pass through).
var (
	// ErrGate: the draft flips expected verdicts and the publish did not confirm it.
	ErrGate = errors.New("phrasebook: the draft changes expected verdicts; confirm with a reason")
)

// Invalid is a validation failure with a message for people; it wraps store.ErrInvalid.
func Invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), store.ErrInvalid)
}

// draftFilter compiles the draft, cached by its revision.
func (b *Book) draftFilter(ctx context.Context) (*compliance.Filter, uint64, error) {
	rev, err := b.d.Store.DraftRevision(ctx)
	if err != nil {
		return nil, 0, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.draft.f != nil && b.draft.key == rev {
		return b.draft.f, rev, nil
	}
	ps, err := b.d.Store.Phrases(ctx)
	if err != nil {
		return nil, 0, err
	}
	claims, err := b.d.Store.DraftClaims(ctx)
	if err != nil {
		return nil, 0, err
	}
	opts, err := claimsOption(claims)
	if err != nil {
		return nil, 0, Invalid("the draft claim patterns do not parse: %v", err)
	}
	f, err := compliance.NewFilter(ToFilter(ps), opts...)
	if err != nil {
		return nil, 0, Invalid("the draft does not compile: %v", err)
	}
	b.draft = cachedFilter{key: rev, f: f}
	return f, rev, nil
}

// publishedFilter is the live filter when there is one, else the newest version compiled.
func (b *Book) publishedFilter(ctx context.Context) (*compliance.Filter, uint64, error) {
	if b.d.Live != nil {
		return b.d.Live.Filter(), b.d.Live.Version(), nil
	}
	v, err := b.d.Store.LatestPhraseVersion(ctx)
	if err != nil {
		return nil, 0, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pub.f != nil && b.pub.key == v {
		return b.pub.f, v, nil
	}
	var ps []store.Phrase
	var info store.PhraseVersion
	if v != 0 {
		if info, ps, err = b.d.Store.PhraseVersionPhrases(ctx, v); err != nil {
			return nil, 0, err
		}
	}
	opts, err := claimsOption(info.Claims)
	if err != nil {
		return nil, 0, fmt.Errorf("claim patterns of version %d: %w", v, err)
	}
	f, err := compliance.NewFilter(ToFilter(ps), opts...)
	if err != nil {
		return nil, 0, fmt.Errorf("compile version %d: %w", v, err)
	}
	b.pub = cachedFilter{key: v, f: f}
	return f, v, nil
}

// announce tells every instance (this one included) that version v is published.
func (b *Book) announce(ctx context.Context, v uint64) {
	if b.d.Live != nil {
		if _, err := b.d.Live.Sync(ctx); err != nil {
			b.d.Log.ErrorContext(ctx, "phrase list: local sync after publish failed", "version", v, "err", err)
		}
	}
	if b.d.Notify == nil {
		return
	}
	if err := b.d.Notify.Publish(ctx, Channel, []byte(strconv.FormatUint(v, 10))); err != nil {
		// Other instances still catch up within 30 s (their version check).
		b.d.Log.ErrorContext(ctx, "phrase list: announcing the new version failed", "version", v, "err", err)
	}
}

// LiveStatus is the version this instance enforces (zero without a live filter: the CLI).
func (b *Book) LiveStatus() LiveStatus {
	if b.d.Live == nil {
		return LiveStatus{}
	}
	return b.d.Live.Status()
}
