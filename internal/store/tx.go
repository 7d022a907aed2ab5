package store

import (
	"context"
	"database/sql"
	"errors"
	"math/rand/v2"
	"time"

	gosqlite "github.com/glebarez/go-sqlite"
	"github.com/go-sql-driver/mysql"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// maxTxAttempts bounds how often a transaction is retried after a deadlock or lock timeout.
const maxTxAttempts = 8

// inTx runs fn in a transaction and retries the whole transaction when the database chose it
// as a deadlock victim (InnoDB does that under concurrent inserts on one unique key) or a lock
// could not be had in time. fn must therefore have no effects outside the transaction.
func (s *Store) inTx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.retrying(ctx, func() error { return s.db.WithContext(ctx).Transaction(fn) })
}

// retrying runs a whole transaction, fn, again while it fails on a transient lock conflict.
func (s *Store) retrying(ctx context.Context, fn func() error) error {
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil || attempt == maxTxAttempts || !retryable(err) {
			return err
		}
		backoff := time.Duration(attempt*attempt)*time.Millisecond + rand.N(5*time.Millisecond)
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(backoff):
		}
	}
}

// retryable reports a transient lock conflict: MySQL 1213 (deadlock) or 1205 (lock wait
// timeout); SQLite BUSY (5) or LOCKED (6), extended codes included.
func retryable(err error) bool {
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		return me.Number == 1213 || me.Number == 1205
	}
	var se *gosqlite.Error
	if errors.As(err, &se) {
		code := se.Code() & 0xff
		return code == 5 || code == 6
	}
	return false
}

// forUpdate makes the query a locking read on MySQL (it also reads the latest committed row
// rather than the transaction's snapshot). SQLite needs nothing: a write transaction already
// holds the database lock (_txlock=immediate).
func (s *Store) forUpdate(tx *gorm.DB) *gorm.DB {
	if s.dialect == DialectMySQL {
		return tx.Clauses(clause.Locking{Strength: clause.LockingStrengthUpdate})
	}
	return tx
}

func isDuplicate(err error) bool { return errors.Is(err, gorm.ErrDuplicatedKey) }

// execSQL runs one raw statement in tx and returns the driver's result (LastInsertId,
// RowsAffected), with gorm's error translation (gorm.ErrDuplicatedKey) applied.
func execSQL(tx *gorm.DB, query string, args ...any) (sql.Result, error) {
	res, err := tx.Statement.ConnPool.ExecContext(tx.Statement.Context, query, args...)
	if err != nil {
		if tr, ok := tx.Dialector.(gorm.ErrorTranslator); ok {
			err = tr.Translate(err)
		}
		return nil, err
	}
	return res, nil
}
