package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Limits of one outgoing reply: WeChat's passive reply holds 2048 bytes including the XML envelope.
const (
	maxReplyRunes = 600
	maxReplyBytes = 1800
)

// replyKeys are the replies the engine names in Go; NewWith refuses a knowledge base lacking one.
// (Questions, re-asks and summary phrases are named by the flow and checked by knowledge.Load.)
var replyKeys = []string{
	"greeting", "consent_notice", "consent_declined", "consent_withdrawn", "consent_needed", "consent_thanks",
	"reask_limit", "summary_confirm", "summary_fix", "updated", "return_to_step", "hello_again",
	"thanks", "fallback", "unsupported", "restart_done", "cancel_done", "idle", "done_next",
	"prescreen_a", "prescreen_b", "prescreen_c", "reason_line", "products_intro", "product_item",
	"no_products", "materials_list", "materials_general", "none_item", "rate_general", "rate_quote",
	"calc_result", "calc_missing", "pay_equal_instalment", "pay_equal_principal", "pay_interest_only",
	"method_equal_instalment", "method_equal_principal", "method_interest_only",
	"fraud_refusal", "complaint", "handoff", "progress",
	"agent_fraud", "agent_complaint", "agent_ask_human", "agent_no_products",
	"ack", "confirm_tentative", "fraud_refusal_again",
	"warn_queries", "warn_overdue", "warn_affordability", "warn_tax_proof", "warn_borrow_to_repay", "warn_prohibited_use",
	"outlook_overdue", "outlook_queries", "outlook_affordability", "outlook_ok", "outlook_unknown",
	"limit_unknown", "limit_none", "limit_estimate",
	"note_facts", "note_tentative", "note_warnings", "note_grade", "note_handoff", "note_pending",
}

// say renders reply key with fields and queues it.
func (t *turn) say(key string, fields map[string]string) {
	text, err := t.e.kb.Replies.Render(key, fields)
	if err != nil {
		t.fail(err)
		return
	}
	t.pieces = append(t.pieces, piece{text: text})
}

// piece is one sentence group of a turn's reply; alone keeps it a reply element of its own.
type piece struct {
	text  string
	alone bool
}

// fail records the first error of the turn; Reply returns it.
func (t *turn) fail(err error) {
	if t.err == nil {
		t.err = err
	}
}

// output assembles the turn's result.
func (t *turn) output() (Output, error) {
	if t.err != nil {
		return Output{}, fmt.Errorf("engine turn (%s, phase %q): %w", t.intent, t.st.Phase, t.err)
	}
	b, err := t.st.encode()
	if err != nil {
		return Output{}, err
	}
	out := Output{
		Replies: pack(t.pieces), State: b, Intent: t.intent, Flags: t.flags, Handoff: t.handoff,
		Consent: t.consent, ConsentWithdrawn: t.withdrawn, Grade: t.st.Grade,
		Warnings: t.warnings, OpenQuestion: t.open,
	}
	if t.st.Consent {
		out.Slots, out.Tentative = t.st.Slots, t.st.Tentative
	}
	if t.graded {
		out.Reasons, out.Products = t.st.Reasons, t.st.Products
	}
	return out, nil
}

// pack joins consecutive pieces into as few replies as fit the limits, one piece per line; a piece
// marked alone is a reply of its own.
func pack(pieces []piece) []string {
	var out []string
	var cur string
	for _, pc := range pieces {
		p := pc.text
		if pc.alone {
			if strings.TrimSpace(cur) != "" {
				out = append(out, cur)
			}
			out = append(out, p)
			cur = ""
			continue
		}
		if cur == "" {
			cur = p
			continue
		}
		joined := cur + "\n" + p
		if utf8.RuneCountInString(joined) > maxReplyRunes || len(joined) > maxReplyBytes {
			out = append(out, cur)
			cur = p
			continue
		}
		cur = joined
	}
	if strings.TrimSpace(cur) != "" {
		out = append(out, cur)
	}
	return out
}
