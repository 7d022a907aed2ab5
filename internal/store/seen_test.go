package store

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A conversation another instance changed is still served from this instance's cache, but a
// turn decided on it is refused whole (ErrStale) and the next read gets the current row.
func TestSaveTurnCachedRowChangedElsewhere(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		first, err := s.SaveTurn(ctx, turn("oCache_乙", "c1", "想借２０万", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		id := first.Conversation.ID
		// Another instance writes: the version moves on behind this instance's back.
		if err := s.db.Exec("UPDATE conversations SET version = version + 1, grade = 'C' WHERE id = ?", id).Error; err != nil {
			t.Fatal(err)
		}
		cached, err := s.OpenConversation(ctx, "oCache_乙")
		if err != nil || cached.Version != 1 {
			t.Fatalf("OpenConversation = version %d, %v; want the cached version 1", cached.Version, err)
		}
		before := counts(t, s)
		if _, err := s.SaveTurn(ctx, turn("oCache_乙", "c2", "月入八千", id, 1)); !errorsIs(err, ErrStale) {
			t.Fatalf("turn on the cached row: %v, want ErrStale", err)
		}
		if after := counts(t, s); !cmp.Equal(before, after) {
			t.Errorf("a stale turn wrote rows: %v, before %v", after, before)
		}
		fresh, err := s.OpenConversation(ctx, "oCache_乙")
		if err != nil || fresh.Version != 2 || fresh.Grade != "C" {
			t.Fatalf("OpenConversation after ErrStale = version %d grade %q, %v; want the stored version 2, grade C",
				fresh.Version, fresh.Grade, err)
		}
		res, err := s.SaveTurn(ctx, turn("oCache_乙", "c2", "月入八千", id, 2))
		if err != nil || res.Conversation.Version != 3 {
			t.Fatalf("turn on the fresh row: version %d, %v; want 3", res.Conversation.Version, err)
		}
	})
}

// A turn that closes the conversation leaves nothing cached: the next message opens a new one.
func TestSaveTurnClosedIsNotCached(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		first, err := s.SaveTurn(ctx, turn("oCache_闭", "d1", "你好", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		closing := turn("oCache_闭", "d2", "取消", first.Conversation.ID, first.Conversation.Version)
		closing.Outcome.State = StateClosed
		if _, err := s.SaveTurn(ctx, closing); err != nil {
			t.Fatal(err)
		}
		if c, err := s.OpenConversation(ctx, "oCache_闭"); !errorsIs(err, ErrNotFound) {
			t.Fatalf("OpenConversation after closing = %+v, %v; want ErrNotFound", c, err)
		}
		if _, err := s.SaveTurn(ctx, turn("oCache_闭", "d3", "我又来了", 0, 0)); err != nil {
			t.Fatalf("first message after closing: %v", err)
		}
	})
}
