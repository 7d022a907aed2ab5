package store

import (
	"context"
	"fmt"
	"time"
)

// PhraseAuditEntry is one entry of the phrase audit trail as the console shows it: Before and
// After are JSON (a phrase, a version, a regression line), empty where there is none.
type PhraseAuditEntry struct {
	ID          uint64    `json:"id"`
	PhraseID    uint64    `json:"phrase_id,omitempty"`
	Action      string    `json:"action"`
	By          string    `json:"by"`
	Reason      string    `json:"reason"`
	Address     string    `json:"address,omitempty"`
	ListVersion uint64    `json:"version,omitempty"`
	Before      string    `json:"before,omitempty"`
	After       string    `json:"after,omitempty"`
	At          time.Time `json:"at"`
}

// PhraseAuditFilter selects audit entries; zero fields select everything.
type PhraseAuditFilter struct {
	By       string
	Action   string
	PhraseID uint64
	Since    time.Time // inclusive
	Until    time.Time // exclusive
	BeforeID uint64    // paging: entries older than this id
	Limit    int       // default 200, at most 5000
}

// PhraseAudit returns audit entries matching f, newest first.
func (s *Store) PhraseAudit(ctx context.Context, f PhraseAuditFilter) ([]PhraseAuditEntry, error) {
	q := s.db.WithContext(ctx).Order("id DESC")
	if f.By != "" {
		q = q.Where("changed_by = ?", f.By)
	}
	if f.Action != "" {
		q = q.Where("action = ?", f.Action)
	}
	if f.PhraseID != 0 {
		q = q.Where("phrase_id = ?", f.PhraseID)
	}
	if !f.Since.IsZero() {
		q = q.Where("created_at >= ?", dbTime(f.Since))
	}
	if !f.Until.IsZero() {
		q = q.Where("created_at < ?", dbTime(f.Until))
	}
	if f.BeforeID != 0 {
		q = q.Where("id < ?", f.BeforeID)
	}
	switch {
	case f.Limit <= 0:
		f.Limit = 200
	case f.Limit > 5000:
		f.Limit = 5000
	}
	var rows []phraseAuditRow
	if err := q.Limit(f.Limit).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("phrase audit: %w", err)
	}
	out := make([]PhraseAuditEntry, len(rows))
	for i, r := range rows {
		out[i] = PhraseAuditEntry{ID: r.ID, PhraseID: r.PhraseID, Action: r.Action, By: r.ChangedBy, Reason: r.Reason,
			Address: r.Address, ListVersion: r.ListVersion, Before: r.Before, After: r.After, At: r.CreatedAt.UTC()}
	}
	return out, nil
}
