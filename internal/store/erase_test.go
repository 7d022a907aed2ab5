package store

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEraseApplicant(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		ctx := context.Background()
		s, other, clock := db.open(), db.open(), db.clock
		for _, openID := range []string{"oErase_删除", "oStay_保留"} {
			closeConversation(t, s, chat(t, s, clock, openID, 2))
			chat(t, s, clock, openID, 1) // a second, open conversation
		}
		// Another instance has the open conversation cached, as when it answered last.
		cached, err := other.OpenConversation(ctx, "oErase_删除")
		if err != nil {
			t.Fatal(err)
		}

		removed, err := s.EraseApplicant(ctx, "oErase_删除")
		if err != nil {
			t.Fatal(err)
		}
		want := Removed{Conversations: 2, Messages: 12, Profiles: 2, Outbox: 3, Hits: 3, Applicants: 1}
		if diff := cmp.Diff(want, removed); diff != "" {
			t.Errorf("removed (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(noRows(), rowsOf(t, s, "oErase_删除")); diff != "" {
			t.Errorf("rows of the erased applicant (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantRows(2, 3), rowsOf(t, s, "oStay_保留")); diff != "" {
			t.Errorf("rows of the other applicant (-want +got):\n%s", diff)
		}
		if got := totalCounts(t, s); got != countsOf(2, 3) {
			t.Errorf("counts = %+v, want %+v", got, countsOf(2, 3))
		}
		if _, err := s.OpenConversation(ctx, "oErase_删除"); !errors.Is(err, ErrNotFound) {
			t.Errorf("OpenConversation on the erasing instance = %v, want ErrNotFound", err)
		}

		// The other instance's cached row does not bring the conversation back: the turn is
		// stale, the next read finds nothing, and the message starts a new applicant.
		tr := turn("oErase_删除", "after-erase-1", "我刚才说的收入不对", cached.ID, cached.Version)
		if _, err := other.SaveTurn(ctx, tr); !errors.Is(err, ErrStale) {
			t.Fatalf("SaveTurn on the cached, erased conversation = %v, want ErrStale", err)
		}
		if _, err := other.OpenConversation(ctx, "oErase_删除"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("OpenConversation after the stale turn = %v, want ErrNotFound", err)
		}
		tr.Seen, tr.Version = 0, 0
		res, err := other.SaveTurn(ctx, tr)
		if err != nil {
			t.Fatal(err)
		}
		if res.Conversation.ID == cached.ID || len(res.Conversation.EngineState) == 0 {
			t.Errorf("new conversation %+v after erasure", res.Conversation)
		}
		if msgs, err := other.Messages(ctx, res.Conversation.ID); err != nil || len(msgs) != 4 {
			t.Errorf("the new conversation holds %d messages (%v), want only the new turn's 4", len(msgs), err)
		}

		if _, err := s.EraseApplicant(ctx, "oNobody"); !errors.Is(err, ErrNotFound) {
			t.Errorf("erasing an unknown applicant = %v, want ErrNotFound", err)
		}
	})
}
