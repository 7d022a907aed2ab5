// Package store keeps loanbot's durable state: applicants, conversations, messages, profiles,
// the outbox, banned phrases with their audit trail, compliance hits and staff accounts.
//
// It opens MySQL/MariaDB (the source of truth in production) or SQLite (the embedded default,
// pure Go) behind one API, owns the schema migrations, and encrypts personal data at rest
// (message texts, profile slots) with AES-256-GCM. No other package imports gorm: callers see
// plain values and the sentinel errors below.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Sentinel errors; callers test them with errors.Is.
var (
	ErrNotFound = errors.New("store: not found")
	ErrConflict = errors.New("store: conflict")      // a unique value is taken, or an edit is stale
	ErrInvalid  = errors.New("store: invalid input") // the caller passed a value the store rejects
)

// Dialect names returned by Store.Dialect.
const (
	DialectMySQL  = "mysql"
	DialectSQLite = "sqlite"
)

// Store is the repository over one database. It is safe for concurrent use.
type Store struct {
	db      *gorm.DB
	sqlDB   *sql.DB
	dialect string
	seal    *sealer
	now     func() time.Time
	idStep  uint64 // distance between the ids of one multi-row INSERT (auto_increment_increment)
	seen    *seenCache
	group   *turnGroup // MySQL: the group commit of SaveTurn
}

// Option changes how Open builds the Store.
type Option func(*Store)

// WithClock makes the store read time from now instead of time.Now (tests).
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Open connects to dsn and checks the connection. dsn is "mysql://user:pass@host:port/db?opt=…"
// or "sqlite:PATH" (the parent directory is created). key is the 32-byte AES key for personal
// data. Open does not migrate; call Migrate.
func Open(ctx context.Context, dsn string, key []byte, opts ...Option) (*Store, error) {
	seal, err := newSealer(key)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	s := &Store{seal: seal, now: time.Now, seen: newSeenCache()}
	for _, o := range opts {
		o(s)
	}
	target, err := parseDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	s.dialect = target.dialect
	if s.sqlDB, err = target.connect(ctx); err != nil {
		return nil, fmt.Errorf("open store: %s: %w", target.describe(), err)
	}
	s.db, err = gorm.Open(target.dialector(s.sqlDB), &gorm.Config{
		NowFunc:        s.clock,
		TranslateError: true, // gorm.ErrDuplicatedKey on both drivers
		// Writes that need a transaction open one (inTx); a lone statement needs none.
		SkipDefaultTransaction: true,
		PrepareStmt:            false, // prepared statements cost round trips; params are interpolated
		Logger:                 logger.Discard,
	})
	if err == nil {
		err = s.readIDStep(ctx)
	}
	if err == nil && s.dialect == DialectMySQL {
		s.group = newTurnGroup(s)
	}
	if err != nil {
		s.sqlDB.Close()
		return nil, fmt.Errorf("open store: %s: %w", target.describe(), err)
	}
	return s, nil
}

// readIDStep reads how far apart MySQL numbers the rows of one INSERT; SQLite's step is 1.
func (s *Store) readIDStep(ctx context.Context) error {
	s.idStep = 1
	if s.dialect != DialectMySQL {
		return nil
	}
	if err := s.sqlDB.QueryRowContext(ctx, "SELECT @@auto_increment_increment").Scan(&s.idStep); err != nil {
		return fmt.Errorf("read auto_increment_increment: %w", err)
	}
	return nil
}

// Dialect reports which database the store uses: "mysql" or "sqlite".
func (s *Store) Dialect() string { return s.dialect }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.sqlDB.PingContext(ctx); err != nil {
		return fmt.Errorf("ping %s: %w", s.dialect, err)
	}
	return nil
}

// Close releases the connections.
func (s *Store) Close() error {
	if s.group != nil {
		s.group.close()
	}
	if err := s.sqlDB.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.dialect, err)
	}
	return nil
}

// clock returns the current time in UTC, truncated to the millisecond: MySQL keeps DATETIME(3),
// and SQLite compares times as text, so every time the store writes has the same precision.
func (s *Store) clock() time.Time { return dbTime(s.now()) }

func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Millisecond) }

// wrapf adds context to *errp when it is not nil (the pkgsite derrors.Wrap idiom).
func wrapf(errp *error, format string, args ...any) {
	if *errp != nil {
		*errp = fmt.Errorf(format+": %w", append(args, *errp)...)
	}
}

// notFound turns gorm's record-not-found into ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return ErrNotFound
	}
	return err
}
