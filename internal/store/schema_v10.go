package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migration 0010, frozen: claim patterns are versioned with the phrase list.
//
//   - phrase_versions.claims: the claim set (compliance's claims.yaml format) the version
//     enforces, beside its phrase snapshot. Versions stored before this migration hold ''
//     (the embedded default set).
//   - phrase_claim_drafts: the draft claim set staff edit, one row (id 1); no row = ''.

type v10VersionClaims struct {
	Claims string `gorm:"type:longtext"` // nullable to be added; filled with '' at once
}

func (v10VersionClaims) TableName() string { return "phrase_versions" }

type v10ClaimDraft struct {
	ID        uint64    `gorm:"primaryKey;autoIncrement:false"`
	YAML      string    `gorm:"column:yaml;type:longtext;not null"`
	UpdatedBy string    `gorm:"size:64;not null"`
	UpdatedAt time.Time `gorm:"not null"`
}

func (v10ClaimDraft) TableName() string { return "phrase_claim_drafts" }

func migrateV10(tx *gorm.DB) error {
	m := tx.Migrator()
	if !m.HasColumn(&v10VersionClaims{}, "Claims") {
		if err := m.AddColumn(&v10VersionClaims{}, "Claims"); err != nil {
			return fmt.Errorf("add column claims: %w", err)
		}
	}
	if err := tx.Exec("UPDATE phrase_versions SET claims = '' WHERE claims IS NULL").Error; err != nil {
		return fmt.Errorf("fill claims: %w", err)
	}
	if m.HasTable(&v10ClaimDraft{}) {
		return nil
	}
	return m.CreateTable(&v10ClaimDraft{})
}

func rollbackV10(tx *gorm.DB) error {
	m := tx.Migrator()
	if err := m.DropTable(&v10ClaimDraft{}); err != nil {
		return err
	}
	return m.DropColumn(&v10VersionClaims{}, "Claims")
}
