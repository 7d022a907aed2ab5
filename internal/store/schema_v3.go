package store

// Migration 0003, frozen: conversations gain a version, bumped on every write to the row, so a
// turn decided on what was read can be stored only if nothing changed since (SaveTurn).

type v3ConversationVersion struct {
	Version uint64 `gorm:"not null;default:0"`
}

func (v3ConversationVersion) TableName() string { return "conversations" }
