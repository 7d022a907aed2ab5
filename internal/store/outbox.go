package store

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// Outbox row statuses.
const (
	outboxPending = "pending" // waiting for its next attempt
	outboxSending = "sending" // claimed by a sender until lease_until
	outboxSent    = "sent"
	outboxFailed  = "failed" // permanently
)

// maxLastError bounds the stored failure cause.
const maxLastError = 1000

// OutboxItem is one queued message for the 客服消息 API, claimed for sending.
type OutboxItem struct {
	ID             uint64
	ConversationID uint64
	OpenID, Text   string
	Attempts       int // attempts so far, this one included
	NextAttemptAt  time.Time
	// Bot says the bot wrote the text: it must not go out while an agent holds the conversation
	// (checked when the row was claimed; the sender checks again with SilenceOutbox).
	Bot bool
}

// claimCandidates selects due rows: pending and due, or claimed with an expired lease — and
// only the oldest unsent row of each applicant, so one applicant's messages go out in order
// even with several senders. MySQL locks the candidates (FOR UPDATE, not SKIP LOCKED: skipping
// a locked older row would hand out a younger one of the same applicant).
//
// Each candidate comes with its message's sender and its conversation's state, read by primary
// key in the same query, so that silenced rows are cancelled rather than claimed (silent).
const claimCandidates = `SELECT o.id,
(SELECT m.sender FROM messages m WHERE m.id = o.message_id) AS sender,
(SELECT c.state FROM conversations c WHERE c.id = o.conversation_id) AS state
FROM outbox o
WHERE ((o.status = ? AND o.next_attempt_at <= ?) OR (o.status = ? AND o.lease_until <= ?))
AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.open_id = o.open_id AND p.id < o.id AND p.status IN (?, ?))
ORDER BY o.id LIMIT ?`

// ClaimOutbox hands out up to limit due rows, each to exactly one caller across instances, for
// lease; a row not marked sent or failed before the lease ends is handed out again. Rows come
// oldest first, at most one per applicant (the next one is due once this one is sent or failed).
// A due bot row whose conversation an agent holds is cancelled instead (see silent).
func (s *Store) ClaimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) (items []OutboxItem, err error) {
	defer wrapf(&err, "claim outbox")
	if limit <= 0 || lease <= 0 {
		return nil, fmt.Errorf("limit %d and lease %s must be positive: %w", limit, lease, ErrInvalid)
	}
	now = dbTime(now)
	for {
		items, cancelled, err := s.claimOutbox(ctx, now, limit, lease)
		// A pass that only cancelled rows made the next rows of those applicants due.
		if err != nil || len(items) > 0 || cancelled == 0 {
			return items, err
		}
	}
}

// claimOutbox is one claim transaction; it reports the rows claimed and how many it cancelled.
func (s *Store) claimOutbox(ctx context.Context, now time.Time, limit int, lease time.Duration) ([]OutboxItem, int, error) {
	until := now.Add(lease)
	token := rand.Text() // 26 base32 characters
	var rows []outboxRow
	bots := map[uint64]bool{}
	cancelled := 0
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		q := claimCandidates
		if s.dialect == DialectMySQL {
			q += " FOR UPDATE" // locks the outbox rows only: subqueries read without locking
		}
		var cands []outboxCandidate
		if err := tx.Raw(q, outboxPending, now, outboxSending, now, outboxPending, outboxSending, limit).
			Scan(&cands).Error; err != nil || len(cands) == 0 {
			return wrapErr(err, "select due rows")
		}
		var ids, quiet []uint64
		for _, c := range cands {
			if silent(c.Sender.String, c.State.String) {
				quiet = append(quiet, c.ID)
				continue
			}
			ids = append(ids, c.ID)
			bots[c.ID] = c.Sender.String == SenderBot
		}
		if err := cancelSilenced(tx, quiet, now); err != nil {
			return err
		}
		cancelled = len(quiet)
		if len(ids) == 0 {
			return nil
		}
		// The WHERE repeats the due test, so a row claimed meanwhile is not taken twice.
		err := tx.Model(&outboxRow{}).Where("id IN ?", ids).
			Where("(status = ? AND next_attempt_at <= ?) OR (status = ? AND lease_until <= ?)",
				outboxPending, now, outboxSending, now).
			Updates(map[string]any{"status": outboxSending, "claim_token": token, "lease_until": until,
				"attempts": gorm.Expr("attempts + 1"), "updated_at": now}).Error
		if err != nil {
			return fmt.Errorf("claim rows: %w", err)
		}
		return wrapErr(tx.Where("claim_token = ?", token).Order("id").Find(&rows).Error, "read claimed rows")
	})
	if err != nil {
		return nil, 0, err
	}
	items, err := s.outboxItems(rows)
	for i := range items {
		items[i].Bot = bots[items[i].ID]
	}
	return items, cancelled, err
}

func (s *Store) outboxItems(rows []outboxRow) ([]OutboxItem, error) {
	items := make([]OutboxItem, 0, len(rows))
	for _, r := range rows {
		text, err := s.seal.openString(labelOutboxText, r.TextEnc)
		if err != nil {
			return nil, fmt.Errorf("outbox %d: %w", r.ID, err)
		}
		items = append(items, OutboxItem{ID: r.ID, ConversationID: r.ConversationID, OpenID: r.OpenID, Text: text,
			Attempts: r.Attempts, NextAttemptAt: r.NextAttemptAt.UTC()})
	}
	return items, nil
}

// MarkSent records a successful delivery.
func (s *Store) MarkSent(ctx context.Context, id uint64) error {
	now := s.clock()
	return s.finishOutbox(ctx, id, map[string]any{"status": outboxSent, "sent_at": now,
		"claim_token": "", "lease_until": nil, "updated_at": now})
}

// MarkFailed records a failed attempt: retried at next, or never again when permanent.
func (s *Store) MarkFailed(ctx context.Context, id uint64, cause string, next time.Time, permanent bool) error {
	status := outboxPending
	if permanent {
		status = outboxFailed
	}
	return s.finishOutbox(ctx, id, map[string]any{"status": status, "next_attempt_at": dbTime(next),
		"last_error": truncate(cause, maxLastError), "claim_token": "", "lease_until": nil,
		"updated_at": s.clock()})
}

func (s *Store) finishOutbox(ctx context.Context, id uint64, set map[string]any) error {
	res := s.db.WithContext(ctx).Model(&outboxRow{}).Where("id = ?", id).Updates(set)
	if res.Error != nil {
		return fmt.Errorf("mark outbox %d %s: %w", id, set["status"], res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("mark outbox %d %s: %w", id, set["status"], ErrNotFound)
	}
	return nil
}

// truncate cuts s to at most n bytes without splitting a UTF-8 character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
