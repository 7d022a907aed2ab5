package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Regression sources.
const (
	RegressionCorpus = "corpus" // seeded from compliance's labelled corpus
	RegressionStaff  = "staff"  // added by compliance staff
	RegressionReview = "review" // added from a false-positive review
)

// Regression is a sentence whose verdict a publish must keep (the regression gate).
type Regression struct {
	ID     uint64    `json:"id"`
	Text   string    `json:"text"`
	Scope  string    `json:"scope"`  // outbound | inbound
	Expect string    `json:"expect"` // allow | flag | block
	Note   string    `json:"note,omitempty"`
	Source string    `json:"source"`
	By     string    `json:"by"`
	At     time.Time `json:"at"`
}

type regressionRow struct {
	ID        uint64
	Text      string
	Scope     string
	Expect    string
	Note      string
	Source    string
	CreatedBy string
	CreatedAt time.Time
}

func (regressionRow) TableName() string { return "phrase_regressions" }

func (r regressionRow) regression() Regression {
	return Regression{ID: r.ID, Text: r.Text, Scope: r.Scope, Expect: r.Expect, Note: r.Note, Source: r.Source,
		By: r.CreatedBy, At: r.CreatedAt.UTC()}
}

func (r Regression) validate() error {
	switch {
	case strings.TrimSpace(r.Text) == "":
		return fmt.Errorf("regression text is empty: %w", ErrInvalid)
	case r.Scope != "outbound" && r.Scope != "inbound":
		return fmt.Errorf("regression scope %q: want outbound or inbound: %w", r.Scope, ErrInvalid)
	case r.Expect != VerdictAllow && r.Expect != VerdictFlag && r.Expect != VerdictBlock:
		return fmt.Errorf("expected verdict %q: want allow, flag or block: %w", r.Expect, ErrInvalid)
	}
	return nil
}

func (r Regression) row(by string, now time.Time) regressionRow {
	return regressionRow{Text: strings.TrimSpace(r.Text), Scope: r.Scope, Expect: r.Expect, Note: truncate(r.Note, 512),
		Source: r.Source, CreatedBy: truncate(by, 64), CreatedAt: now}
}

// Regressions returns every regression line, oldest first.
func (s *Store) Regressions(ctx context.Context) ([]Regression, error) {
	var rows []regressionRow
	if err := s.db.WithContext(ctx).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load regressions: %w", err)
	}
	out := make([]Regression, len(rows))
	for i, r := range rows {
		out[i] = r.regression()
	}
	return out, nil
}

// SeedRegressions inserts rs only when there is no regression line yet; it returns how many.
func (s *Store) SeedRegressions(ctx context.Context, rs []Regression) (n int, err error) {
	defer wrapf(&err, "seed regressions")
	now := s.clock()
	rows := make([]regressionRow, 0, len(rs))
	for _, r := range rs {
		if err := r.validate(); err != nil {
			return 0, fmt.Errorf("%q: %w", r.Text, err)
		}
		rows = append(rows, r.row(PhraseSeeded, now))
	}
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		var count int64
		if err := s.forUpdate(tx.Model(&regressionRow{})).Count(&count).Error; err != nil || count > 0 || len(rows) == 0 {
			return err
		}
		n = len(rows)
		return tx.CreateInBatches(&rows, seedBatch).Error
	})
	return n, err
}

// AddRegression saves a regression line, audited with m's reason.
func (s *Store) AddRegression(ctx context.Context, r Regression, m ChangeMeta) (out Regression, err error) {
	defer wrapf(&err, "add regression")
	if err := m.validate(); err != nil {
		return out, err
	}
	if err := r.validate(); err != nil {
		return out, err
	}
	if r.Source == "" {
		r.Source = RegressionStaff
	}
	now := s.clock()
	row := r.row(m.By, now)
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Create(&row).Error; err != nil {
			return err
		}
		return audit(tx, 0, RegressionAdded, m, "", mustJSON(row.regression()), 0, now)
	})
	return row.regression(), err
}

// DeleteRegression removes a regression line, audited with m's reason.
func (s *Store) DeleteRegression(ctx context.Context, id uint64, m ChangeMeta) (err error) {
	defer wrapf(&err, "delete regression %d", id)
	if err := m.validate(); err != nil {
		return err
	}
	now := s.clock()
	return s.inTx(ctx, func(tx *gorm.DB) error {
		var cur regressionRow
		if err := tx.Take(&cur, id).Error; err != nil {
			return notFound(err)
		}
		if err := tx.Delete(&regressionRow{}, id).Error; err != nil {
			return err
		}
		return audit(tx, 0, RegressionDeleted, m, mustJSON(cur.regression()), "", 0, now)
	})
}
