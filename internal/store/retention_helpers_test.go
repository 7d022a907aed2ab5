package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a settable clock shared by the stores of one test.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const day = 24 * time.Hour

// clockedDB is one test database that stores reading one fake clock can open.
type clockedDB struct {
	t     testing.TB
	dsn   string
	clock *fakeClock
}

// forEachClockedBackend runs body against a fresh SQLite and MariaDB database each.
func forEachClockedBackend(t *testing.T, body func(t *testing.T, db *clockedDB)) {
	t.Helper()
	for _, name := range []string{DialectSQLite, DialectMySQL} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			db := &clockedDB{t: t, clock: newFakeClock()}
			if name == DialectSQLite {
				db.dsn = "sqlite:" + filepath.Join(t.TempDir(), "data", "loanbot.db")
			} else {
				db.dsn = freshMySQL(t)
			}
			body(t, db)
		})
	}
}

func freshMySQL(t testing.TB) string {
	t.Helper()
	dsn := mysqlServer + "loanbot_test_" + strings.ToLower(rand.Text()[:10])
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := CreateDatabaseIfMissing(ctx, dsn+"?timeout=2s"); err != nil {
		skipOrFail(t, fmt.Sprintf("MariaDB at 127.0.0.1:3306 is not usable (%v)", err))
	}
	t.Cleanup(func() { dropDatabase(t, dsn) })
	return dsn
}

// open opens (and migrates) one more store on the database, reading the fake clock.
func (db *clockedDB) open() *Store {
	db.t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, db.dsn, testKey(42), WithClock(db.clock.Now))
	if err != nil {
		db.t.Fatalf("Open: %v", err)
	}
	db.t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		db.t.Fatalf("Migrate: %v", err)
	}
	return s
}

// chat stores n turns of openID's open conversation (creating it) at the clock's time and
// returns the conversation. Each turn stores 1 inbound and 3 outbound messages, 1 outbox row and
// 1 compliance hit (see turn); the conversation gets a profile, flag grade_b and grade B.
func chat(t testing.TB, s *Store, clock *fakeClock, openID string, n int) Conversation {
	t.Helper()
	c, err := tryChat(s, clock, openID, n)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// tryChat is chat for goroutines other than the test's: it returns the error.
func tryChat(s *Store, clock *fakeClock, openID string, n int) (Conversation, error) {
	ctx := context.Background()
	var c Conversation
	for range n {
		key := openID + "-" + rand.Text()[:12]
		for attempt := 0; ; attempt++ {
			seen, version := uint64(0), uint64(0)
			if open, err := s.OpenConversation(ctx, openID); err == nil {
				seen, version = open.ID, open.Version
			}
			tr := turn(openID, key, "我想贷款二十萬，月入1.2w😊", seen, version)
			tr.In.ReceivedAt = clock.Now()
			tr.Outcome.Grade = "B"
			res, err := s.SaveTurn(ctx, tr)
			if errors.Is(err, ErrStale) && attempt < 3 { // the row changed or is gone: read again, as the pipeline does
				continue
			}
			if err != nil {
				return c, fmt.Errorf("SaveTurn of %s: %w", openID, err)
			}
			c = res.Conversation
			break
		}
	}
	return c, nil
}

// closeConversation closes c at the clock's time.
func closeConversation(t *testing.T, s *Store, c Conversation) {
	t.Helper()
	if err := s.SaveOutcome(context.Background(), Outcome{ConversationID: c.ID, State: StateClosed}); err != nil {
		t.Fatalf("close conversation %d: %v", c.ID, err)
	}
}

// personalTables are the tables that hold an applicant's data, each with an open_id column.
func personalTables() []string {
	return []string{"applicants", "conversations", "messages", "profiles", "outbox", "compliance_hits"}
}

// rowsOf counts, per table, the rows of openID.
func rowsOf(t *testing.T, s *Store, openID string) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, table := range personalTables() {
		var n int64
		if err := s.db.Table(table).Where("open_id = ?", openID).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

// wantRows is what chat leaves for one conversation of n turns.
func wantRows(conversations, turns int64) map[string]int64 {
	return map[string]int64{"applicants": 1, "conversations": conversations, "messages": 4 * turns,
		"profiles": conversations, "outbox": turns, "compliance_hits": turns}
}

func noRows() map[string]int64 {
	out := map[string]int64{}
	for _, table := range personalTables() {
		out[table] = 0
	}
	return out
}

// totalCounts sums the daily counts.
func totalCounts(t *testing.T, s *Store) DayCount {
	t.Helper()
	days, err := s.DailyCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var sum DayCount
	for _, d := range days {
		sum.Conversations += d.Conversations
		sum.MessagesIn += d.MessagesIn
		sum.MessagesOut += d.MessagesOut
		sum.Hits += d.Hits
		sum.Flagged += d.Flagged
		sum.GradeA += d.GradeA
		sum.GradeB += d.GradeB
		sum.GradeC += d.GradeC
	}
	return sum
}

// countsOf is what the daily counts hold for conversations of chat with turns turns in all.
func countsOf(conversations, turns int64) DayCount {
	return DayCount{Conversations: conversations, MessagesIn: turns, MessagesOut: 3 * turns, Hits: turns,
		Flagged: conversations, GradeB: conversations}
}
