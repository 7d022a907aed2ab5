package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Inbound is one applicant message or event, as received.
type Inbound struct {
	OpenID     string
	DedupKey   string // MsgId, or FromUserName+CreateTime+Event+EventKey for events; UNIQUE
	MsgType    string // text, voice, image, event, …
	Event      string // subscribe, unsubscribe, CLICK, … (events only)
	EventKey   string
	Text       string // text or voice recognition; encrypted at rest
	ReceivedAt time.Time
}

// InboundResult says what SaveInbound stored, or what was stored before for a duplicate.
type InboundResult struct {
	Duplicate    bool         // DedupKey was already stored (durable dedup even if Redis lost its keys)
	MessageID    uint64       // the inbound message row
	Conversation Conversation // the applicant's open conversation (created if none; closed ones stay closed)
	Replies      []string     // when Duplicate: the reply texts already recorded for that message, in order
}

// maxDedupKey is the longest dedup key stored as is; longer ones (long event keys) are hashed
// to fit the unique index.
const maxDedupKey = 200

// errDuplicateInbound marks the message insert hitting the dedup key inside the transaction.
var errDuplicateInbound = errors.New("duplicate inbound")

// SaveInbound, in one transaction, upserts the applicant by openid, finds or creates the open
// conversation and inserts the message. A DedupKey seen before gives Duplicate=true with the
// replies recorded so far, never an error: the insert hits the unique key, the transaction
// rolls back and the stored message is read. It is safe under concurrency, across instances.
func (s *Store) SaveInbound(ctx context.Context, in Inbound) (res InboundResult, err error) {
	defer wrapf(&err, "save inbound %q of %s", in.DedupKey, in.OpenID)
	if in.OpenID == "" || in.DedupKey == "" {
		return res, fmt.Errorf("openid and dedup key are required: %w", ErrInvalid)
	}
	key := dedupKey(in.DedupKey)
	now := s.clock()
	s.seen.forget(in.OpenID) // it may open a conversation
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		appID, err := s.upsertApplicant(tx, in, now)
		if err != nil {
			return err
		}
		conv, err := s.openConversation(tx, appID, in.OpenID, now)
		if err != nil {
			return err
		}
		msg, err := s.insertInbound(tx, in, key, conv.ID, now)
		if err != nil {
			return err
		}
		res = InboundResult{MessageID: msg.ID}
		res.Conversation, err = conv.toConversation(s.seal)
		return err
	})
	if errors.Is(err, errDuplicateInbound) { // another caller stored it first and has committed
		res, found, err := s.duplicate(ctx, key)
		if err == nil && !found {
			err = fmt.Errorf("dedup key conflicted but no message has it: %w", ErrConflict)
		}
		return res, err
	}
	return res, err
}

func dedupKey(k string) string {
	if len(k) <= maxDedupKey {
		return k
	}
	sum := sha256.Sum256([]byte(k))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// duplicate looks up an inbound message by dedup key; found is false when there is none.
func (s *Store) duplicate(ctx context.Context, key string) (res InboundResult, found bool, err error) {
	db := s.db.WithContext(ctx)
	var msg messageRow
	switch err := db.Where("dedup_key = ?", key).Take(&msg).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return res, false, nil
	case err != nil:
		return res, false, fmt.Errorf("look up dedup key: %w", err)
	}
	var conv conversationRow
	if err := db.Take(&conv, msg.ConversationID).Error; err != nil {
		return res, true, fmt.Errorf("load conversation %d: %w", msg.ConversationID, err)
	}
	res = InboundResult{Duplicate: true, MessageID: msg.ID}
	if res.Conversation, err = conv.toConversation(s.seal); err != nil {
		return res, true, err
	}
	res.Replies, err = s.replies(db, msg.ID)
	return res, true, err
}

// replies returns the decrypted texts of the outbound messages answering inbound, in order.
func (s *Store) replies(db *gorm.DB, inbound uint64) ([]string, error) {
	var rows []messageRow
	if err := db.Where("inbound_id = ?", inbound).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load replies to message %d: %w", inbound, err)
	}
	texts := make([]string, 0, len(rows))
	for _, r := range rows {
		t, err := s.seal.openString(labelMessageText, r.TextEnc)
		if err != nil {
			return nil, fmt.Errorf("reply %d: %w", r.ID, err)
		}
		texts = append(texts, t)
	}
	return texts, nil
}

// upsertApplicant inserts the applicant or touches last_seen_at and returns its id, in one
// statement (MySQL: LAST_INSERT_ID(id) on update; SQLite: RETURNING). A subscribe event also
// records the (re)subscription. On MySQL the row stays locked until commit, which serialises
// concurrent turns of one applicant.
func (s *Store) upsertApplicant(tx *gorm.DB, in Inbound, now time.Time) (uint64, error) {
	st := s.applicantUpsertStmt(in, now)
	if s.dialect == DialectMySQL {
		res, err := execSQL(tx, st.q, st.args...)
		if err != nil {
			return 0, fmt.Errorf("upsert applicant: %w", err)
		}
		id, err := res.LastInsertId()
		return uint64(id), wrapErr(err, "upsert applicant: id")
	}
	var id uint64
	err := tx.Raw(st.q, st.args...).Row().Scan(&id)
	return id, wrapErr(err, "upsert applicant")
}

// upsertSet assigns each column its would-be inserted value: "c = VALUES(c)" on MySQL,
// "c = excluded.c" on SQLite.
func (s *Store) upsertSet(cols []string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		if s.dialect == DialectMySQL {
			parts[i] = c + " = VALUES(" + c + ")"
		} else {
			parts[i] = c + " = excluded." + c
		}
	}
	return strings.Join(parts, ", ")
}

// openConversation returns the applicant's open conversation, creating one in state bot.
func (s *Store) openConversation(tx *gorm.DB, applicantID uint64, openID string, now time.Time) (conversationRow, error) {
	var c conversationRow
	err := s.forUpdate(tx).Where("open_for = ?", openID).Take(&c).Error
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return c, wrapErr(err, "load open conversation")
	}
	open := openID
	c = conversationRow{ApplicantID: applicantID, OpenID: openID, OpenFor: &open, State: StateBot,
		FlagReasons: encodeFlags(nil), CreatedAt: now, UpdatedAt: now}
	err = tx.Create(&c).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) { // created concurrently: read the winner's row
		err = s.forUpdate(tx).Where("open_for = ?", openID).Take(&c).Error
	}
	return c, wrapErr(err, "create conversation")
}

func (s *Store) insertInbound(tx *gorm.DB, in Inbound, key string, conv uint64, now time.Time) (messageRow, error) {
	at := now
	if !in.ReceivedAt.IsZero() {
		at = dbTime(in.ReceivedAt)
	}
	msg := messageRow{ConversationID: conv, OpenID: in.OpenID, Direction: DirectionIn,
		Sender: SenderApplicant, MsgType: in.MsgType, Event: in.Event, EventKey: in.EventKey,
		DedupKey: &key, TextEnc: s.seal.sealString(labelMessageText, in.Text), CreatedAt: at}
	err := tx.Create(&msg).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return msg, errDuplicateInbound
	}
	return msg, wrapErr(err, "insert message")
}

// wrapErr adds context to a non-nil error and passes nil through.
func wrapErr(err error, what string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}
