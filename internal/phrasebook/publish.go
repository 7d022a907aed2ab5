package phrasebook

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// GateLine is a regression line whose verdict the draft would change or does not keep.
type GateLine struct {
	store.Regression
	Published string `json:"published"` // the verdict under the published version
	Draft     string `json:"draft"`     // the verdict under the draft
	Flip      bool   `json:"flip"`      // published kept the expected verdict, the draft does not
}

// GateReport is the draft run against every regression line.
type GateReport struct {
	Revision  uint64     `json:"revision"` // the draft revision that was checked
	Published uint64     `json:"published_version"`
	Lines     int        `json:"lines"`
	Flips     int        `json:"flips"`   // expected verdicts the draft would break
	Failing   int        `json:"failing"` // lines the draft does not keep (flips included)
	Changes   []GateLine `json:"changes"` // lines whose verdict changes, or that fail
}

// GateError refuses a publish that flips expected verdicts without a confirmation.
type GateError struct{ Report GateReport }

func (e *GateError) Error() string {
	return fmt.Sprintf("%d expected verdicts would flip: %v", e.Report.Flips, ErrGate)
}

func (e *GateError) Unwrap() error { return ErrGate }

// Gate runs the draft and the published version against the regression lines.
func (b *Book) Gate(ctx context.Context) (GateReport, error) {
	draft, rev, err := b.draftFilter(ctx)
	if err != nil {
		return GateReport{}, err
	}
	pub, v, err := b.publishedFilter(ctx)
	if err != nil {
		return GateReport{}, err
	}
	lines, err := b.d.Store.Regressions(ctx)
	if err != nil {
		return GateReport{}, err
	}
	rep := GateReport{Revision: rev, Published: v, Lines: len(lines), Changes: []GateLine{}}
	for _, l := range lines {
		g := GateLine{Regression: l, Published: verdictOf(pub, l.Text, l.Scope), Draft: verdictOf(draft, l.Text, l.Scope)}
		g.Flip = g.Published == l.Expect && g.Draft != l.Expect
		if g.Flip {
			rep.Flips++
		}
		if g.Draft != l.Expect {
			rep.Failing++
		}
		if g.Draft != g.Published || g.Draft != l.Expect {
			rep.Changes = append(rep.Changes, g)
		}
	}
	return rep, nil
}

func verdictOf(f *compliance.Filter, text, scope string) string {
	if scope == string(compliance.Inbound) {
		return string(f.CheckInbound(text).Verdict)
	}
	return string(f.CheckOutbound(text).Verdict)
}

// PublishInput asks to publish the draft. Confirm with ConfirmReason accepts flipped verdicts.
type PublishInput struct {
	Reason        string `json:"reason"`
	Confirm       bool   `json:"confirm,omitempty"`
	ConfirmReason string `json:"confirm_reason,omitempty"`
}

// Published is the outcome of a publish or a rollback.
type Published struct {
	Version uint64     `json:"version"`
	Changes Changes    `json:"changes"` // the new version against the one before
	Gate    GateReport `json:"gate"`
}

// Publish runs the gate, then makes the draft the next version and announces it. Flipped
// expected verdicts without Confirm and ConfirmReason give a *GateError with the report.
func (b *Book) Publish(ctx context.Context, in PublishInput, a Actor) (Published, error) {
	if strings.TrimSpace(in.Reason) == "" {
		return Published{}, Invalid("a reason is required")
	}
	rep, err := b.Gate(ctx)
	if err != nil {
		return Published{}, err
	}
	confirm := ""
	if rep.Flips > 0 {
		if !in.Confirm || strings.TrimSpace(in.ConfirmReason) == "" {
			return Published{Gate: rep}, &GateError{Report: rep}
		}
		confirm = strings.TrimSpace(in.ConfirmReason)
	}
	prevV, prev, err := b.latest(ctx)
	if err != nil {
		return Published{}, err
	}
	v, err := b.d.Store.PublishDraft(ctx, store.PublishRequest{ChangeMeta: a.meta(in.Reason), Confirm: confirm,
		Revision: rep.Revision})
	if err != nil {
		return Published{}, fmt.Errorf("publish over version %d: %w", prevV, err)
	}
	return b.published(ctx, v.Version, prev, rep)
}

func (b *Book) published(ctx context.Context, v uint64, prev []store.Phrase, rep GateReport) (Published, error) {
	b.announce(ctx, v)
	_, now, err := b.d.Store.PhraseVersionPhrases(ctx, v)
	if err != nil {
		return Published{Version: v}, err
	}
	return Published{Version: v, Changes: Diff(prev, now), Gate: rep}, nil
}

// Rollback publishes version `to` again as a new version (the draft is reset to it).
func (b *Book) Rollback(ctx context.Context, to uint64, reason string, a Actor) (Published, error) {
	_, prev, err := b.latest(ctx)
	if err != nil {
		return Published{}, err
	}
	v, err := b.d.Store.RollbackPhrases(ctx, to, a.meta(reason))
	if err != nil {
		return Published{}, err
	}
	return b.published(ctx, v.Version, prev, GateReport{Changes: []GateLine{}})
}

// Versions lists every published version, newest first.
func (b *Book) Versions(ctx context.Context) ([]store.PhraseVersion, error) {
	return b.d.Store.PhraseVersions(ctx)
}

// VersionDiff is what changed from version a to version b (either may be older).
type VersionDiff struct {
	From    store.PhraseVersion `json:"from"`
	To      store.PhraseVersion `json:"to"`
	Changes Changes             `json:"changes"`
	Claims  []DiffLine          `json:"claims"` // the claim patterns, line by line
}

// DiffVersions compares two versions; 0 for `to` means the draft.
func (b *Book) DiffVersions(ctx context.Context, from, to uint64) (VersionDiff, error) {
	fv, fps, err := b.d.Store.PhraseVersionPhrases(ctx, from)
	if err != nil {
		return VersionDiff{}, err
	}
	var tv store.PhraseVersion
	var tps []store.Phrase
	if to == 0 {
		tv.Kind = "draft"
		if tps, err = b.d.Store.Phrases(ctx); err == nil {
			tv.Claims, err = b.d.Store.DraftClaims(ctx)
		}
	} else {
		tv, tps, err = b.d.Store.PhraseVersionPhrases(ctx, to)
	}
	if err != nil {
		return VersionDiff{}, err
	}
	return VersionDiff{From: fv, To: tv, Changes: Diff(fps, tps),
		Claims: LineDiff(orDefault(fv.Claims), orDefault(tv.Claims), 2)}, nil
}

// IsGate reports whether err is a gate refusal, and its report.
func IsGate(err error) (GateReport, bool) {
	var g *GateError
	if errors.As(err, &g) {
		return g.Report, true
	}
	return GateReport{}, false
}
