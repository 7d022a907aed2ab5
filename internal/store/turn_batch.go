package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
)

// On MySQL a turn is written in ONE round trip: START TRANSACTION, the statements, a SELECT of
// what the client needs and COMMIT go as one multi-statement query (the DSN enables
// multiStatements; arguments are interpolated client-side and escaped), and the ids the
// statements share travel in session variables. Each round trip costs tens of microseconds of
// CPU on both sides, more than most of these statements themselves. The server stops at the
// first failing statement; the client then rolls back on the same connection.

// turnOneTrip writes the turn on MySQL, retrying it after a deadlock or lock timeout.
func (s *Store) turnOneTrip(ctx context.Context, w turnWrite) (TurnResult, seenRow, error) {
	w, after, stored, err := s.prepareTurn(ctx, s.sqlDB, w)
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	var msgID uint64
	err = s.retrying(ctx, func() error {
		var err error
		msgID, err = s.turnBatch(ctx, w, &after)
		return err
	})
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	return s.turnResult(w, after, stored, msgID)
}

// turnBatch writes the turn in one transaction: on a known conversation the UPDATE guarded by
// its version (0 rows leaves @loanbot_c NULL, so the inbound INSERT fails and nothing is kept:
// ErrStale), for a first message the applicant upsert and the new conversation (another one
// open is ErrStale); then the inbound message (its dedup key stored before is
// errDuplicateInbound) and the rest. It returns the inbound message's id and fills in c's ids
// when it was created.
func (s *Store) turnBatch(ctx context.Context, w turnWrite, c *conversationRow) (_ uint64, err error) {
	conv := ref{expr: "@loanbot_c"}
	sts := []stmt{{q: "START TRANSACTION"}}
	if w.Seen == 0 {
		sts = append(sts, s.applicantUpsertStmt(w.In, w.now), stmt{q: "SET @loanbot_a = LAST_INSERT_ID()"},
			conversationStmt(*c, ref{expr: "@loanbot_a"}), stmt{q: "SET @loanbot_c = LAST_INSERT_ID()"})
	} else {
		sts = append(sts, updateConversationStmt(*c, w.Version), stmt{
			q:    "SET @loanbot_c = IF(ROW_COUNT() = 1, ?, NULL), @loanbot_a = ?",
			args: []any{c.ID, c.ApplicantID}})
	}
	sts = append(sts, inboundStmt(w, conv), stmt{q: "SET @loanbot_in = LAST_INSERT_ID()"})
	sts = append(sts, s.turnRestStmts(w, conv, ref{expr: "@loanbot_a"})...)
	sts = append(sts, stmt{q: "SELECT @loanbot_in, @loanbot_c, @loanbot_a"}, stmt{q: "COMMIT"})
	qs := make([]string, len(sts))
	var args []any
	for i, st := range sts {
		qs[i] = st.q
		args = append(args, st.args...)
	}
	conn, err := s.sqlDB.Conn(ctx)
	if err != nil {
		return 0, fmt.Errorf("write turn: %w", err)
	}
	defer func() { err = errors.Join(err, conn.Close()) }()
	got, err := queryLast(ctx, conn, strings.Join(qs, ";\n"), args, 3)
	if err != nil {
		rollback(conn)
		return 0, batchError(err, w.Seen)
	}
	c.ID, c.ApplicantID = got[1], got[2]
	return got[0], nil
}

// rollback ends the transaction a failed batch left open; if even that fails, the connection is
// discarded rather than handed back to the pool in the middle of a transaction.
func rollback(conn *sql.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), rollbackTimeout)
	defer cancel()
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
}

// rollbackTimeout bounds the ROLLBACK after a failed batch, which runs even when the caller's
// context has ended.
const rollbackTimeout = 5 * time.Second

// turnRestStmts are the statements after the inbound message, which is @loanbot_in.
func (s *Store) turnRestStmts(w turnWrite, conv, app any) []stmt {
	in := ref{expr: "@loanbot_in"}
	var sts []stmt
	if st, ok := repliesStmt(w, conv, in); ok {
		sts = append(sts, st)
		if w.queued > 0 {
			st, _ := outboxStmt(w, conv, func(i int) ref {
				return ref{expr: fmt.Sprintf("@loanbot_r + %d", uint64(i)*s.idStep)}
			})
			sts = append(sts, stmt{q: "SET @loanbot_r = LAST_INSERT_ID()"}, st)
		}
	}
	for _, st := range []func() (stmt, bool){
		func() (stmt, bool) { return s.profileStmt(w, conv) },
		func() (stmt, bool) { return hitsStmt(w, conv, in) },
		func() (stmt, bool) { return applicantStmt(w, app) },
	} {
		if st, ok := st(); ok {
			sts = append(sts, st)
		}
	}
	return sts
}

// queryLast runs a multi-statement query and scans the n integers of its last result set.
func queryLast(ctx context.Context, conn *sql.Conn, q string, args []any, n int) (_ []uint64, err error) {
	rs, err := conn.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, rs.Close()) }()
	vals := make([]sql.NullInt64, n)
	dest := make([]any, n)
	for i := range vals {
		dest[i] = &vals[i]
	}
	found := false
	for {
		for rs.Next() {
			if err := rs.Scan(dest...); err != nil {
				return nil, err
			}
			found = true
		}
		if !rs.NextResultSet() {
			break
		}
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	if !found {
		return nil, errors.New("the batch returned no result")
	}
	out := make([]uint64, n)
	for i, v := range vals {
		out[i] = uint64(v.Int64)
	}
	return out, nil
}

// batchError names a unique violation: the dedup key (a duplicate message) or the open
// conversation (one opened meanwhile when the turn saw none; a reopen while another is open).
func batchError(err error, seen uint64) error {
	var me *mysql.MySQLError
	if errors.As(err, &me) && me.Number == 1048 && strings.Contains(me.Message, "conversation_id") {
		return fmt.Errorf("conversation %d changed: %w", seen, ErrStale)
	}
	if errors.As(err, &me) && me.Number == 1062 {
		switch {
		case strings.Contains(me.Message, "dedup_key"):
			return errDuplicateInbound
		case seen == 0:
			return fmt.Errorf("the applicant has an open conversation now: %w", ErrStale)
		}
		return fmt.Errorf("reopen: the applicant has another open conversation: %w", ErrConflict)
	}
	return fmt.Errorf("write turn (conversation seen: %d): %w", seen, err)
}
