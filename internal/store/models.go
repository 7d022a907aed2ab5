package store

import "time"

// Runtime row types. Their columns are the ones the migrations create (schema_v1.go and later);
// they carry no constraints or associations of their own.

// Conversation states.
const (
	StateBot     = "bot"     // the bot answers
	StateWaiting = "waiting" // flagged, waiting for an agent
	StateAgent   = "agent"   // an agent holds it
	StateClosed  = "closed"
)

// Message directions and senders.
const (
	DirectionIn  = "in"
	DirectionOut = "out"

	SenderApplicant = "applicant"
	SenderBot       = "bot"
	SenderSystem    = "system"
	SenderAgent     = "agent"
)

// Compliance verdicts of an outgoing text.
const (
	VerdictAllow = "allow"
	VerdictBlock = "block"
	VerdictFlag  = "flag"
)

type applicantRow struct {
	ID             uint64
	OpenID         string
	ConsentAt      *time.Time
	SubscribedAt   *time.Time
	UnsubscribedAt *time.Time
	LastSeenAt     time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

func (applicantRow) TableName() string { return "applicants" }

type conversationRow struct {
	ID            uint64
	ApplicantID   uint64
	OpenID        string
	OpenFor       *string
	State         string
	AssignedAgent string
	FlagReasons   string
	EngineState   []byte
	Grade         string
	AckSent       bool
	ClosedAt      *time.Time
	CreatedAt     time.Time
	UpdatedAt     time.Time
	Version       uint64 // migration 0003
}

func (conversationRow) TableName() string { return "conversations" }

type messageRow struct {
	ID             uint64
	ConversationID uint64
	OpenID         string
	Direction      string
	Sender         string
	MsgType        string
	Event          string
	EventKey       string
	DedupKey       *string
	InboundID      *uint64
	TextEnc        []byte
	Verdict        string
	Passive        bool
	CreatedAt      time.Time
}

func (messageRow) TableName() string { return "messages" }

type profileRow struct {
	ID              uint64
	ConversationID  uint64
	OpenID          string
	SlotsEnc        []byte
	MatchedProducts string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

func (profileRow) TableName() string { return "profiles" }

type outboxRow struct {
	ID             uint64
	ConversationID uint64
	MessageID      *uint64
	OpenID         string
	TextEnc        []byte
	Status         string
	NextAttemptAt  time.Time
	Attempts       int
	ClaimToken     string
	LeaseUntil     *time.Time
	LastError      string
	SentAt         *time.Time
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

func (outboxRow) TableName() string { return "outbox" }

type hitRow struct {
	ID             uint64
	ConversationID uint64
	MessageID      *uint64
	OpenID         string
	Direction      string
	Phrase         string
	Category       string
	Action         string
	TextEnc        []byte
	CreatedAt      time.Time
	PhraseVersion  uint64 // migration 0006: the list version that produced the hit
}

func (hitRow) TableName() string { return "compliance_hits" }

type phraseRow struct {
	ID         uint64
	Text       string
	Scope      string
	Category   string
	Action     string
	Severity   int
	Exceptions string
	Variants   *string // JSON array; NULL = none
	Pinyin     bool
	Enabled    bool
	Reason     string
	Version    int
	UpdatedBy  string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

func (phraseRow) TableName() string { return "banned_phrases" }

type phraseAuditRow struct {
	ID        uint64
	PhraseID  uint64
	Action    string
	ChangedBy string
	Before    string
	After     string
	CreatedAt time.Time
	// migration 0006
	Reason      string
	Address     string
	ListVersion uint64
}

func (phraseAuditRow) TableName() string { return "phrase_audits" }

type staffRow struct {
	ID           uint64
	Username     string
	DisplayName  string
	Role         string
	PasswordHash string
	Disabled     bool
	LastLoginAt  *time.Time
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

func (staffRow) TableName() string { return "staff_accounts" }
