package store

import (
	"context"
	"errors"
	"testing"
)

// The draft claim set is versioned with the phrases: edits need a reason and are audited
// (lines removed and added), change the draft revision, publish into the version, and a
// rollback restores them.
func TestClaimDraftPublishRollback(t *testing.T) {
	const v1Claims = "classes:\n  谁: [我们]\n  承诺: [帮您搞定]\nclaims:\n  - {family: F01, name: 谁+承诺, order: [谁, 承诺]}\n"
	const v2Claims = "classes:\n  谁: [我们, 小编]\n  承诺: [帮您搞定]\nclaims:\n  - {family: F01, name: 谁+承诺, order: [谁, 承诺]}\n"
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if y, err := s.DraftClaims(ctx); err != nil || y != "" {
			t.Fatalf("fresh DraftClaims = %q, %v", y, err)
		}
		if _, err := s.SeedPhrases(ctx, seedList()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.EditClaims(ctx, v1Claims, ChangeMeta{By: "system", Reason: "首个版本"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: ChangeMeta{By: "system", Reason: "首个版本"}, Kind: VersionSeed}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.EditClaims(ctx, v2Claims, ChangeMeta{By: "compliance1"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("edit without a reason: %v, want ErrInvalid", err)
		}
		rev0, _ := s.DraftRevision(ctx)
		if changed, err := s.EditClaims(ctx, v2Claims, staffMeta); err != nil || !changed {
			t.Fatalf("EditClaims = %v, %v", changed, err)
		}
		if changed, err := s.EditClaims(ctx, v2Claims, staffMeta); err != nil || changed {
			t.Errorf("unchanged EditClaims = %v, %v; want no write", changed, err)
		}
		if rev, _ := s.DraftRevision(ctx); rev == rev0 {
			t.Errorf("draft revision did not move on a claims edit (%d)", rev)
		}
		log, err := s.PhraseAudit(ctx, PhraseAuditFilter{Action: PhraseClaimsEdited, By: "compliance1"})
		if err != nil || len(log) != 1 || log[0].Before != "  谁: [我们]" || log[0].After != "  谁: [我们, 小编]" || log[0].Reason != staffMeta.Reason {
			t.Fatalf("claims audit = %+v, %v", log, err)
		}
		v2, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta})
		if err != nil || v2.Version != 2 {
			t.Fatalf("publish of a claims-only change = %+v, %v", v2, err)
		}
		if got, _, err := s.PhraseVersionPhrases(ctx, 2); err != nil || got.Claims != v2Claims {
			t.Fatalf("version 2 claims = %q, %v", got.Claims, err)
		}
		if _, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta}); !errors.Is(err, ErrNothingToPublish) {
			t.Errorf("second publish: %v, want ErrNothingToPublish", err)
		}
		v3, err := s.RollbackPhrases(ctx, 1, staffMeta)
		if err != nil || v3.Version != 3 {
			t.Fatalf("rollback = %+v, %v", v3, err)
		}
		got, _, _ := s.PhraseVersionPhrases(ctx, 3)
		draft, _ := s.DraftClaims(ctx)
		if got.Claims != v1Claims || draft != v1Claims {
			t.Errorf("after rollback: version 3 claims %q, draft %q; want version 1's", got.Claims, draft)
		}
		vs, _ := s.PhraseVersions(ctx)
		if len(vs) != 3 || vs[0].Claims != "" {
			t.Errorf("listing carries claims or misses versions: %d versions", len(vs))
		}
	})
}

func TestLineChanges(t *testing.T) {
	cases := []struct{ a, b, removed, added string }{
		{"a\nb\nc", "a\nb\nc", "", ""},
		{"a\nb\nc", "a\nx\nc", "b", "x"},
		{"", "classes:\n  谁: [我们]", "", "classes:\n  谁: [我们]"},
		{"a\na\nb", "a\nb", "a", ""},
	}
	for _, c := range cases {
		r, a := lineChanges(c.a, c.b)
		if r != c.removed || a != c.added {
			t.Errorf("lineChanges(%q, %q) = %q, %q; want %q, %q", c.a, c.b, r, a, c.removed, c.added)
		}
	}
}
