package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/glebarez/sqlite"
	"github.com/go-sql-driver/mysql"
	gormmysql "gorm.io/driver/mysql"
	"gorm.io/gorm"
)

// defaultDialTimeout bounds connecting to MySQL when the DSN sets no timeout, so an unreachable
// server fails startup quickly instead of hanging.
const defaultDialTimeout = 5 * time.Second

// mysqlMaxConns bounds the MySQL pool, open and idle alike.
const mysqlMaxConns = 64

// sqlitePragmas: WAL lets readers run beside the writer; busy_timeout waits for another process
// holding the write lock instead of failing at once; foreign_keys is off by default in SQLite;
// _txlock=immediate takes the write lock at BEGIN, so a transaction never fails half-way when
// upgrading from reader to writer.
const sqlitePragmas = "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
	"&_pragma=synchronous(NORMAL)&_txlock=immediate&_time_format=sqlite"

// dbNamePattern restricts database names to what needs no quoting (CREATE DATABASE uses it).
var dbNamePattern = regexp.MustCompile(`^[A-Za-z0-9_$]{1,64}$`)

// target is a parsed DSN.
type target struct {
	dialect string
	mysql   *mysql.Config // dialect mysql
	path    string        // dialect sqlite
}

// parseDSN reads "mysql://…" or "sqlite:PATH". Errors never contain the password.
func parseDSN(dsn string) (target, error) {
	switch {
	case strings.HasPrefix(dsn, "mysql://"):
		cfg, err := mysqlConfig(dsn)
		if err != nil {
			return target{}, fmt.Errorf("mysql DSN: %w", err)
		}
		return target{dialect: DialectMySQL, mysql: cfg}, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		path, err := sqlitePath(strings.TrimPrefix(dsn, "sqlite:"))
		if err != nil {
			return target{}, fmt.Errorf("sqlite DSN: %w", err)
		}
		return target{dialect: DialectSQLite, path: path}, nil
	case dsn == "":
		return target{}, fmt.Errorf("database DSN is empty: %w", ErrInvalid)
	default:
		scheme, _, _ := strings.Cut(dsn, ":")
		if len(scheme) > 16 {
			scheme = scheme[:16] + "…"
		}
		return target{}, fmt.Errorf("database DSN scheme %q is not supported (want mysql://… or sqlite:PATH): %w", scheme, ErrInvalid)
	}
}

// mysqlConfig converts mysql://user:pass@host:port/db?opt=… into a driver config with
// parseTime, loc=UTC and utf8mb4.
func mysqlConfig(raw string) (*mysql.Config, error) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) { // url.Error repeats the whole URL, password included
			err = ue.Err
		}
		return nil, fmt.Errorf("%w (%w)", ErrInvalid, err)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("missing host: %w", ErrInvalid)
	}
	port := u.Port()
	if port == "" {
		port = "3306"
	}
	name := strings.TrimPrefix(u.Path, "/")
	if !dbNamePattern.MatchString(name) {
		return nil, fmt.Errorf("database name %q: want 1-64 of A-Z a-z 0-9 _ $: %w", name, ErrInvalid)
	}
	// The driver validates the options; the address and name are rebuilt, never the credentials.
	cfg, err := mysql.ParseDSN("tcp(" + net.JoinHostPort(u.Hostname(), port) + ")/" + name + "?" + u.RawQuery)
	if err != nil {
		return nil, fmt.Errorf("options: %w (%w)", ErrInvalid, err)
	}
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.ParseTime = true
	cfg.Loc = time.UTC
	cfg.Collation = "utf8mb4_unicode_ci"
	delete(cfg.Params, "charset") // utf8mb4 always: applicants send emoji
	if cfg.Timeout == 0 {
		cfg.Timeout = defaultDialTimeout
	}
	// Arguments are interpolated client-side: one round trip per statement instead of
	// PREPARE/EXECUTE/CLOSE (the driver escapes them; NO_BACKSLASH_ESCAPES is honoured).
	cfg.InterpolateParams = true
	cfg.MultiStatements = true // SaveTurn sends a turn as one batch (turn_batch.go); store never splices input into SQL
	if cfg.Params == nil {
		cfg.Params = map[string]string{}
	}
	if _, ok := cfg.Params["tx_isolation"]; !ok {
		// READ COMMITTED: no gap locks, so concurrent first contacts (inserts on the unique
		// keys) do not deadlock. MariaDB 10.11 knows tx_isolation, not transaction_isolation.
		cfg.Params["tx_isolation"] = "'READ-COMMITTED'"
	}
	return cfg, nil
}

func sqlitePath(path string) (string, error) {
	switch {
	case path == "":
		return "", fmt.Errorf("missing path (want sqlite:PATH): %w", ErrInvalid)
	case strings.ContainsAny(path, "?#"):
		return "", fmt.Errorf("path %q: options are not supported: %w", path, ErrInvalid)
	case path == ":memory:":
		return path, nil
	}
	return filepath.Clean(path), nil
}

// describe names the database for error messages, without credentials.
func (t target) describe() string {
	if t.dialect == DialectMySQL {
		return fmt.Sprintf("mysql %s/%s", t.mysql.Addr, t.mysql.DBName)
	}
	return "sqlite " + t.path
}

// connect opens the pool and checks it answers within ctx.
func (t target) connect(ctx context.Context) (*sql.DB, error) {
	var db *sql.DB
	if t.dialect == DialectMySQL {
		conn, err := mysql.NewConnector(t.mysql)
		if err != nil {
			return nil, err
		}
		db = sql.OpenDB(conn)
		// As many idle connections as open ones: a burst must not close and redial connections
		// (each new one costs a TCP and auth handshake plus the session SETs).
		db.SetMaxOpenConns(mysqlMaxConns)
		db.SetMaxIdleConns(mysqlMaxConns)
		db.SetConnMaxLifetime(30 * time.Minute)
		db.SetConnMaxIdleTime(5 * time.Minute)
	} else {
		var err error
		if db, err = openSQLite(t.path); err != nil {
			return nil, err
		}
	}
	if t.dialect == DialectMySQL { // the dial timeout does not cover a server that accepts and never answers
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 2*t.mysql.Timeout)
		defer cancel()
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func openSQLite(path string) (*sql.DB, error) {
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("create directory: %w", err)
		}
	}
	db, err := sql.Open(sqlite.DriverName, path+sqlitePragmas)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite has a single writer, and several pooled connections writing at
	// once fail with "database is locked" instead of queueing; one connection serialises the
	// process's statements in Go. It also keeps a :memory: database alive (each connection
	// would see its own empty database).
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	return db, nil
}

// dialector wraps an open pool for gorm.
func (t target) dialector(db *sql.DB) gorm.Dialector {
	if t.dialect == DialectMySQL {
		return gormmysql.New(gormmysql.Config{Conn: db})
	}
	return sqlite.Dialector{Conn: db}
}

// CreateDatabaseIfMissing creates the MySQL database named in dsn (utf8mb4) when it does not
// exist. For SQLite it does nothing: Open creates the file.
func CreateDatabaseIfMissing(ctx context.Context, dsn string) (err error) {
	defer wrapf(&err, "create database")
	t, err := parseDSN(dsn)
	if err != nil || t.dialect != DialectMySQL {
		return err
	}
	return execOnServer(ctx, t.mysql,
		"CREATE DATABASE IF NOT EXISTS `"+t.mysql.DBName+"` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
}

// execOnServer runs one statement on the server named by cfg, outside any database.
func execOnServer(ctx context.Context, cfg *mysql.Config, stmt string) error {
	server := cfg.Clone()
	server.DBName = ""
	conn, err := mysql.NewConnector(server)
	if err != nil {
		return err
	}
	db := sql.OpenDB(conn)
	defer db.Close()
	if _, err := db.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("mysql %s: %w", server.Addr, err)
	}
	return nil
}
