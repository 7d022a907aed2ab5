package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Conversation is one consultation with an applicant. At most one per applicant is open
// (State != closed) at a time.
type Conversation struct {
	ID            uint64
	OpenID        string
	State         string // "bot" | "waiting" | "agent" | "closed"
	AssignedAgent string
	FlagReasons   []string // reason codes, in the order they were first raised
	EngineState   []byte   // opaque bot state (JSON bytes)
	Grade         string
	AckSent       bool // the one acknowledgement while a human holds it was sent
	UpdatedAt     time.Time
	Version       uint64 // bumped on every write to the conversation; SaveTurn checks it
}

func validState(s string) bool {
	switch s {
	case StateBot, StateWaiting, StateAgent, StateClosed:
		return true
	}
	return false
}

// toConversation is the row as callers see it, its engine state opened.
func (r conversationRow) toConversation(seal *sealer) (Conversation, error) {
	state, err := seal.openState(r.EngineState)
	if err != nil {
		return Conversation{}, fmt.Errorf("conversation %d: %w", r.ID, err)
	}
	return r.withState(state)
}

// withState is the row as callers see it with state, its engine state already opened.
func (r conversationRow) withState(state []byte) (Conversation, error) {
	flags, err := decodeFlags(r.FlagReasons)
	if err != nil {
		return Conversation{}, fmt.Errorf("conversation %d: %w", r.ID, err)
	}
	return Conversation{
		ID:            r.ID,
		OpenID:        r.OpenID,
		State:         r.State,
		AssignedAgent: r.AssignedAgent,
		FlagReasons:   flags,
		EngineState:   state,
		Grade:         r.Grade,
		AckSent:       r.AckSent,
		UpdatedAt:     r.UpdatedAt.UTC(),
		Version:       r.Version,
	}, nil
}

// decodeFlags reads a JSON array of strings (flag reasons, product ids).
func decodeFlags(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var flags []string
	if err := json.Unmarshal([]byte(s), &flags); err != nil {
		return nil, fmt.Errorf("decode string list: %w", err)
	}
	return flags, nil
}

// encodeFlags returns the JSON array of a string list ("[]" when empty).
func encodeFlags(flags []string) string {
	if len(flags) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(flags) // a []string always marshals
	return string(b)
}

// mergeFlags appends the codes of add that are not yet in have, keeping order.
func mergeFlags(have, add []string) []string {
	seen := make(map[string]bool, len(have)+len(add))
	out := make([]string, 0, len(have)+len(add))
	for _, f := range append(append([]string(nil), have...), add...) {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Conversation returns the conversation with this id, or ErrNotFound.
func (s *Store) Conversation(ctx context.Context, id uint64) (Conversation, error) {
	var r conversationRow
	if err := s.db.WithContext(ctx).Take(&r, id).Error; err != nil {
		return Conversation{}, fmt.Errorf("load conversation %d: %w", id, notFound(err))
	}
	return r.toConversation(s.seal)
}

// ConversationByOpenID returns the applicant's open conversation, or when every conversation
// is closed the most recent one; ErrNotFound when the applicant has none.
func (s *Store) ConversationByOpenID(ctx context.Context, openID string) (Conversation, error) {
	var r conversationRow
	err := s.db.WithContext(ctx).Where("open_id = ?", openID).
		Order("CASE WHEN open_for IS NULL THEN 1 ELSE 0 END, id DESC").Take(&r).Error
	if err != nil {
		return Conversation{}, fmt.Errorf("load conversation of %s: %w", openID, notFound(err))
	}
	return r.toConversation(s.seal)
}

// lockedConversation reads a conversation inside tx, locked for update on MySQL.
func (s *Store) lockedConversation(tx *gorm.DB, id uint64) (conversationRow, error) {
	var r conversationRow
	err := s.forUpdate(tx).Take(&r, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return r, fmt.Errorf("conversation %d: %w", id, ErrNotFound)
	}
	return r, err
}
