package bot

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// turn is one applicant message being answered.
type turn struct {
	e         *Engine
	st        *state
	in        Input
	text      string
	cmd       string // a flow command the whole message is ("yes", "restart" …), or ""
	u         Understanding
	intent    string
	pieces    []piece
	warnings  []Warning            // said this turn
	warned    bool                 // warn ran this turn
	open      string               // a question the engine could not answer
	deny      string               // a tentative value the applicant rejected, to ask for exactly
	cands     *[]knowledge.Product // the products still open given the facts; nil when the facts changed
	flags     []Flag
	handoff   bool
	consent   bool
	withdrawn bool
	graded    bool
	err       error
}

// run decides the turn, then keeps the agents' summary up to date.
func (t *turn) run() {
	t.st.Handoff = false // a conversation a human handed back carries on where it was
	t.decide()
	t.warn()
	t.st.Refused = t.intent == IntentFraudRequest
	t.st.Note = t.note()
}

func (t *turn) decide() {
	switch t.in.Kind {
	case KindSubscribe:
		t.intent = IntentGreeting
		t.st.clearProfile()
		t.st.Phase, t.st.Consent = phaseNew, false
		t.greet()
		return
	case KindUnsupported:
		t.intent = IntentUnsupported
		t.say("unsupported", nil)
		t.resume()
		return
	case KindClick:
		t.text = t.e.kb.Flow.MenuText(t.in.EventKey)
	default:
		t.text = strings.TrimSpace(t.in.Text)
	}
	t.understand()
	if t.urgent() || t.command() {
		return
	}
	t.byPhase()
}

func (t *turn) settleIntent() string {
	for _, urgent := range []string{IntentFraudRequest, IntentComplaint, IntentAskHuman} {
		if contains(t.in.Flags, urgent) || t.u.Intent == urgent {
			return urgent
		}
	}
	if t.st.Refused && t.insists() {
		return IntentFraudRequest // "你就帮帮忙嘛" after a refusal is the same request
	}
	switch t.cmd {
	case "human":
		return IntentAskHuman
	case "restart":
		return IntentRestart
	case "cancel":
		return IntentCancel
	case "consent":
		return IntentConsent
	case "decline_consent":
		return IntentDeclineConsent
	case "withdraw_consent":
		return IntentWithdrawConsent
	case "yes":
		if isEmpty(t.u.Slots) {
			return IntentConfirm
		}
	case "no":
		if isEmpty(t.u.Slots) {
			return IntentDeny
		}
	}
	if t.st.Phase == phaseConfirming && isEmpty(t.u.Slots) && (t.u.Intent == IntentOther || t.u.Intent == "") {
		switch t.e.kb.Flow.Leading(t.text, "yes", "no") {
		case "yes":
			return IntentConfirm
		case "no":
			return IntentDeny
		}
	}
	if t.u.Intent == "" {
		return IntentOther
	}
	if t.u.Intent == IntentRestart && !startsOver(t.text) {
		return IntentCancel // "算了 不借了", "不想贷了": giving up, not starting again
	}
	return t.u.Intent
}

// startsOver reports words that ask to start the consultation again ("重新开始", "从头来", "再来一次",
// "清空重填"); giving up ("算了 不借了") has none of them.
func startsOver(s string) bool {
	for _, w := range []string{"重新", "从新", "重来", "从头", "再来", "清空", "重置", "重填"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// urgent handles fraud requests, complaints and requests for a human, in any phase. Facts the
// message states are kept ("我是开公司的，想借一百万，能不能包过").
func (t *turn) urgent() bool {
	switch t.intent {
	case IntentFraudRequest, IntentComplaint, IntentAskHuman:
		if t.st.Phase != phaseDeclined && t.st.Phase != phaseIdle {
			t.merge()
		}
	}
	switch t.intent {
	case IntentFraudRequest:
		t.consentByContinuing()
		t.noticeFirst()
		key := "fraud_refusal"
		if t.st.Refused {
			key = "fraud_refusal_again"
		}
		t.st.Refusals++
		t.warnNow(WarnFraudRefusal, key, nil, strconv.Itoa(t.st.Refusals))
		t.flag(IntentFraudRequest, t.agentNote("agent_fraud"))
		t.resume()
	case IntentComplaint:
		t.consentByContinuing()
		t.say("complaint", nil)
		t.flag(IntentComplaint, t.agentNote("agent_complaint"))
		t.handOff(IntentComplaint)
	case IntentAskHuman:
		t.consentByContinuing()
		t.say("handoff", nil)
		t.flag(IntentAskHuman, t.agentNote("agent_ask_human"))
		t.handOff(IntentAskHuman)
	default:
		return false
	}
	return true
}

// command handles restart, cancel and the consent commands.
func (t *turn) command() bool {
	switch t.intent {
	case IntentRestart:
		t.st.clearProfile()
		if !t.st.Consent {
			t.st.Phase = phaseNew
			t.greet()
			return true
		}
		t.st.Phase = phaseCollecting
		t.say("restart_done", nil)
		t.next()
	case IntentCancel:
		// Giving up ends the consultation but keeps what was stated: an agent reading the
		// conversation needs it, and only an explicit restart ("重新开始") starts from nothing.
		t.st.Pending, t.st.Retries, t.st.Confirming = "", 0, ""
		t.st.Phase = phaseIdle
		t.say("cancel_done", nil)
	case IntentWithdrawConsent:
		t.st.clearProfile()
		t.st.Phase, t.st.Consent, t.withdrawn = phaseDeclined, false, true
		t.say("consent_withdrawn", nil)
	case IntentDeclineConsent:
		t.st.clearProfile()
		t.st.Phase, t.st.Consent = phaseDeclined, false
		t.say("consent_declined", nil)
	default:
		return false
	}
	return true
}

func (t *turn) byPhase() {
	switch t.st.Phase {
	case phaseNew:
		t.first()
	case phaseNoticed:
		t.giveConsent()
		if t.intent == IntentConsent || t.intent == IntentConfirm {
			// "同意" / "好的" to the notice: thank them, then the question (asked once already
			// with the notice, so it is not a bare repeat)
			t.say("consent_thanks", nil)
			t.next()
			return
		}
		t.collect()
	case phaseDeclined:
		t.declined()
	case phaseIdle:
		if !t.answer() {
			t.say("idle", nil)
		}
	case phaseConfirming:
		t.confirming()
	case phaseAssessed:
		t.assessed()
	default:
		t.collect()
	}
}

// greet says the greeting and the personal-data notice, then the first question.
func (t *turn) greet() {
	t.notice()
	t.next()
}

// notice says the greeting and the personal-data notice.
func (t *turn) notice() {
	t.say("greeting", nil)
	t.say("consent_notice", nil)
	t.st.Phase = phaseNoticed
}

// noticeFirst greets a brand-new applicant before anything else is said.
func (t *turn) noticeFirst() {
	if t.st.Phase == phaseNew {
		t.notice()
	}
}

// first answers the very first message: greeting, notice, an answer to a general question, and
// the first missing question. Slots it states are held until the applicant consents.
func (t *turn) first() {
	t.notice()
	m := t.merge()
	t.acknowledge(m, nil)
	if !t.answer() && t.asksQuestion() {
		t.openQuestion()
	}
	t.warn()
	t.next()
}

func (t *turn) giveConsent() {
	if !t.st.Consent {
		t.st.Consent, t.consent = true, true
	}
	t.st.Phase = phaseCollecting
}

// declined serves an applicant who has not consented: general answers only.
func (t *turn) declined() {
	if t.intent == IntentConsent {
		t.giveConsent()
		t.say("consent_thanks", nil)
		t.next()
		return
	}
	if !t.answer() {
		t.say("consent_needed", nil)
	}
}

// consentByContinuing takes a reply to the personal-data notice as consent ("继续回复即表示您同意"),
// also when the reply is a request handled before the flow.
func (t *turn) consentByContinuing() {
	if t.st.Phase == phaseNoticed {
		t.giveConsent()
	}
}

func (t *turn) handOff(reason string) {
	t.handoff = true
	t.st.Handoff, t.st.HandoffWhy = true, reason
}

func (t *turn) flag(reason, detail string) {
	t.flags = append(t.flags, Flag{Reason: reason, Detail: detail})
}

// agentNote renders a flag's detail for agents, quoting the applicant's message.
func (t *turn) agentNote(key string) string {
	note, err := t.e.kb.Replies.Render(key, map[string]string{"text": clip(t.text)})
	if err != nil {
		t.fail(err)
	}
	return note
}

// clip shortens an applicant's message for a flag's detail.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:60]) + "…"
}

func isEmpty(s slot.Slots) bool { return len(slotMap(s)) == 0 }

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
