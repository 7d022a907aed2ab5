package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// Many applicants' turns at once, every third one decided on a stale version: on MySQL they are
// written in groups, and a stale turn in a group must cost only itself. Every good turn is
// stored whole and linked to its own rows; every stale one is ErrStale and writes nothing.
func TestSaveTurnGroups(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const applicants = 24
		convs := make([]TurnResult, applicants)
		for i := range convs {
			var err error
			if convs[i], err = s.SaveTurn(ctx, turn(fmt.Sprintf("oGroup_%d号", i), fmt.Sprint("g0-", i), "你好", 0, 0)); err != nil {
				t.Fatal(err)
			}
		}
		before := counts(t, s)
		results := make([]TurnResult, applicants)
		errs := make([]error, applicants)
		var wg sync.WaitGroup
		for i, c := range convs {
			if i%3 == 0 { // another instance writes meanwhile: this one's cached row is stale
				if err := s.db.Exec("UPDATE conversations SET version = version + 1 WHERE id = ?", c.Conversation.ID).Error; err != nil {
					t.Fatal(err)
				}
			}
		}
		for i, c := range convs {
			wg.Go(func() {
				results[i], errs[i] = s.SaveTurn(ctx, turn(c.Conversation.OpenID, fmt.Sprint("g1-", i), "月收入１万２",
					c.Conversation.ID, c.Conversation.Version))
			})
		}
		wg.Wait()
		good := 0
		for i, err := range errs {
			switch {
			case i%3 == 0 && !errorsIs(err, ErrStale):
				t.Errorf("stale turn %d: %v, want ErrStale", i, err)
			case i%3 != 0 && err != nil:
				t.Errorf("turn %d: %v", i, err)
			case i%3 != 0:
				good++
				var conv uint64
				s.db.Raw("SELECT conversation_id FROM messages WHERE id = ?", results[i].MessageID).Scan(&conv)
				if conv != convs[i].Conversation.ID || results[i].Conversation.Version != 2 {
					t.Errorf("turn %d: message in conversation %d at version %d, want %d at 2", i, conv,
						results[i].Conversation.Version, convs[i].Conversation.ID)
				}
			}
		}
		after := counts(t, s)
		// Each good turn: its message, 3 replies, 1 outbox row, 1 hit (the profile is unchanged).
		for table, per := range map[string]int64{"messages": 4, "outbox": 1, "compliance_hits": 1, "conversations": 0} {
			if got := after[table] - before[table]; got != per*int64(good) {
				t.Errorf("%s: %d rows added for %d good turns, want %d", table, got, good, per*int64(good))
			}
		}
	})
}
