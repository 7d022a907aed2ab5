package store

import "time"

// Migration 0004, frozen: drops the secondary indexes no query uses. Every secondary index is
// one more B-tree write on each INSERT into its table (and on each UPDATE of its column), and a
// turn inserts 2–4 messages, an outbox row and a conversation. What each query reads by:
//
//   - messages: Messages by conversation_id (idx_messages_conversation, which the cascading
//     foreign key needs too), a duplicate by dedup_key (uq_messages_dedup_key), its replies by
//     inbound_id (idx_messages_inbound). Kept. DROPPED idx_messages_open_id: nothing selects
//     messages by openid (erasing an applicant cascades through conversation_id).
//   - conversations: the open one by open_for (uq_conversations_open_for), the latest by open_id
//     (idx_conversations_open_id, ConversationByOpenID), the applicant's cascade by applicant_id
//     (idx_conversations_applicant, the foreign key's). Kept. DROPPED idx_conversations_state:
//     nothing filters on state (open_for says "open"). DROPPED idx_conversations_updated_at:
//     nothing filters or sorts on it, and every turn rewrites updated_at, so every turn moved an
//     entry in it.
//   - applicants: only uq_applicants_open_id. Kept.
//   - profiles: read by conversation_id (uq_profiles_conversation). Kept. DROPPED
//     idx_profiles_open_id: nothing selects profiles by openid.
//   - outbox: the claim by (status, next_attempt_at) (idx_outbox_due) with its per-applicant
//     order test on open_id (idx_outbox_open_id), the claimed rows by claim_token
//     (idx_outbox_claim), the cascade by conversation_id (idx_outbox_conversation). Kept.
//     DROPPED idx_outbox_message: nothing selects outbox rows by message_id, and it is no
//     foreign key.
//
// InnoDB drops a secondary index in place, without copying the table. The types below carry
// the dropped indexes as 0001 declared them, so that the rollback can create them again.

type v4MessageOpenID struct {
	OpenID string `gorm:"size:64;not null;index:idx_messages_open_id"`
}

func (v4MessageOpenID) TableName() string { return "messages" }

type v4ConversationUnused struct {
	State     string    `gorm:"size:16;not null;index:idx_conversations_state"`
	UpdatedAt time.Time `gorm:"not null;index:idx_conversations_updated_at"`
}

func (v4ConversationUnused) TableName() string { return "conversations" }

type v4ProfileOpenID struct {
	OpenID string `gorm:"size:64;not null;index:idx_profiles_open_id"`
}

func (v4ProfileOpenID) TableName() string { return "profiles" }

type v4OutboxMessage struct {
	MessageID *uint64 `gorm:"index:idx_outbox_message"`
}

func (v4OutboxMessage) TableName() string { return "outbox" }

// v4Index is one index migration 0004 drops: the frozen type that declares it, and its name.
type v4Index struct {
	model any
	name  string
}

func v4DroppedIndexes() []v4Index {
	return []v4Index{
		{&v4MessageOpenID{}, "idx_messages_open_id"},
		{&v4ConversationUnused{}, "idx_conversations_state"},
		{&v4ConversationUnused{}, "idx_conversations_updated_at"},
		{&v4ProfileOpenID{}, "idx_profiles_open_id"},
		{&v4OutboxMessage{}, "idx_outbox_message"},
	}
}
