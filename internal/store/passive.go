package store

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// UnsentPassive returns the passive replies recorded for the inbound message with dedup key key
// that have no outbox copy yet (a non-passive reply with the same text), in order. The spool's
// drain uses it: a message that went to the spool got the holding line, so when its turn turns
// out to be stored already — a write that committed although the connection died before the
// answer — its passive reply never reached the applicant and must go through the outbox, once.
func (s *Store) UnsentPassive(ctx context.Context, key string) (texts []string, err error) {
	defer wrapf(&err, "unsent passive replies of %q", key)
	db := s.db.WithContext(ctx)
	var in messageRow
	if err := db.Where("dedup_key = ?", dedupKey(key)).Take(&in).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	var rows []messageRow
	if err := db.Where("inbound_id = ?", in.ID).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	var passive []string
	copied := map[string]bool{}
	for _, r := range rows {
		t, err := s.seal.openString(labelMessageText, r.TextEnc)
		if err != nil {
			return nil, fmt.Errorf("reply %d: %w", r.ID, err)
		}
		if r.Passive {
			passive = append(passive, t)
		} else {
			copied[t] = true
		}
	}
	for _, t := range passive {
		if !copied[t] {
			texts = append(texts, t)
		}
	}
	return texts, nil
}
