package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The banned_phrases table is the draft: staff edit it (each change with a reason, recorded in
// the audit trail), and publishing snapshots it into an immutable numbered version
// (phrase_versions.go). The filter enforces the newest version, never the draft.

// Phrase audit actions beyond the original five.
const (
	PhraseDeleted     = "delete"
	PhraseImported    = "import"     // a create or update made by a bulk import
	PhraseRolledBack  = "rollback"   // the draft was reset to an old version (one entry per phrase)
	PhrasePublished   = "publish"    // a new version (phrase id 0)
	PhraseListRestore = "restore"    // a rollback published (phrase id 0)
	PhraseGateFlip    = "gate_flip"  // a publish that flipped expected verdicts, confirmed (phrase id 0)
	RegressionAdded   = "regression" // a regression line added (phrase id 0)
	RegressionDeleted = "regression_rm"
	ReviewResolved    = "review" // a false-positive review closed (phrase id 0)
)

// draftActions are the audit actions that change the draft; the newest one's id is the draft's
// revision.
var draftActions = []string{PhraseSeeded, PhraseCreated, PhraseUpdated, PhraseDisabled, PhraseEnabled,
	PhraseDeleted, PhraseImported, PhraseRolledBack, PhraseClaimsEdited}

// ChangeMeta says who made a change, why, and from which address. By and Reason are required.
type ChangeMeta struct {
	By      string
	Reason  string
	Address string
}

func (m ChangeMeta) validate() error {
	switch {
	case strings.TrimSpace(m.By) == "":
		return fmt.Errorf("who is changing is required: %w", ErrInvalid)
	case strings.TrimSpace(m.Reason) == "":
		return fmt.Errorf("a reason is required: %w", ErrInvalid)
	}
	return nil
}

// DraftPhrase returns one phrase of the draft.
func (s *Store) DraftPhrase(ctx context.Context, id uint64) (Phrase, error) {
	var r phraseRow
	if err := s.db.WithContext(ctx).Take(&r, id).Error; err != nil {
		return Phrase{}, fmt.Errorf("phrase %d: %w", id, notFound(err))
	}
	return r.toPhrase()
}

// DraftRevision identifies the draft's content: the id of the newest audit entry that changed
// it (0 for an empty history). Publishing checks it did not move since the gate ran.
func (s *Store) DraftRevision(ctx context.Context) (uint64, error) {
	var rev []uint64
	err := s.db.WithContext(ctx).Model(&phraseAuditRow{}).Where("action IN ?", draftActions).
		Order("id DESC").Limit(1).Pluck("id", &rev).Error
	if err != nil {
		return 0, fmt.Errorf("draft revision: %w", err)
	}
	if len(rev) == 0 {
		return 0, nil
	}
	return rev[0], nil
}

// EditPhrase creates p in the draft (ID 0) or updates the phrase with p's ID, with m's reason in
// the audit trail. A stale Version or a taken text+scope gives ErrConflict; an unknown ID
// ErrNotFound; an unchanged phrase writes nothing.
func (s *Store) EditPhrase(ctx context.Context, p Phrase, m ChangeMeta) (saved Phrase, err error) {
	defer wrapf(&err, "edit phrase %d %q", p.ID, p.Text)
	if err := m.validate(); err != nil {
		return saved, err
	}
	now := s.clock()
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		saved, err = s.editPhrase(tx, p, m, "", now)
		return err
	})
	if isDuplicate(err) {
		return Phrase{}, fmt.Errorf("text and scope are taken: %w", ErrConflict)
	}
	return saved, err
}

// editPhrase writes one change; action overrides the audit action when not empty (import).
func (s *Store) editPhrase(tx *gorm.DB, p Phrase, m ChangeMeta, action string, now time.Time) (Phrase, error) {
	p.UpdatedBy = m.By
	if p.Reason == "" {
		p.Reason = m.Reason
	}
	if p.ID == 0 {
		p.Version = 1
		r, err := phraseToRow(p, now)
		if err != nil {
			return Phrase{}, err
		}
		if err := tx.Create(&r).Error; err != nil {
			return Phrase{}, err
		}
		if action == "" {
			action = PhraseCreated
		}
		if err := audit(tx, r.ID, action, m, "", r.json(), 0, now); err != nil {
			return Phrase{}, err
		}
		return r.toPhrase()
	}
	return s.updateDraft(tx, p, m, action, now)
}

func (s *Store) updateDraft(tx *gorm.DB, p Phrase, m ChangeMeta, action string, now time.Time) (Phrase, error) {
	var cur phraseRow
	if err := s.forUpdate(tx).Take(&cur, p.ID).Error; err != nil {
		return Phrase{}, notFound(err)
	}
	if p.Version != 0 && p.Version != cur.Version {
		return Phrase{}, fmt.Errorf("version %d was replaced by %d: %w", p.Version, cur.Version, ErrConflict)
	}
	p.Version = cur.Version + 1
	next, err := phraseToRow(p, now)
	if err != nil {
		return Phrase{}, err
	}
	next.CreatedAt = cur.CreatedAt
	if next.sameContent(cur) {
		return cur.toPhrase()
	}
	if err := tx.Save(&next).Error; err != nil {
		return Phrase{}, err
	}
	if action == "" {
		action = changeAction(cur, next)
	}
	if err := audit(tx, cur.ID, action, m, cur.json(), next.json(), 0, now); err != nil {
		return Phrase{}, err
	}
	return next.toPhrase()
}

// audit appends one entry to the phrase audit trail.
func audit(tx *gorm.DB, phraseID uint64, action string, m ChangeMeta, before, after string, version uint64, now time.Time) error {
	row := phraseAuditRow{PhraseID: phraseID, Action: action, ChangedBy: m.By, Before: before, After: after,
		CreatedAt: now, Reason: truncate(m.Reason, 512), Address: truncate(m.Address, 64), ListVersion: version}
	if err := tx.Create(&row).Error; err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// DeletePhrase removes a phrase from the draft; the audit trail keeps what it was.
func (s *Store) DeletePhrase(ctx context.Context, id uint64, m ChangeMeta) (err error) {
	defer wrapf(&err, "delete phrase %d", id)
	if err := m.validate(); err != nil {
		return err
	}
	now := s.clock()
	return s.inTx(ctx, func(tx *gorm.DB) error {
		var cur phraseRow
		if err := s.forUpdate(tx).Take(&cur, id).Error; err != nil {
			return notFound(err)
		}
		if err := tx.Delete(&phraseRow{}, id).Error; err != nil {
			return err
		}
		return audit(tx, id, PhraseDeleted, m, cur.json(), "", 0, now)
	})
}

// ImportResult counts what a bulk import did to the draft.
type ImportResult struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
}

// ImportPhrases upserts ps into the draft by text and scope, in one transaction, each change
// audited as an import with m's reason. The phrases must already be validated and unique.
func (s *Store) ImportPhrases(ctx context.Context, ps []Phrase, m ChangeMeta) (res ImportResult, err error) {
	defer wrapf(&err, "import %d phrases", len(ps))
	if err := m.validate(); err != nil {
		return res, err
	}
	now := s.clock()
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		res = ImportResult{}
		byKey, err := draftKeys(tx)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if err := s.importOne(tx, p, byKey, m, now, &res); err != nil {
				return fmt.Errorf("%q: %w", p.Text, err)
			}
		}
		return nil
	})
	if isDuplicate(err) {
		return ImportResult{}, fmt.Errorf("text and scope are taken: %w", ErrConflict)
	}
	return res, err
}

func (s *Store) importOne(tx *gorm.DB, p Phrase, byKey map[string]phraseRow, m ChangeMeta, now time.Time, res *ImportResult) error {
	cur, ok := byKey[strings.TrimSpace(p.Text)+"\x00"+p.Scope]
	if !ok {
		p.ID = 0
		if _, err := s.editPhrase(tx, p, m, PhraseImported, now); err != nil {
			return err
		}
		res.Created++
		return nil
	}
	p.ID, p.Version = cur.ID, cur.Version
	saved, err := s.updateDraft(tx, p, m, PhraseImported, now)
	if err != nil {
		return err
	}
	if saved.Version == cur.Version {
		res.Unchanged++
	} else {
		res.Updated++
	}
	return nil
}

func draftKeys(tx *gorm.DB) (map[string]phraseRow, error) {
	var rows []phraseRow
	if err := tx.Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make(map[string]phraseRow, len(rows))
	for _, r := range rows {
		out[r.Text+"\x00"+r.Scope] = r
	}
	return out, nil
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v) // plain structs of strings and numbers
	return string(b)
}
