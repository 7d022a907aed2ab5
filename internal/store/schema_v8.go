package store

import (
	"time"

	"gorm.io/gorm"
)

// Migration 0008, frozen: LLM drafting.
//
//   - llm_drafts: an answer still being drafted when the passive budget ran out. Written before
//     the turn that sent the interim line, keyed by the inbound message's dedup key (unique: a
//     WeChat retry or a second instance finds the same row). Any instance may lease a row whose
//     lease expired (its drafter crashed) and finish it; finishing marks it sent in the same
//     transaction that queues the answer in the outbox, so the final answer is queued once.
//     The question and the finished text are sealed.
//   - llm_audits: one row per drafted reply — prompt version, sources shown, model, latency,
//     tokens, the filter's and the judge's verdicts, and how it ended. No personal text.

type v8Draft struct {
	ID          uint64     `gorm:"primaryKey"`
	DedupKey    string     `gorm:"size:191;not null;uniqueIndex:uq_llm_drafts_dedup_key"`
	OpenID      string     `gorm:"size:64;not null"`
	QuestionEnc []byte     // AES-GCM, label llm_drafts.question
	TextEnc     []byte     // AES-GCM, label llm_drafts.text; set when ready
	Status      string     `gorm:"size:16;not null;index:idx_llm_drafts_due,priority:1"`
	Owner       string     `gorm:"size:64;not null"`
	LeaseUntil  time.Time  `gorm:"not null;index:idx_llm_drafts_due,priority:2"`
	Attempts    int        `gorm:"not null;default:0"`
	ReceivedAt  time.Time  `gorm:"not null"`
	FinishedAt  *time.Time //
	CreatedAt   time.Time  `gorm:"not null"`
	UpdatedAt   time.Time  `gorm:"not null"`
}

func (v8Draft) TableName() string { return "llm_drafts" }

type v8Audit struct {
	ID               uint64    `gorm:"primaryKey"`
	DedupKey         string    `gorm:"size:191;not null;index:idx_llm_audits_dedup_key"`
	OpenID           string    `gorm:"size:64;not null"`
	Purpose          string    `gorm:"size:16;not null"` // answer | copilot
	Kind             string    `gorm:"size:16;not null"` // faq | no_source | model
	Failure          string    `gorm:"size:16;not null"`
	PromptVersion    string    `gorm:"size:32;not null"`
	Model            string    `gorm:"size:128;not null"`
	Sources          string    `gorm:"type:text;not null"` // JSON list of source ids
	LatencyMs        int64     `gorm:"not null"`
	PromptTokens     int       `gorm:"not null"`
	CompletionTokens int       `gorm:"not null"`
	Attempts         int       `gorm:"not null"`
	FilterVerdict    string    `gorm:"size:16;not null"`
	JudgeVerdict     string    `gorm:"size:16;not null"`
	Deferred         bool      `gorm:"not null"` // answered through the outbox after the interim line
	CreatedAt        time.Time `gorm:"not null;index:idx_llm_audits_created_at"`
}

func (v8Audit) TableName() string { return "llm_audits" }

func migrateV8(tx *gorm.DB) error { return tx.AutoMigrate(&v8Draft{}, &v8Audit{}) }

func rollbackV8(tx *gorm.DB) error {
	if err := tx.Migrator().DropTable(&v8Audit{}); err != nil {
		return err
	}
	return tx.Migrator().DropTable(&v8Draft{})
}
