package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

const labelNoteText = "console_notes.text"

// Note is an agent's private note on a conversation (never sent to the applicant).
type Note struct {
	ID        uint64    `json:"id"`
	Author    string    `json:"author"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
}

type noteRow struct {
	ID             uint64
	ConversationID uint64
	Author         string
	TextEnc        []byte
	CreatedAt      time.Time
}

func (noteRow) TableName() string { return "console_notes" }

// AddNote stores a private note, sealed; ErrNotFound for an unknown conversation.
func (s *Store) AddNote(ctx context.Context, conversationID uint64, author, text string) (Note, error) {
	text = strings.TrimSpace(text)
	if text == "" || author == "" {
		return Note{}, fmt.Errorf("add note: author and text are required: %w", ErrInvalid)
	}
	if _, err := s.Conversation(ctx, conversationID); err != nil {
		return Note{}, fmt.Errorf("add note: %w", err)
	}
	r := noteRow{ConversationID: conversationID, Author: author, CreatedAt: s.clock(),
		TextEnc: s.seal.sealString(labelNoteText, text)}
	if err := s.db.WithContext(ctx).Create(&r).Error; err != nil {
		return Note{}, fmt.Errorf("add note to conversation %d: %w", conversationID, err)
	}
	return Note{ID: r.ID, Author: author, Text: text, CreatedAt: r.CreatedAt.UTC()}, nil
}

// Notes returns a conversation's notes, oldest first, decrypted.
func (s *Store) Notes(ctx context.Context, conversationID uint64) ([]Note, error) {
	var rows []noteRow
	if err := s.db.WithContext(ctx).Where("conversation_id = ?", conversationID).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("notes of conversation %d: %w", conversationID, err)
	}
	out := make([]Note, 0, len(rows))
	for _, r := range rows {
		text, err := s.seal.openString(labelNoteText, r.TextEnc)
		if err != nil {
			return nil, fmt.Errorf("note %d: %w", r.ID, err)
		}
		out = append(out, Note{ID: r.ID, Author: r.Author, Text: text, CreatedAt: r.CreatedAt.UTC()})
	}
	return out, nil
}

// ConversationHit is a recorded compliance hit (the text it was found in is not returned).
type ConversationHit struct {
	MessageID *uint64   `json:"message_id,omitempty"`
	Direction string    `json:"direction"`
	Phrase    string    `json:"phrase"`
	Category  string    `json:"category"`
	Action    string    `json:"action"`
	CreatedAt time.Time `json:"created_at"`
}

// Hits returns the compliance hits recorded in a conversation, oldest first.
func (s *Store) Hits(ctx context.Context, conversationID uint64) ([]ConversationHit, error) {
	var rows []hitRow
	if err := s.db.WithContext(ctx).Where("conversation_id = ?", conversationID).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("hits of conversation %d: %w", conversationID, err)
	}
	out := make([]ConversationHit, 0, len(rows))
	for _, r := range rows {
		out = append(out, ConversationHit{MessageID: r.MessageID, Direction: r.Direction, Phrase: r.Phrase,
			Category: r.Category, Action: r.Action, CreatedAt: r.CreatedAt.UTC()})
	}
	return out, nil
}
