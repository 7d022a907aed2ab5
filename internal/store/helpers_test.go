package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// mysqlServer is the local MariaDB the tests use (DESIGN §5). Each test gets its own database.
const mysqlServer = "mysql://root@127.0.0.1:3306/"

// requireServices, when set (CI does), turns "MariaDB is not running" from a skip into a failure.
const requireServices = "LOANBOT_REQUIRE_SERVICES"

// backend opens a fresh, migrated store of one dialect for a test.
type backend struct {
	name string
	open func(t testing.TB) *Store
}

func backends() []backend {
	return []backend{{DialectSQLite, openSQLiteStore}, {DialectMySQL, openMySQLStore}}
}

// forEachBackend runs body against SQLite and MariaDB, each with a fresh database.
func forEachBackend(t *testing.T, body func(t *testing.T, s *Store)) {
	t.Helper()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			body(t, b.open(t))
		})
	}
}

func openSQLiteStore(t testing.TB) *Store {
	t.Helper()
	return openStore(t, "sqlite:"+filepath.Join(t.TempDir(), "data", "loanbot.db"))
}

func openMySQLStore(t testing.TB) *Store {
	t.Helper()
	dsn := mysqlServer + "loanbot_test_" + strings.ToLower(rand.Text()[:10])
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := CreateDatabaseIfMissing(ctx, dsn+"?timeout=2s"); err != nil {
		skipOrFail(t, fmt.Sprintf("MariaDB at 127.0.0.1:3306 is not usable (%v); start it: "+
			"start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd", err))
	}
	t.Cleanup(func() { dropDatabase(t, dsn) })
	return openStore(t, dsn)
}

func skipOrFail(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv(requireServices) != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func openStore(t testing.TB, dsn string) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, dsn, testKey(42))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	return s
}

func dropDatabase(t testing.TB, dsn string) {
	t.Helper()
	tg, err := parseDSN(dsn)
	if err != nil {
		t.Errorf("drop database: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := execOnServer(ctx, tg.mysql, "DROP DATABASE IF EXISTS `"+tg.mysql.DBName+"`"); err != nil {
		t.Errorf("drop database: %v", err)
	}
}

// inbound builds a text message from openID with a unique dedup key.
func inbound(openID, key, text string) Inbound {
	return Inbound{OpenID: openID, DedupKey: key, MsgType: "text", Text: text, ReceivedAt: time.Now()}
}

func mustSaveInbound(t testing.TB, s *Store, in Inbound) InboundResult {
	t.Helper()
	res, err := s.SaveInbound(context.Background(), in)
	if err != nil {
		t.Fatalf("SaveInbound(%q): %v", in.DedupKey, err)
	}
	return res
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// backendLike opens another fresh store of the same dialect as s.
func backendLike(t *testing.T, s *Store) *Store {
	t.Helper()
	if s.Dialect() == DialectMySQL {
		return openMySQLStore(t)
	}
	return openSQLiteStore(t)
}
