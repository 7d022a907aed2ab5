package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// False-positive review states.
const (
	ReviewOpen       = "open"
	ReviewException  = "exception"  // an exception was added to the phrase
	ReviewRegression = "regression" // a regression line was added
	ReviewDismissed  = "dismissed"  // the block was right
)

// FalsePositive is an agent's mark that a recorded hit blocked something it should not have.
type FalsePositive struct {
	ID             uint64     `json:"id"`
	HitID          uint64     `json:"hit_id"`
	ConversationID uint64     `json:"conversation_id"`
	Phrase         string     `json:"phrase"`
	Category       string     `json:"category"`
	PhraseVersion  uint64     `json:"version"`
	MarkedBy       string     `json:"marked_by"`
	Note           string     `json:"note"`
	Status         string     `json:"status"`
	ResolvedBy     string     `json:"resolved_by,omitempty"`
	Resolution     string     `json:"resolution,omitempty"`
	At             time.Time  `json:"at"`
	ResolvedAt     *time.Time `json:"resolved_at,omitempty"`
}

type reviewRow struct {
	ID             uint64
	HitID          uint64
	ConversationID uint64
	Phrase         string
	Category       string
	PhraseVersion  uint64
	MarkedBy       string
	Note           string
	Status         string
	ResolvedBy     string
	Resolution     string
	CreatedAt      time.Time
	ResolvedAt     *time.Time
}

func (reviewRow) TableName() string { return "phrase_fp_reviews" }

func (r reviewRow) review() FalsePositive {
	fp := FalsePositive{ID: r.ID, HitID: r.HitID, ConversationID: r.ConversationID, Phrase: r.Phrase,
		Category: r.Category, PhraseVersion: r.PhraseVersion, MarkedBy: r.MarkedBy, Note: r.Note, Status: r.Status,
		ResolvedBy: r.ResolvedBy, Resolution: r.Resolution, At: r.CreatedAt.UTC()}
	if r.ResolvedAt != nil {
		t := r.ResolvedAt.UTC()
		fp.ResolvedAt = &t
	}
	return fp
}

// MarkFalsePositive puts a recorded hit in the review queue. A hit already marked gives
// ErrConflict; an unknown hit ErrNotFound.
func (s *Store) MarkFalsePositive(ctx context.Context, hitID uint64, by, note string) (fp FalsePositive, err error) {
	defer wrapf(&err, "mark hit %d as a false positive", hitID)
	if strings.TrimSpace(by) == "" {
		return fp, fmt.Errorf("who is marking is required: %w", ErrInvalid)
	}
	var hit hitRow
	if err := s.db.WithContext(ctx).Select("id", "conversation_id", "phrase", "category", "phrase_version").
		Take(&hit, hitID).Error; err != nil {
		return fp, notFound(err)
	}
	row := reviewRow{HitID: hit.ID, ConversationID: hit.ConversationID, Phrase: hit.Phrase, Category: hit.Category,
		PhraseVersion: hit.PhraseVersion, MarkedBy: truncate(by, 64), Note: truncate(note, 512), Status: ReviewOpen,
		CreatedAt: s.clock()}
	if err := s.db.WithContext(ctx).Create(&row).Error; err != nil {
		if isDuplicate(err) {
			return fp, fmt.Errorf("already marked: %w", ErrConflict)
		}
		return fp, err
	}
	return row.review(), nil
}

// FalsePositives returns the reviews in status (all when empty), newest first. Listing open
// reviews first queues the second opinion's outbound flags (QueueOutboundFlags).
func (s *Store) FalsePositives(ctx context.Context, status string, limit int) ([]FalsePositive, error) {
	if status == "" || status == ReviewOpen {
		if _, err := s.QueueOutboundFlags(ctx); err != nil {
			return nil, err
		}
	}
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	q := s.db.WithContext(ctx).Order("id DESC").Limit(limit)
	if status != "" {
		q = q.Where("status = ?", status)
	}
	var rows []reviewRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("false positives: %w", err)
	}
	out := make([]FalsePositive, len(rows))
	for i, r := range rows {
		out[i] = r.review()
	}
	return out, nil
}

// FalsePositiveByID returns one review.
func (s *Store) FalsePositiveByID(ctx context.Context, id uint64) (FalsePositive, error) {
	var r reviewRow
	if err := s.db.WithContext(ctx).Take(&r, id).Error; err != nil {
		return FalsePositive{}, fmt.Errorf("false positive %d: %w", id, notFound(err))
	}
	return r.review(), nil
}

// ResolveFalsePositive closes an open review with status (exception, regression or dismissed),
// audited with m's reason. A review already closed gives ErrConflict.
func (s *Store) ResolveFalsePositive(ctx context.Context, id uint64, status string, m ChangeMeta) (fp FalsePositive, err error) {
	defer wrapf(&err, "resolve false positive %d", id)
	if err := m.validate(); err != nil {
		return fp, err
	}
	if status != ReviewException && status != ReviewRegression && status != ReviewDismissed {
		return fp, fmt.Errorf("status %q: want exception, regression or dismissed: %w", status, ErrInvalid)
	}
	now := s.clock()
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		var cur reviewRow
		if err := s.forUpdate(tx).Take(&cur, id).Error; err != nil {
			return notFound(err)
		}
		if cur.Status != ReviewOpen {
			return fmt.Errorf("already %s: %w", cur.Status, ErrConflict)
		}
		before := mustJSON(cur.review())
		cur.Status, cur.ResolvedBy, cur.Resolution, cur.ResolvedAt = status, truncate(m.By, 64), truncate(m.Reason, 512), &now
		if err := tx.Save(&cur).Error; err != nil {
			return err
		}
		fp = cur.review()
		return audit(tx, 0, ReviewResolved, m, before, mustJSON(fp), 0, now)
	})
	return fp, err
}

// MarkLatestBlock marks the newest blocked hit of a conversation that is not yet in the review
// queue (what an agent means by "this block was wrong"); ErrNotFound when there is none.
func (s *Store) MarkLatestBlock(ctx context.Context, conversationID uint64, by, note string) (FalsePositive, error) {
	var ids []uint64
	err := s.db.WithContext(ctx).Model(&hitRow{}).
		Where("conversation_id = ? AND action = ? AND id NOT IN (?)", conversationID, VerdictBlock,
			s.db.Model(&reviewRow{}).Select("hit_id")).
		Order("id DESC").Limit(1).Pluck("id", &ids).Error
	if err != nil {
		return FalsePositive{}, fmt.Errorf("latest block of conversation %d: %w", conversationID, err)
	}
	if len(ids) == 0 {
		return FalsePositive{}, fmt.Errorf("no unreviewed block in conversation %d: %w", conversationID, ErrNotFound)
	}
	return s.MarkFalsePositive(ctx, ids[0], by, note)
}
