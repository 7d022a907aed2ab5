package store

// Migration 0002, frozen: phrases gain their spelling variants (the compliance pack lists
// them; they were dropped before). NULL means none, so existing rows need no value.

type v2PhraseVariants struct {
	Variants *string `gorm:"type:text"` // JSON array
}

func (v2PhraseVariants) TableName() string { return "banned_phrases" }
