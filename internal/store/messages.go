package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Message is one stored message, decrypted.
type Message struct {
	ID                                        uint64
	Direction, Sender, MsgType, Text, Verdict string
	CreatedAt                                 time.Time
}

// Messages returns the conversation's messages, decrypted, in order; ErrNotFound when the
// conversation does not exist.
func (s *Store) Messages(ctx context.Context, conversationID uint64) (msgs []Message, err error) {
	defer wrapf(&err, "messages of conversation %d", conversationID)
	db := s.db.WithContext(ctx)
	var n int64
	if err := db.Model(&conversationRow{}).Where("id = ?", conversationID).Count(&n).Error; err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, ErrNotFound
	}
	var rows []messageRow
	if err := db.Where("conversation_id = ?", conversationID).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	msgs = make([]Message, 0, len(rows))
	for _, r := range rows {
		text, err := s.seal.openString(labelMessageText, r.TextEnc)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", r.ID, err)
		}
		msgs = append(msgs, Message{ID: r.ID, Direction: r.Direction, Sender: r.Sender,
			MsgType: r.MsgType, Text: text, Verdict: r.Verdict, CreatedAt: r.CreatedAt.UTC()})
	}
	return msgs, nil
}

// Profile is what was collected in one conversation.
type Profile struct {
	ConversationID uint64
	OpenID         string
	Slots          map[string]any // decoded JSON: numbers are float64
	Products       []string       // ids of the matched products
	UpdatedAt      time.Time
}

// Profile returns the conversation's collected slots, decrypted, and matched products. A
// conversation with nothing collected yet has no stored profile: it gets the empty Profile
// (UpdatedAt zero). ErrNotFound when the conversation does not exist.
func (s *Store) Profile(ctx context.Context, conversationID uint64) (Profile, error) {
	var r profileRow
	var stored sql.NullString // matched_products; not Valid: no profile row
	var updated *time.Time
	err := s.sqlDB.QueryRowContext(ctx, "SELECT c.open_id, p.slots_enc, p.matched_products, p.updated_at "+
		"FROM conversations c LEFT JOIN profiles p ON p.conversation_id = c.id WHERE c.id = ?", conversationID).
		Scan(&r.OpenID, &r.SlotsEnc, &stored, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Profile{}, fmt.Errorf("profile of conversation %d: %w", conversationID, err)
	}
	r.ConversationID, r.MatchedProducts = conversationID, stored.String
	if updated != nil {
		r.UpdatedAt = *updated
	}
	p := Profile{ConversationID: r.ConversationID, OpenID: r.OpenID, UpdatedAt: r.UpdatedAt.UTC()}
	products, err := decodeFlags(r.MatchedProducts)
	if err != nil {
		return Profile{}, fmt.Errorf("profile of conversation %d: %w", conversationID, err)
	}
	p.Products = products
	plain, err := s.seal.open(labelSlots, r.SlotsEnc)
	if err == nil && plain != nil {
		err = json.Unmarshal(plain, &p.Slots)
	}
	if err != nil {
		return Profile{}, fmt.Errorf("profile of conversation %d: %w", conversationID, err)
	}
	return p, nil
}
