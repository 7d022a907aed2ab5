package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const retention = 180 * day

func TestPurgeExpired(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		ctx := context.Background()
		s, clock := db.open(), db.clock
		closed := chat(t, s, clock, "oClosed_旧", 2) // 2026-01-01
		closeConversation(t, s, closed)
		chat(t, s, clock, "oIdle_旧", 3)
		chat(t, s, clock, "oLong_长聊", 1)
		clock.Add(100 * day) // 2026-04-11
		chat(t, s, clock, "oLong_长聊", 1)
		chat(t, s, clock, "oRecent_新", 2)
		clock.Add(100 * day) // 2026-07-20: the cutoff is 2026-01-21

		res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: retention})
		if err != nil {
			t.Fatal(err)
		}
		want := Removed{Conversations: 2, Messages: 20, Profiles: 2, Outbox: 5, Hits: 5, Applicants: 2}
		if diff := cmp.Diff(want, res.Removed); diff != "" {
			t.Errorf("removed (-want +got):\n%s", diff)
		}
		for openID, want := range map[string]map[string]int64{
			"oClosed_旧": noRows(), "oIdle_旧": noRows(), "oLong_长聊": wantRows(1, 2), "oRecent_新": wantRows(1, 2),
		} {
			if diff := cmp.Diff(want, rowsOf(t, s, openID)); diff != "" {
				t.Errorf("%s rows (-want +got):\n%s", openID, diff)
			}
		}
		days, err := s.DailyCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		wantDay := countsOf(2, 5)
		wantDay.Day = "2026-01-01"
		if diff := cmp.Diff([]DayCount{wantDay}, days); diff != "" {
			t.Errorf("daily counts (-want +got):\n%s", diff)
		}
		// The kept conversations are intact and still decrypt.
		long, err := s.ConversationByOpenID(ctx, "oLong_长聊")
		if err != nil {
			t.Fatal(err)
		}
		if msgs, err := s.Messages(ctx, long.ID); err != nil || len(msgs) != 8 || msgs[0].Text != "我想贷款二十萬，月入1.2w😊" {
			t.Errorf("Messages of the kept conversation = %d, %v", len(msgs), err)
		}
		// A second run finds nothing and counts nothing again.
		again, err := s.PurgeExpired(ctx, PurgeOptions{Retention: retention})
		if err != nil || again.Removed != (Removed{}) {
			t.Errorf("second run removed %+v, %v; want nothing", again.Removed, err)
		}
		if got := totalCounts(t, s); got != countsOf(2, 5) {
			t.Errorf("counts after a second run = %+v", got)
		}
	})
}

func TestPurgeExpiredIdleMeansLastMessage(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		ctx := context.Background()
		s, clock := db.open(), db.clock
		chat(t, s, clock, "oEdge", 1)
		clock.Add(retention - time.Minute)
		if res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: retention}); err != nil || res.Conversations != 0 {
			t.Fatalf("a minute before expiry: removed %+v, %v", res.Removed, err)
		}
		clock.Add(2 * time.Minute)
		if res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: retention}); err != nil || res.Conversations != 1 {
			t.Fatalf("a minute after expiry: removed %+v, %v", res.Removed, err)
		}
	})
}

// A message stored late (the conversation row itself not written since) keeps it alive, and so
// does an outbox row still deliverable within WeChat's 48-hour window, whatever the retention.
func TestPurgeExpiredKeepsActive(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		ctx := context.Background()
		s, clock := db.open(), db.clock
		c := chat(t, s, clock, "oQueued", 1) // one pending outbox row
		clock.Add(2 * time.Hour)
		if res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: time.Hour}); err != nil || res.Conversations != 0 {
			t.Fatalf("with a pending row 2h old: removed %+v, %v", res.Removed, err)
		}
		clock.Add(outboxWindow)
		if res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: time.Hour}); err != nil || res.Conversations != 1 {
			t.Fatalf("with a pending row 50h old: removed %+v, %v", res.Removed, err)
		}
		if _, err := s.Conversation(ctx, c.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("conversation after purge: %v", err)
		}

		late := chat(t, s, clock, "oLate", 1)
		if err := s.MarkSent(ctx, firstOutboxID(t, s, late.ID)); err != nil {
			t.Fatal(err)
		}
		clock.Add(2 * time.Hour)
		in := inbound("oLate", "late-1", "语音转文字没有标点我想问下利息多少")
		in.ReceivedAt = clock.Now()
		if _, err := s.SaveInbound(ctx, in); err != nil { // stores a message, leaves the row as is
			t.Fatal(err)
		}
		clock.Add(30 * time.Minute)
		if res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: time.Hour}); err != nil || res.Conversations != 0 {
			t.Fatalf("with a message 30 minutes old: removed %+v, %v", res.Removed, err)
		}
	})
}

func firstOutboxID(t *testing.T, s *Store, conv uint64) uint64 {
	t.Helper()
	var id uint64
	if err := s.db.Model(&outboxRow{}).Where("conversation_id = ?", conv).Order("id").Limit(1).Pluck("id", &id).Error; err != nil {
		t.Fatal(err)
	}
	return id
}

// seedOld stores n one-turn conversations of distinct applicants and moves the clock past retention.
func seedOld(t *testing.T, s *Store, clock *fakeClock, n int) {
	t.Helper()
	for i := range n {
		chat(t, s, clock, fmt.Sprintf("oOld%02d", i), 1)
	}
	chat(t, s, clock, "oKeep", 1)
	clock.Add(retention + day)
	chat(t, s, clock, "oKeep", 1)
}

func TestPurgeExpiredConcurrentRuns(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		const n = 24
		a, b := db.open(), db.open()
		seedOld(t, a, db.clock, n)
		// Through PurgeExpired (on MySQL the second run usually finds the lock taken and skips),
		// then the batches themselves, without the lock: each rechecks what it locked.
		runs := map[string]func(*Store) (Removed, error){
			"PurgeExpired": func(s *Store) (Removed, error) {
				res, err := s.PurgeExpired(context.Background(), PurgeOptions{Retention: retention, Batch: 3})
				return res.Removed, err
			},
			"unlocked batches": func(s *Store) (Removed, error) {
				now := s.clock()
				p := purge{s: s, opt: PurgeOptions{Retention: retention, Batch: 3}, cutoff: now.Add(-retention),
					window: now.Add(-outboxWindow), now: now}
				var res PurgeResult
				err := p.conversations(context.Background(), &res)
				return res.Removed, err
			},
		}
		for _, name := range []string{"PurgeExpired", "unlocked batches"} {
			if name == "unlocked batches" {
				seedOld(t, a, db.clock, n)
			}
			var wg sync.WaitGroup
			got := make([]Removed, 2)
			errs := make([]error, 2)
			for i, s := range []*Store{a, b} {
				wg.Go(func() { got[i], errs[i] = runs[name](s) })
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if sum := got[0].Conversations + got[1].Conversations; sum != n {
				t.Errorf("%s: the runs removed %d + %d conversations, want %d in all", name,
					got[0].Conversations, got[1].Conversations, n)
			}
		}
		if got, want := totalCounts(t, a), countsOf(2*n, 2*n); got != want {
			t.Errorf("counts = %+v, want %+v", got, want)
		}
		if diff := cmp.Diff(wantRows(1, 4), rowsOf(t, a, "oKeep")); diff != "" {
			t.Errorf("oKeep (-want +got):\n%s", diff)
		}
	})
}

func TestPurgeExpiredResumes(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		const n = 10
		s := db.open()
		seedOld(t, s, db.clock, n)
		ctx, kill := context.WithCancel(context.Background())
		res, err := s.PurgeExpired(ctx, PurgeOptions{Retention: retention, Batch: 3,
			Progress: func(Removed) { kill() }}) // stopped after its first batch
		if !errors.Is(err, context.Canceled) || res.Conversations != 3 || res.Batches != 1 {
			t.Fatalf("interrupted run: %+v, %v; want 3 conversations in 1 batch, context.Canceled", res, err)
		}
		if got := totalCounts(t, s); got != countsOf(3, 3) {
			t.Errorf("counts after the interrupted run = %+v", got)
		}
		res, err = s.PurgeExpired(context.Background(), PurgeOptions{Retention: retention, Batch: 3})
		if err != nil || res.Conversations != n-3 || res.Applicants != n {
			t.Fatalf("resumed run: %+v, %v; want %d conversations and %d applicants", res, err, n-3, n)
		}
		if got := totalCounts(t, s); got != countsOf(n, n) {
			t.Errorf("counts after resuming = %+v, want %+v", got, countsOf(n, n))
		}
	})
}

func TestPurgeExpiredRejectsNoRetention(t *testing.T) {
	s := openSQLiteStore(t)
	if _, err := s.PurgeExpired(context.Background(), PurgeOptions{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("PurgeExpired without a retention = %v, want ErrInvalid", err)
	}
}

// Turns arriving on expired conversations while a purge deletes them: each new message is
// either in a kept conversation or in a new one, and what was deleted is counted once — old plus
// new inbound messages equal the counted plus the remaining ones.
func TestPurgeExpiredRacesTurns(t *testing.T) {
	forEachClockedBackend(t, func(t *testing.T, db *clockedDB) {
		const n = 20
		purger, chatter := db.open(), db.open()
		if purger.Dialect() == DialectSQLite {
			// One process per SQLite file (its deployment): two stores on one file starve each
			// other's transactions under a loaded machine (SQLITE_BUSY past the retries).
			chatter = purger
		}
		for i := range n {
			chat(t, chatter, db.clock, fmt.Sprintf("oRace%02d", i), 1) // cached by chatter
		}
		db.clock.Add(retention + day)
		var wg sync.WaitGroup
		var purged Removed
		var purgeErr error
		wg.Go(func() {
			res, err := purger.PurgeExpired(context.Background(), PurgeOptions{Retention: retention, Batch: 2})
			purged, purgeErr = res.Removed, err
		})
		for i := range n {
			wg.Go(func() {
				if _, err := tryChat(chatter, db.clock, fmt.Sprintf("oRace%02d", i), 1); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if purgeErr != nil {
			t.Fatal(purgeErr)
		}
		var inbound int64
		if err := purger.db.Model(&messageRow{}).Where("direction = ?", DirectionIn).Count(&inbound).Error; err != nil {
			t.Fatal(err)
		}
		counted := totalCounts(t, purger)
		if counted.MessagesIn+inbound != 2*n || counted.Conversations != purged.Conversations {
			t.Errorf("%d inbound messages counted + %d kept, want %d; %d conversations counted, %d purged",
				counted.MessagesIn, inbound, 2*n, counted.Conversations, purged.Conversations)
		}
		var fresh int64
		purger.db.Model(&messageRow{}).Where("direction = ? AND created_at >= ?", DirectionIn, db.clock.Now()).Count(&fresh)
		if fresh != n {
			t.Errorf("%d of the %d new messages are stored", fresh, n)
		}
		t.Logf("purged %d conversations while %d turns arrived", purged.Conversations, n)
	})
}

// On MySQL a run holds a lock of its database: a second run there skips, a run on another
// database of the same server does not.
func TestPurgeExpiredOneRunPerDatabase(t *testing.T) {
	ctx := context.Background()
	mine := &clockedDB{t: t, clock: newFakeClock(), dsn: freshMySQL(t)}
	theirs := &clockedDB{t: t, clock: newFakeClock(), dsn: freshMySQL(t)}
	running, same, other := mine.open(), mine.open(), theirs.open()
	unlock, ok, err := running.tryRunLock(ctx)
	if err != nil || !ok {
		t.Fatalf("tryRunLock = %v, %v", ok, err)
	}
	defer unlock()
	if res, err := same.PurgeExpired(ctx, PurgeOptions{Retention: retention}); err != nil || !res.Skipped {
		t.Errorf("a run on the same database = %+v, %v; want skipped", res, err)
	}
	if res, err := other.PurgeExpired(ctx, PurgeOptions{Retention: retention}); err != nil || res.Skipped {
		t.Errorf("a run on another database = %+v, %v; want it to run", res, err)
	}
	unlock()
	if res, err := same.PurgeExpired(ctx, PurgeOptions{Retention: retention}); err != nil || res.Skipped {
		t.Errorf("after the first run ended = %+v, %v; want it to run", res, err)
	}
}
