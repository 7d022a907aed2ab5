package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// SaveTurn's statements, written as SQL that MySQL and SQLite both accept: the hot path runs
// once per applicant message, and building them through gorm's reflection cost more than the
// statements themselves.

// selectConversation reads a conversation (alias c) with its stored profile, if any: SaveTurn
// skips writing a profile that did not change. scanConversation reads its columns in order.
const selectConversation = "SELECT c.id, c.applicant_id, c.open_id, c.open_for, c.state, c.assigned_agent, " +
	"c.flag_reasons, c.engine_state, c.grade, c.ack_sent, c.closed_at, c.created_at, c.updated_at, c.version, " +
	"p.slots_enc, p.matched_products FROM conversations c LEFT JOIN profiles p ON p.conversation_id = c.id"

// storedProfile is a conversation's profile as stored, still sealed.
type storedProfile struct {
	slotsEnc []byte
	products sql.NullString // not Valid: there is no profile row
}

// scanConversation reads one row of selectConversation; no row gives ErrNotFound.
func scanConversation(row *sql.Row) (conversationRow, storedProfile, error) {
	var c conversationRow
	var p storedProfile
	err := row.Scan(&c.ID, &c.ApplicantID, &c.OpenID, &c.OpenFor, &c.State, &c.AssignedAgent,
		&c.FlagReasons, &c.EngineState, &c.Grade, &c.AckSent, &c.ClosedAt, &c.CreatedAt, &c.UpdatedAt, &c.Version,
		&p.slotsEnc, &p.products)
	if errors.Is(err, sql.ErrNoRows) {
		return c, p, ErrNotFound
	}
	return c, p, err
}

// skipUnchangedProfile drops the profile write when the slots and products given are the ones
// stored (a profile row changes only with the conversation's version, so the one read with the
// row the turn was decided on is current when the version guard holds), and when there is no
// row and nothing to put in one: a first contact, and every turn before the first slot is
// known, writes no profile (Profile reads a missing row as the empty profile).
func (s *Store) skipUnchangedProfile(w turnWrite, p storedProfile) turnWrite {
	if !p.products.Valid && len(w.Outcome.Slots) == 0 && len(w.Outcome.Products) == 0 {
		w.slots, w.products = nil, nil
		return w
	}
	if !p.products.Valid || (w.slots == nil && w.products == nil) {
		return w
	}
	if w.products != nil && *w.products != p.products.String {
		return w
	}
	if w.slots != nil {
		stored, err := s.seal.open(labelSlots, p.slotsEnc)
		if err != nil || !bytes.Equal(stored, w.slotsPlain) {
			return w
		}
	}
	w.slots, w.products = nil, nil
	return w
}

// insertConversation inserts a new open conversation; another one opened meanwhile is ErrStale
// (the caller saw none).
func (s *Store) insertConversation(tx *gorm.DB, c conversationRow) (uint64, error) {
	st := conversationStmt(c, c.ApplicantID)
	res, err := execSQL(tx, st.q, st.args...)
	if isDuplicate(err) {
		return 0, fmt.Errorf("%s has an open conversation now: %w", c.OpenID, ErrStale)
	}
	if err != nil {
		return 0, fmt.Errorf("create conversation: %w", err)
	}
	ids, err := s.insertedIDs(res, 1)
	if err != nil {
		return 0, fmt.Errorf("create conversation: %w", err)
	}
	return ids[0], nil
}

// updateTurnConversation writes the conversation's mutable columns if it is still at version
// seen; otherwise ErrStale.
func (s *Store) updateTurnConversation(tx *gorm.DB, c conversationRow, seen uint64) error {
	st := updateConversationStmt(c, seen)
	res, err := execSQL(tx, st.q, st.args...)
	if isDuplicate(err) {
		return fmt.Errorf("reopen: the applicant has another open conversation: %w", ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("update conversation %d: %w", c.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return errors.Join(fmt.Errorf("conversation %d changed: %w", c.ID, ErrStale), err)
	}
	return nil
}

func updateConversationStmt(c conversationRow, seen uint64) stmt {
	return stmt{what: "update conversation", q: "UPDATE conversations SET open_for = ?, state = ?, flag_reasons = ?, " +
		"engine_state = ?, grade = ?, ack_sent = ?, closed_at = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
		args: []any{c.OpenFor, c.State, c.FlagReasons, c.EngineState, c.Grade, c.AckSent, c.ClosedAt, c.UpdatedAt,
			c.Version, c.ID, seen}}
}

// insertTurnInbound inserts the applicant's message; its dedup key stored before is
// errDuplicateInbound.
func (s *Store) insertTurnInbound(tx *gorm.DB, w turnWrite, conv uint64) (uint64, error) {
	st := inboundStmt(w, conv)
	res, err := execSQL(tx, st.q, st.args...)
	if isDuplicate(err) {
		return 0, errDuplicateInbound
	}
	if err != nil {
		return 0, fmt.Errorf("insert message: %w", err)
	}
	ids, err := s.insertedIDs(res, 1)
	if err != nil {
		return 0, fmt.Errorf("insert message: %w", err)
	}
	return ids[0], nil
}

// insertTurnRest inserts all replies in one statement, then the outbox rows of the queued ones
// in another, then the profile, hits and applicant changes, one statement at a time.
func (s *Store) insertTurnRest(tx *gorm.DB, w turnWrite, conv conversationRow, inbound uint64) error {
	in := value(inbound)
	if st, ok := repliesStmt(w, conv.ID, in, in); ok {
		res, err := execSQL(tx, st.q, st.args...)
		if err != nil {
			return fmt.Errorf("insert %d replies: %w", len(w.Outcome.Replies), err)
		}
		if w.queued > 0 {
			ids, err := s.insertedIDs(res, len(w.Outcome.Replies))
			if err != nil {
				return fmt.Errorf("insert replies: %w", err)
			}
			st, _ := outboxStmt(w, conv.ID, func(i int) ref { return value(ids[i]) })
			if _, err := execSQL(tx, st.q, st.args...); err != nil {
				return fmt.Errorf("queue replies: %w", err)
			}
		}
	}
	for _, build := range []func() (stmt, bool){
		func() (stmt, bool) { return s.profileStmt(w, conv.ID) },
		func() (stmt, bool) { return hitsStmt(w, conv.ID, in) },
		func() (stmt, bool) { return applicantStmt(w, conv.ApplicantID) },
	} {
		if st, ok := build(); ok {
			if _, err := execSQL(tx, st.q, st.args...); err != nil {
				return fmt.Errorf("%s: %w", st.what, err)
			}
		}
	}
	return nil
}

// insertedIDs returns the ids of the n rows one INSERT created. MySQL reports the first and
// allocates a multi-row INSERT's ids consecutively (auto_increment_increment apart, as gorm's
// batch insert also assumes); SQLite reports the last, and its single writer numbers the rows
// of one statement consecutively.
func (s *Store) insertedIDs(res sql.Result, n int) ([]uint64, error) {
	id, err := res.LastInsertId()
	if err != nil {
		return nil, fmt.Errorf("inserted id: %w", err)
	}
	step := s.idStep
	first := uint64(id)
	if s.dialect != DialectMySQL {
		first -= uint64(n-1) * step
	}
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = first + uint64(i)*step
	}
	return ids, nil
}
