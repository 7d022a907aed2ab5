package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/go-sql-driver/mysql"
	"gorm.io/gorm"
)

// On MySQL a turn on a known conversation is written in ONE round trip between BEGIN and
// COMMIT: the statements go as one multi-statement query (the DSN enables multiStatements;
// arguments are interpolated client-side and escaped), the ids they share travel in session
// variables, and a final SELECT returns what the client needs. Each round trip costs tens of
// microseconds of CPU on both sides, more than most of these statements themselves.

// turnBatch runs the conversation UPDATE, the inbound INSERT and the rest of the turn, and
// returns the inbound message's id. 0 rows updated is ErrStale; the dedup key stored before is
// errDuplicateInbound (the caller rolls back either way).
func (s *Store) turnBatch(tx *gorm.DB, w turnWrite, c conversationRow) (uint64, error) {
	in := ref{expr: "@loanbot_in"}
	sts := []stmt{
		updateConversationStmt(c, w.Version),
		{q: "SET @loanbot_n = ROW_COUNT()"},
		inboundStmt(w, c.ID),
		{q: "SET @loanbot_in = LAST_INSERT_ID()"},
	}
	if st, ok := repliesStmt(w, c.ID, in); ok {
		sts = append(sts, st)
		if w.queued > 0 {
			st, _ := outboxStmt(w, c.ID, func(i int) ref {
				return ref{expr: fmt.Sprintf("@loanbot_r + %d", uint64(i)*s.idStep)}
			})
			sts = append(sts, stmt{q: "SET @loanbot_r = LAST_INSERT_ID()"}, st)
		}
	}
	if st, ok := s.profileStmt(w, c.ID); ok {
		sts = append(sts, st)
	}
	if st, ok := hitsStmt(w, c.ID, in); ok {
		sts = append(sts, st)
	}
	if st, ok := applicantStmt(w, c.ApplicantID); ok {
		sts = append(sts, st)
	}
	sts = append(sts, stmt{q: "SELECT @loanbot_n, @loanbot_in"})
	qs := make([]string, len(sts))
	var args []any
	for i, st := range sts {
		qs[i] = st.q
		args = append(args, st.args...)
	}
	n, id, err := queryLast(tx, strings.Join(qs, ";\n"), args)
	switch {
	case err != nil:
		return 0, batchError(err, c.ID)
	case n == 0:
		return 0, fmt.Errorf("conversation %d changed: %w", c.ID, ErrStale)
	}
	return id, nil
}

// queryLast runs a multi-statement query and scans the two integers of its last result set.
func queryLast(tx *gorm.DB, q string, args []any) (a, b uint64, err error) {
	rs, err := tx.Statement.ConnPool.QueryContext(tx.Statement.Context, q, args...)
	if err != nil {
		return 0, 0, err
	}
	defer func() { err = errors.Join(err, rs.Close()) }()
	found := false
	for {
		for rs.Next() {
			var x, y sql.NullInt64
			if err := rs.Scan(&x, &y); err != nil {
				return 0, 0, err
			}
			a, b, found = uint64(x.Int64), uint64(y.Int64), true
		}
		if !rs.NextResultSet() {
			break
		}
	}
	if err := rs.Err(); err != nil {
		return 0, 0, err
	}
	if !found {
		return 0, 0, errors.New("the batch returned no result")
	}
	return a, b, nil
}

// batchError names a unique violation: the dedup key (a duplicate message) or the open
// conversation (a reopen while another is open).
func batchError(err error, conv uint64) error {
	var me *mysql.MySQLError
	if errors.As(err, &me) && me.Number == 1062 {
		if strings.Contains(me.Message, "dedup_key") {
			return errDuplicateInbound
		}
		return fmt.Errorf("reopen: the applicant has another open conversation: %w", ErrConflict)
	}
	return fmt.Errorf("write turn on conversation %d: %w", conv, err)
}
