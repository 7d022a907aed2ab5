package store

import "time"

// Migration 0007, frozen: retention_counts keeps what the retention job and an applicant's
// erasure leave behind — anonymous daily totals, no openid, no text, no id that leads back to a
// person. A conversation is counted on the day (UTC) it started, a message or a compliance hit on
// the day it was stored. Rows are only ever incremented, in the same transaction that deletes
// what they count, so a count is never lost and never taken twice.

type v7RetentionCount struct {
	Day           string    `gorm:"size:10;primaryKey"` // YYYY-MM-DD, UTC
	Conversations int64     `gorm:"not null;default:0"`
	MessagesIn    int64     `gorm:"not null;default:0"`
	MessagesOut   int64     `gorm:"not null;default:0"`
	Hits          int64     `gorm:"not null;default:0"` // compliance hits
	Flagged       int64     `gorm:"not null;default:0"` // conversations with at least one flag reason
	GradeA        int64     `gorm:"not null;default:0"`
	GradeB        int64     `gorm:"not null;default:0"`
	GradeC        int64     `gorm:"not null;default:0"`
	UpdatedAt     time.Time `gorm:"not null"`
}

func (v7RetentionCount) TableName() string { return "retention_counts" }
