package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Reply is one outgoing text of a turn.
type Reply struct {
	Text    string
	Sender  string // "bot" | "system" | "agent"
	Verdict string // compliance verdict of this text: allow | block | flag
	Passive bool   // sent in the HTTP response (false = via the outbox)
}

// Hit is a compliance hit to record.
type Hit struct {
	Phrase, Category, Action, Text string
	Direction                      string // "in" (the applicant wrote it) | "out" (a draft reply)
	Version                        uint64 // the published phrase-list version that produced it (0 = unknown)
}

// Outcome is everything one turn produced; SaveOutcome writes it in ONE transaction.
type Outcome struct {
	ConversationID uint64
	InboundID      uint64   // replies are linked to it (so a duplicate can return them); 0 = none
	OpenID         string   // optional; when set it must be the conversation's
	Replies        []Reply  // stored as outbound messages; non-passive ones ALSO become outbox rows
	EngineState    []byte   // nil = unchanged
	State          string   // new conversation state (empty = unchanged)
	AddFlags       []string // reason codes to add (deduplicated)
	AckSent        *bool
	Slots          map[string]any // profile slots (encrypted JSON), replacing the stored ones; nil = unchanged
	Grade          string         // empty = unchanged
	Products       []string       // ids of the matched products, replacing the stored ones; nil = unchanged
	Hits           []Hit
	Consent        bool // applicant gave consent now (set consent_at)
	Unsubscribed   bool // record unsubscribe on the applicant
}

// SaveOutcome writes one turn atomically: reply messages (and outbox rows for the non-passive
// ones), the conversation's new state, flags and grade, the profile slots, compliance hits and
// the applicant's consent or unsubscription. A reply with verdict "block" is recorded but never
// queued for sending. Unknown conversation → ErrNotFound.
func (s *Store) SaveOutcome(ctx context.Context, o Outcome) (err error) {
	defer wrapf(&err, "save outcome of conversation %d", o.ConversationID)
	if err := o.validate(); err != nil {
		return err
	}
	slots, err := s.sealSlots(o.Slots)
	if err != nil {
		return err
	}
	o.EngineState = s.seal.sealState(o.EngineState) // from here on as stored (updateConversation)
	now := s.clock()
	return s.inTx(ctx, func(tx *gorm.DB) error {
		conv, err := s.lockedConversation(tx, o.ConversationID)
		if err != nil {
			return err
		}
		if o.OpenID != "" && o.OpenID != conv.OpenID {
			return fmt.Errorf("openid %s is not the conversation's: %w", o.OpenID, ErrInvalid)
		}
		s.seen.forget(conv.OpenID) // the conversation changes under a new version
		steps := []func() error{
			func() error { return s.insertReplies(tx, conv, o, now) },
			func() error { return updateConversation(tx, conv, o, now) },
			func() error { return upsertProfile(tx, conv, o, slots, now) },
			func() error { return s.insertHits(tx, conv, o, now) },
			func() error { return updateApplicant(tx, conv.ApplicantID, o, now) },
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
}

func (o Outcome) validate() error {
	if o.State != "" && !validState(o.State) {
		return fmt.Errorf("state %q: %w", o.State, ErrInvalid)
	}
	for i, r := range o.Replies {
		switch r.Sender {
		case SenderBot, SenderSystem, SenderAgent:
		default:
			return fmt.Errorf("reply %d: sender %q: %w", i, r.Sender, ErrInvalid)
		}
		switch r.Verdict {
		case VerdictAllow, VerdictBlock, VerdictFlag:
		default:
			return fmt.Errorf("reply %d: verdict %q: %w", i, r.Verdict, ErrInvalid)
		}
	}
	return nil
}

// sealSlots encrypts the slots as JSON; nil slots give nil (unchanged).
func (s *Store) sealSlots(slots map[string]any) ([]byte, error) {
	if slots == nil {
		return nil, nil
	}
	b, err := json.Marshal(slots)
	if err != nil {
		return nil, fmt.Errorf("encode slots: %w", err)
	}
	return s.seal.seal(labelSlots, b), nil
}

func (s *Store) insertReplies(tx *gorm.DB, conv conversationRow, o Outcome, now time.Time) error {
	var inbound *uint64
	if o.InboundID != 0 {
		inbound = &o.InboundID
	}
	for i, r := range o.Replies {
		msg := messageRow{ConversationID: conv.ID, OpenID: conv.OpenID, Direction: DirectionOut,
			Sender: r.Sender, MsgType: "text", InboundID: inbound, Verdict: r.Verdict,
			Passive: r.Passive, TextEnc: s.seal.sealString(labelMessageText, r.Text), CreatedAt: now}
		if err := tx.Create(&msg).Error; err != nil {
			return fmt.Errorf("insert reply %d: %w", i, err)
		}
		if r.Passive || r.Verdict == VerdictBlock {
			continue
		}
		item := outboxRow{ConversationID: conv.ID, MessageID: &msg.ID, OpenID: conv.OpenID,
			TextEnc: s.seal.sealString(labelOutboxText, r.Text), Status: outboxPending,
			NextAttemptAt: now, CreatedAt: now, UpdatedAt: now}
		if err := tx.Create(&item).Error; err != nil {
			return fmt.Errorf("queue reply %d: %w", i, err)
		}
	}
	return nil
}

// updateConversation writes the outcome's changes to the conversation. o.EngineState must be
// sealed already (sealer.sealState): a plain state is refused, never stored in clear.
func updateConversation(tx *gorm.DB, conv conversationRow, o Outcome, now time.Time) error {
	set := map[string]any{"updated_at": now, "version": gorm.Expr("version + 1")}
	if o.EngineState != nil {
		if !stateSealed(o.EngineState) {
			return fmt.Errorf("conversation %d: engine state not sealed: %w", conv.ID, ErrInvalid)
		}
		set["engine_state"] = o.EngineState
	}
	if o.State != "" && o.State != conv.State {
		set["state"] = o.State
		if o.State == StateClosed {
			set["open_for"], set["closed_at"] = nil, now
		} else if conv.State == StateClosed {
			set["open_for"], set["closed_at"] = conv.OpenID, nil // reopen: fails if another is open
		}
	}
	if len(o.AddFlags) > 0 {
		have, err := decodeFlags(conv.FlagReasons)
		if err != nil {
			return err
		}
		set["flag_reasons"] = encodeFlags(mergeFlags(have, o.AddFlags))
	}
	if o.AckSent != nil {
		set["ack_sent"] = *o.AckSent
	}
	if o.Grade != "" {
		set["grade"] = o.Grade
	}
	err := tx.Model(&conversationRow{}).Where("id = ?", conv.ID).Updates(set).Error
	if err != nil && isDuplicate(err) {
		return fmt.Errorf("reopen: the applicant has another open conversation: %w", ErrConflict)
	}
	return wrapErr(err, "update conversation")
}

// upsertProfile saves the slots and/or matched products given (nil = keep what is stored).
// Empty slots and products only empty a stored profile: no row is created for nothing.
func upsertProfile(tx *gorm.DB, conv conversationRow, o Outcome, slots []byte, now time.Time) error {
	if slots == nil && o.Products == nil {
		return nil
	}
	row := profileRow{ConversationID: conv.ID, OpenID: conv.OpenID, SlotsEnc: slots,
		MatchedProducts: encodeFlags(o.Products), CreatedAt: now, UpdatedAt: now}
	set := map[string]any{"updated_at": now}
	if slots != nil {
		set["slots_enc"] = slots
	}
	if o.Products != nil {
		set["matched_products"] = row.MatchedProducts
	}
	if len(o.Slots) == 0 && len(o.Products) == 0 {
		err := tx.Model(&profileRow{}).Where("conversation_id = ?", conv.ID).Updates(set).Error
		return wrapErr(err, "empty profile")
	}
	err := tx.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "conversation_id"}},
		DoUpdates: clause.Assignments(set),
	}).Create(&row).Error
	return wrapErr(err, "save profile")
}

func (s *Store) insertHits(tx *gorm.DB, conv conversationRow, o Outcome, now time.Time) error {
	if len(o.Hits) == 0 {
		return nil
	}
	rows := make([]hitRow, 0, len(o.Hits))
	for _, h := range o.Hits {
		r := hitRow{ConversationID: conv.ID, OpenID: conv.OpenID, Direction: h.Direction,
			Phrase: h.Phrase, Category: h.Category, Action: h.Action,
			TextEnc: s.seal.sealString(labelHitText, h.Text), CreatedAt: now, PhraseVersion: h.Version}
		if h.Direction == DirectionIn && o.InboundID != 0 {
			r.MessageID = &o.InboundID
		}
		rows = append(rows, r)
	}
	return wrapErr(tx.Create(&rows).Error, "insert compliance hits")
}

func updateApplicant(tx *gorm.DB, applicantID uint64, o Outcome, now time.Time) error {
	if !o.Consent && !o.Unsubscribed {
		return nil
	}
	set := map[string]any{"updated_at": now}
	if o.Consent {
		set["consent_at"] = now
	}
	if o.Unsubscribed {
		set["unsubscribed_at"] = now
	}
	err := tx.Model(&applicantRow{}).Where("id = ?", applicantID).Updates(set).Error
	return wrapErr(err, "update applicant")
}
