package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Phrase is a banned phrase: the compliance filter's source of truth.
type Phrase struct {
	ID         uint64
	Text       string
	Category   string
	Action     string
	Severity   int
	Scope      string
	Exceptions []string
	Variants   []string // other spellings matched as the phrase
	Pinyin     bool
	Enabled    bool
	Reason     string
	Version    int // 1 on creation, +1 on every change; SavePhrase rejects a stale one
	UpdatedBy  string
	UpdatedAt  time.Time
}

// Phrase audit actions.
const (
	PhraseSeeded   = "seed"
	PhraseCreated  = "create"
	PhraseUpdated  = "update"
	PhraseDisabled = "disable"
	PhraseEnabled  = "enable"
)

// PhraseChange is one entry of the audit trail: who changed which phrase when, and how.
type PhraseChange struct {
	ID       uint64
	PhraseID uint64
	Action   string // seed | create | update | disable | enable
	By       string
	Before   *Phrase // nil for seed and create
	After    Phrase
	At       time.Time
}

// seedBatch is the insert batch size for SeedPhrases (well under SQLite's variable limit).
const seedBatch = 200

// Phrases returns every phrase, enabled or not, by id.
func (s *Store) Phrases(ctx context.Context) ([]Phrase, error) {
	var rows []phraseRow
	if err := s.db.WithContext(ctx).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load phrases: %w", err)
	}
	out := make([]Phrase, 0, len(rows))
	for _, r := range rows {
		p, err := r.toPhrase()
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// SeedPhrases inserts ps, with an audit entry each, only when the table is empty; it returns how
// many it inserted (0 when phrases exist, also when another instance seeded concurrently).
func (s *Store) SeedPhrases(ctx context.Context, ps []Phrase) (n int, err error) {
	defer wrapf(&err, "seed phrases")
	now := s.clock()
	rows := make([]phraseRow, 0, len(ps))
	for i, p := range ps {
		p.Version, p.UpdatedBy = 1, PhraseSeeded
		r, err := phraseToRow(p, now)
		if err != nil {
			return 0, fmt.Errorf("phrase %d %q: %w", i, p.Text, err)
		}
		rows = append(rows, r)
	}
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		var count int64
		if err := tx.Model(&phraseRow{}).Count(&count).Error; err != nil || count > 0 || len(rows) == 0 {
			return err
		}
		if err := tx.CreateInBatches(&rows, seedBatch).Error; err != nil {
			return err
		}
		audits := make([]phraseAuditRow, 0, len(rows))
		for _, r := range rows {
			audits = append(audits, phraseAuditRow{PhraseID: r.ID, Action: PhraseSeeded,
				ChangedBy: PhraseSeeded, After: r.json(), CreatedAt: now})
		}
		n = len(rows)
		return tx.CreateInBatches(&audits, seedBatch).Error
	})
	if isDuplicate(err) {
		return s.seedConflict(ctx)
	}
	return n, err
}

// seedConflict explains a unique-key conflict while seeding: another instance seeded first
// (fine: 0 inserted) or the list repeats a text+scope (an error).
func (s *Store) seedConflict(ctx context.Context) (int, error) {
	var count int64
	if err := s.db.WithContext(ctx).Model(&phraseRow{}).Count(&count).Error; err != nil {
		return 0, err
	}
	if count > 0 {
		return 0, nil
	}
	return 0, fmt.Errorf("the list repeats a text and scope: %w", ErrConflict)
}

func changeAction(before, after phraseRow) string {
	switch {
	case before.Enabled && !after.Enabled:
		return PhraseDisabled
	case !before.Enabled && after.Enabled:
		return PhraseEnabled
	}
	return PhraseUpdated
}

// PhraseHistory returns the audit trail of one phrase, or of all phrases when phraseID is 0,
// oldest first.
func (s *Store) PhraseHistory(ctx context.Context, phraseID uint64) ([]PhraseChange, error) {
	q := s.db.WithContext(ctx).Order("id")
	if phraseID != 0 {
		q = q.Where("phrase_id = ?", phraseID)
	}
	var rows []phraseAuditRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load phrase history %d: %w", phraseID, err)
	}
	out := make([]PhraseChange, 0, len(rows))
	for _, r := range rows {
		c, err := r.toChange()
		if err != nil {
			return nil, fmt.Errorf("phrase audit %d: %w", r.ID, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func (r phraseAuditRow) toChange() (PhraseChange, error) {
	c := PhraseChange{ID: r.ID, PhraseID: r.PhraseID, Action: r.Action, By: r.ChangedBy, At: r.CreatedAt.UTC()}
	if r.Before != "" {
		c.Before = new(Phrase)
		if err := json.Unmarshal([]byte(r.Before), c.Before); err != nil {
			return c, err
		}
	}
	err := json.Unmarshal([]byte(r.After), &c.After)
	return c, err
}

var errEmptyPhrase = errors.New("phrase text is empty")
