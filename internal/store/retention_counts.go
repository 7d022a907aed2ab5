package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"gorm.io/gorm"
)

// DayCount is one day's anonymous totals of what retention and erasure removed (UTC): a
// conversation counts on the day it started, a message or a compliance hit on the day it was
// stored. Nothing in it names or leads back to an applicant.
type DayCount struct {
	Day                     string // YYYY-MM-DD
	Conversations           int64
	MessagesIn, MessagesOut int64
	Hits                    int64 // compliance hits
	Flagged                 int64 // conversations with at least one flag reason
	GradeA, GradeB, GradeC  int64
}

// Removed says what a purge or an erasure deleted, in rows.
type Removed struct {
	Conversations, Messages, Profiles, Outbox, Hits, Applicants int64
	Drafts                                                      int64 // llm_drafts (see retention_side.go)
}

// Add returns the sum of r and o.
func (r Removed) Add(o Removed) Removed {
	return Removed{Conversations: r.Conversations + o.Conversations, Messages: r.Messages + o.Messages,
		Profiles: r.Profiles + o.Profiles, Outbox: r.Outbox + o.Outbox, Hits: r.Hits + o.Hits,
		Applicants: r.Applicants + o.Applicants, Drafts: r.Drafts + o.Drafts}
}

// DailyCounts returns the anonymous totals kept of removed data, by day.
func (s *Store) DailyCounts(ctx context.Context) ([]DayCount, error) {
	var rows []v7RetentionCount
	if err := s.db.WithContext(ctx).Order("day").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load retention counts: %w", err)
	}
	out := make([]DayCount, len(rows))
	for i, r := range rows {
		out[i] = DayCount{Day: r.Day, Conversations: r.Conversations, MessagesIn: r.MessagesIn,
			MessagesOut: r.MessagesOut, Hits: r.Hits, Flagged: r.Flagged, GradeA: r.GradeA,
			GradeB: r.GradeB, GradeC: r.GradeC}
	}
	return out, nil
}

// doomedConversation is what the counts need of a conversation about to be deleted.
type doomedConversation struct {
	ID          uint64
	OpenID      string
	Grade       string
	FlagReasons string
	CreatedAt   time.Time
}

// dayKey is the UTC day of t.
func dayKey(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// dayExpr is the day (YYYY-MM-DD) of a time column in SQL on both backends: MySQL renders a
// DATETIME as "YYYY-MM-DD hh:mm:ss…" and SQLite stores the same text (UTC, see Store.clock).
func dayExpr(col string) string { return "SUBSTR(" + col + ", 1, 10)" }

// countDoomed tallies, inside tx, the conversations about to be deleted and what hangs off
// them, into days (the anonymous counts) and removed (the rows). Callers hold the conversations
// locked, so nothing is added to them between the count and the delete.
func countDoomed(tx *gorm.DB, convs []doomedConversation) (map[string]*DayCount, Removed, error) {
	days := map[string]*DayCount{}
	day := func(d string) *DayCount {
		if days[d] == nil {
			days[d] = &DayCount{Day: d}
		}
		return days[d]
	}
	ids := make([]uint64, len(convs))
	for i, c := range convs {
		ids[i] = c.ID
		countConversation(day(dayKey(c.CreatedAt)), c)
	}
	removed := Removed{Conversations: int64(len(convs))}
	var msgs []struct {
		Day, Direction string
		N              int64
	}
	err := tx.Raw("SELECT "+dayExpr("created_at")+" AS day, direction, COUNT(*) AS n FROM messages"+
		" WHERE conversation_id IN ? GROUP BY "+dayExpr("created_at")+", direction", ids).Scan(&msgs).Error
	if err != nil {
		return nil, removed, fmt.Errorf("count messages: %w", err)
	}
	for _, m := range msgs {
		if m.Direction == DirectionIn {
			day(m.Day).MessagesIn += m.N
		} else {
			day(m.Day).MessagesOut += m.N
		}
		removed.Messages += m.N
	}
	var hits []struct {
		Day string
		N   int64
	}
	err = tx.Raw("SELECT "+dayExpr("created_at")+" AS day, COUNT(*) AS n FROM compliance_hits"+
		" WHERE conversation_id IN ? GROUP BY "+dayExpr("created_at"), ids).Scan(&hits).Error
	if err != nil {
		return nil, removed, fmt.Errorf("count compliance hits: %w", err)
	}
	for _, h := range hits {
		day(h.Day).Hits += h.N
		removed.Hits += h.N
	}
	if err := tx.Model(&profileRow{}).Where("conversation_id IN ?", ids).Count(&removed.Profiles).Error; err != nil {
		return nil, removed, fmt.Errorf("count profiles: %w", err)
	}
	if err := tx.Model(&outboxRow{}).Where("conversation_id IN ?", ids).Count(&removed.Outbox).Error; err != nil {
		return nil, removed, fmt.Errorf("count outbox rows: %w", err)
	}
	return days, removed, nil
}

func countConversation(d *DayCount, c doomedConversation) {
	d.Conversations++
	if flags, err := decodeFlags(c.FlagReasons); err == nil && len(flags) > 0 {
		d.Flagged++
	}
	switch strings.ToUpper(c.Grade) {
	case "A":
		d.GradeA++
	case "B":
		d.GradeB++
	case "C":
		d.GradeC++
	}
}

// countColumns are retention_counts' counters, in the order addCounts writes them.
func countColumns() []string {
	return []string{"conversations", "messages_in", "messages_out", "hits", "flagged", "grade_a", "grade_b", "grade_c"}
}

// addCounts adds the days to retention_counts in one statement (a row per day, created at 0
// or incremented).
func (s *Store) addCounts(tx *gorm.DB, days map[string]*DayCount, now time.Time) error {
	if len(days) == 0 {
		return nil
	}
	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same row order in every transaction: no lock-order deadlock
	var rows []string
	var args []any
	for _, k := range keys {
		d := days[k]
		rows = append(rows, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
		args = append(args, d.Day, d.Conversations, d.MessagesIn, d.MessagesOut, d.Hits, d.Flagged,
			d.GradeA, d.GradeB, d.GradeC, now)
	}
	cols := countColumns()
	set := make([]string, 0, len(cols)+1)
	for _, c := range cols {
		if s.dialect == DialectMySQL {
			set = append(set, c+" = "+c+" + VALUES("+c+")")
		} else {
			set = append(set, c+" = "+c+" + excluded."+c)
		}
	}
	q := "INSERT INTO retention_counts (day, " + strings.Join(cols, ", ") + ", updated_at) VALUES " +
		strings.Join(rows, ", ")
	if s.dialect == DialectMySQL {
		q += " ON DUPLICATE KEY UPDATE " + strings.Join(append(set, "updated_at = VALUES(updated_at)"), ", ")
	} else {
		q += " ON CONFLICT (day) DO UPDATE SET " + strings.Join(append(set, "updated_at = excluded.updated_at"), ", ")
	}
	return wrapErr(tx.Exec(q, args...).Error, "add retention counts")
}
