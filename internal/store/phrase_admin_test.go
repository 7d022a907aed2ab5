package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

var staffMeta = ChangeMeta{By: "compliance1", Reason: "监管新规", Address: "10.0.0.7"}

func TestPhraseDraftPublishRollback(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.SeedPhrases(ctx, seedList()); err != nil {
			t.Fatal(err)
		}
		v1, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: ChangeMeta{By: "system", Reason: "首个版本"}, Kind: VersionSeed})
		if err != nil || v1.Version != 1 || v1.Phrases != 3 {
			t.Fatalf("seed publish = %+v, %v", v1, err)
		}
		if _, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta}); !errors.Is(err, ErrNothingToPublish) {
			t.Errorf("publish of an unchanged draft: %v, want ErrNothingToPublish", err)
		}
		if _, err := s.EditPhrase(ctx, Phrase{Text: "解冻费", Category: "F07", Action: "block", Severity: 3, Scope: "outbound", Enabled: true},
			ChangeMeta{By: "compliance1"}); !errors.Is(err, ErrInvalid) {
			t.Errorf("edit without a reason: %v, want ErrInvalid", err)
		}
		added, err := s.EditPhrase(ctx, Phrase{Text: "解冻费", Category: "F07", Action: "block", Severity: 3, Scope: "outbound", Enabled: true}, staffMeta)
		if err != nil {
			t.Fatal(err)
		}
		rev, err := s.DraftRevision(ctx)
		if err != nil || rev == 0 {
			t.Fatalf("DraftRevision = %d, %v", rev, err)
		}
		if err := s.DeletePhrase(ctx, 3, staffMeta); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta, Revision: rev}); !errors.Is(err, ErrConflict) {
			t.Errorf("publish of a draft that moved: %v, want ErrConflict", err)
		}
		rev, _ = s.DraftRevision(ctx)
		v2, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta, Revision: rev, Confirm: "确认翻转"})
		if err != nil || v2.Version != 2 || v2.Phrases != 3 || v2.Confirm != "确认翻转" {
			t.Fatalf("publish = %+v, %v", v2, err)
		}
		_, ps2, err := s.PhraseVersionPhrases(ctx, 2)
		if err != nil || len(ps2) != 3 || ps2[2].Text != "解冻费" || ps2[2].ID != added.ID {
			t.Fatalf("version 2 = %+v, %v", ps2, err)
		}
		v3, err := s.RollbackPhrases(ctx, 1, staffMeta)
		if err != nil || v3.Version != 3 || v3.Kind != VersionRollback || v3.FromVersion != 1 {
			t.Fatalf("rollback = %+v, %v", v3, err)
		}
		_, ps1, _ := s.PhraseVersionPhrases(ctx, 1)
		_, ps3, _ := s.PhraseVersionPhrases(ctx, 3)
		if len(ps3) != len(ps1) || ps3[2].Text != ps1[2].Text || ps3[2].ID != 3 {
			t.Errorf("version 3 = %+v, want version 1's phrases %+v", ps3, ps1)
		}
		draft, _ := s.Phrases(ctx)
		if len(draft) != 3 || draft[2].Text != "内部渠道" {
			t.Errorf("draft after rollback = %+v", draft)
		}
		if latest, err := s.LatestPhraseVersion(ctx); err != nil || latest != 3 {
			t.Errorf("LatestPhraseVersion = %d, %v", latest, err)
		}
		vs, err := s.PhraseVersions(ctx)
		if err != nil || len(vs) != 3 || vs[0].Version != 3 {
			t.Errorf("PhraseVersions = %+v, %v", vs, err)
		}
		checkAudit(t, s)
	})
}

func checkAudit(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	all, err := s.PhraseAudit(ctx, PhraseAuditFilter{By: "compliance1"})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, e := range all {
		counts[e.Action]++
		if e.Reason == "" || e.Address != "10.0.0.7" {
			t.Errorf("audit entry without reason or address: %+v", e)
		}
	}
	// create 解冻费, delete 内部渠道, publish v2 (+ its confirmation), rollback: 解冻费 gone and
	// 内部渠道 back, restore v3.
	want := map[string]int{PhraseCreated: 1, PhraseDeleted: 1, PhrasePublished: 1, PhraseGateFlip: 1,
		PhraseRolledBack: 2, PhraseListRestore: 1}
	for a, n := range want {
		if counts[a] != n {
			t.Errorf("audit %s: %d entries, want %d (all: %v)", a, counts[a], n, counts)
		}
	}
	del, err := s.PhraseAudit(ctx, PhraseAuditFilter{Action: PhraseDeleted, Since: time.Now().Add(-time.Hour)})
	if err != nil || len(del) != 1 || del[0].Before == "" || del[0].After != "" {
		t.Errorf("delete entries = %+v, %v", del, err)
	}
}

func TestPhraseImport(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.SeedPhrases(ctx, seedList()); err != nil {
			t.Fatal(err)
		}
		in := []Phrase{
			{Text: "包过", Category: "guarantee", Action: "block", Severity: 3, Scope: "out", Exceptions: []string{"不包过"}, Pinyin: true, Enabled: true, Reason: "承诺放款"},
			{Text: "内部渠道", Category: "channel", Action: "block", Severity: 3, Scope: "out", Enabled: true},
			{Text: "解冻费", Category: "F07", Action: "block", Severity: 3, Scope: "outbound", Enabled: true},
		}
		res, err := s.ImportPhrases(ctx, in, staffMeta)
		if err != nil || res != (ImportResult{Created: 1, Updated: 1, Unchanged: 1}) {
			t.Fatalf("ImportPhrases = %+v, %v", res, err)
		}
		got, _ := s.PhraseAudit(ctx, PhraseAuditFilter{Action: PhraseImported})
		if len(got) != 2 {
			t.Errorf("import audit entries = %d, want 2", len(got))
		}
	})
}

func TestRegressionsAndReviews(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n, err := s.SeedRegressions(ctx, []Regression{{Text: "保证下款", Scope: "outbound", Expect: VerdictBlock, Source: RegressionCorpus}})
		if err != nil || n != 1 {
			t.Fatalf("SeedRegressions = %d, %v", n, err)
		}
		if n, _ := s.SeedRegressions(ctx, []Regression{{Text: "x", Scope: "outbound", Expect: VerdictAllow}}); n != 0 {
			t.Errorf("second seed inserted %d", n)
		}
		if _, err := s.AddRegression(ctx, Regression{Text: "  ", Scope: "outbound", Expect: "allow"}, staffMeta); !errors.Is(err, ErrInvalid) {
			t.Errorf("empty regression: %v", err)
		}
		r, err := s.AddRegression(ctx, Regression{Text: "我们不收取任何解冻费", Scope: "outbound", Expect: VerdictAllow}, staffMeta)
		if err != nil || r.Source != RegressionStaff {
			t.Fatalf("AddRegression = %+v, %v", r, err)
		}
		if rs, _ := s.Regressions(ctx); len(rs) != 2 {
			t.Errorf("Regressions = %d lines", len(rs))
		}
		if err := s.DeleteRegression(ctx, r.ID, staffMeta); err != nil {
			t.Fatal(err)
		}
		hitID := storeHit(t, s, 7)
		rec, err := s.HitRecordByID(ctx, hitID)
		if err != nil || rec.PhraseVersion != 7 || rec.Text != "先交解冻费，138 0013 8000 联系我" {
			t.Fatalf("HitRecordByID = %+v, %v", rec, err)
		}
		fp, err := s.MarkFalsePositive(ctx, hitID, "agent1", "客户在问我们收不收")
		if err != nil || fp.Status != ReviewOpen || fp.PhraseVersion != 7 {
			t.Fatalf("MarkFalsePositive = %+v, %v", fp, err)
		}
		if _, err := s.MarkFalsePositive(ctx, hitID, "agent2", ""); !errors.Is(err, ErrConflict) {
			t.Errorf("second mark: %v, want ErrConflict", err)
		}
		if _, err := s.MarkFalsePositive(ctx, 99999, "agent2", ""); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown hit: %v, want ErrNotFound", err)
		}
		done, err := s.ResolveFalsePositive(ctx, fp.ID, ReviewRegression, staffMeta)
		if err != nil || done.Status != ReviewRegression || done.ResolvedAt == nil {
			t.Fatalf("ResolveFalsePositive = %+v, %v", done, err)
		}
		if _, err := s.ResolveFalsePositive(ctx, fp.ID, ReviewDismissed, staffMeta); !errors.Is(err, ErrConflict) {
			t.Errorf("second resolve: %v, want ErrConflict", err)
		}
		counts, err := s.HitCounts(ctx, HitFilter{Since: time.Now().Add(-24 * time.Hour)})
		if err != nil || len(counts) != 1 || counts[0].Count != 1 || counts[0].Phrase != "解冻费" {
			t.Errorf("HitCounts = %+v, %v", counts, err)
		}
	})
}

// storeHit records one blocked agent-style hit through SaveOutcome and returns its id.
func storeHit(t *testing.T, s *Store, version uint64) uint64 {
	t.Helper()
	ctx := context.Background()
	res := mustSaveInbound(t, s, inbound("oFP1", "m:fp1", "你好"))
	err := s.SaveOutcome(ctx, Outcome{ConversationID: res.Conversation.ID, InboundID: res.MessageID,
		Replies: []Reply{{Text: "先交解冻费，138 0013 8000 联系我", Sender: SenderBot, Verdict: VerdictBlock}},
		Hits: []Hit{{Phrase: "解冻费", Category: "F07", Action: "block", Text: "先交解冻费，138 0013 8000 联系我",
			Direction: DirectionOut, Version: version}}})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.HitRecords(ctx, HitFilter{Phrase: "解冻费"})
	if err != nil || len(recs) != 1 {
		t.Fatalf("HitRecords = %+v, %v", recs, err)
	}
	return recs[0].ID
}

// Publishes racing each other get distinct numbers, and an identical second one is refused.
func TestConcurrentPublish(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if _, err := s.SeedPhrases(ctx, seedList()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.EditPhrase(ctx, Phrase{Text: "解冻费", Category: "F07", Action: "block", Severity: 3, Scope: "outbound", Enabled: true}, staffMeta); err != nil {
			t.Fatal(err)
		}
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				_, err := s.PublishDraft(ctx, PublishRequest{ChangeMeta: staffMeta})
				errs <- err
			}()
		}
		ok := 0
		for range 4 {
			switch err := <-errs; {
			case err == nil:
				ok++
			case !errors.Is(err, ErrNothingToPublish) && !errors.Is(err, ErrConflict):
				t.Errorf("publish: %v", err)
			}
		}
		vs, err := s.PhraseVersions(ctx)
		if err != nil || ok != 1 || len(vs) != 1 {
			t.Errorf("%d publishes succeeded, %d versions (%v); want exactly one", ok, len(vs), err)
		}
	})
}
