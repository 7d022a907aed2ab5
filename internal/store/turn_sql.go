package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// SaveTurn's statements, written as SQL that MySQL and SQLite both accept: the hot path runs
// once per applicant message, and building them through gorm's reflection cost more than the
// statements themselves.

// conversationColumns are read by scanConversation, in this order.
const conversationColumns = "id, applicant_id, open_id, open_for, state, assigned_agent, flag_reasons, " +
	"engine_state, grade, ack_sent, closed_at, created_at, updated_at, version"

const selectConversation = "SELECT " + conversationColumns + " FROM conversations"

// scanConversation reads one row of selectConversation; no row gives ErrNotFound.
func scanConversation(row *sql.Row) (conversationRow, error) {
	var c conversationRow
	err := row.Scan(&c.ID, &c.ApplicantID, &c.OpenID, &c.OpenFor, &c.State, &c.AssignedAgent,
		&c.FlagReasons, &c.EngineState, &c.Grade, &c.AckSent, &c.ClosedAt, &c.CreatedAt, &c.UpdatedAt, &c.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

// insertConversation inserts a new open conversation; another one opened meanwhile is ErrStale
// (the caller saw none).
func (s *Store) insertConversation(tx *gorm.DB, c conversationRow) (uint64, error) {
	res, err := execSQL(tx, "INSERT INTO conversations (applicant_id, open_id, open_for, state, assigned_agent, "+
		"flag_reasons, engine_state, grade, ack_sent, closed_at, created_at, updated_at, version) "+
		"VALUES "+placeholders(1, 13),
		c.ApplicantID, c.OpenID, c.OpenFor, c.State, c.AssignedAgent, c.FlagReasons, c.EngineState,
		c.Grade, c.AckSent, c.ClosedAt, c.CreatedAt, c.UpdatedAt, c.Version)
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
	res, err := execSQL(tx, "UPDATE conversations SET open_for = ?, state = ?, flag_reasons = ?, engine_state = ?, "+
		"grade = ?, ack_sent = ?, closed_at = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
		c.OpenFor, c.State, c.FlagReasons, c.EngineState, c.Grade, c.AckSent, c.ClosedAt, c.UpdatedAt,
		c.Version, c.ID, seen)
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

// insertTurnInbound inserts the applicant's message; its dedup key stored before is
// errDuplicateInbound.
func (s *Store) insertTurnInbound(tx *gorm.DB, w turnWrite, conv uint64) (uint64, error) {
	in := w.In
	res, err := execSQL(tx, "INSERT INTO messages (conversation_id, open_id, direction, sender, msg_type, event, "+
		"event_key, dedup_key, text_enc, verdict, passive, created_at) VALUES "+placeholders(1, 12),
		conv, in.OpenID, DirectionIn, SenderApplicant, in.MsgType, in.Event, in.EventKey, w.key, w.inText,
		"", false, w.at)
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

// insertTurnReplies inserts all replies in one statement, then the outbox rows of the queued
// ones in another.
func (s *Store) insertTurnReplies(tx *gorm.DB, w turnWrite, conv, inbound uint64) error {
	replies := w.Outcome.Replies
	if len(replies) == 0 {
		return nil
	}
	const cols = 12
	args := make([]any, 0, cols*len(replies))
	queued := 0
	for i, r := range replies {
		args = append(args, conv, w.In.OpenID, DirectionOut, r.Sender, "text", "", "", inbound, w.replies[i],
			r.Verdict, r.Passive, w.now)
		if queues(r) {
			queued++
		}
	}
	res, err := execSQL(tx, "INSERT INTO messages (conversation_id, open_id, direction, sender, msg_type, "+
		"event, event_key, inbound_id, text_enc, verdict, passive, created_at) VALUES "+placeholders(len(replies), cols), args...)
	if err != nil {
		return fmt.Errorf("insert %d replies: %w", len(replies), err)
	}
	if queued == 0 {
		return nil
	}
	ids, err := s.insertedIDs(res, len(replies))
	if err != nil {
		return fmt.Errorf("insert %d replies: %w", len(replies), err)
	}
	return s.insertTurnOutbox(tx, w, conv, ids, queued)
}

func (s *Store) insertTurnOutbox(tx *gorm.DB, w turnWrite, conv uint64, msgIDs []uint64, queued int) error {
	const cols = 11
	args := make([]any, 0, cols*queued)
	for i, r := range w.Outcome.Replies {
		if queues(r) {
			args = append(args, conv, msgIDs[i], w.In.OpenID, w.outbox[i], outboxPending, w.now, 0, "", "",
				w.now, w.now)
		}
	}
	_, err := execSQL(tx, "INSERT INTO outbox (conversation_id, message_id, open_id, text_enc, status, "+
		"next_attempt_at, attempts, claim_token, last_error, created_at, updated_at) VALUES "+placeholders(queued, cols), args...)
	return wrapErr(err, "queue replies")
}

// upsertTurnProfile saves the slots and/or matched products given (nil = keep what is stored).
func (s *Store) upsertTurnProfile(tx *gorm.DB, w turnWrite, conv uint64) error {
	if w.slots == nil && w.products == nil {
		return nil
	}
	update := []string{"updated_at"}
	if w.slots != nil {
		update = append(update, "slots_enc")
	}
	if w.products != nil {
		update = append(update, "matched_products")
	}
	products := encodeFlags(nil)
	if w.products != nil {
		products = *w.products
	}
	q := "INSERT INTO profiles (conversation_id, open_id, slots_enc, matched_products, created_at, updated_at) VALUES " +
		placeholders(1, 6)
	if s.dialect == DialectMySQL {
		q += " ON DUPLICATE KEY UPDATE "
	} else {
		q += " ON CONFLICT (conversation_id) DO UPDATE SET "
	}
	_, err := execSQL(tx, q+s.upsertSet(update), conv, w.In.OpenID, w.slots, products, w.now, w.now)
	return wrapErr(err, "save profile")
}

func (s *Store) insertTurnHits(tx *gorm.DB, w turnWrite, conv, inbound uint64) error {
	hits := w.Outcome.Hits
	if len(hits) == 0 {
		return nil
	}
	const cols = 9
	args := make([]any, 0, cols*len(hits))
	for i, h := range hits {
		var msg *uint64
		if h.Direction == DirectionIn {
			msg = &inbound
		}
		args = append(args, conv, msg, w.In.OpenID, h.Direction, h.Phrase, h.Category, h.Action, w.hits[i], w.now)
	}
	_, err := execSQL(tx, "INSERT INTO compliance_hits (conversation_id, message_id, open_id, direction, phrase, "+
		"category, action, text_enc, created_at) VALUES "+placeholders(len(hits), cols), args...)
	return wrapErr(err, "insert compliance hits")
}

// updateTurnApplicant records consent, unsubscription, or (for a known applicant; a new one
// got it in the upsert) a subscribe event. Nothing to record writes nothing.
func (s *Store) updateTurnApplicant(tx *gorm.DB, w turnWrite, applicantID uint64) error {
	o := w.Outcome
	subscribe := w.Seen != 0 && w.In.Event == "subscribe"
	if !o.Consent && !o.Unsubscribed && !subscribe {
		return nil
	}
	set, args := []string{"updated_at = ?"}, []any{w.now}
	if subscribe {
		set, args = append(set, "subscribed_at = ?", "unsubscribed_at = NULL"), append(args, w.now)
	}
	if o.Consent {
		set, args = append(set, "consent_at = ?"), append(args, w.now)
	}
	if o.Unsubscribed {
		set, args = append(set, "unsubscribed_at = ?"), append(args, w.now)
	}
	_, err := execSQL(tx, "UPDATE applicants SET "+strings.Join(set, ", ")+" WHERE id = ?", append(args, applicantID)...)
	return wrapErr(err, "update applicant")
}

// placeholders returns "(?, …), (?, …)" for rows rows of cols values.
func placeholders(rows, cols int) string {
	row := "(" + strings.Repeat("?, ", cols-1) + "?)"
	return strings.Repeat(row+", ", rows-1) + row
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
