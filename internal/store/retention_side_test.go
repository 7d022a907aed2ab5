package store

import (
	"context"
	"testing"
	"time"
)

// draftOf stores a pending draft and its audit for openID at the clock's time.
func draftOf(t *testing.T, s *Store, clock *fakeClock, openID, key string) {
	t.Helper()
	ctx := context.Background()
	_, err := s.HoldDraft(ctx, PendingDraft{DedupKey: key, OpenID: openID, Question: "抵押贷款利率多少？我房子在杭州",
		ReceivedAt: clock.Now()}, "instance-1", clock.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	err = s.SaveDraftAudit(ctx, DraftAudit{DedupKey: key, OpenID: openID, Purpose: "answer", Kind: "model",
		Model: "test", FilterVerdict: "allow", JudgeVerdict: "allow", CreatedAt: clock.Now()})
	if err != nil {
		t.Fatal(err)
	}
}

// sideRows counts openID's drafts and the audits that still name openID.
func sideRows(t *testing.T, s *Store, openID string) (drafts, audits int64) {
	t.Helper()
	s.db.Table("llm_drafts").Where("open_id = ?", openID).Count(&drafts)
	s.db.Table("llm_audits").Where("open_id = ?", openID).Count(&audits)
	return drafts, audits
}

func TestEraseApplicantSideTables(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		s, clock := db.open(), db.clock
		for _, openID := range []string{"oGone", "oStays"} {
			chat(t, s, clock, openID, 1)
			draftOf(t, s, clock, openID, openID+"-draft")
		}
		removed, err := s.EraseApplicant(context.Background(), "oGone")
		if err != nil || removed.Drafts != 1 {
			t.Fatalf("EraseApplicant = %+v, %v; want 1 draft", removed, err)
		}
		if d, a := sideRows(t, s, "oGone"); d != 0 || a != 0 {
			t.Errorf("erased applicant: %d drafts, %d audits naming them; want none", d, a)
		}
		if d, a := sideRows(t, s, "oStays"); d != 1 || a != 1 {
			t.Errorf("other applicant: %d drafts, %d audits; want 1 and 1", d, a)
		}
		var audits int64
		s.db.Table("llm_audits").Count(&audits)
		if audits != 2 {
			t.Errorf("%d audits, want both kept (one unlinked)", audits)
		}
	})
}

func TestPurgeExpiredSideTables(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		s, clock := db.open(), db.clock
		draftOf(t, s, clock, "oOld", "old-draft")
		clock.Add(retention)
		draftOf(t, s, clock, "oNew", "new-draft")
		clock.Add(3 * day)
		res, err := s.PurgeExpired(context.Background(), PurgeOptions{Retention: retention, Batch: 1})
		if err != nil || res.Drafts != 1 {
			t.Fatalf("PurgeExpired = %+v, %v; want 1 draft", res, err)
		}
		if d, a := sideRows(t, s, "oOld"); d != 0 || a != 0 {
			t.Errorf("expired: %d drafts, %d audits naming the applicant; want none", d, a)
		}
		if d, a := sideRows(t, s, "oNew"); d != 1 || a != 1 {
			t.Errorf("recent: %d drafts, %d audits; want 1 and 1", d, a)
		}
	})
}
