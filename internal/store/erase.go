package store

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// EraseApplicant deletes an applicant at once (PIPL Art. 47: on request, or when consent is
// withdrawn): every conversation with its engine state (it holds the slots), messages,
// profiles, outbox rows, compliance hits and notes, then the applicant row, and the drafts
// kept by openid (retention_side.go). Before deleting, it
// adds their anonymous counts to retention_counts, in the same transaction. ErrNotFound when
// the openid is unknown.
//
// This instance's open-conversation cache forgets the applicant. Another instance that still
// caches the conversation cannot bring it back: its next SaveTurn is guarded by the row's
// version, finds the row gone (ErrStale) and reads again, which finds nothing; a later message
// starts a new applicant from nothing.
func (s *Store) EraseApplicant(ctx context.Context, openID string) (removed Removed, err error) {
	defer wrapf(&err, "erase applicant %s", openID)
	if openID == "" {
		return removed, fmt.Errorf("openid is required: %w", ErrInvalid)
	}
	defer s.seen.forget(openID)
	err = s.retentionTx(ctx, func(tx *gorm.DB) error {
		var err error
		removed, err = s.eraseTx(tx, openID)
		return err
	})
	return removed, err
}

// eraseTx is EraseApplicant's transaction: lock, count, delete.
func (s *Store) eraseTx(tx *gorm.DB, openID string) (Removed, error) {
	appID, convs, err := s.lockApplicant(tx, openID)
	if err != nil {
		return Removed{}, err
	}
	var removed Removed
	if len(convs) > 0 {
		days, r, err := countDoomed(tx, convs)
		if err != nil {
			return removed, err
		}
		if err := s.addCounts(tx, days, s.clock()); err != nil {
			return removed, err
		}
		removed = r
	}
	// The conversations and all below them go with the applicant (ON DELETE CASCADE).
	if err := tx.Delete(&applicantRow{}, appID).Error; err != nil {
		return removed, fmt.Errorf("delete applicant: %w", err)
	}
	removed.Applicants = 1
	removed.Drafts, err = eraseSide(tx, openID)
	return removed, err
}

// lockApplicant locks the applicant row, then its conversations (MySQL: FOR UPDATE). A turn
// opening a new conversation upserts the applicant first, so it waits for the erasure.
func (s *Store) lockApplicant(tx *gorm.DB, openID string) (uint64, []doomedConversation, error) {
	var app applicantRow
	err := s.forUpdate(tx).Select("id").Where("open_id = ?", openID).Take(&app).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, nil, ErrNotFound
	} else if err != nil {
		return 0, nil, fmt.Errorf("lock applicant: %w", err)
	}
	var convs []doomedConversation
	err = s.forUpdate(tx).Model(&conversationRow{}).Select("id, open_id, grade, flag_reasons, created_at").
		Where("applicant_id = ?", app.ID).Order("id").Find(&convs).Error
	return app.ID, convs, wrapErr(err, "lock conversations")
}
