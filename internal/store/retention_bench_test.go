package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkPurgeExpired times the retention job deleting expired conversations (2 turns each:
// 8 messages, 2 outbox rows, 2 hits, a profile) beside as many live ones, on each backend.
//
//	go test -run '^$' -bench PurgeExpired -benchtime 3x ./internal/store/
func BenchmarkPurgeExpired(b *testing.B) {
	const expired = 500
	for _, name := range []string{DialectSQLite, DialectMySQL} {
		b.Run(name, func(b *testing.B) {
			db := &clockedDB{t: b, clock: newFakeClock()}
			if name == DialectSQLite {
				db.dsn = "sqlite:" + filepath.Join(b.TempDir(), "loanbot.db")
			} else {
				db.dsn = freshMySQL(b)
			}
			s := db.open()
			var elapsed time.Duration
			var removed int64 // from the second iteration on, the previous live ones have expired too
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				for j := range expired {
					chat(b, s, db.clock, fmt.Sprintf("oBench%d_%d", i, j), 2)
				}
				db.clock.Add(retention + day)
				for j := range expired {
					chat(b, s, db.clock, fmt.Sprintf("oLive%d_%d", i, j), 1)
				}
				b.StartTimer()
				start := time.Now()
				res, err := s.PurgeExpired(context.Background(), PurgeOptions{Retention: retention})
				elapsed += time.Since(start)
				if err != nil || res.Conversations < expired {
					b.Fatalf("purged %+v, %v; want at least %d conversations", res.Removed, err, expired)
				}
				removed += res.Conversations
			}
			b.ReportMetric(float64(elapsed.Microseconds())/float64(removed), "µs/conversation")
		})
	}
}
