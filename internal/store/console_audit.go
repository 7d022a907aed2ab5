package store

import (
	"context"
	"fmt"
	"time"
)

// Audit actions.
const (
	AuditClaim    = "claim"
	AuditReply    = "reply"
	AuditBlocked  = "reply_blocked"
	AuditNote     = "note"
	AuditHandBack = "handback"
	AuditClose    = "close"
	AuditReveal   = "reveal"
	AuditLogin    = "login"
)

// Audit is one recorded console action.
type Audit struct {
	ID             uint64    `json:"id"`
	Actor          string    `json:"actor"`
	Action         string    `json:"action"`
	ConversationID uint64    `json:"conversation_id"`
	Detail         string    `json:"detail"`
	Address        string    `json:"address"`
	CreatedAt      time.Time `json:"created_at"`
}

type auditRow struct {
	ID             uint64
	Actor          string
	Action         string
	ConversationID uint64
	Detail         string
	Address        string
	CreatedAt      time.Time
}

func (auditRow) TableName() string { return "console_audits" }

// AddAudit records one action; CreatedAt is the store's clock.
func (s *Store) AddAudit(ctx context.Context, a Audit) error {
	if a.Actor == "" || a.Action == "" {
		return fmt.Errorf("audit: actor and action are required: %w", ErrInvalid)
	}
	r := auditRow{Actor: a.Actor, Action: a.Action, ConversationID: a.ConversationID, Detail: a.Detail,
		Address: a.Address, CreatedAt: s.clock()}
	return wrapErr(s.db.WithContext(ctx).Create(&r).Error, "audit "+a.Action)
}

// Audits returns the most recent actions, newest first; conversationID 0 = every conversation.
func (s *Store) Audits(ctx context.Context, conversationID uint64, limit int) ([]Audit, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	q := s.db.WithContext(ctx).Order("id DESC").Limit(limit)
	if conversationID != 0 {
		q = q.Where("conversation_id = ?", conversationID)
	}
	var rows []auditRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("audits: %w", err)
	}
	out := make([]Audit, 0, len(rows))
	for _, r := range rows {
		out = append(out, Audit{ID: r.ID, Actor: r.Actor, Action: r.Action, ConversationID: r.ConversationID,
			Detail: r.Detail, Address: r.Address, CreatedAt: r.CreatedAt.UTC()})
	}
	return out, nil
}
