package store

import (
	"context"
	"fmt"

	"gorm.io/gorm/clause"
)

// The compliance filter's statistical second opinion flags outbound sentences the rules allow
// (rule "scorer:promise-like", category S01, verdict flag). A flag is not a block: the text is
// sent and the hit stored with its list version. Compliance staff review those flags in the same
// queue as agents' false-positive marks: QueueOutboundFlags puts every stored outbound S01 flag
// not yet in phrase_fp_reviews there, marked by FlagReviewer, and FalsePositives calls it before
// listing, so the hits page shows them with no job or table of its own. Staff confirm one by
// adding a regression line (expect flag or block; a phrase goes through the draft as usual),
// record a false alarm as a regression line expecting allow, or dismiss it.

// Who queued a review of the second opinion's flag, and what the queue shows with it.
const (
	FlagCategory   = "S01"    // compliance.CatScorer (the store does not import compliance)
	FlagReviewer   = "scorer" // marked_by of the reviews QueueOutboundFlags adds
	flagReviewNote = "统计模型认为此句像承诺（规则未命中，已发送），请确认：加回归语句，或驳回"
	flagQueueBatch = 500 // flags queued by one call at most; the next call takes the rest
)

// outboundDirections are the directions stored for outgoing texts: "outbound" from the pipeline
// (bot replies, drafts), "out" (DirectionOut) from the console's agent replies.
var outboundDirections = []string{DirectionOut, "outbound"}

// QueueOutboundFlags adds the stored outbound S01 flags that are not in the review queue yet as
// open reviews, oldest first, and reports how many it added. Safe to run concurrently: the
// queue's unique key on hit_id drops a review another caller added meanwhile.
func (s *Store) QueueOutboundFlags(ctx context.Context) (int, error) {
	var hits []hitRow
	err := s.db.WithContext(ctx).Model(&hitRow{}).
		Select("id", "conversation_id", "phrase", "category", "phrase_version").
		Where("category = ? AND action = ? AND direction IN ?", FlagCategory, VerdictFlag, outboundDirections).
		Where("NOT EXISTS (SELECT 1 FROM phrase_fp_reviews r WHERE r.hit_id = compliance_hits.id)").
		Order("id").Limit(flagQueueBatch).Find(&hits).Error
	if err != nil || len(hits) == 0 {
		return 0, wrapErr(err, "find unreviewed outbound flags")
	}
	now := s.clock()
	rows := make([]reviewRow, len(hits))
	for i, h := range hits {
		rows[i] = reviewRow{HitID: h.ID, ConversationID: h.ConversationID, Phrase: h.Phrase, Category: h.Category,
			PhraseVersion: h.PhraseVersion, MarkedBy: FlagReviewer, Note: flagReviewNote, Status: ReviewOpen, CreatedAt: now}
	}
	res := s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&rows)
	if res.Error != nil {
		return 0, fmt.Errorf("queue outbound flags for review: %w", res.Error)
	}
	return int(res.RowsAffected), nil
}
