package store

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// interimTurn is a turn that answered with the interim line only.
func interimTurn(openID, key string) Turn {
	return Turn{In: inbound(openID, key, "我是个体户没有流水怎么办"), Outcome: Outcome{
		Replies: []Reply{{Text: "正在为您整理答复，请稍候。", Sender: SenderBot, Verdict: VerdictAllow, Passive: true}},
	}}
}

func TestFinishDraftOnce(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		now := time.Now()
		d := PendingDraft{DedupKey: "m:d1", OpenID: "oDraft", Question: "我是个体户没有流水怎么办", ReceivedAt: now}
		id, err := s.HoldDraft(ctx, d, "i1", now.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if again, err := s.HoldDraft(ctx, d, "i2", now.Add(time.Minute)); err != nil || again != id {
			t.Fatalf("HoldDraft again = %d, %v; want the same row %d", again, err, id)
		}
		fin := DraftFinish{ID: id, Text: "个体户可以准备经营流水。", MaxQueue: 5, Window: 48 * time.Hour, GiveUp: time.Hour,
			Expect: "正在为您整理答复"}
		if err := s.FinishDraft(ctx, fin); !errors.Is(err, ErrDraftNotStored) {
			t.Fatalf("FinishDraft before the turn = %v, want ErrDraftNotStored", err)
		}
		if err := s.DraftReady(ctx, id, fin.Text); err != nil {
			t.Fatal(err)
		}
		res, err := s.SaveTurn(ctx, interimTurn("oDraft", "m:d1"))
		if err != nil {
			t.Fatal(err)
		}
		// Two instances finish at once: exactly one queues the answer.
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Go(func() { errs[i] = s.FinishDraft(ctx, fin) })
		}
		wg.Wait()
		sent := 0
		for _, err := range errs {
			switch {
			case err == nil:
				sent++
			case !errors.Is(err, ErrDraftDone):
				t.Errorf("FinishDraft: %v", err)
			}
		}
		if sent != 1 {
			t.Fatalf("%d finishes succeeded, want 1", sent)
		}
		var queued int64
		s.db.Table("outbox").Where("conversation_id = ?", res.Conversation.ID).Count(&queued)
		if queued != 1 {
			t.Errorf("outbox rows = %d, want 1", queued)
		}
		got, err := s.DraftByKey(ctx, "m:d1")
		if err != nil || got.Status != DraftSent || got.Text != fin.Text {
			t.Errorf("draft = %+v, %v", got, err)
		}
	})
}

func TestLeaseDraftsTakesOnlyExpired(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		now := time.Now()
		_, err := s.HoldDraft(ctx, PendingDraft{DedupKey: "m:live", OpenID: "oA", Question: "q1"}, "i1", now.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.HoldDraft(ctx, PendingDraft{DedupKey: "m:dead", OpenID: "oB", Question: "我老婆有逾期影响我吗"}, "crashed", now.Add(-time.Second))
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.LeaseDrafts(ctx, "i2", now.Add(time.Minute), 10)
		if err != nil || len(got) != 1 || got[0].DedupKey != "m:dead" || got[0].Question != "我老婆有逾期影响我吗" || got[0].Attempts != 1 {
			t.Fatalf("LeaseDrafts = %+v, %v", got, err)
		}
		if again, _ := s.LeaseDrafts(ctx, "i3", now.Add(time.Minute), 10); len(again) != 0 {
			t.Errorf("a leased draft was leased again: %+v", again)
		}
		if ok, err := s.CancelDraft(ctx, "m:live"); !ok || err != nil {
			t.Errorf("CancelDraft = %v, %v", ok, err)
		}
	})
}

func TestFinishDraftExpires(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		old := time.Now().Add(-49 * time.Hour)
		id, err := s.HoldDraft(ctx, PendingDraft{DedupKey: "m:old", OpenID: "oOld", Question: "q", ReceivedAt: old}, "i1", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveTurn(ctx, interimTurn("oOld", "m:old")); err != nil {
			t.Fatal(err)
		}
		err = s.FinishDraft(ctx, DraftFinish{ID: id, Text: "答复", MaxQueue: 5, Window: 48 * time.Hour})
		if !errors.Is(err, ErrDraftExpired) {
			t.Fatalf("FinishDraft past the window = %v, want ErrDraftExpired", err)
		}
		if err := s.SaveDraftAudit(ctx, DraftAudit{DedupKey: "m:old", OpenID: "oOld", Purpose: "answer", Kind: "model",
			PromptVersion: "draft-v1", Model: "m", Sources: []string{"faq:x"}, Latency: 1500 * time.Millisecond}); err != nil {
			t.Fatal(err)
		}
		a, err := s.DraftAudits(ctx, "m:old")
		if err != nil || len(a) != 1 || a[0].Sources[0] != "faq:x" || a[0].Latency != 1500*time.Millisecond {
			t.Errorf("DraftAudits = %+v, %v", a, err)
		}
	})
}

// Another instance answered the message within the budget (its stored turn has no interim line):
// the held draft is cancelled, not sent.
func TestFinishDraftCancelledWhenAnsweredOtherwise(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		id, err := s.HoldDraft(ctx, PendingDraft{DedupKey: "m:other", OpenID: "oOther", Question: "q"}, "i1", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		answered := interimTurn("oOther", "m:other")
		answered.Outcome.Replies[0].Text = "个体户可以准备经营流水。"
		if _, err := s.SaveTurn(ctx, answered); err != nil {
			t.Fatal(err)
		}
		err = s.FinishDraft(ctx, DraftFinish{ID: id, Text: "答复", MaxQueue: 5, Expect: "正在为您整理答复"})
		if !errors.Is(err, ErrDraftDone) {
			t.Fatalf("FinishDraft = %v, want ErrDraftDone", err)
		}
		if d, _ := s.DraftByKey(ctx, "m:other"); d.Status != DraftCancelled {
			t.Errorf("status %q, want cancelled", d.Status)
		}
	})
}

// An agent took the conversation over while the answer was drafted: the bot stays silent.
func TestFinishDraftCancelledWhenAnAgentHolds(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		id, err := s.HoldDraft(ctx, PendingDraft{DedupKey: "m:agent", OpenID: "oAgent", Question: "q"}, "i1", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		held := interimTurn("oAgent", "m:agent")
		held.Outcome.State = StateAgent
		if _, err := s.SaveTurn(ctx, held); err != nil {
			t.Fatal(err)
		}
		err = s.FinishDraft(ctx, DraftFinish{ID: id, Text: "答复", MaxQueue: 5, Expect: "正在为您整理答复"})
		if !errors.Is(err, ErrDraftDone) {
			t.Fatalf("FinishDraft = %v, want ErrDraftDone", err)
		}
		if d, _ := s.DraftByKey(ctx, "m:agent"); d.Status != DraftCancelled {
			t.Errorf("status %q, want cancelled", d.Status)
		}
	})
}
