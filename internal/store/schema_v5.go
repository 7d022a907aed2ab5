package store

import (
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Migration 0005, frozen: what the agent console needs.
//
//   - conversations.queue_rank and queued_at order the agents' queue: rank 0 = complaint or fraud
//     request, 1 = any other flag, 9 = not flagged (the default); queued_at = when it was flagged
//     or handed off (waiting since), claimed, or closed by an agent. wait_notice says the applicant
//     was told when advisers are available (once per wait). One index (state, queue_rank,
//     queued_at) serves every queue filter: each is a range of it read in order.
//   - staff_accounts.must_change: the password was set by someone else (first-start admin,
//     `loanbot user passwd`) and must be changed at the next login.
//   - console_notes: agents' private notes (sealed, never sent).
//   - console_audits: who did what to which conversation, when, from which address. No foreign
//     key: the trail outlives the conversation.

type v5ConversationQueue struct {
	QueueRank  int        `gorm:"not null;default:9;index:idx_conversations_queue,priority:2"`
	QueuedAt   *time.Time `gorm:"index:idx_conversations_queue,priority:3"`
	WaitNotice bool       `gorm:"not null;default:false"`
	State      string     `gorm:"size:16;not null;index:idx_conversations_queue,priority:1"`
}

func (v5ConversationQueue) TableName() string { return "conversations" }

type v5StaffMustChange struct {
	MustChange bool `gorm:"not null;default:false"`
}

func (v5StaffMustChange) TableName() string { return "staff_accounts" }

type v5Note struct {
	ID             uint64         `gorm:"primaryKey"`
	ConversationID uint64         `gorm:"not null;index:idx_console_notes_conversation"`
	Conversation   v1Conversation `gorm:"constraint:OnDelete:CASCADE"`
	Author         string         `gorm:"size:64;not null"`
	TextEnc        []byte         // AES-GCM, label console_notes.text
	CreatedAt      time.Time      `gorm:"not null"`
}

func (v5Note) TableName() string { return "console_notes" }

type v5Audit struct {
	ID             uint64    `gorm:"primaryKey"`
	Actor          string    `gorm:"size:64;not null"`
	Action         string    `gorm:"size:32;not null"`
	ConversationID uint64    `gorm:"not null;index:idx_console_audits_conversation"`
	Detail         string    `gorm:"type:text;not null"`
	Address        string    `gorm:"size:64;not null"`
	CreatedAt      time.Time `gorm:"not null;index:idx_console_audits_created_at"`
}

func (v5Audit) TableName() string { return "console_audits" }

func migrateV5(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, col := range []struct {
		model any
		name  string
	}{{&v5ConversationQueue{}, "QueueRank"}, {&v5ConversationQueue{}, "QueuedAt"},
		{&v5ConversationQueue{}, "WaitNotice"}, {&v5StaffMustChange{}, "MustChange"}} {
		if m.HasColumn(col.model, col.name) {
			continue
		}
		if err := m.AddColumn(col.model, col.name); err != nil {
			return fmt.Errorf("add column %s: %w", col.name, err)
		}
	}
	if !m.HasIndex(&v5ConversationQueue{}, "idx_conversations_queue") {
		if err := m.CreateIndex(&v5ConversationQueue{}, "idx_conversations_queue"); err != nil {
			return fmt.Errorf("create index idx_conversations_queue: %w", err)
		}
	}
	// CreateTable, not AutoMigrate: AutoMigrate would also migrate the tables the notes refer to
	// (v1Conversation) and bring back the indexes 0004 dropped.
	for _, t := range []any{&v5Note{}, &v5Audit{}} {
		if m.HasTable(t) {
			continue
		}
		if err := m.CreateTable(t); err != nil {
			return fmt.Errorf("create table: %w", err)
		}
	}
	return nil
}

func rollbackV5(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, t := range []any{&v5Audit{}, &v5Note{}} {
		if err := m.DropTable(t); err != nil {
			return err
		}
	}
	if m.HasIndex(&v5ConversationQueue{}, "idx_conversations_queue") {
		if err := m.DropIndex(&v5ConversationQueue{}, "idx_conversations_queue"); err != nil {
			return err
		}
	}
	for _, name := range []string{"QueueRank", "QueuedAt", "WaitNotice"} {
		if err := m.DropColumn(&v5ConversationQueue{}, name); err != nil {
			return err
		}
	}
	return m.DropColumn(&v5StaffMustChange{}, "MustChange")
}
