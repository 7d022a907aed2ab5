package main

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

const holdingLine = "系统繁忙，您的消息已收到，稍后回复您"

// figures are one scenario's results; every one but messages and held should be 0.
type figures struct {
	messages, lost, unanswered, failed, inconsistent, sentTwice int
	held                                                        int // answered with the holding line (spooled)
	windows                                                     []time.Duration
}

// settle waits until both instances are up with empty spools and no outbox row is pending.
func settle(ctx context.Context, w *world, timeout time.Duration) error {
	return waitFor(ctx, timeout, func() error {
		for _, in := range w.insts {
			depth, err := in.ready()
			if err != nil {
				return err
			}
			if depth > 0 {
				return fmt.Errorf("%s spool holds %d", in.name, depth)
			}
		}
		var pending int
		if err := w.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')").Scan(&pending); err != nil {
			return err
		}
		if pending > 0 {
			return fmt.Errorf("%d outbox rows pending or being sent", pending)
		}
		return nil
	})
}

// measure compares what the driver saw and the fake API accepted with what MariaDB holds.
func measure(ctx context.Context, db *sql.DB, pushes []*pushRecord, sends []apiSend) (figures, error) {
	f := figures{messages: len(pushes)}
	openIDs := map[string]bool{}
	for _, p := range pushes {
		openIDs[p.openID] = true
	}
	st, err := readState(ctx, db, openIDs)
	if err != nil {
		return f, err
	}
	for _, p := range pushes {
		f.add(p, st)
	}
	perOpenID := map[string][]time.Time{}
	for _, s := range sends {
		if openIDs[s.openID] {
			perOpenID[s.openID] = append(perOpenID[s.openID], s.at)
		}
	}
	for openID, ats := range perOpenID {
		sent := st.sentAt[openID]
		f.sentTwice += max(0, len(ats)-len(sent))
		if len(ats) == len(sent) {
			slices.SortFunc(sent, time.Time.Compare)
			for i := range ats {
				f.windows = append(f.windows, sent[i].Sub(ats[i]))
			}
		}
	}
	return f, nil
}

func (f *figures) add(p *pushRecord, st state) {
	p.mu.Lock()
	defer p.mu.Unlock()
	in, stored := st.inbound["m:"+fmt.Sprint(p.msgID)]
	switch {
	case !p.given:
		f.failed++
	case !stored:
		f.lost++
	case !st.answered(in, p.shown, p.openID):
		f.unanswered++
	}
	if p.shown == holdingLine {
		f.held++
	}
	answers := map[string]bool{}
	for _, t := range p.tries {
		if t.err == nil && t.status == 200 && t.text != "" { // "success" says nothing: no conflict
			answers[t.text] = true
		}
	}
	if len(answers) > 1 {
		f.inconsistent++
	}
}

// state is what MariaDB holds for the scenario's applicants.
type state struct {
	inbound map[string]uint64   // dedup key → message id
	replies map[uint64][]string // inbound id → outbox status of each reply ("" = passive)
	human   map[string]bool     // openid → a human holds the conversation (silence is the answer)
	sentAt  map[string][]time.Time
}

// answered: the applicant saw a real passive answer, or an answer went out through the outbox,
// or a human holds the conversation and silence is right.
func (s state) answered(in uint64, shown, openID string) bool {
	if shown != "" && shown != holdingLine {
		return true
	}
	for _, status := range s.replies[in] {
		if status == "sent" {
			return true
		}
	}
	return len(s.replies[in]) == 0 && s.human[openID]
}

func readState(ctx context.Context, db *sql.DB, openIDs map[string]bool) (state, error) {
	st := state{inbound: map[string]uint64{}, replies: map[uint64][]string{}, human: map[string]bool{}, sentAt: map[string][]time.Time{}}
	var ids []any
	for id := range openIDs {
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return st, nil
	}
	in := "(" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
	queries := []struct {
		sql  string
		scan func(*sql.Rows) error
	}{
		{"SELECT id, dedup_key FROM messages WHERE direction = 'in' AND dedup_key IS NOT NULL AND open_id IN " + in, func(r *sql.Rows) error {
			var id uint64
			var key string
			err := r.Scan(&id, &key)
			st.inbound[key] = id
			return err
		}},
		{"SELECT m.inbound_id, COALESCE(o.status, '') FROM messages m LEFT JOIN outbox o ON o.message_id = m.id WHERE m.direction = 'out' AND m.inbound_id IS NOT NULL AND m.open_id IN " + in, func(r *sql.Rows) error {
			var id uint64
			var status string
			err := r.Scan(&id, &status)
			st.replies[id] = append(st.replies[id], status)
			return err
		}},
		{"SELECT open_id, state FROM conversations WHERE open_id IN " + in, func(r *sql.Rows) error {
			var openID, s string
			err := r.Scan(&openID, &s)
			st.human[openID] = st.human[openID] || s == "waiting" || s == "agent"
			return err
		}},
		{"SELECT open_id, sent_at FROM outbox WHERE status = 'sent' AND open_id IN " + in, func(r *sql.Rows) error {
			var openID string
			var at time.Time
			err := r.Scan(&openID, &at)
			st.sentAt[openID] = append(st.sentAt[openID], at)
			return err
		}},
	}
	for _, q := range queries {
		rows, err := db.QueryContext(ctx, q.sql, ids...)
		if err != nil {
			return st, fmt.Errorf("read state: %w", err)
		}
		for rows.Next() {
			if err := q.scan(rows); err != nil {
				rows.Close()
				return st, fmt.Errorf("read state: %w", err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return st, err
		}
	}
	return st, nil
}
