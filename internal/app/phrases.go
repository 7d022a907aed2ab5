package app

import (
	"context"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/phrasebook"
)

// PhrasesChannel announces that a new phrase-list version was published; every instance syncs.
const PhrasesChannel = phrasebook.Channel

// phraseCheckEvery is the safety net behind pub/sub: each instance compares its version with
// the newest published one this often (a missed announcement costs at most this long).
const phraseCheckEvery = 30 * time.Second

// loadFilter makes sure a version is published (the default pack on a fresh database), offers
// this release's claim patterns and new phrases to staff as a draft when they are new, and compiles the newest
// version: the filter enforces published versions only, never the draft.
func (a *App) loadFilter(ctx context.Context) error {
	if _, err := phrasebook.EnsurePublished(ctx, a.Store); err != nil {
		return fmt.Errorf("publish the first phrase list: %w", err)
	}
	a.offerShipped(ctx)
	live, err := phrasebook.NewLive(ctx, a.Store, a.now)
	if err != nil {
		return fmt.Errorf("load the phrase list: %w", err)
	}
	a.phrases, a.Filter = live, live.Filter()
	return nil
}

// offerShipped offers this release's claim patterns and new default phrases to compliance staff
// as draft changes; a failure is logged, never fatal (the published version still runs).
func (a *App) offerShipped(ctx context.Context) {
	if offered, err := phrasebook.OfferShippedClaims(ctx, a.Store, compliance.DefaultClaimsYAML()); err != nil {
		a.log.Error("could not offer this release's claim patterns to compliance staff", "err", err)
	} else if offered {
		a.log.Info("this release's claim patterns are in the draft, waiting for compliance staff to publish them")
	}
	pack, err := compliance.DefaultPack()
	if err == nil {
		var n int
		n, err = phrasebook.OfferShippedPhrases(ctx, a.Store, pack)
		if n > 0 {
			a.log.Info("this release's new phrases are in the draft, waiting for compliance staff to publish them", "phrases", n)
		}
	}
	if err != nil {
		a.log.Error("could not offer this release's new phrases to compliance staff", "err", err)
	}
}

// buildPhrasebook builds the phrase-list service the console and the CLI use.
func (a *App) buildPhrasebook(context.Context) error {
	var err error
	a.phrasebook, err = phrasebook.New(phrasebook.Deps{Store: a.Store, Live: a.phrases, Notify: a.Sessions, Log: a.log, Now: a.now})
	return err
}

// watchPhrases syncs the filter when any instance announces a version, and every 30 s.
func (a *App) watchPhrases(ctx context.Context) {
	ch, err := a.Sessions.Subscribe(ctx, PhrasesChannel)
	if err != nil {
		a.log.Error("phrase announcements disabled; checking every 30 s only", "err", err)
	}
	tick := time.NewTicker(phraseCheckEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case _, ok := <-ch:
			if !ok {
				ch = nil // the subscription ended: the ticker still runs
				continue
			}
		case <-tick.C:
		}
		if err := a.ReloadPhrases(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("phrase list check failed; enforcing the last version", "version", a.phrases.Version(), "err", err)
		}
	}
}

// ReloadPhrases loads the newest published version if this instance does not have it.
func (a *App) ReloadPhrases(ctx context.Context) error {
	changed, err := a.phrases.Sync(ctx)
	if err != nil {
		return err
	}
	if changed {
		a.log.Info("phrase list loaded", "version", a.phrases.Version(), "phrases", a.Filter.Size())
	}
	return nil
}

// phraseStatus is the phrase list's line in /readyz: the version enforced, and whether the last
// check reached the database (if not, the instance keeps enforcing that version).
func (a *App) phraseStatus(ctx context.Context) any {
	_, _ = a.phrases.Sync(ctx) // a failure is recorded in Status
	st := a.phrases.Status()
	if st.Stale {
		return map[string]any{"version": st.Version, "phrases": st.Phrases, "status": "enforcing the last version: the version check failed (database unreachable?)",
			"error": st.Error, "checked_at": st.CheckedAt}
	}
	return st
}
