package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// HitFilter selects recorded compliance hits; zero fields select everything.
type HitFilter struct {
	Since    time.Time // inclusive
	Until    time.Time // exclusive
	Category string
	Phrase   string
	Limit    int // HitRecords only: default 100, at most 1000
}

func (f HitFilter) apply(q *gorm.DB) *gorm.DB {
	if !f.Since.IsZero() {
		q = q.Where("created_at >= ?", dbTime(f.Since))
	}
	if !f.Until.IsZero() {
		q = q.Where("created_at < ?", dbTime(f.Until))
	}
	if f.Category != "" {
		q = q.Where("category = ?", f.Category)
	}
	if f.Phrase != "" {
		q = q.Where("phrase = ?", f.Phrase)
	}
	return q
}

// HitCount is how many hits one phrase had on one day (UTC).
type HitCount struct {
	Day      time.Time `json:"day"`
	Phrase   string    `json:"phrase"`
	Category string    `json:"category"`
	Count    int       `json:"count"`
}

// HitCounts counts the hits matching f per day and phrase, by day then phrase. It reads three
// short columns per hit (no text), bucketing in Go so both dialects share one query.
func (s *Store) HitCounts(ctx context.Context, f HitFilter) ([]HitCount, error) {
	type hitLite struct {
		Phrase, Category string
		CreatedAt        time.Time
	}
	var rows []hitLite
	q := f.apply(s.db.WithContext(ctx).Model(&hitRow{})).Select("phrase", "category", "created_at").Order("created_at")
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("count hits: %w", err)
	}
	var out []HitCount
	index := map[string]int{}
	for _, r := range rows {
		day := r.CreatedAt.UTC().Truncate(24 * time.Hour)
		k := day.Format(time.DateOnly) + "\x00" + r.Phrase + "\x00" + r.Category
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, HitCount{Day: day, Phrase: r.Phrase, Category: r.Category})
		}
		out[i].Count++
	}
	return out, nil
}

// HitRecord is a recorded hit with the text it was found in (opened; callers mask it).
type HitRecord struct {
	ID             uint64    `json:"id"`
	ConversationID uint64    `json:"conversation_id"`
	Direction      string    `json:"direction"`
	Phrase         string    `json:"phrase"`
	Category       string    `json:"category"`
	Action         string    `json:"action"`
	PhraseVersion  uint64    `json:"version"`
	Text           string    `json:"text"`
	At             time.Time `json:"at"`
}

// HitRecords returns the newest hits matching f, newest first.
func (s *Store) HitRecords(ctx context.Context, f HitFilter) ([]HitRecord, error) {
	switch {
	case f.Limit <= 0:
		f.Limit = 100
	case f.Limit > 1000:
		f.Limit = 1000
	}
	var rows []hitRow
	if err := f.apply(s.db.WithContext(ctx)).Order("id DESC").Limit(f.Limit).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list hits: %w", err)
	}
	out := make([]HitRecord, 0, len(rows))
	for _, r := range rows {
		rec, err := s.hitRecord(r)
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// HitRecordByID returns one recorded hit.
func (s *Store) HitRecordByID(ctx context.Context, id uint64) (HitRecord, error) {
	var r hitRow
	if err := s.db.WithContext(ctx).Take(&r, id).Error; err != nil {
		return HitRecord{}, fmt.Errorf("hit %d: %w", id, notFound(err))
	}
	return s.hitRecord(r)
}

func (s *Store) hitRecord(r hitRow) (HitRecord, error) {
	text, err := s.seal.openString(labelHitText, r.TextEnc)
	if err != nil {
		return HitRecord{}, fmt.Errorf("open hit %d: %w", r.ID, err)
	}
	return HitRecord{ID: r.ID, ConversationID: r.ConversationID, Direction: r.Direction, Phrase: r.Phrase,
		Category: r.Category, Action: r.Action, PhraseVersion: r.PhraseVersion, Text: text, At: r.CreatedAt.UTC()}, nil
}
