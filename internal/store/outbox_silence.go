package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// While an agent holds a conversation the bot stays silent (issue 9 item 5). The pipeline stores
// nothing from the bot for a held conversation, and Claim cancels the bot's pending rows, but
// rows reach the outbox later or are already leased: a late LLM answer, a spool-drain answer, a
// delayed follow-up, a row claimed by a sender just before the agent's claim. So the outbox
// checks at its last step: ClaimOutbox cancels silenced rows instead of handing them out, and
// the worker calls SilenceOutbox right before sending a bot row it did not send at once.
//
// Silenced are the bot's rows in state agent only. Agent messages go, and so do system lines
// (the console's notices: "顾问 X 号为您服务" is queued in state agent). In state waiting the bot's
// row is the hand-off acknowledgement or an answer queued before the hand-off: it still goes —
// nobody answers the applicant yet, and the console already keeps the bot from saying more.

// silencedCause is stored as the cancelled row's last_error (status failed, as Claim does).
const silencedCause = "cancelled: an agent holds the conversation"

// silent reports whether a row written by sender must not be sent in conversation state state.
func silent(sender, state string) bool {
	return sender == SenderBot && state == StateAgent
}

// outboxCandidate is one due row with its message's sender and its conversation's state.
type outboxCandidate struct {
	ID     uint64
	Sender sql.NullString
	State  sql.NullString
}

// cancelSilenced cancels the silenced due rows ids inside a claim transaction.
func cancelSilenced(tx *gorm.DB, ids []uint64, now time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	err := tx.Model(&outboxRow{}).Where("id IN ?", ids).
		Updates(map[string]any{"status": outboxFailed, "last_error": silencedCause, "claim_token": "",
			"lease_until": nil, "updated_at": now}).Error
	return wrapErr(err, "cancel silenced rows")
}

// silenceRow is the re-check of silent as one conditional UPDATE by primary keys: the row is
// cancelled when its sender is the bot and an agent holds its conversation now.
const silenceRow = `UPDATE outbox SET status = ?, last_error = ?, claim_token = '', lease_until = NULL, updated_at = ?
WHERE id = ? AND status = ?
AND EXISTS (SELECT 1 FROM messages m WHERE m.id = outbox.message_id AND m.sender = ?)
AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = outbox.conversation_id AND c.state = ?)`

// SilenceOutbox is the last check before a claimed bot row is sent: it cancels row id and
// reports true when an agent holds the conversation now; false means send it.
func (s *Store) SilenceOutbox(ctx context.Context, id uint64) (bool, error) {
	res := s.db.WithContext(ctx).Exec(silenceRow, outboxFailed, silencedCause, s.clock(), id, outboxSending,
		SenderBot, StateAgent)
	if res.Error != nil {
		return false, fmt.Errorf("silence outbox %d: %w", id, res.Error)
	}
	return res.RowsAffected > 0, nil
}
