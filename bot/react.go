package bot

import (
	"slices"
	"strings"
)

// collect handles a message while facts are being gathered. It reacts the way an adviser does, in
// as few sentences as possible: it acknowledges what the message said, answers its question,
// gives every warning whose facts are now known, and asks the next question worth asking — or
// runs the pre-screen once none is left.
func (t *turn) collect() {
	if t.intent == IntentConsent {
		t.next()
		return
	}
	m := t.merge()
	if m.changed() || (t.intent != IntentOther && t.intent != IntentConfirm && t.intent != IntentDeny) {
		t.st.Unclear = 0
	}
	confirmed := t.confirmTentative(m)
	t.acknowledge(m, confirmed)
	answered := t.answer()
	if !answered && t.asksQuestion() {
		t.openQuestion()
		answered = true
	}
	t.warn()
	switch {
	case len(m.invalid) > 0:
		t.reask(m.invalid[0])
	case t.deny != "":
		t.reask(t.deny)
	case m.changed() || len(confirmed) > 0:
		t.advance(t.pendingMissed(m))
	case answered:
		t.resume()
	case (t.intent == IntentConfirm || t.intent == IntentDeny) && t.st.Unclear == 0:
		t.st.Unclear = 1
		t.resume() // "好的" after a warning: nothing to re-ask, carry on; a second one is unclear
	default:
		t.unclear()
	}
}

// confirming handles a conversation stored while a summary awaited confirmation (engine states
// from before the consultation issue): it is carried on as a collection.
func (t *turn) confirming() {
	t.st.Phase = phaseCollecting
	if t.intent == IntentConfirm {
		t.next()
		return
	}
	t.collect()
}

// assessed handles messages after the pre-screen: a correction is acknowledged, warned about and
// assessed again; questions are answered with the matched products in mind.
func (t *turn) assessed() {
	m := t.merge()
	t.acknowledge(m, nil)
	answered := t.answer()
	t.warn()
	switch {
	case len(m.invalid) > 0:
		t.st.Phase = phaseCollecting
		t.reask(m.invalid[0])
	case m.changed():
		t.st.Phase = phaseCollecting
		t.st.Grade, t.st.Reasons, t.st.Products = "", nil, nil
		t.next()
	case answered:
	case t.intent == IntentDeny || t.e.kb.Flow.Leading(t.text, "yes", "no") == "no":
		t.say("summary_fix", nil)
	case t.intent == IntentConfirm || t.e.kb.Flow.Leading(t.text, "yes", "no") == "yes":
		t.say("done_next", nil)
	case t.asksQuestion():
		t.openQuestion()
	default:
		t.say("done_next", nil)
	}
}

// acknowledge says what the message was understood to state: "好的，记下了：月收入1.8万、上班族。"
// and, separately, what it corrected: "已更新：需要30万。"
func (t *turn) acknowledge(m merged, confirmed []string) {
	if len(m.added) > 0 {
		t.say("ack", map[string]string{"items": t.phrases(m.added)})
	}
	if fixed := append(slices.Clone(m.corrected), confirmed...); len(fixed) > 0 {
		t.say("updated", map[string]string{"items": t.phrases(fixed)})
	}
}

// asksQuestion reports a message that asks something (a question the engine should answer).
func (t *turn) asksQuestion() bool {
	switch t.intent {
	case IntentFAQ, IntentAskChance, IntentAskLimit:
		return true
	case IntentOther, IntentProvideInfo:
		return isEmpty(t.u.Slots) && isEmpty(t.u.Tentative) && looksLikeQuestion(t.text)
	}
	return false
}

// looksLikeQuestion reports a question mark or a question word ("在哪", "为什么", "是不是").
func looksLikeQuestion(s string) bool {
	if strings.ContainsAny(s, "?？吗么") {
		return true
	}
	for _, w := range []string{"哪", "什么", "为啥", "为什么", "怎么", "是不是", "有没有", "能不能", "可不可以", "多久", "谁",
		"行不行", "算不算", "要不要", "对不对", "是否", "可以不", "得唔得", "可唔可以", "係唔係", "系唔系", "有冇", "點樣", "点样", "咩"} { // and Cantonese question forms
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// openQuestion says the standard line for a question the engine cannot answer, as a reply element
// of its own (a drafted answer may replace it), and reports the question in Output.OpenQuestion.
func (t *turn) openQuestion() {
	text, err := t.e.kb.Replies.Render("fallback", nil)
	if err != nil {
		t.fail(err)
		return
	}
	t.pieces = append(t.pieces, piece{text: text, alone: true})
	t.open = t.text
}

// pendingMissed reports whether the question just asked went unanswered although the message said
// something else.
func (t *turn) pendingMissed(m merged) bool {
	p := t.st.Pending
	return p != "" && t.missing(p) && !slices.Contains(m.invalid, p)
}

// unclear handles a message that neither answers nor asks anything understood: the pending
// question is asked once more in other words (with an example), then set aside; from the third
// unclear message in a row a human is offered too.
func (t *turn) unclear() {
	t.st.Unclear++
	if t.st.Unclear > t.e.kb.Flow.RetryLimit {
		t.say("reask_limit", nil)
	}
	p := t.st.Pending
	switch {
	case p == "":
		t.openQuestion()
		t.next()
	case t.st.Retries == 0:
		t.st.Retries = 1
		t.reask(p)
	default:
		t.setAside(p)
		t.next()
	}
}

// advance asks the next question. missed says the pending question went unanswered while the
// message said other things: the question is set aside (a required fact comes back after the others,
// an optional one is skipped) — never the same question twice in a row.
func (t *turn) advance(missed bool) {
	if p := t.st.Pending; missed && p != "" && t.missing(p) {
		t.setAside(p)
	}
	t.next()
}

// setAside skips an optional fact for good and moves a required one behind the others.
func (t *turn) setAside(key string) {
	if t.optional(key) {
		t.st.Missed = appendOnce(t.st.Missed, key)
		return
	}
	t.st.Later = appendOnce(t.st.Later, key)
}

// next puts approximate values to the applicant for confirmation, or asks for the next missing fact
// worth asking, or runs the pre-screen when none is left.
func (t *turn) next() {
	if !t.st.Consent {
		t.askStep(t.pick())
		return
	}
	if t.putTentative() {
		return
	}
	key := t.pick()
	if key == "" {
		t.st.Pending, t.st.Retries = "", 0
		t.assess()
		return
	}
	t.askStep(key)
}

func (t *turn) askStep(key string) {
	step, ok := t.e.kb.Flow.Step(key)
	if !ok {
		return
	}
	if key != t.st.Pending {
		t.st.Retries = 0
	}
	t.st.Pending = key
	t.st.Later = remove(t.st.Later, key)
	t.asked()
	t.say(step.Ask, nil)
}

func (t *turn) reask(key string) {
	step, ok := t.e.kb.Flow.Step(key)
	if !ok || step.Reask == "" {
		t.openQuestion()
		return
	}
	t.st.Pending = key
	t.asked()
	t.say(step.Reask, nil)
}

// asked counts a question asked before the first pre-screen.
func (t *turn) asked() {
	if t.st.Grade == "" && t.st.Phase != phaseAssessed {
		t.st.Asked++
	}
}

// pick returns the first fact the flow asks that is missing, still worth asking and not skipped;
// facts set aside come after the others. "" when nothing is left to ask.
func (t *turn) pick() string {
	get := t.getter()
	var later string
	for _, s := range t.e.kb.Flow.Steps {
		if s.Ask == "" || !s.When.Holds(get) || !t.missing(s.Slot) || slices.Contains(t.st.Missed, s.Slot) || !t.worthAsking(s.Slot) {
			continue
		}
		if slices.Contains(t.st.Later, s.Slot) {
			if later == "" && s.Slot != t.st.Pending {
				later = s.Slot
			}
			continue
		}
		return s.Slot
	}
	return later
}

// onlyLater reports whether key is the only fact left to ask.
func (t *turn) onlyLater(key string) bool {
	next := t.pick()
	return next == "" || next == key
}

// missing reports a slot with neither a stated nor a tentative value.
func (t *turn) missing(key string) bool {
	if _, ok := t.st.Slots.Get(key); ok {
		return false
	}
	_, ok := t.st.Tentative.Get(key)
	return !ok
}

func appendOnce(list []string, v string) []string {
	if slices.Contains(list, v) {
		return list
	}
	return append(list, v)
}

func remove(list []string, v string) []string {
	return slices.DeleteFunc(slices.Clone(list), func(x string) bool { return x == v })
}
