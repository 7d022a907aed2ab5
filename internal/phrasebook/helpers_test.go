package phrasebook

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/loanbot/loanbot/internal/store"
)

// onBothStores runs test in parallel on a fresh SQLite store and a fresh MariaDB database.
func onBothStores(t *testing.T, test func(*testing.T, *store.Store)) {
	for _, tc := range []struct {
		name string
		open func(testing.TB) *store.Store
	}{{"sqlite", openSQLite}, {"mysql", openMySQL}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			test(t, tc.open(t))
		})
	}
}

// openSQLite opens a fresh, migrated SQLite store.
func openSQLite(t testing.TB) *store.Store {
	t.Helper()
	return open(t, "sqlite:"+filepath.Join(t.TempDir(), "loanbot.db"))
}

// openMySQL opens a fresh, migrated database on the local MariaDB (skipped when it is not
// running, unless LOANBOT_REQUIRE_SERVICES is set).
func openMySQL(t testing.TB) *store.Store {
	t.Helper()
	name := "loanbot_pb_" + strings.ToLower(rand.Text()[:10])
	dsn := "mysql://root@127.0.0.1:3306/" + name
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := store.CreateDatabaseIfMissing(ctx, dsn+"?timeout=2s"); err != nil {
		if os.Getenv("LOANBOT_REQUIRE_SERVICES") != "" {
			t.Fatalf("MariaDB: %v", err)
		}
		t.Skipf("MariaDB at 127.0.0.1:3306 is not usable: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("mysql", "root@tcp(127.0.0.1:3306)/")
		if err == nil {
			db.Exec("DROP DATABASE IF EXISTS `" + name + "`")
			db.Close()
		}
	})
	return open(t, dsn)
}

func open(t testing.TB, dsn string) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, dsn, bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return s
}

// newBook seeds and publishes the default pack and returns a Book with a Live filter.
func newBook(t testing.TB, s *store.Store) (*Book, *Live) {
	t.Helper()
	ctx := context.Background()
	if v, err := EnsurePublished(ctx, s); err != nil || v != 1 {
		t.Fatalf("EnsurePublished = %d, %v", v, err)
	}
	live, err := NewLive(ctx, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Deps{Store: s, Live: live})
	if err != nil {
		t.Fatal(err)
	}
	return b, live
}

var staff = Actor{By: "compliance1", Address: "192.0.2.7"}

func boolp(b bool) *bool { return &b }
