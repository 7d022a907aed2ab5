package store

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestOpenRejectsBadDSN(t *testing.T) {
	tests := []struct {
		name string
		dsn  string
		want string // in the error
	}{
		{"empty", "", "empty"},
		{"postgres", "postgres://u:secret@h/db", `scheme "postgres"`},
		{"bare path", "data/loanbot.db", "not supported"},
		{"sqlite without path", "sqlite:", "missing path"},
		{"sqlite with options", "sqlite:x.db?mode=ro", "options"},
		{"mysql without host", "mysql://root:secret@/loanbot", "missing host"},
		{"mysql without database", "mysql://root:secret@127.0.0.1:3306/", "database name"},
		{"mysql bad database name", "mysql://root:secret@127.0.0.1/loan-bot", "database name"},
		{"mysql bad port", "mysql://root:secret@127.0.0.1:port/db", "invalid port"},
		{"mysql bad option", "mysql://root:secret@127.0.0.1/db?timeout=soon", "options"},
		{"mysql wrong password", "mysql://nobody:secret@127.0.0.1:3306/test?timeout=2s", "Access denied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			s, err := Open(ctx, tt.dsn, testKey(1))
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.dsn)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open(%q) = %v, want it to mention %q", tt.dsn, err, tt.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q) error leaks the password: %v", tt.dsn, err)
			}
		})
	}
}

func TestOpenRejectsBadKey(t *testing.T) {
	_, err := Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "x.db"), make([]byte, 16))
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "32 bytes") {
		t.Errorf("Open with a 16-byte key = %v, want ErrInvalid naming 32 bytes", err)
	}
}

// An unreachable server must fail fast, not hang startup. Only loopback addresses are used.
func TestOpenUnreachableMySQLFailsFast(t *testing.T) {
	tests := []struct {
		name string
		dsn  string
	}{
		{"closed port", "mysql://root:secret@127.0.0.1:1/loanbot"},
		{"server that never answers", "mysql://root:secret@" + silentListener(t) + "/loanbot?timeout=300ms&readTimeout=300ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			s, err := Open(context.Background(), tt.dsn, testKey(1))
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("Open took %s, want a quick failure", d)
			}
			if strings.Contains(err.Error(), "secret") || !strings.Contains(err.Error(), "mysql") {
				t.Errorf("error %q should name the server and not the password", err)
			}
		})
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for i := range 2 { // openStore migrated once already
			if err := s.Migrate(ctx); err != nil {
				t.Fatalf("Migrate #%d: %v", i+2, err)
			}
		}
		var ids []string
		if err := s.db.Table("schema_migrations").Order("id").Pluck("id", &ids).Error; err != nil {
			t.Fatal(err)
		}
		if len(ids) != len(migrations(s.seal)) {
			t.Errorf("schema_migrations = %v, want one row per migration (%d)", ids, len(migrations(s.seal)))
		}
		for _, table := range []string{"applicants", "conversations", "messages", "profiles", "outbox",
			"compliance_hits", "banned_phrases", "phrase_audits", "staff_accounts"} {
			if !s.db.Migrator().HasTable(table) {
				t.Errorf("table %s is missing", table)
			}
		}
		if s.Dialect() == DialectMySQL {
			var wrong []string // tables or text columns that are not utf8mb4_bin
			err := s.db.Raw(`SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
				AND (TABLE_COLLATION <> 'utf8mb4_bin' OR ENGINE <> 'InnoDB')
				UNION SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.COLUMNS
				WHERE TABLE_SCHEMA = DATABASE() AND COLLATION_NAME IS NOT NULL AND COLLATION_NAME <> 'utf8mb4_bin'`).Scan(&wrong).Error
			if err != nil || len(wrong) > 0 {
				t.Errorf("not InnoDB utf8mb4_bin: %v (%v)", wrong, err)
			}
		}
		if err := s.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
		if s.Dialect() != DialectMySQL && s.Dialect() != DialectSQLite {
			t.Errorf("Dialect() = %q", s.Dialect())
		}
	})
}

func TestSQLiteCreatesParentDirectoryAndSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "loanbot.db")
	s := openStore(t, "sqlite:"+path)
	var mode string
	var fk, busy int
	s.db.Raw("PRAGMA journal_mode").Scan(&mode)
	s.db.Raw("PRAGMA foreign_keys").Scan(&fk)
	s.db.Raw("PRAGMA busy_timeout").Scan(&busy)
	if mode != "wal" || fk != 1 || busy != 5000 {
		t.Errorf("journal_mode=%q foreign_keys=%d busy_timeout=%d, want wal 1 5000", mode, fk, busy)
	}
	if s.Dialect() != DialectSQLite {
		t.Errorf("Dialect() = %q", s.Dialect())
	}
}

// A database at migration 0001 with phrases in it upgrades in place.
func TestMigrateUpgradesV1(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			s := b.open(t)
			ctx := context.Background()
			if err := s.migrateTo(ctx, "0001_initial"); err != nil {
				t.Fatal(err) // already at the latest: MigrateTo is a no-op
			}
			if err := s.db.Migrator().DropColumn(&v2PhraseVariants{}, "Variants"); err != nil {
				t.Fatal(err)
			}
			s.db.Exec("DELETE FROM schema_migrations WHERE id = ?", "0002_phrase_variants")
			v1 := v1Phrase{Text: "低息秒批", Scope: "outbound", Exceptions: "[]", Enabled: true, Version: 1}
			if err := s.db.Create(&v1).Error; err != nil {
				t.Fatal(err)
			}
			if err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			ps, err := s.Phrases(ctx)
			if err != nil || len(ps) != 1 || ps[0].Text != "低息秒批" || ps[0].Variants != nil {
				t.Errorf("after upgrading: %+v, %v", ps, err)
			}
		})
	}
}

func TestWithClock(t *testing.T) {
	at := time.Date(2026, 3, 15, 9, 30, 0, 123456789, time.FixedZone("CST", 8*3600))
	s, err := Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "c.db"), testKey(3),
		WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	in := mustSaveInbound(t, s, Inbound{OpenID: "oClock", DedupKey: "c1", MsgType: "text", Text: "几点了"})
	msgs, err := s.Messages(context.Background(), in.Conversation.ID)
	want := at.UTC().Truncate(time.Millisecond) // UTC, millisecond precision on both dialects
	if err != nil || len(msgs) != 1 || !msgs[0].CreatedAt.Equal(want) || msgs[0].CreatedAt.Location() != time.UTC {
		t.Errorf("CreatedAt = %v, %v; want %v", msgs, err, want)
	}
}

// silentListener accepts connections on loopback and never says a word (a hung server).
func silentListener(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			_ = c.Close()
		}
	})
	return ln.Addr().String()
}
