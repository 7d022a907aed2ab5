package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migration 0006, frozen: phrase administration.
//
//   - phrase_versions: every publish of the banned-phrase list as an immutable, numbered
//     snapshot (JSON of the whole list). banned_phrases is the draft staff edit; the filter
//     enforces the newest version. A rollback is a new version whose snapshot is an old one's.
//   - phrase_audits gains reason, address and list_version: why a change was made, from which
//     address, and (publish, rollback) which version it produced.
//   - compliance_hits.phrase_version: the list version that produced the hit (0 = unknown,
//     hits stored before this migration).
//   - phrase_regressions: sentences with the verdict they must keep (the gate before publishing).
//   - phrase_fp_reviews: agents' "false positive" marks on a hit, a review queue for compliance.

type v6PhraseVersion struct {
	ID          uint64    `gorm:"primaryKey"`
	Version     uint64    `gorm:"not null;uniqueIndex:uq_phrase_versions_version"`
	Kind        string    `gorm:"size:16;not null"` // seed | publish | rollback
	FromVersion uint64    `gorm:"not null;default:0"`
	Reason      string    `gorm:"size:512;not null"`
	Confirm     string    `gorm:"size:512;not null;default:''"` // why expected verdicts were allowed to flip
	CreatedBy   string    `gorm:"size:64;not null"`
	Address     string    `gorm:"size:64;not null;default:''"`
	Phrases     int       `gorm:"not null"`
	Snapshot    string    `gorm:"type:longtext;not null"` // JSON array of Phrase
	CreatedAt   time.Time `gorm:"not null"`
}

func (v6PhraseVersion) TableName() string { return "phrase_versions" }

type v6PhraseAudit struct {
	Reason      string `gorm:"size:512;not null;default:''"`
	Address     string `gorm:"size:64;not null;default:''"`
	ListVersion uint64 `gorm:"not null;default:0"`
}

func (v6PhraseAudit) TableName() string { return "phrase_audits" }

type v6HitVersion struct {
	PhraseVersion uint64 `gorm:"not null;default:0"`
}

func (v6HitVersion) TableName() string { return "compliance_hits" }

type v6Regression struct {
	ID        uint64    `gorm:"primaryKey"`
	Text      string    `gorm:"type:text;not null"`
	Scope     string    `gorm:"size:16;not null"` // outbound | inbound
	Expect    string    `gorm:"size:8;not null"`  // allow | flag | block
	Note      string    `gorm:"size:512;not null"`
	Source    string    `gorm:"size:16;not null"` // corpus | staff | review
	CreatedBy string    `gorm:"size:64;not null"`
	CreatedAt time.Time `gorm:"not null"`
}

func (v6Regression) TableName() string { return "phrase_regressions" }

// v6Review has no foreign key: a review outlives the conversation its hit was in.
type v6Review struct {
	ID             uint64    `gorm:"primaryKey"`
	HitID          uint64    `gorm:"not null;uniqueIndex:uq_phrase_fp_reviews_hit"`
	ConversationID uint64    `gorm:"not null"`
	Phrase         string    `gorm:"size:191;not null"`
	Category       string    `gorm:"size:64;not null"`
	PhraseVersion  uint64    `gorm:"not null"`
	MarkedBy       string    `gorm:"size:64;not null"`
	Note           string    `gorm:"size:512;not null"`
	Status         string    `gorm:"size:16;not null;index:idx_phrase_fp_reviews_status"` // open | exception | regression | dismissed
	ResolvedBy     string    `gorm:"size:64;not null"`
	Resolution     string    `gorm:"size:512;not null"`
	CreatedAt      time.Time `gorm:"not null"`
	ResolvedAt     *time.Time
}

func (v6Review) TableName() string { return "phrase_fp_reviews" }

func migrateV6(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, col := range []struct {
		model any
		name  string
	}{{&v6PhraseAudit{}, "Reason"}, {&v6PhraseAudit{}, "Address"}, {&v6PhraseAudit{}, "ListVersion"},
		{&v6HitVersion{}, "PhraseVersion"}} {
		if m.HasColumn(col.model, col.name) {
			continue
		}
		if err := m.AddColumn(col.model, col.name); err != nil {
			return fmt.Errorf("add column %s: %w", col.name, err)
		}
	}
	for _, t := range []any{&v6PhraseVersion{}, &v6Regression{}, &v6Review{}} {
		if m.HasTable(t) {
			continue
		}
		if err := m.CreateTable(t); err != nil {
			return fmt.Errorf("create table: %w", err)
		}
	}
	return nil
}

func rollbackV6(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, t := range []any{&v6Review{}, &v6Regression{}, &v6PhraseVersion{}} {
		if err := m.DropTable(t); err != nil {
			return err
		}
	}
	if err := m.DropColumn(&v6HitVersion{}, "PhraseVersion"); err != nil {
		return err
	}
	for _, name := range []string{"Reason", "Address", "ListVersion"} {
		if err := m.DropColumn(&v6PhraseAudit{}, name); err != nil {
			return err
		}
	}
	return nil
}
