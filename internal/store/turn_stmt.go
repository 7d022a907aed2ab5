package store

import (
	"strings"
	"time"
)

// Builders of SaveTurn's statements after the inbound message. Ids the statements refer to
// are refs: a value bound as ?, or (MySQL batch) a session variable set earlier in the batch.

// stmt is one SQL statement with its arguments.
type stmt struct {
	what string // for errors
	q    string
	args []any
}

// ref is an SQL expression standing for an id: "?" with its value, or a variable.
type ref struct {
	expr string
	args []any
}

func value(id uint64) ref { return ref{"?", []any{id}} }

// expr returns the SQL of v: a ref's expression, or ? bound to v.
func expr(v any) (string, []any) {
	if r, ok := v.(ref); ok {
		return r.expr, r.args
	}
	return "?", []any{v}
}

// rows builds "INSERT … VALUES (…), (…)"; a ref among a row's values is written as its expression.
type rows struct {
	sb   strings.Builder
	args []any
	n    int
}

func (b *rows) add(vals ...any) {
	if b.n > 0 {
		b.sb.WriteString(", ")
	}
	b.n++
	b.sb.WriteByte('(')
	for i, v := range vals {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		e, args := expr(v)
		b.sb.WriteString(e)
		b.args = append(b.args, args...)
	}
	b.sb.WriteByte(')')
}

func (b *rows) stmt(what, insert string) (stmt, bool) {
	return stmt{what: what, q: insert + " VALUES " + b.sb.String(), args: b.args}, b.n > 0
}

// inboundStmt inserts the applicant's message.
func inboundStmt(w turnWrite, conv any) stmt {
	in := w.In
	var b rows
	b.add(conv, in.OpenID, DirectionIn, SenderApplicant, in.MsgType, in.Event, in.EventKey, w.key, w.inText, "", false, w.at)
	st, _ := b.stmt("insert message", "INSERT INTO messages (conversation_id, open_id, direction, sender, "+
		"msg_type, event, event_key, dedup_key, text_enc, verdict, passive, created_at)")
	return st
}

// conversationStmt inserts a new conversation of the applicant.
func conversationStmt(c conversationRow, applicant any) stmt {
	var b rows
	b.add(applicant, c.OpenID, c.OpenFor, c.State, c.AssignedAgent, c.FlagReasons, c.EngineState,
		c.Grade, c.AckSent, c.ClosedAt, c.CreatedAt, c.UpdatedAt, c.Version)
	st, _ := b.stmt("create conversation", "INSERT INTO conversations (applicant_id, open_id, open_for, state, "+
		"assigned_agent, flag_reasons, engine_state, grade, ack_sent, closed_at, created_at, updated_at, version)")
	return st
}

// applicantUpsertStmt inserts the applicant or touches last_seen_at; a subscribe event also
// records the (re)subscription. On MySQL LAST_INSERT_ID() is the applicant's id after it, on
// SQLite the statement returns the id.
func (s *Store) applicantUpsertStmt(in Inbound, now time.Time) stmt {
	var subscribed *time.Time
	update := []string{"last_seen_at", "updated_at"}
	if in.Event == "subscribe" {
		subscribed = &now
		update = append(update, "subscribed_at")
	}
	set := s.upsertSet(update)
	if subscribed != nil {
		set += ", unsubscribed_at = NULL"
	}
	var b rows
	b.add(in.OpenID, subscribed, now, now, now)
	st, _ := b.stmt("upsert applicant", "INSERT INTO applicants (open_id, subscribed_at, last_seen_at, created_at, updated_at)")
	if s.dialect == DialectMySQL {
		st.q += " ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), " + set
	} else {
		st.q += " ON CONFLICT (open_id) DO UPDATE SET " + set + " RETURNING id"
	}
	return st
}

// repliesStmt inserts all replies of the turn, answering the inbound message: first is its id
// in the first row, inbound in the others.
func repliesStmt(w turnWrite, conv any, first, inbound ref) (stmt, bool) {
	var b rows
	for i, r := range w.Outcome.Replies {
		in := inbound
		if i == 0 {
			in = first
		}
		b.add(conv, w.In.OpenID, DirectionOut, r.Sender, "text", "", "", in, w.replies[i], r.Verdict, r.Passive, w.now)
	}
	return b.stmt("insert replies", "INSERT INTO messages (conversation_id, open_id, direction, sender, msg_type, "+
		"event, event_key, inbound_id, text_enc, verdict, passive, created_at)")
}

// outboxStmt queues the replies that are sent later; msg(i) is the id of reply i.
func outboxStmt(w turnWrite, conv any, msg func(i int) ref) (stmt, bool) {
	var b rows
	for i, r := range w.Outcome.Replies {
		if queues(r) {
			b.add(conv, msg(i), w.In.OpenID, w.outbox[i], outboxPending, w.now, 0, "", "", w.now, w.now)
		}
	}
	return b.stmt("queue replies", "INSERT INTO outbox (conversation_id, message_id, open_id, text_enc, status, "+
		"next_attempt_at, attempts, claim_token, last_error, created_at, updated_at)")
}

// profileStmt saves the slots and/or matched products given (nil = keep what is stored).
func (s *Store) profileStmt(w turnWrite, conv any) (stmt, bool) {
	if w.slots == nil && w.products == nil {
		return stmt{}, false
	}
	update := []string{"updated_at"}
	products := encodeFlags(nil)
	if w.slots != nil {
		update = append(update, "slots_enc")
	}
	if w.products != nil {
		update = append(update, "matched_products")
		products = *w.products
	}
	var b rows
	b.add(conv, w.In.OpenID, w.slots, products, w.now, w.now)
	st, _ := b.stmt("save profile", "INSERT INTO profiles (conversation_id, open_id, slots_enc, matched_products, created_at, updated_at)")
	if s.dialect == DialectMySQL {
		st.q += " ON DUPLICATE KEY UPDATE " + s.upsertSet(update)
	} else {
		st.q += " ON CONFLICT (conversation_id) DO UPDATE SET " + s.upsertSet(update)
	}
	return st, true
}

// hitsStmt records the compliance hits; those on the applicant's text point at inbound.
func hitsStmt(w turnWrite, conv any, inbound ref) (stmt, bool) {
	var b rows
	for i, h := range w.Outcome.Hits {
		var msg any = (*uint64)(nil)
		if h.Direction == DirectionIn {
			msg = inbound
		}
		b.add(conv, msg, w.In.OpenID, h.Direction, h.Phrase, h.Category, h.Action, w.hits[i], w.now, h.Version)
	}
	return b.stmt("insert compliance hits", "INSERT INTO compliance_hits (conversation_id, message_id, open_id, "+
		"direction, phrase, category, action, text_enc, created_at, phrase_version)")
}

// applicantStmt records consent, unsubscription, or (for a known applicant; a new one got it in
// the upsert) a subscribe event. Nothing to record is no statement.
func applicantStmt(w turnWrite, applicantID any) (stmt, bool) {
	o := w.Outcome
	subscribe := w.Seen != 0 && w.In.Event == "subscribe"
	if !o.Consent && !o.Unsubscribed && !subscribe {
		return stmt{}, false
	}
	set, args := []string{"updated_at = ?"}, []any{w.now}
	if subscribe && !o.Unsubscribed {
		set, args = append(set, "subscribed_at = ?", "unsubscribed_at = NULL"), append(args, w.now)
	}
	if o.Consent {
		set, args = append(set, "consent_at = ?"), append(args, w.now)
	}
	if o.Unsubscribed {
		set, args = append(set, "unsubscribed_at = ?"), append(args, w.now)
	}
	id, idArgs := expr(applicantID)
	return stmt{what: "update applicant", q: "UPDATE applicants SET " + strings.Join(set, ", ") + " WHERE id = " + id,
		args: append(args, idArgs...)}, true
}
