package store

import "time"

// The v1 schema, frozen: migration 0001 creates exactly these tables. Never edit them; a later
// change is a new migration with its own frozen types. The runtime models (models.go) may
// differ in tags but must match these columns.

type v1Applicant struct {
	ID             uint64 `gorm:"primaryKey"`
	OpenID         string `gorm:"size:64;not null;uniqueIndex:uq_applicants_open_id"`
	ConsentAt      *time.Time
	SubscribedAt   *time.Time
	UnsubscribedAt *time.Time
	LastSeenAt     time.Time `gorm:"not null"`
	CreatedAt      time.Time `gorm:"not null"`
	UpdatedAt      time.Time `gorm:"not null"`
}

func (v1Applicant) TableName() string { return "applicants" }

type v1Conversation struct {
	ID          uint64      `gorm:"primaryKey"`
	ApplicantID uint64      `gorm:"not null;index:idx_conversations_applicant"`
	Applicant   v1Applicant `gorm:"constraint:OnDelete:CASCADE"`
	OpenID      string      `gorm:"size:64;not null;index:idx_conversations_open_id"`
	// OpenFor equals OpenID while the conversation is not closed and is NULL once closed: the
	// unique index allows at most one open conversation per applicant, even across instances.
	OpenFor       *string `gorm:"size:64;uniqueIndex:uq_conversations_open_for"`
	State         string  `gorm:"size:16;not null;index:idx_conversations_state"`
	AssignedAgent string  `gorm:"size:64;not null"`
	FlagReasons   string  `gorm:"type:text;not null"` // JSON array of reason codes
	EngineState   []byte  // opaque bot state
	Grade         string  `gorm:"size:8;not null"`
	AckSent       bool    `gorm:"not null"`
	ClosedAt      *time.Time
	CreatedAt     time.Time `gorm:"not null"`
	UpdatedAt     time.Time `gorm:"not null;index:idx_conversations_updated_at"`
}

func (v1Conversation) TableName() string { return "conversations" }

type v1Message struct {
	ID             uint64         `gorm:"primaryKey"`
	ConversationID uint64         `gorm:"not null;index:idx_messages_conversation"`
	Conversation   v1Conversation `gorm:"constraint:OnDelete:CASCADE"`
	OpenID         string         `gorm:"size:64;not null;index:idx_messages_open_id"`
	Direction      string         `gorm:"size:8;not null"`  // in | out
	Sender         string         `gorm:"size:16;not null"` // applicant | bot | system | agent
	MsgType        string         `gorm:"size:32;not null"`
	Event          string         `gorm:"size:64;not null"`
	EventKey       string         `gorm:"size:255;not null"`
	DedupKey       *string        `gorm:"size:255;uniqueIndex:uq_messages_dedup_key"` // inbound only
	InboundID      *uint64        `gorm:"index:idx_messages_inbound"`                 // replies: the message they answer
	TextEnc        []byte         // AES-GCM, label messages.text
	Verdict        string         `gorm:"size:8;not null"`
	Passive        bool           `gorm:"not null"`
	CreatedAt      time.Time      `gorm:"not null"`
}

func (v1Message) TableName() string { return "messages" }

type v1Profile struct {
	ID              uint64         `gorm:"primaryKey"`
	ConversationID  uint64         `gorm:"not null;uniqueIndex:uq_profiles_conversation"`
	Conversation    v1Conversation `gorm:"constraint:OnDelete:CASCADE"`
	OpenID          string         `gorm:"size:64;not null;index:idx_profiles_open_id"`
	SlotsEnc        []byte         // AES-GCM JSON object, label profiles.slots
	MatchedProducts string         `gorm:"type:text;not null"` // JSON array of product ids
	CreatedAt       time.Time      `gorm:"not null"`
	UpdatedAt       time.Time      `gorm:"not null"`
}

func (v1Profile) TableName() string { return "profiles" }

type v1Outbox struct {
	ID             uint64         `gorm:"primaryKey"`
	ConversationID uint64         `gorm:"not null;index:idx_outbox_conversation"`
	Conversation   v1Conversation `gorm:"constraint:OnDelete:CASCADE"`
	MessageID      *uint64        `gorm:"index:idx_outbox_message"`
	OpenID         string         `gorm:"size:64;not null;index:idx_outbox_open_id"`
	TextEnc        []byte         // AES-GCM, label outbox.text
	Status         string         `gorm:"size:16;not null;index:idx_outbox_due,priority:1"` // pending|sending|sent|failed
	NextAttemptAt  time.Time      `gorm:"not null;index:idx_outbox_due,priority:2"`
	Attempts       int            `gorm:"not null"`
	ClaimToken     string         `gorm:"size:32;not null;index:idx_outbox_claim"`
	LeaseUntil     *time.Time
	LastError      string `gorm:"type:text;not null"`
	SentAt         *time.Time
	CreatedAt      time.Time `gorm:"not null"`
	UpdatedAt      time.Time `gorm:"not null"`
}

func (v1Outbox) TableName() string { return "outbox" }

type v1ComplianceHit struct {
	ID             uint64         `gorm:"primaryKey"`
	ConversationID uint64         `gorm:"not null;index:idx_hits_conversation"`
	Conversation   v1Conversation `gorm:"constraint:OnDelete:CASCADE"`
	MessageID      *uint64        `gorm:"index:idx_hits_message"`
	OpenID         string         `gorm:"size:64;not null"`
	Direction      string         `gorm:"size:8;not null"`
	Phrase         string         `gorm:"size:191;not null"`
	Category       string         `gorm:"size:64;not null;index:idx_hits_category"`
	Action         string         `gorm:"size:16;not null"`
	TextEnc        []byte         // AES-GCM, label compliance_hits.text
	CreatedAt      time.Time      `gorm:"not null;index:idx_hits_created_at"`
}

func (v1ComplianceHit) TableName() string { return "compliance_hits" }

type v1Phrase struct {
	ID         uint64    `gorm:"primaryKey"`
	Text       string    `gorm:"size:191;not null;uniqueIndex:uq_phrases_text_scope,priority:1"`
	Scope      string    `gorm:"size:32;not null;uniqueIndex:uq_phrases_text_scope,priority:2"`
	Category   string    `gorm:"size:64;not null"`
	Action     string    `gorm:"size:16;not null"`
	Severity   int       `gorm:"not null"`
	Exceptions string    `gorm:"type:text;not null"` // JSON array
	Pinyin     bool      `gorm:"not null"`
	Enabled    bool      `gorm:"not null"`
	Reason     string    `gorm:"size:512;not null"`
	Version    int       `gorm:"not null"`
	UpdatedBy  string    `gorm:"size:64;not null"`
	CreatedAt  time.Time `gorm:"not null"`
	UpdatedAt  time.Time `gorm:"not null"`
}

func (v1Phrase) TableName() string { return "banned_phrases" }

// v1PhraseAudit has no foreign key: the trail outlives any phrase.
type v1PhraseAudit struct {
	ID        uint64    `gorm:"primaryKey"`
	PhraseID  uint64    `gorm:"not null;index:idx_phrase_audits_phrase"`
	Action    string    `gorm:"size:16;not null"` // seed | create | update | disable | enable
	ChangedBy string    `gorm:"size:64;not null"`
	Before    string    `gorm:"type:text;not null"` // JSON of the phrase before; empty for seed/create
	After     string    `gorm:"type:text;not null"` // JSON of the phrase after
	CreatedAt time.Time `gorm:"not null;index:idx_phrase_audits_created_at"`
}

func (v1PhraseAudit) TableName() string { return "phrase_audits" }

type v1Staff struct {
	ID           uint64 `gorm:"primaryKey"`
	Username     string `gorm:"size:64;not null;uniqueIndex:uq_staff_username"`
	DisplayName  string `gorm:"size:64;not null"`
	Role         string `gorm:"size:16;not null"` // agent | compliance | admin
	PasswordHash string `gorm:"size:255;not null"`
	Disabled     bool   `gorm:"not null"`
	LastLoginAt  *time.Time
	CreatedAt    time.Time `gorm:"not null"`
	UpdatedAt    time.Time `gorm:"not null"`
}

func (v1Staff) TableName() string { return "staff_accounts" }

// v1Tables lists the tables in creation order (parents first).
func v1Tables() []any {
	return []any{
		&v1Applicant{}, &v1Conversation{}, &v1Message{}, &v1Profile{}, &v1Outbox{},
		&v1ComplianceHit{}, &v1Phrase{}, &v1PhraseAudit{}, &v1Staff{},
	}
}
