package app

import (
	"context"
	"fmt"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// PhrasesChannel announces that the banned-phrase list changed; every instance reloads.
const PhrasesChannel = "phrases:changed"

// loadFilter compiles the filter from the stored phrases, seeding the default pack into an
// empty table first.
func (a *App) loadFilter(ctx context.Context) error {
	ps, err := a.phrases(ctx)
	if err != nil {
		return err
	}
	if a.Filter, err = compliance.NewFilter(ps); err != nil {
		return fmt.Errorf("compile phrases: %w", err)
	}
	return nil
}

func (a *App) phrases(ctx context.Context) ([]compliance.Phrase, error) {
	stored, err := a.Store.Phrases(ctx)
	if err != nil {
		return nil, fmt.Errorf("load phrases: %w", err)
	}
	if len(stored) == 0 {
		pack, err := compliance.DefaultPack()
		if err != nil {
			return nil, fmt.Errorf("default phrase pack: %w", err)
		}
		if _, err := a.Store.SeedPhrases(ctx, toStored(unique(pack))); err != nil {
			return nil, fmt.Errorf("seed phrases: %w", err)
		}
		if stored, err = a.Store.Phrases(ctx); err != nil {
			return nil, fmt.Errorf("load phrases: %w", err)
		}
	}
	return toFilter(stored), nil
}

// watchPhrases reloads the filter whenever any instance announces a change.
func (a *App) watchPhrases(ctx context.Context) {
	ch, err := a.Sessions.Subscribe(ctx, PhrasesChannel)
	if err != nil {
		a.log.Error("phrase reloads disabled", "err", err)
		return
	}
	for range ch {
		if err := a.ReloadPhrases(ctx); err != nil {
			a.log.Error("phrase reload failed; keeping the current list", "err", err)
		}
	}
}

// ReloadPhrases recompiles the filter from storage and swaps it in.
func (a *App) ReloadPhrases(ctx context.Context) error {
	ps, err := a.phrases(ctx)
	if err != nil {
		return err
	}
	if err := a.Filter.Replace(ps); err != nil {
		return fmt.Errorf("compile phrases: %w", err)
	}
	a.log.Info("phrases reloaded", "count", len(ps), "version", a.Filter.Version())
	return nil
}

// unique keeps the first phrase of each text and scope (the store's key), so a pack that lists a
// phrase twice cannot stop the service from starting.
func unique(ps []compliance.Phrase) []compliance.Phrase {
	seen := make(map[string]bool, len(ps))
	out := ps[:0:0]
	for _, p := range ps {
		k := p.Text + "\x00" + string(p.Scope)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

func toStored(ps []compliance.Phrase) []store.Phrase {
	out := make([]store.Phrase, len(ps))
	for i, p := range ps {
		out[i] = store.Phrase{Text: p.Text, Category: p.Category, Action: string(p.Action), Severity: p.Severity,
			Scope: string(p.Scope), Exceptions: p.Exceptions, Variants: p.Variants, Pinyin: p.Pinyin, Enabled: p.Enabled,
			Reason: p.Reason}
	}
	return out
}

func toFilter(ps []store.Phrase) []compliance.Phrase {
	out := make([]compliance.Phrase, len(ps))
	for i, p := range ps {
		out[i] = compliance.Phrase{ID: p.ID, Text: p.Text, Category: p.Category, Action: compliance.Action(p.Action),
			Severity: p.Severity, Scope: compliance.Scope(p.Scope), Exceptions: p.Exceptions, Variants: p.Variants,
			Pinyin: p.Pinyin, Enabled: p.Enabled, Reason: p.Reason}
	}
	return out
}
