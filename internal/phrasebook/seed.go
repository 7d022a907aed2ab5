package phrasebook

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// systemActor signs what the service does by itself (the first version).
var systemActor = Actor{By: "system"}

// EnsurePublished makes sure a version exists: an empty table is seeded with the default pack
// first (and the draft claim patterns with the embedded claims.yaml), and the table becomes
// version 1. Several instances may run it at once.
func EnsurePublished(ctx context.Context, s *store.Store) (uint64, error) {
	if v, err := s.LatestPhraseVersion(ctx); err != nil || v != 0 {
		return v, err
	}
	draft, err := s.Phrases(ctx)
	if err != nil {
		return 0, err
	}
	if len(draft) == 0 {
		pack, err := compliance.DefaultPack()
		if err != nil {
			return 0, fmt.Errorf("default phrase pack: %w", err)
		}
		if _, err := s.SeedPhrases(ctx, ToStored(unique(pack))); err != nil {
			return 0, fmt.Errorf("seed phrases: %w", err)
		}
	}
	claims, err := s.DraftClaims(ctx)
	if err != nil {
		return 0, err
	}
	if claims == "" {
		if _, err := s.EditClaims(ctx, string(compliance.DefaultClaimsYAML()), systemActor.meta("首个版本 (first version)")); err != nil {
			return 0, fmt.Errorf("seed claim patterns: %w", err)
		}
	}
	_, err = s.PublishDraft(ctx, store.PublishRequest{ChangeMeta: systemActor.meta("首个版本 (first version)"),
		Kind: store.VersionSeed})
	if err != nil && !errors.Is(err, store.ErrConflict) && !errors.Is(err, store.ErrNothingToPublish) {
		return 0, err
	}
	return s.LatestPhraseVersion(ctx)
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

// CorpusRegressions reads compliance's labelled corpus (forbidden.txt, allowed.txt,
// inbound.txt in fsys) as regression lines. Forbidden lines expect block; allowed lines and
// inbound lines expect what f says now unless that is a block (then allow): the corpus only
// promises "not blocked" for them, and the gate should catch any change.
func CorpusRegressions(fsys fs.FS, f *compliance.Filter) ([]store.Regression, error) {
	var out []store.Regression
	for _, c := range []struct {
		file, scope string
		fields      int
	}{{"forbidden.txt", "outbound", 3}, {"allowed.txt", "outbound", 2}, {"inbound.txt", "inbound", 2}} {
		lines, err := corpusLines(fsys, c.file, c.fields)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			r := store.Regression{Text: l.text, Scope: c.scope, Note: c.file + ": " + strings.Join(l.tags, " "),
				Source: store.RegressionCorpus, Expect: store.VerdictBlock}
			if c.file != "forbidden.txt" {
				if r.Expect = verdictOf(f, l.text, c.scope); r.Expect == store.VerdictBlock {
					r.Expect = store.VerdictAllow
				}
			}
			out = append(out, r)
		}
	}
	return out, nil
}

type corpusLine struct {
	tags []string
	text string
}

func corpusLines(fsys fs.FS, name string, fields int) ([]corpusLine, error) {
	fh, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer fh.Close()
	var out []corpusLine
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", fields)
		if len(parts) != fields {
			continue
		}
		out = append(out, corpusLine{tags: parts[:fields-1], text: parts[fields-1]})
	}
	return out, sc.Err()
}

// SeedRegressions fills an empty regression set from the corpus in fsys, judged by the
// published version. It returns how many lines it added (0 when lines exist).
func (b *Book) SeedRegressions(ctx context.Context, fsys fs.FS) (int, error) {
	f, _, err := b.publishedFilter(ctx)
	if err != nil {
		return 0, err
	}
	rs, err := CorpusRegressions(fsys, f)
	if err != nil {
		return 0, err
	}
	return b.d.Store.SeedRegressions(ctx, rs)
}

// Regressions lists the regression lines.
func (b *Book) Regressions(ctx context.Context) ([]store.Regression, error) {
	return b.d.Store.Regressions(ctx)
}

// AddRegression saves a regression line; an empty expectation takes the published verdict.
func (b *Book) AddRegression(ctx context.Context, r store.Regression, reason string, a Actor) (store.Regression, error) {
	if r.Scope == "" {
		r.Scope = string(compliance.Outbound)
	}
	if r.Expect == "" && strings.TrimSpace(r.Text) != "" {
		f, _, err := b.publishedFilter(ctx)
		if err != nil {
			return r, err
		}
		r.Expect = verdictOf(f, r.Text, r.Scope)
	}
	return b.d.Store.AddRegression(ctx, r, a.meta(reason))
}

// DeleteRegression removes a regression line.
func (b *Book) DeleteRegression(ctx context.Context, id uint64, reason string, a Actor) error {
	return b.d.Store.DeleteRegression(ctx, id, a.meta(reason))
}
