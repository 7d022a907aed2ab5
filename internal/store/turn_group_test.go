package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// Many applicants' turns at once: on MySQL they are written in groups. With every third turn
// decided on a stale version, a stale turn in a group must cost only itself. Every good turn is
// stored whole and linked to its own rows; every stale one is ErrStale and writes nothing. With
// none stale, turns arriving together share transactions.
func TestSaveTurnGroups(t *testing.T) {
	tests := []struct {
		name  string
		stale func(i int) bool
	}{
		{"every third stale", func(i int) bool { return i%3 == 0 }},
		{"none stale", func(int) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachBackend(t, func(t *testing.T, s *Store) { concurrentTurns(t, s, tt.stale) })
		})
	}
}

// concurrentTurns opens a conversation for each of 24 applicants, then sends one more turn of
// each at once, those for which stale is true on a row another instance changed meanwhile.
func concurrentTurns(t *testing.T, s *Store, stale func(i int) bool) {
	ctx := context.Background()
	const applicants = 24
	convs := make([]TurnResult, applicants)
	for i := range convs {
		var err error
		if convs[i], err = s.SaveTurn(ctx, turn(fmt.Sprintf("oGroup_%d号", i), fmt.Sprint("g0-", i), "你好", 0, 0)); err != nil {
			t.Fatal(err)
		}
		if stale(i) { // another instance writes meanwhile: this one's cached row is stale
			if err := s.db.Exec("UPDATE conversations SET version = version + 1 WHERE id = ?", convs[i].Conversation.ID).Error; err != nil {
				t.Fatal(err)
			}
		}
	}
	before := counts(t, s)
	results := make([]TurnResult, applicants)
	errs := make([]error, applicants)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, c := range convs {
		wg.Go(func() {
			<-start
			results[i], errs[i] = s.SaveTurn(ctx, turn(c.Conversation.OpenID, fmt.Sprint("g1-", i), "月收入１万２",
				c.Conversation.ID, c.Conversation.Version))
		})
	}
	close(start)
	wg.Wait()
	good := 0
	for i, err := range errs {
		switch {
		case stale(i) && !errorsIs(err, ErrStale):
			t.Errorf("stale turn %d: %v, want ErrStale", i, err)
		case !stale(i) && err != nil:
			t.Errorf("turn %d: %v", i, err)
		case !stale(i):
			good++
			var conv uint64
			s.db.Raw("SELECT conversation_id FROM messages WHERE id = ?", results[i].MessageID).Scan(&conv)
			if conv != convs[i].Conversation.ID || results[i].Conversation.Version != 2 {
				t.Errorf("turn %d: message in conversation %d at version %d, want %d at 2", i, conv,
					results[i].Conversation.Version, convs[i].Conversation.ID)
			}
		}
	}
	if s.group != nil && good == applicants && s.group.grouped.Load() == 0 {
		t.Error("no turn was written in a group: the turns arriving together each had a transaction of their own")
	}
	after := counts(t, s)
	// Each good turn: its message, 3 replies, 1 outbox row, 1 hit (the profile is unchanged).
	for table, per := range map[string]int64{"messages": 4, "outbox": 1, "compliance_hits": 1, "conversations": 0} {
		if got := after[table] - before[table]; got != per*int64(good) {
			t.Errorf("%s: %d rows added for %d good turns, want %d", table, got, good, per*int64(good))
		}
	}
}
