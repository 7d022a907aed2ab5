package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Console actions on a conversation. Each is one transaction that starts with ONE conditional
// UPDATE of the conversation: across instances exactly one of two racing agents changes the row
// (the loser's UPDATE matches nothing and gets ErrConflict), and every action bumps the version,
// so a turn the pipeline decided on the row before is refused (ErrStale) and decided again.

// ErrHeld says another agent holds the conversation (or it left the state the action needs).
var ErrHeld = fmt.Errorf("conversation is held by someone else or changed state: %w", ErrConflict)

// Claim gives a waiting (or flagged, bot-answered) open conversation to agent, cancels the bot's
// messages still pending in the outbox, and queues notice (e.g. "顾问 7 号为您服务") to the
// applicant. Claiming a conversation the agent holds already is a no-op.
func (s *Store) Claim(ctx context.Context, id uint64, agent, notice string) (Conversation, error) {
	now := s.clock()
	var out Conversation
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE conversations SET state = 'agent', assigned_agent = ?, ack_sent = ?, "+
			"queued_at = ?, updated_at = ?, version = version + 1 "+
			"WHERE id = ? AND state IN ('waiting', 'bot') AND open_for IS NOT NULL", agent, true, now, now, id)
		if res.Error != nil {
			return res.Error
		}
		conv, err := s.lockedConversation(tx, id)
		if err != nil {
			return err
		}
		if res.RowsAffected == 0 {
			if conv.State == StateAgent && conv.AssignedAgent == agent {
				out, err = conv.toConversation(s.seal)
				return err
			}
			return ErrHeld
		}
		err = tx.Exec("UPDATE outbox SET status = ?, last_error = ?, updated_at = ? WHERE conversation_id = ? "+
			"AND status = ? AND message_id IN (SELECT id FROM messages WHERE conversation_id = ? AND sender = ?)",
			outboxFailed, "cancelled: an agent took over", now, id, outboxPending, id, SenderBot).Error
		if err != nil {
			return fmt.Errorf("cancel pending bot messages: %w", err)
		}
		if err := s.insertNotice(tx, conv, notice, now); err != nil {
			return err
		}
		out, err = conv.toConversation(s.seal)
		return err
	})
	s.forgetConversation(out)
	return out, wrapErr(err, fmt.Sprintf("claim conversation %d for %s", id, agent))
}

// AgentReply stores an agent's message, if agent still holds the conversation (re-checked in
// the same transaction): an allowed or flagged text is queued in the outbox; a blocked one is
// recorded with verdict block and its hits, never queued. ErrHeld when the agent no longer
// holds it.
func (s *Store) AgentReply(ctx context.Context, id uint64, agent string, r Reply, hits []Hit) error {
	r.Sender, r.Passive = SenderAgent, false
	o := Outcome{ConversationID: id, Replies: []Reply{r}, Hits: hits}
	if err := o.validate(); err != nil {
		return err
	}
	now := s.clock()
	var conv conversationRow
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE conversations SET updated_at = ?, version = version + 1 "+
			"WHERE id = ? AND state = 'agent' AND assigned_agent = ?", now, id, agent)
		if res.Error != nil {
			return res.Error
		}
		var err error
		if conv, err = s.lockedConversation(tx, id); err != nil {
			return err
		}
		if res.RowsAffected == 0 {
			return ErrHeld
		}
		if err := s.insertReplies(tx, conv, o, now); err != nil {
			return err
		}
		return s.insertHits(tx, conv, o, now)
	})
	s.seen.forget(conv.OpenID)
	return wrapErr(err, fmt.Sprintf("agent %s replies in conversation %d", agent, id))
}

// HandBack returns a waiting or held conversation to the bot and queues notice ("已为您转回智能
// 助手"). A held conversation can be handed back by its agent, or by anyone when force is set
// (an admin).
func (s *Store) HandBack(ctx context.Context, id uint64, agent string, force bool, notice string) (Conversation, error) {
	return s.leave(ctx, id, agent, force, notice, "state = 'bot', assigned_agent = '', ack_sent = ?, "+
		"queue_rank = 9, queued_at = NULL, wait_notice = ?", []any{false, false}, "'waiting', 'agent'")
}

// CloseConversation closes an open conversation (held ones only by their agent unless force);
// notice, when not empty, is queued to the applicant.
func (s *Store) CloseConversation(ctx context.Context, id uint64, agent string, force bool, notice string) (Conversation, error) {
	now := s.clock()
	return s.leave(ctx, id, agent, force, notice, "state = 'closed', open_for = NULL, closed_at = ?, "+
		"queue_rank = 9, queued_at = ?", []any{now, now}, "'bot', 'waiting', 'agent'")
}

// leave is the conditional UPDATE shared by HandBack and CloseConversation.
func (s *Store) leave(ctx context.Context, id uint64, agent string, force bool, notice, set string, setArgs []any, from string) (Conversation, error) {
	now := s.clock()
	var out Conversation
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		args := append(append([]any{}, setArgs...), now, id, agent, force)
		res := tx.Exec("UPDATE conversations SET "+set+", updated_at = ?, version = version + 1 "+
			"WHERE id = ? AND open_for IS NOT NULL AND state IN ("+from+") "+
			"AND (state <> 'agent' OR assigned_agent = ? OR ?)", args...)
		if res.Error != nil {
			return res.Error
		}
		conv, err := s.lockedConversation(tx, id)
		if err != nil {
			return err
		}
		if res.RowsAffected == 0 {
			return ErrHeld
		}
		if err := s.insertNotice(tx, conv, notice, now); err != nil {
			return err
		}
		out, err = conv.toConversation(s.seal)
		return err
	})
	s.forgetConversation(out)
	return out, wrapErr(err, fmt.Sprintf("conversation %d", id))
}

// insertNotice stores a system line to the applicant and queues it (nothing when empty).
func (s *Store) insertNotice(tx *gorm.DB, conv conversationRow, notice string, now time.Time) error {
	if notice == "" {
		return nil
	}
	o := Outcome{ConversationID: conv.ID, Replies: []Reply{{Text: notice, Sender: SenderSystem, Verdict: VerdictAllow}}}
	return s.insertReplies(tx, conv, o, now)
}

// TellWaiting queues notice to a waiting conversation's applicant once per wait (the
// no-claim-in-time and out-of-hours line); false when it was told already or is no longer waiting.
func (s *Store) TellWaiting(ctx context.Context, id uint64, notice string) (bool, error) {
	now := s.clock()
	told := false
	err := s.inTx(ctx, func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE conversations SET wait_notice = ? WHERE id = ? AND state = 'waiting' AND wait_notice = ?",
			true, id, false)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		conv, err := s.lockedConversation(tx, id)
		if err != nil {
			return err
		}
		told = true
		return s.insertNotice(tx, conv, notice, now)
	})
	return told, wrapErr(err, fmt.Sprintf("tell waiting conversation %d", id))
}

func (s *Store) forgetConversation(c Conversation) {
	if c.OpenID != "" {
		s.seen.forget(c.OpenID)
	}
}
