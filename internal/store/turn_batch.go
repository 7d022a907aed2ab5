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

// On MySQL a turn is written in ONE round trip: START TRANSACTION, the statements and COMMIT
// go as one multi-statement query (the DSN enables multiStatements; arguments are interpolated
// client-side and escaped). The ids the statements share are taken from LAST_INSERT_ID() inside
// the next statement and kept in session variables assigned inline, and the driver reports the
// id each statement generated, so the batch has no statement but the writes: each statement
// costs both sides a result packet, and each packet a wake-up. The server stops at the first
// failing statement; the client then rolls back on the same connection.

// turnOneTrip writes the turn on MySQL: through the group writer, which puts turns that arrive
// together into one transaction, or alone.
func (s *Store) turnOneTrip(ctx context.Context, w turnWrite) (TurnResult, seenRow, error) {
	w, after, stored, err := s.prepareTurn(ctx, s.sqlDB, w)
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	t := &batchTurn{w: w, c: after}
	if s.group != nil {
		err = s.group.write(ctx, t)
	} else {
		err = s.writeOne(ctx, t)
	}
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	return s.turnResult(w, t.c, stored, t.msgID)
}

// batchTurn is one turn of a batch: its write, the conversation row as the turn leaves it (a
// new one's ids are filled in by the write) and, once written, the inbound message's id.
type batchTurn struct {
	w     turnWrite
	c     conversationRow
	msgID uint64
}

// writeOne writes one turn in its own transaction, retrying it after a deadlock or lock
// timeout. Its errors say what went wrong with this turn: ErrStale, errDuplicateInbound …
func (s *Store) writeOne(ctx context.Context, t *batchTurn) error {
	return s.retrying(ctx, func() error {
		if err := s.writeBatch(ctx, []*batchTurn{t}); err != nil {
			return batchError(err, t.w.Seen)
		}
		return nil
	})
}

// writeBatch writes the turns in one transaction, one round trip; if any fails, none is kept.
// Each turn's statements follow the previous turn's, so its session variables and its guard
// (see turnStmts) are its own.
func (s *Store) writeBatch(ctx context.Context, turns []*batchTurn) (err error) {
	sts := []stmt{{q: "START TRANSACTION"}}
	marks := make([]turnMarks, len(turns))
	for i, t := range turns {
		var body []stmt
		body, marks[i] = s.turnStmts(t.w, t.c, len(sts))
		sts = append(sts, body...)
	}
	sts = append(sts, stmt{q: "COMMIT"})
	q, args := joinStmts(sts)
	conn, err := s.sqlDB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("write turn: %w", err)
	}
	defer func() { err = errors.Join(err, conn.Close()) }()
	ids, err := execBatch(ctx, conn, q, args)
	if err != nil {
		return err
	}
	if len(ids) != len(sts) {
		return fmt.Errorf("write turns: %d results for %d statements", len(ids), len(sts))
	}
	for i, t := range turns {
		m := marks[i]
		if t.w.Seen == 0 {
			t.c.ApplicantID, t.c.ID = uint64(ids[m.applicant]), uint64(ids[m.conversation])
		}
		t.msgID = uint64(ids[m.inbound])
	}
	return nil
}

// turnMarks are the positions in the batch of the statements whose generated id the caller needs.
type turnMarks struct{ applicant, conversation, inbound int }

// turnStmts are a turn's statements, to be placed in the batch at position at: on a known
// conversation the UPDATE guarded by its version (0 rows makes the inbound message's
// conversation_id NULL, so its INSERT fails and the batch with it: ErrStale), for a first
// message the applicant upsert and the new conversation (another one open is ErrStale); then the
// inbound message (its dedup key stored before is errDuplicateInbound) and the rest. Session
// variables: @loanbot_a the applicant, @loanbot_c the conversation, @loanbot_in the inbound message.
func (s *Store) turnStmts(w turnWrite, c conversationRow, at int) ([]stmt, turnMarks) {
	var sts []stmt
	var m turnMarks
	conv := ref{expr: "@loanbot_c"}
	var app, inboundConv any
	if w.Seen == 0 {
		app, inboundConv = ref{expr: "@loanbot_a"}, ref{expr: "(@loanbot_c := LAST_INSERT_ID())"}
		m.applicant = at
		sts = append(sts, s.applicantUpsertStmt(w.In, w.now))
		m.conversation = at + len(sts)
		sts = append(sts, conversationStmt(c, ref{expr: "(@loanbot_a := LAST_INSERT_ID())"}))
	} else {
		app, inboundConv = c.ApplicantID, ref{expr: "(@loanbot_c := IF(ROW_COUNT() = 1, ?, NULL))", args: []any{c.ID}}
		sts = append(sts, updateConversationStmt(c, w.Version))
	}
	m.inbound = at + len(sts)
	sts = append(sts, inboundStmt(w, inboundConv))
	return append(sts, s.turnRestStmts(w, conv, app)...), m
}

// turnRestStmts are the statements right after the inbound message's INSERT.
func (s *Store) turnRestStmts(w turnWrite, conv, app any) []stmt {
	in := ref{expr: "@loanbot_in"}
	var sts []stmt
	if st, ok := repliesStmt(w, conv, ref{expr: "(@loanbot_in := LAST_INSERT_ID())"}, in); ok {
		sts = append(sts, st)
		if w.queued > 0 {
			st, _ := outboxStmt(w, conv, func(i int) ref {
				return ref{expr: fmt.Sprintf("LAST_INSERT_ID() + %d", uint64(i)*s.idStep)}
			})
			sts = append(sts, st)
		}
	} else {
		sts = append(sts, stmt{q: "SET @loanbot_in = LAST_INSERT_ID()"})
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

// joinStmts makes one multi-statement query of sts.
func joinStmts(sts []stmt) (string, []any) {
	qs := make([]string, len(sts))
	var args []any
	for i, st := range sts {
		qs[i] = st.q
		args = append(args, st.args...)
	}
	return strings.Join(qs, ";\n"), args
}

// execBatch runs a multi-statement transaction on conn and returns the id each statement
// generated (0 for none), which only the driver's own result carries. A failed batch is rolled
// back; if even that fails, the connection is discarded rather than handed back to the pool in
// the middle of a transaction.
func execBatch(ctx context.Context, conn *sql.Conn, q string, args []any) (ids []int64, err error) {
	err = conn.Raw(func(dc any) error {
		ex, ok1 := dc.(driver.ExecerContext)
		check, ok2 := dc.(driver.NamedValueChecker)
		if !ok1 || !ok2 {
			return fmt.Errorf("driver connection %T cannot run a batch", dc)
		}
		nvs, err := namedValues(check, args)
		if err != nil {
			return err
		}
		res, err := ex.ExecContext(ctx, q, nvs)
		if err != nil {
			return errors.Join(err, rollback(ex))
		}
		mr, ok := res.(mysql.Result)
		if !ok {
			return fmt.Errorf("driver result %T has no ids per statement", res)
		}
		ids = mr.AllLastInsertIds()
		return nil
	})
	return ids, err
}

// namedValues converts args as database/sql would, through the driver's own checker.
func namedValues(check driver.NamedValueChecker, args []any) ([]driver.NamedValue, error) {
	nvs := make([]driver.NamedValue, len(args))
	for i, a := range args {
		nvs[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
		if err := check.CheckNamedValue(&nvs[i]); err != nil {
			return nil, fmt.Errorf("argument %d (%T): %w", i+1, a, err)
		}
	}
	return nvs, nil
}

// rollback ends the transaction a failed batch left open. It runs even when the caller's
// context has ended; driver.ErrBadConn makes database/sql discard the connection if it fails.
func rollback(ex driver.ExecerContext) error {
	ctx, cancel := context.WithTimeout(context.Background(), rollbackTimeout)
	defer cancel()
	if _, err := ex.ExecContext(ctx, "ROLLBACK", nil); err != nil {
		return driver.ErrBadConn
	}
	return nil
}

// rollbackTimeout bounds the ROLLBACK after a failed batch.
const rollbackTimeout = 5 * time.Second

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
