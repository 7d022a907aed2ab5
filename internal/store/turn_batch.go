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

// turnBatch writes the turn: on a known conversation the UPDATE guarded by its version (0 rows
// is ErrStale), for a first message the applicant upsert and the new conversation (another one
// open is ErrStale); then the inbound message (its dedup key stored before is
// errDuplicateInbound) and the rest. It returns the inbound message's id and fills in c's ids
// when it was created. The caller rolls back on any error.
func (s *Store) turnBatch(tx *gorm.DB, w turnWrite, c *conversationRow) (uint64, error) {
	var sts []stmt
	conv, app := any(c.ID), any(c.ApplicantID)
	if w.Seen == 0 {
		conv, app = ref{expr: "@loanbot_c"}, ref{expr: "@loanbot_a"}
		sts = append(sts, s.applicantUpsertStmt(w.In, w.now), stmt{q: "SET @loanbot_a = LAST_INSERT_ID()"},
			conversationStmt(*c, app), stmt{q: "SET @loanbot_c = LAST_INSERT_ID(), @loanbot_n = 1"})
	} else {
		sts = append(sts, updateConversationStmt(*c, w.Version),
			stmt{q: "SET @loanbot_c = ?, @loanbot_a = ?, @loanbot_n = ROW_COUNT()", args: []any{c.ID, c.ApplicantID}})
	}
	sts = append(sts, inboundStmt(w, conv), stmt{q: "SET @loanbot_in = LAST_INSERT_ID()"})
	sts = append(sts, s.turnRestStmts(w, conv, app)...)
	sts = append(sts, stmt{q: "SELECT @loanbot_n, @loanbot_in, @loanbot_c, @loanbot_a"})
	qs := make([]string, len(sts))
	var args []any
	for i, st := range sts {
		qs[i] = st.q
		args = append(args, st.args...)
	}
	got, err := queryLast(tx, strings.Join(qs, ";\n"), args, 4)
	switch {
	case err != nil:
		return 0, batchError(err, w.Seen)
	case got[0] == 0:
		return 0, fmt.Errorf("conversation %d changed: %w", c.ID, ErrStale)
	}
	c.ID, c.ApplicantID = got[2], got[3]
	return got[1], nil
}

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
func queryLast(tx *gorm.DB, q string, args []any, n int) (_ []uint64, err error) {
	rs, err := tx.Statement.ConnPool.QueryContext(tx.Statement.Context, q, args...)
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
