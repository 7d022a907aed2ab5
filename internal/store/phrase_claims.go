package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The draft claim set (compliance's claims.yaml format, kept as text; compliance validates
// it): staff edit it beside the draft phrases, each change with a reason and audited, and
// publishing snapshots it into the version with the phrases. '' stands for the embedded
// default set (versions stored before migration 0010).

// PhraseClaimsEdited is the audit action of a draft claim-set edit (phrase id 0; before and
// after hold the lines removed and added).
const PhraseClaimsEdited = "claims"

// claimDraftID is the id of the one draft row.
const claimDraftID = 1

// maxAuditText bounds an audit's before or after (a TEXT column holds 65,535 bytes).
const maxAuditText = 60000

type claimDraftRow struct {
	ID        uint64
	YAML      string `gorm:"column:yaml"`
	UpdatedBy string
	UpdatedAt time.Time
}

func (claimDraftRow) TableName() string { return "phrase_claim_drafts" }

// DraftClaims returns the draft's claim set ("" when none was stored: the embedded default).
func (s *Store) DraftClaims(ctx context.Context) (string, error) {
	y, err := draftClaims(s.db.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("draft claims: %w", err)
	}
	return y, nil
}

func draftClaims(tx *gorm.DB) (string, error) {
	var r claimDraftRow
	err := tx.Take(&r, claimDraftID).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", nil
	}
	return r.YAML, err
}

// EditClaims replaces the draft's claim set with m's reason in the audit trail (the lines
// removed and added). An unchanged set writes nothing and reports false.
func (s *Store) EditClaims(ctx context.Context, yaml string, m ChangeMeta) (changed bool, err error) {
	defer wrapf(&err, "edit claim patterns")
	if err := m.validate(); err != nil {
		return false, err
	}
	now := s.clock()
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		changed, err = s.setClaims(tx, yaml, m, PhraseClaimsEdited, now)
		return err
	})
	return changed, err
}

// setClaims writes the draft claim set and audits the change under action.
func (s *Store) setClaims(tx *gorm.DB, yaml string, m ChangeMeta, action string, now time.Time) (bool, error) {
	var cur []claimDraftRow
	if err := s.forUpdate(tx).Where("id = ?", claimDraftID).Find(&cur).Error; err != nil {
		return false, err
	}
	before := ""
	if len(cur) == 1 {
		before = cur[0].YAML
	}
	if before == yaml {
		return false, nil
	}
	row := claimDraftRow{ID: claimDraftID, YAML: yaml, UpdatedBy: m.By, UpdatedAt: now}
	if err := tx.Save(&row).Error; err != nil {
		return false, err
	}
	removed, added := lineChanges(before, yaml)
	return true, audit(tx, 0, action, m, truncate(removed, maxAuditText), truncate(added, maxAuditText), 0, now)
}

// lineChanges lists the lines of a missing from b and those of b missing from a (as many
// times as they are missing), each in its text's order.
func lineChanges(a, b string) (removed, added string) {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	count := make(map[string]int, len(al))
	for _, l := range al {
		count[l]++
	}
	var plus []string
	for _, l := range bl {
		if count[l] > 0 {
			count[l]--
			continue
		}
		plus = append(plus, l)
	}
	var minus []string
	for i := len(al) - 1; i >= 0; i-- { // the last copies of a line are the ones left over
		if count[al[i]] > 0 {
			count[al[i]]--
			minus = append(minus, al[i])
		}
	}
	for i, j := 0, len(minus)-1; i < j; i, j = i+1, j-1 {
		minus[i], minus[j] = minus[j], minus[i]
	}
	return strings.Join(minus, "\n"), strings.Join(plus, "\n")
}
