package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// ErrStale says the conversation changed (or appeared, or went away) since the caller read it:
// SaveTurn wrote nothing, and the turn should be decided again on a fresh read.
var ErrStale = errors.New("store: conversation changed since it was read")

// Turn is one applicant message with everything the bot decided for it, stored by SaveTurn.
type Turn struct {
	In      Inbound
	Seen    uint64  // ID of the conversation the engine saw; 0 = there was none (create applicant + conversation)
	Version uint64  // its Version as seen
	Outcome Outcome // ConversationID and InboundID are filled in by SaveTurn
}

// TurnResult says what SaveTurn stored, or what was stored before for a duplicate.
type TurnResult struct {
	Duplicate    bool     // In.DedupKey was already stored: nothing written; Replies = the stored replies
	Replies      []string // when Duplicate: the reply texts recorded for that message, in order
	MessageID    uint64   // the inbound row (the stored one when Duplicate)
	Conversation Conversation
	// Conversation is the row after the write (new Version, State, EngineState, AckSent,
	// FlagReasons …); when Duplicate, the stored message's conversation as it is now.
}

// OpenConversation returns the applicant's open conversation, or ErrNotFound. It is the row
// this instance last read or wrote for the applicant when it still has it (see seenCache),
// else one read-only SELECT on the unique open_for key. SaveTurn of a turn decided on a row no
// longer current answers ErrStale and forgets it, so the caller's next call reads again.
func (s *Store) OpenConversation(ctx context.Context, openID string) (Conversation, error) {
	if r, ok := s.seen.get(openID); ok {
		return r.conv.withState(r.state)
	}
	row := s.sqlDB.QueryRowContext(ctx, selectConversation+" WHERE c.open_for = ?", openID)
	c, p, err := scanConversation(row)
	if err != nil {
		return Conversation{}, fmt.Errorf("open conversation of %s: %w", openID, err)
	}
	conv, err := c.toConversation(s.seal)
	if err != nil {
		return Conversation{}, fmt.Errorf("open conversation of %s: %w", openID, err)
	}
	s.seen.put(seenRow{c, p, conv.EngineState})
	return conv, nil
}

// SaveTurn stores one turn in ONE transaction: the applicant and a new open conversation when
// Seen is 0, the inbound message, its replies (one multi-row INSERT), outbox rows for the
// non-passive replies that were not blocked, the conversation's new state (guarded by Seen and
// Version), the profile when Slots or Products are set (nil = unchanged: pass nil when nothing
// changed, the store cannot compare encrypted slots), compliance hits, and the applicant's
// consent, unsubscription or subscription when there is one.
//
// A DedupKey stored before gives Duplicate with the stored replies and writes nothing; it is
// never an error, even when the conversation changed too. A conversation changed since it was
// read (Version differs, it was closed or deleted, or Seen is 0 and one was opened meanwhile)
// gives ErrStale and writes nothing. The applicant's last_seen_at is touched only when the
// applicant row is written anyway.
func (s *Store) SaveTurn(ctx context.Context, t Turn) (res TurnResult, err error) {
	defer wrapf(&err, "save turn %q of %s", t.In.DedupKey, t.In.OpenID)
	if t.In.OpenID == "" || t.In.DedupKey == "" {
		return res, fmt.Errorf("openid and dedup key are required: %w", ErrInvalid)
	}
	if t.Outcome.OpenID != "" && t.Outcome.OpenID != t.In.OpenID {
		return res, fmt.Errorf("outcome openid %s is not the message's: %w", t.Outcome.OpenID, ErrInvalid)
	}
	if err := t.Outcome.validate(); err != nil {
		return res, err
	}
	w, err := s.sealTurn(t)
	if err != nil {
		return res, err
	}
	var row seenRow
	if s.dialect == DialectMySQL {
		res, row, err = s.turnOneTrip(ctx, w)
	} else {
		err = s.inTx(ctx, func(tx *gorm.DB) error {
			var err error
			res, row, err = s.turnTx(tx, w)
			return err
		})
	}
	if err == nil {
		s.seen.put(row)
		return res, nil
	}
	s.seen.forget(t.In.OpenID)
	if errors.Is(err, errDuplicateInbound) || errors.Is(err, ErrStale) {
		dup, found, derr := s.duplicate(ctx, w.key) // a duplicate wins over a stale read
		switch {
		case derr != nil:
			return res, errors.Join(err, derr)
		case found:
			return TurnResult{Duplicate: true, Replies: dup.Replies, MessageID: dup.MessageID,
				Conversation: dup.Conversation}, nil
		case errors.Is(err, errDuplicateInbound):
			return res, fmt.Errorf("dedup key conflicted but no message has it: %w", ErrConflict)
		}
	}
	return res, err
}

// turnWrite is a Turn prepared for writing: validated, texts and slots sealed, times fixed.
// Everything is computed before the transaction, so a retried transaction redoes only SQL.
type turnWrite struct {
	Turn
	key        string // the dedup key as stored
	at         time.Time
	now        time.Time
	inText     []byte
	replies    [][]byte // messages.text of each reply
	outbox     [][]byte // outbox.text of each reply (nil when it is not queued)
	queued     int      // replies that are queued
	slots      []byte   // sealed; nil = unchanged
	state      []byte   // Outcome.EngineState sealed; nil = unchanged
	slotsPlain []byte   // the JSON that slots seals
	products   *string
	hits       [][]byte
}

func (s *Store) sealTurn(t Turn) (turnWrite, error) {
	w := turnWrite{Turn: t, key: dedupKey(t.In.DedupKey), now: s.clock()}
	w.at = w.now
	if !t.In.ReceivedAt.IsZero() {
		w.at = dbTime(t.In.ReceivedAt)
	}
	w.inText = s.seal.sealString(labelMessageText, t.In.Text)
	for _, r := range t.Outcome.Replies {
		w.replies = append(w.replies, s.seal.sealString(labelMessageText, r.Text))
		var queued []byte
		if queues(r) {
			queued = s.seal.sealString(labelOutboxText, r.Text)
			w.queued++
		}
		w.outbox = append(w.outbox, queued)
	}
	w.state = s.seal.sealState(t.Outcome.EngineState)
	var err error
	if t.Outcome.Slots != nil {
		if w.slotsPlain, err = json.Marshal(t.Outcome.Slots); err != nil {
			return w, fmt.Errorf("encode slots: %w", err)
		}
		w.slots = s.seal.seal(labelSlots, w.slotsPlain)
	}
	if t.Outcome.Products != nil {
		p := encodeFlags(t.Outcome.Products)
		w.products = &p
	}
	for _, h := range t.Outcome.Hits {
		w.hits = append(w.hits, s.seal.sealString(labelHitText, h.Text))
	}
	return w, nil
}

// queues reports whether a reply also becomes an outbox row: sent later, and not blocked.
func queues(r Reply) bool { return !r.Passive && r.Verdict != VerdictBlock }

// turnTx is the body of SaveTurn's transaction on SQLite.
func (s *Store) turnTx(tx *gorm.DB, w turnWrite) (TurnResult, seenRow, error) {
	w, after, stored, err := s.prepareTurn(tx.Statement.Context, tx.Statement.ConnPool, w)
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	msgID, err := s.turnStatements(tx, w, &after)
	if err != nil {
		return TurnResult{}, seenRow{}, err
	}
	return s.turnResult(w, after, stored, msgID)
}

// prepareTurn reads (or takes from the cache) the conversation the turn was decided on and
// returns it as the turn leaves it, with the profile as stored before.
func (s *Store) prepareTurn(ctx context.Context, q rowQuerier, w turnWrite) (turnWrite, conversationRow, storedProfile, error) {
	before, stored, err := s.turnConversation(ctx, q, w)
	if err != nil {
		return w, before, stored, err
	}
	w = s.skipUnchangedProfile(w, stored)
	state := w.state
	if state == nil && stateLegacy(before.EngineState) { // rewritten with the row: sealed now
		state = s.seal.sealState(before.EngineState)
	}
	after, err := applyOutcome(before, w.Outcome, state, w.now)
	return w, after, stored, err
}

// turnResult is what SaveTurn returns for a written turn, and the row it leaves to the cache.
// The turn's own state is returned and cached as given, not opened again.
func (s *Store) turnResult(w turnWrite, after conversationRow, stored storedProfile, msgID uint64) (TurnResult, seenRow, error) {
	state := w.Outcome.EngineState
	if state == nil { // unchanged: the stored one
		var err error
		if state, err = s.seal.openState(after.EngineState); err != nil {
			return TurnResult{}, seenRow{}, fmt.Errorf("conversation %d: %w", after.ID, err)
		}
	}
	c, err := after.withState(state)
	return TurnResult{MessageID: msgID, Conversation: c}, seenRow{after, profileAfter(stored, w), state}, err
}

// turnStatements writes the turn one statement at a time (SQLite); a new conversation gets its
// ids in c.
func (s *Store) turnStatements(tx *gorm.DB, w turnWrite, c *conversationRow) (uint64, error) {
	var err error
	if w.Seen == 0 {
		if c.ApplicantID, err = s.upsertApplicant(tx, w.In, w.now); err == nil {
			c.ID, err = s.insertConversation(tx, *c)
		}
	} else {
		err = s.updateTurnConversation(tx, *c, w.Version)
	}
	if err != nil {
		return 0, err
	}
	msgID, err := s.insertTurnInbound(tx, w, c.ID)
	if err != nil {
		return 0, err
	}
	return msgID, s.insertTurnRest(tx, w, *c, msgID)
}

// turnConversation reads the conversation the turn was decided on and checks it is unchanged,
// or (Seen = 0) returns a new open conversation, not yet inserted (its applicant is not known yet).
func (s *Store) turnConversation(ctx context.Context, q rowQuerier, w turnWrite) (conversationRow, storedProfile, error) {
	if w.Seen == 0 {
		open := w.In.OpenID
		return conversationRow{OpenID: open, OpenFor: &open, State: StateBot,
			FlagReasons: encodeFlags(nil), CreatedAt: w.now, UpdatedAt: w.now}, storedProfile{}, nil
	}
	seen, cached := s.seen.at(w.In.OpenID, w.Seen, w.Version)
	c, p, err := seen.conv, seen.profile, error(nil)
	if !cached { // not read through OpenConversation, or by another instance: read it now
		c, p, err = scanConversation(q.QueryRowContext(ctx, selectConversation+" WHERE c.id = ?", w.Seen))
	}
	switch {
	case errors.Is(err, ErrNotFound):
		return c, p, fmt.Errorf("conversation %d is gone: %w", w.Seen, ErrStale)
	case err != nil:
		return c, p, fmt.Errorf("load conversation %d: %w", w.Seen, err)
	case c.OpenID != w.In.OpenID:
		return c, p, fmt.Errorf("conversation %d is not %s's: %w", w.Seen, w.In.OpenID, ErrInvalid)
	case c.Version != w.Version:
		return c, p, fmt.Errorf("conversation %d is at version %d, not %d: %w", w.Seen, c.Version, w.Version, ErrStale)
	}
	return c, p, nil
}

// applyOutcome returns the conversation row as the outcome leaves it, version bumped. state is
// the engine state as stored (sealed), nil = unchanged; o.EngineState is not used.
func applyOutcome(c conversationRow, o Outcome, state []byte, now time.Time) (conversationRow, error) {
	if state != nil {
		c.EngineState = state
	}
	if o.State != "" && o.State != c.State {
		switch {
		case o.State == StateClosed:
			c.OpenFor, c.ClosedAt = nil, &now
		case c.State == StateClosed: // reopen: fails on the unique key if another is open
			open := c.OpenID
			c.OpenFor, c.ClosedAt = &open, nil
		}
		c.State = o.State
	}
	if len(o.AddFlags) > 0 {
		have, err := decodeFlags(c.FlagReasons)
		if err != nil {
			return c, fmt.Errorf("conversation %d: %w", c.ID, err)
		}
		c.FlagReasons = encodeFlags(mergeFlags(have, o.AddFlags))
	}
	if o.AckSent != nil {
		c.AckSent = *o.AckSent
	}
	if o.Grade != "" {
		c.Grade = o.Grade
	}
	c.UpdatedAt = now
	c.Version++
	return c, nil
}

// rowQuerier reads one row: a *sql.DB, *sql.Conn or a transaction's connection.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// profileAfter is the profile row as the turn leaves it (see profileStmt).
func profileAfter(p storedProfile, w turnWrite) storedProfile {
	if w.slots != nil {
		p.slotsEnc = w.slots
	}
	switch {
	case w.products != nil:
		p.products = sql.NullString{String: *w.products, Valid: true}
	case w.slots != nil && !p.products.Valid:
		p.products = sql.NullString{String: encodeFlags(nil), Valid: true}
	}
	return p
}
