package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Queue ranks (conversations.queue_rank): lower comes first.
const (
	RankUrgent    = 0 // complaint, fraud request
	RankFlagged   = 1 // any other flag
	RankUnflagged = 9 // the column default
)

// RankOf is the queue rank of a conversation with these flag reasons.
func RankOf(flags []string) int {
	rank := RankUnflagged
	for _, f := range flags {
		switch f {
		case "complaint", "fraud_request":
			return RankUrgent
		case "":
		default:
			rank = RankFlagged
		}
	}
	return rank
}

// Queue filters.
const (
	QueueWaiting = "waiting" // handed off, nobody holds it
	QueueAgent   = "agent"   // held by an agent
	QueueMine    = "mine"    // held by the asking agent
	QueueOpen    = "open"    // waiting, held, or flagged while the bot still answers
	QueueClosed  = "closed"  // closed, most recent first
)

// QueueItem is one line of the agents' queue. It carries no message text (personal data).
type QueueItem struct {
	ID            uint64    `json:"id"`
	OpenID        string    `json:"-"`
	State         string    `json:"state"`
	AssignedAgent string    `json:"assigned_agent,omitempty"`
	Flags         []string  `json:"flags"`
	Rank          int       `json:"priority"`
	Grade         string    `json:"grade,omitempty"`
	QueuedAt      time.Time `json:"queued_at"`
	UpdatedAt     time.Time `json:"updated_at"`
	Left          int       `json:"messages_waiting"` // waiting ones: applicant messages since it was queued
}

// queueColumns select a queue line. The count of the applicant's messages since it was queued
// reads message rows (about 0.1 ms a conversation), so it is computed only for conversations
// nobody holds yet: what they left while waiting.
const queueColumns = "SELECT c.id, c.open_id, c.state, c.assigned_agent, c.flag_reasons, c.queue_rank, c.grade, " +
	"c.queued_at, c.updated_at, CASE WHEN c.state = 'waiting' AND c.queued_at IS NOT NULL THEN " +
	"(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' " +
	"AND m.created_at >= c.queued_at) ELSE 0 END AS left_count FROM conversations c "

// Queue lists conversations for the console: filter is one of the Queue* constants, agent the
// asking agent (for QueueMine), at most limit rows. Each filter reads one range of the queue
// index in order: waiting and held by priority then waiting time, closed most recent first.
func (s *Store) Queue(ctx context.Context, filter, agent string, limit int) (items []QueueItem, err error) {
	defer wrapf(&err, "queue %s", filter)
	if limit <= 0 || limit > 500 {
		limit = 200
	}
	order := " ORDER BY c.queue_rank, c.queued_at, c.id LIMIT ?"
	var parts []string
	var args []any
	switch filter {
	case QueueWaiting, QueueAgent:
		parts, args = []string{"c.state = ?"}, []any{filter}
	case QueueMine:
		parts, args = []string{"c.state = 'agent' AND c.assigned_agent = ?"}, []any{agent}
	case QueueOpen:
		parts = []string{"c.state = 'waiting'", "c.state = 'agent'", "c.state = 'bot' AND c.queue_rank < 9"}
	case QueueClosed:
		parts, order = []string{"c.state = 'closed' AND c.queue_rank = 9"}, " ORDER BY c.queued_at DESC, c.id DESC LIMIT ?"
	default:
		return nil, fmt.Errorf("unknown filter: %w", ErrInvalid)
	}
	// One statement, one round trip: each range read in index order with its own LIMIT.
	sel := make([]string, len(parts))
	var all []any
	for i, where := range parts {
		sel[i] = "SELECT * FROM (" + queueColumns + "WHERE " + where + order + ") r" + fmt.Sprint(i)
		all = append(append(all, args...), limit)
	}
	rows, err := s.sqlDB.QueryContext(ctx, strings.Join(sel, " UNION ALL "), all...)
	if err != nil {
		return nil, err
	}
	if items, err = scanQueue(rows); err != nil {
		return nil, err
	}
	if len(parts) > 1 {
		sortQueue(items)
		if len(items) > limit {
			items = items[:limit]
		}
	}
	return items, nil
}

func scanQueue(rows *sql.Rows) ([]QueueItem, error) {
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var it QueueItem
		var flags string
		var queued *time.Time
		if err := rows.Scan(&it.ID, &it.OpenID, &it.State, &it.AssignedAgent, &flags, &it.Rank, &it.Grade,
			&queued, &it.UpdatedAt, &it.Left); err != nil {
			return nil, err
		}
		var err error
		if it.Flags, err = decodeFlags(flags); err != nil {
			return nil, fmt.Errorf("conversation %d: %w", it.ID, err)
		}
		if it.Flags == nil {
			it.Flags = []string{}
		}
		if queued != nil {
			it.QueuedAt = queued.UTC()
		}
		it.UpdatedAt = it.UpdatedAt.UTC()
		out = append(out, it)
	}
	return out, rows.Err()
}

// sortQueue orders merged ranges: waiting before held before flagged-bot, then rank and time.
func sortQueue(items []QueueItem) {
	order := map[string]int{StateWaiting: 0, StateAgent: 1, StateBot: 2}
	less := func(a, b QueueItem) bool {
		if order[a.State] != order[b.State] {
			return order[a.State] < order[b.State]
		}
		if a.Rank != b.Rank {
			return a.Rank < b.Rank
		}
		return a.QueuedAt.Before(b.QueuedAt)
	}
	for i := 1; i < len(items); i++ { // insertion sort: the ranges come sorted already
		for j := i; j > 0 && less(items[j], items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

// MarkQueued records that a conversation was flagged or handed off: its rank from the new flags
// (never lowered), and since when it waits (kept when it was queued already). It does not bump the version: the
// turn pipeline does not read these columns.
func (s *Store) MarkQueued(ctx context.Context, id uint64, flags []string) error {
	rank := RankOf(flags)
	if rank == RankUnflagged {
		rank = RankFlagged // handed off without a flag still needs a person
	}
	now, err := s.queuedAt(ctx, id)
	if err != nil {
		return err
	}
	// queued_at first: MySQL evaluates assignments left to right, SQLite on the old row. A rank
	// only rises (a complaint stays urgent when a later flag is ordinary).
	_, err = s.sqlDB.ExecContext(ctx, "UPDATE conversations SET "+
		"queued_at = CASE WHEN queued_at IS NULL OR queue_rank = 9 THEN ? ELSE queued_at END, "+
		"queue_rank = CASE WHEN queue_rank < ? THEN queue_rank ELSE ? END "+
		"WHERE id = ? AND state IN ('bot', 'waiting')", now, rank, rank, id)
	return wrapErr(err, fmt.Sprintf("queue conversation %d", id))
}

// queuedAt is when a conversation queued now starts waiting: now, but after the message that
// handed it off (stored in the same millisecond, it would count as a message left meanwhile).
func (s *Store) queuedAt(ctx context.Context, id uint64) (time.Time, error) {
	now := dbTime(s.clock())
	var last time.Time
	err := s.sqlDB.QueryRowContext(ctx, "SELECT created_at FROM messages WHERE conversation_id = ? AND direction = 'in' "+
		"ORDER BY created_at DESC LIMIT 1", id).Scan(&last)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return now, nil
	case err != nil:
		return now, fmt.Errorf("last message of conversation %d: %w", id, err)
	}
	if after := dbTime(last).Add(time.Millisecond); after.After(now) {
		return after, nil
	}
	return now, nil
}

// Overdue lists waiting conversations queued before cutoff whose applicant was not yet told
// when advisers are available.
func (s *Store) Overdue(ctx context.Context, cutoff time.Time, limit int) ([]uint64, error) {
	rows, err := s.sqlDB.QueryContext(ctx, "SELECT id FROM conversations WHERE state = 'waiting' "+
		"AND queue_rank < 9 AND queued_at < ? AND wait_notice = ? ORDER BY queue_rank, queued_at LIMIT ?",
		dbTime(cutoff), false, limit)
	if err != nil {
		return nil, fmt.Errorf("overdue conversations: %w", err)
	}
	defer rows.Close()
	var ids []uint64
	for rows.Next() {
		var id uint64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("overdue conversations: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// LastInbound is when the applicant last wrote in the conversation (zero when never): WeChat's
// 48-hour customer-service window runs from it.
func (s *Store) LastInbound(ctx context.Context, id uint64) (time.Time, error) {
	var t time.Time
	err := s.sqlDB.QueryRowContext(ctx, "SELECT created_at FROM messages WHERE conversation_id = ? "+
		"AND direction = 'in' ORDER BY id DESC LIMIT 1", id).Scan(&t)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	return t.UTC(), wrapErr(err, fmt.Sprintf("last inbound of conversation %d", id))
}
