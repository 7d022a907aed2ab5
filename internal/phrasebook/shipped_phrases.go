package phrasebook

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// OfferShippedPhrases brings the phrases a release added to its default pack to an existing
// deployment: each shipped phrase this deployment has never held — not in its first version,
// not in the newest, not in the draft, not in an earlier offer — is imported into the draft,
// signed by the system with a reason naming the pack's digest. Staff see the additions in the
// draft and publish them through the regression gate like their own edits, or delete them. A
// phrase staff removed is never offered again, and nothing is offered while the draft holds
// staff's own pending edits. Each shipped pack is offered once. Reports how many were offered.
func OfferShippedPhrases(ctx context.Context, s *store.Store, shipped []compliance.Phrase) (int, error) {
	v, err := s.LatestPhraseVersion(ctx)
	if err != nil || v == 0 {
		return 0, err
	}
	draft, err := s.Phrases(ctx)
	if err != nil {
		return 0, err
	}
	drafted := keys(draft)
	stored := ToStored(unique(shipped))
	fresh := missing(stored, drafted)
	if len(fresh) == 0 {
		return 0, nil // every shipped phrase is in the draft: the usual start, one read
	}
	mark := shippedPhrasesMark(stored)
	if done, err := offeredBefore(ctx, s, store.PhraseImported, mark); err != nil || done {
		return 0, err
	}
	known, pending, err := heldPhrases(ctx, s, v, drafted)
	if err != nil || pending {
		return 0, err
	}
	if fresh = missing(fresh, known); len(fresh) == 0 {
		return 0, nil
	}
	reason := "随新版本发布的违规短语，待合规审核后发布 (phrases shipped with this release, " + mark + ")"
	res, err := s.ImportPhrases(ctx, fresh, systemActor.meta(reason))
	if err != nil {
		return 0, fmt.Errorf("offer the shipped phrases: %w", err)
	}
	return res.Created, nil
}

// heldPhrases returns the keys of every phrase the deployment holds or held (the first and the
// newest version, the draft's keys drafted, earlier offers), and whether the draft differs from
// the newest version (staff have pending edits).
func heldPhrases(ctx context.Context, s *store.Store, latest uint64, drafted []string) ([]string, bool, error) {
	newest, err := versionKeys(ctx, s, latest)
	if err != nil {
		return nil, false, err
	}
	known := append(slices.Clone(newest), drafted...)
	if latest != 1 {
		first, err := versionKeys(ctx, s, 1)
		if err != nil {
			return nil, false, err
		}
		known = append(known, first...)
	}
	offers, err := earlierOffers(ctx, s)
	if err != nil {
		return nil, false, err
	}
	known = append(known, offers...)
	slices.Sort(known)
	return known, !slices.Equal(newest, drafted), nil
}

func versionKeys(ctx context.Context, s *store.Store, v uint64) ([]string, error) {
	_, ps, err := s.PhraseVersionPhrases(ctx, v)
	return keys(ps), err
}

// keys returns the sorted keys of ps.
func keys(ps []store.Phrase) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = phraseKey(p)
	}
	slices.Sort(out)
	return out
}

// earlierOffers returns the keys of the phrases the system imported before (earlier releases'
// offers).
func earlierOffers(ctx context.Context, s *store.Store) ([]string, error) {
	offers, err := s.PhraseAudit(ctx, store.PhraseAuditFilter{By: systemActor.By, Action: store.PhraseImported, Limit: 5000})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range offers {
		var p store.Phrase
		if json.Unmarshal([]byte(e.After), &p) == nil && p.Text != "" {
			out = append(out, phraseKey(p))
		}
	}
	return out, nil
}

// missing returns the phrases of ps whose key is not in sorted.
func missing(ps []store.Phrase, sorted []string) []store.Phrase {
	var out []store.Phrase
	for _, p := range ps {
		if _, found := slices.BinarySearch(sorted, phraseKey(p)); !found {
			out = append(out, p)
		}
	}
	return out
}

// offeredBefore reports whether the system already made the offer named by mark.
func offeredBefore(ctx context.Context, s *store.Store, action, mark string) (bool, error) {
	offered, err := s.PhraseAudit(ctx, store.PhraseAuditFilter{By: systemActor.By, Action: action, Limit: 5000})
	if err != nil {
		return false, err
	}
	for _, e := range offered {
		if strings.Contains(e.Reason, mark) {
			return true, nil
		}
	}
	return false, nil
}

func phraseKey(p store.Phrase) string { return strings.TrimSpace(p.Text) + "\x00" + p.Scope }

// shippedPhrasesMark names a shipped pack in the audit trail.
func shippedPhrasesMark(ps []store.Phrase) string {
	b, _ := json.Marshal(ps) // plain structs of strings, numbers and booleans
	return shippedMark(b)
}
