package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Kinds of phrase-list version.
const (
	VersionSeed     = "seed"     // the first version, from the default pack or the existing table
	VersionPublish  = "publish"  // staff published the draft
	VersionRollback = "rollback" // an old version published again
)

// PhraseVersion describes one published, immutable version of the phrase list.
type PhraseVersion struct {
	Version     uint64    `json:"version"`
	Kind        string    `json:"kind"`
	FromVersion uint64    `json:"from_version,omitempty"` // rollback: the version it restored
	Reason      string    `json:"reason"`
	Confirm     string    `json:"confirm,omitempty"` // why expected verdicts were allowed to flip
	By          string    `json:"by"`
	Address     string    `json:"address,omitempty"`
	Phrases     int       `json:"phrases"`
	At          time.Time `json:"at"`
	// Claims is the version's claim set (YAML; '' = the embedded default). Only
	// PhraseVersionPhrases fills it; listings leave it out.
	Claims string `json:"-"`
}

type phraseVersionRow struct {
	ID          uint64
	Version     uint64
	Kind        string
	FromVersion uint64
	Reason      string
	Confirm     string
	CreatedBy   string
	Address     string
	Phrases     int
	Snapshot    string
	Claims      string
	CreatedAt   time.Time
}

func (phraseVersionRow) TableName() string { return "phrase_versions" }

func (r phraseVersionRow) info() PhraseVersion {
	return PhraseVersion{Version: r.Version, Kind: r.Kind, FromVersion: r.FromVersion, Reason: r.Reason,
		Confirm: r.Confirm, By: r.CreatedBy, Address: r.Address, Phrases: r.Phrases, At: r.CreatedAt.UTC()}
}

// versionColumns are the columns of a version without its snapshot.
var versionColumns = []string{"id", "version", "kind", "from_version", "reason", "confirm", "created_by",
	"address", "phrases", "created_at"}

// LatestPhraseVersion returns the newest version number, 0 when nothing was ever published.
// It is the cheap query every instance runs every 30 s.
func (s *Store) LatestPhraseVersion(ctx context.Context) (uint64, error) {
	var v []uint64
	err := s.db.WithContext(ctx).Model(&phraseVersionRow{}).Order("version DESC").Limit(1).Pluck("version", &v).Error
	if err != nil {
		return 0, fmt.Errorf("latest phrase version: %w", err)
	}
	if len(v) == 0 {
		return 0, nil
	}
	return v[0], nil
}

// PhraseVersions lists every version, newest first (without their phrases).
func (s *Store) PhraseVersions(ctx context.Context) ([]PhraseVersion, error) {
	var rows []phraseVersionRow
	err := s.db.WithContext(ctx).Select(versionColumns).Order("version DESC").Find(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("phrase versions: %w", err)
	}
	out := make([]PhraseVersion, len(rows))
	for i, r := range rows {
		out[i] = r.info()
	}
	return out, nil
}

// PhraseVersionPhrases returns a version and the phrases it holds (ErrNotFound if unknown).
func (s *Store) PhraseVersionPhrases(ctx context.Context, version uint64) (PhraseVersion, []Phrase, error) {
	var r phraseVersionRow
	if err := s.db.WithContext(ctx).Where("version = ?", version).Take(&r).Error; err != nil {
		return PhraseVersion{}, nil, fmt.Errorf("phrase version %d: %w", version, notFound(err))
	}
	var ps []Phrase
	if err := json.Unmarshal([]byte(r.Snapshot), &ps); err != nil {
		return PhraseVersion{}, nil, fmt.Errorf("phrase version %d snapshot: %w", version, err)
	}
	info := r.info()
	info.Claims = r.Claims
	return info, ps, nil
}

// PublishRequest asks for the draft to become a new version.
type PublishRequest struct {
	ChangeMeta
	Kind     string // VersionPublish (default) or VersionSeed
	Confirm  string // the reason expected verdicts may flip ("" when none flip)
	Revision uint64 // the draft revision the caller checked (DraftRevision); 0 = do not check
}

// ErrNothingToPublish is returned when the draft equals the newest version.
var ErrNothingToPublish = fmt.Errorf("the draft has no change to publish: %w", ErrInvalid)

// PublishDraft snapshots the draft into the next version number. If req.Revision is set and the
// draft changed since, it gives ErrConflict (the gate ran on another draft). Two publishes at
// once get distinct numbers (the unique version key; the loser retries once).
func (s *Store) PublishDraft(ctx context.Context, req PublishRequest) (v PhraseVersion, err error) {
	defer wrapf(&err, "publish phrases")
	if err := req.validate(); err != nil {
		return v, err
	}
	if req.Kind == "" {
		req.Kind = VersionPublish
	}
	for attempt := 0; attempt < 3; attempt++ {
		now := s.clock()
		err = s.inTx(ctx, func(tx *gorm.DB) error {
			v, err = s.publishDraft(tx, req, 0, now)
			return err
		})
		if !isDuplicate(err) {
			return v, err
		}
	}
	return v, fmt.Errorf("another publish kept winning: %w", ErrConflict)
}

func (s *Store) publishDraft(tx *gorm.DB, req PublishRequest, from uint64, now time.Time) (PhraseVersion, error) {
	if req.Revision != 0 {
		var rev []uint64
		if err := tx.Model(&phraseAuditRow{}).Where("action IN ?", draftActions).Order("id DESC").Limit(1).
			Pluck("id", &rev).Error; err != nil {
			return PhraseVersion{}, err
		}
		if len(rev) == 1 && rev[0] != req.Revision {
			return PhraseVersion{}, fmt.Errorf("the draft changed since it was checked: %w", ErrConflict)
		}
	}
	var rows []phraseRow
	if err := tx.Order("id").Find(&rows).Error; err != nil {
		return PhraseVersion{}, err
	}
	snap, err := snapshotOf(rows)
	if err != nil {
		return PhraseVersion{}, err
	}
	claims, err := draftClaims(tx)
	if err != nil {
		return PhraseVersion{}, err
	}
	last, err := latestVersionRow(tx)
	if err != nil {
		return PhraseVersion{}, err
	}
	if last.Version != 0 && req.Kind == VersionSeed {
		return PhraseVersion{}, fmt.Errorf("version %d exists, nothing to seed: %w", last.Version, ErrConflict)
	}
	if last.Version != 0 && last.Snapshot == snap && last.Claims == claims && req.Kind == VersionPublish {
		return PhraseVersion{}, ErrNothingToPublish
	}
	row := phraseVersionRow{Version: last.Version + 1, Kind: req.Kind, FromVersion: from, Reason: truncate(req.Reason, 512),
		Confirm: truncate(req.Confirm, 512), CreatedBy: req.By, Address: truncate(req.Address, 64),
		Phrases: len(rows), Snapshot: snap, Claims: claims, CreatedAt: now}
	if err := tx.Create(&row).Error; err != nil {
		return PhraseVersion{}, err
	}
	action := PhrasePublished
	if req.Kind == VersionRollback {
		action = PhraseListRestore
	}
	if err := audit(tx, 0, action, req.ChangeMeta, "", mustJSON(row.info()), row.Version, now); err != nil {
		return PhraseVersion{}, err
	}
	if req.Confirm != "" {
		m := ChangeMeta{By: req.By, Reason: req.Confirm, Address: req.Address}
		if err := audit(tx, 0, PhraseGateFlip, m, "", "", row.Version, now); err != nil {
			return PhraseVersion{}, err
		}
	}
	return row.info(), nil
}

func latestVersionRow(tx *gorm.DB) (phraseVersionRow, error) {
	var r phraseVersionRow
	err := tx.Order("version DESC").Limit(1).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return phraseVersionRow{}, nil
	}
	return r, err
}

// snapshotOf is the JSON a version stores: the draft's phrases without their edit bookkeeping
// (row version, author, time), so an edit that was undone gives the same snapshot.
func snapshotOf(rows []phraseRow) (string, error) {
	ps := make([]Phrase, 0, len(rows))
	for _, r := range rows {
		p, err := r.toPhrase()
		if err != nil {
			return "", err
		}
		p.Version, p.UpdatedBy, p.UpdatedAt = 0, "", time.Time{}
		ps = append(ps, p)
	}
	b, err := json.Marshal(ps)
	return string(b), err
}

// RollbackPhrases publishes version `to` again as a new version: the draft is reset to it (every
// phrase that differs is audited as a rollback, unpublished draft edits included, and so is the
// claim set) and then published with kind rollback.
func (s *Store) RollbackPhrases(ctx context.Context, to uint64, m ChangeMeta) (v PhraseVersion, err error) {
	defer wrapf(&err, "roll back phrases to version %d", to)
	if err := m.validate(); err != nil {
		return v, err
	}
	tv, target, err := s.PhraseVersionPhrases(ctx, to)
	if err != nil {
		return v, err
	}
	req := PublishRequest{ChangeMeta: m, Kind: VersionRollback}
	for attempt := 0; attempt < 3; attempt++ {
		now := s.clock()
		err = s.inTx(ctx, func(tx *gorm.DB) error {
			if err := s.resetDraft(tx, target, m, now); err != nil {
				return err
			}
			if _, err := s.setClaims(tx, tv.Claims, m, PhraseRolledBack, now); err != nil {
				return err
			}
			v, err = s.publishDraft(tx, req, to, now)
			return err
		})
		if !isDuplicate(err) {
			return v, err
		}
	}
	return v, fmt.Errorf("another publish kept winning: %w", ErrConflict)
}

// resetDraft replaces the draft by target: every row is deleted and target inserted with its
// ids (a swap of two texts cannot trip the unique key half way).
func (s *Store) resetDraft(tx *gorm.DB, target []Phrase, m ChangeMeta, now time.Time) error {
	var cur []phraseRow
	if err := s.forUpdate(tx).Order("id").Find(&cur).Error; err != nil {
		return err
	}
	old := make(map[uint64]phraseRow, len(cur))
	for _, r := range cur {
		old[r.ID] = r
	}
	if err := tx.Where("1 = 1").Delete(&phraseRow{}).Error; err != nil {
		return err
	}
	rows := make([]phraseRow, 0, len(target))
	for _, p := range target {
		prev, had := old[p.ID]
		p.Version, p.UpdatedBy = prev.Version+1, m.By
		r, err := phraseToRow(p, now)
		if err != nil {
			return fmt.Errorf("phrase %d: %w", p.ID, err)
		}
		if had && r.sameContent(prev) {
			r.Version, r.UpdatedBy, r.CreatedAt, r.UpdatedAt = prev.Version, prev.UpdatedBy, prev.CreatedAt, prev.UpdatedAt
		} else if err := audit(tx, p.ID, PhraseRolledBack, m, jsonIf(had, prev), r.json(), 0, now); err != nil {
			return err
		}
		delete(old, p.ID)
		rows = append(rows, r)
	}
	for _, gone := range old {
		if err := audit(tx, gone.ID, PhraseRolledBack, m, gone.json(), "", 0, now); err != nil {
			return err
		}
	}
	if len(rows) == 0 {
		return nil
	}
	return tx.CreateInBatches(&rows, seedBatch).Error
}

func jsonIf(ok bool, r phraseRow) string {
	if !ok {
		return ""
	}
	return r.json()
}
