package bot

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"

	"github.com/loanbot/loanbot/knowledge"
)

// merged is what merging one message's slots changed.
type merged struct {
	added     []string // slot keys stated for the first time
	corrected []string // slot keys whose value changed
	invalid   []string // slot keys stated with a value outside the step's range (not stored)
}

func (m merged) changed() bool { return len(m.added)+len(m.corrected) > 0 }

// merge validates the message's slots against the flow and stores the valid ones; later statements
// replace earlier ones.
func (t *turn) merge() merged {
	var res merged
	whatIf := t.intent == IntentCalculator // "贷10万12期月供多少" may be a what-if: it fills gaps, corrects nothing
	cur := slotMap(t.st.Slots)
	for key, v := range slotMap(t.u.Slots) {
		old, had := cur[key]
		step, inFlow := t.e.kb.Flow.Step(key)
		switch {
		case whatIf && (had || !inFlow || !t.valid(step, v)):
			continue
		case inFlow && !t.valid(step, v):
			res.invalid = append(res.invalid, key)
			continue
		case key == "loan_purpose" && had && v == slot.PurposeOther:
			continue // a vague "other" never replaces a purpose the applicant named
		}
		switch {
		case !had:
			res.added = append(res.added, key)
		case canonical(old) != canonical(v):
			res.corrected = append(res.corrected, key)
		}
		cur[key] = v
	}
	if s, err := fromSlotMap(cur); err == nil {
		t.st.Slots = s
	} else {
		t.fail(err)
	}
	t.sortByFlow(res.added)
	t.sortByFlow(res.corrected)
	t.sortByFlow(res.invalid)
	return res
}

func (t *turn) valid(step knowledge.Step, v any) bool {
	if f, ok := v.(float64); ok {
		return step.InRange(f)
	}
	return true
}

// sortByFlow orders slot keys as the flow asks them.
func (t *turn) sortByFlow(keys []string) {
	order := map[string]int{}
	for i, s := range t.e.kb.Flow.Steps {
		order[s.Slot] = i
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && order[keys[j]] < order[keys[j-1]]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}

// collect handles a message while questions are being asked.
func (t *turn) collect() {
	if t.intent == IntentConsent {
		t.next()
		return
	}
	m := t.merge()
	answered := t.answer()
	switch {
	case len(m.invalid) > 0:
		t.reask(m.invalid[0])
	case m.changed():
		t.updated(m.corrected)
		t.next()
	case answered:
		t.resume()
	case t.intent == IntentFAQ:
		t.say("fallback", nil) // a question we have no approved answer for is not a bad answer
		t.resume()
	default:
		t.unclear()
	}
}

// updated acknowledges corrections: "已更新：需要30万。"
func (t *turn) updated(keys []string) {
	if len(keys) == 0 {
		return
	}
	t.say("updated", map[string]string{"items": t.phrases(keys)})
}

// unclear re-asks the pending question with an example, or offers a human after too many tries.
func (t *turn) unclear() {
	if t.st.Pending == "" {
		t.say("fallback", nil)
		return
	}
	t.st.Retries++
	if t.st.Retries > t.e.kb.Flow.RetryLimit {
		t.say("reask_limit", nil)
		return
	}
	t.reask(t.st.Pending)
}

func (t *turn) reask(key string) {
	step, ok := t.e.kb.Flow.Step(key)
	if !ok || step.Reask == "" {
		t.say("fallback", nil)
		return
	}
	t.st.Pending = key
	t.say(step.Reask, nil)
}

// nextStep returns the first step the flow asks whose condition holds and whose slot is missing.
func (t *turn) nextStep() (knowledge.Step, bool) {
	cur := slotMap(t.st.Slots)
	get := t.getter()
	for _, s := range t.e.kb.Flow.Steps {
		if s.Ask == "" || !s.When.Holds(get) {
			continue
		}
		if _, ok := cur[s.Slot]; !ok {
			return s, true
		}
	}
	return knowledge.Step{}, false
}

// next asks for the next missing slot, or shows the summary for confirmation when all are known.
func (t *turn) next() {
	step, ok := t.nextStep()
	if !ok {
		t.st.Pending, t.st.Retries = "", 0
		if t.st.Consent {
			t.st.Phase = phaseConfirming
			t.say("summary_confirm", map[string]string{"summary": t.summary()})
		}
		return
	}
	if step.Slot != t.st.Pending {
		t.st.Retries = 0
	}
	t.st.Pending = step.Slot
	t.say(step.Ask, nil)
}

// resume returns to where the conversation was after a side answer.
func (t *turn) resume() {
	switch t.st.Phase {
	case phaseCollecting, phaseNoticed:
		if step, ok := t.e.kb.Flow.Step(t.st.Pending); ok && step.Ask != "" {
			q, err := t.e.kb.Replies.Render(step.Ask, nil)
			if err != nil {
				t.fail(err)
				return
			}
			t.say("return_to_step", map[string]string{"question": q})
		}
	case phaseConfirming:
		t.say("summary_confirm", map[string]string{"summary": t.summary()})
	}
}

// summary is every collected slot the flow shows, in flow order: "需要20万，分36期，月收入1.2万…".
// A step whose condition no longer holds (the house certificate after 有房 became 没有) is left out.
func (t *turn) summary() string {
	get := t.getter()
	var keys []string
	for _, s := range t.e.kb.Flow.Steps {
		if s.When.Holds(get) {
			keys = append(keys, s.Slot)
		}
	}
	return t.phrases(keys)
}

// getter looks up the current slots as canonical strings, for flow conditions.
func (t *turn) getter() func(string) (string, bool) {
	cur := slotMap(t.st.Slots)
	return func(key string) (string, bool) {
		v, ok := cur[key]
		return canonical(v), ok
	}
}

// phrases renders the summary phrase of each key that has a value and a summary template.
func (t *turn) phrases(keys []string) string {
	cur := slotMap(t.st.Slots)
	var parts []string
	for _, key := range keys {
		step, ok := t.e.kb.Flow.Step(key)
		v, has := cur[key]
		if !ok || !has || step.Summary == "" {
			continue
		}
		p, err := t.e.kb.Replies.Render(step.Summary, map[string]string{"value": display(step, v)})
		if err != nil {
			t.fail(err)
			continue
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "，")
}

// confirming handles the answer to the summary.
func (t *turn) confirming() {
	m := t.merge()
	switch {
	case t.intent == IntentConfirm:
		t.assess()
	case len(m.invalid) > 0:
		t.st.Phase = phaseCollecting
		t.reask(m.invalid[0])
	case m.changed():
		t.updated(append(m.corrected, m.added...))
		t.st.Phase = phaseCollecting
		t.next()
	case t.intent == IntentDeny:
		t.say("summary_fix", nil)
	case t.answer():
		t.resume()
	default:
		t.say("summary_confirm", map[string]string{"summary": t.summary()})
	}
}

// assessed handles messages after the pre-screen: corrections re-open the summary; questions are
// answered with the matched products in mind.
func (t *turn) assessed() {
	m := t.merge()
	switch {
	case len(m.invalid) > 0:
		t.st.Phase = phaseCollecting
		t.reask(m.invalid[0])
	case m.changed():
		t.updated(append(m.corrected, m.added...))
		t.st.Phase = phaseCollecting
		t.st.Grade, t.st.Reasons, t.st.Products = "", nil, nil
		t.next()
	case t.answer():
	case t.intent == IntentConfirm || t.intent == IntentDeny:
		t.say("done_next", nil)
	default:
		t.say("fallback", nil)
	}
}
