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

// understand runs the command words and the extractor and settles the turn's intent.
func (t *turn) understand() {
	t.cmd = t.e.kb.Flow.Command(t.text)
	expecting := ""
	if t.st.Phase == phaseCollecting || t.st.Phase == phaseNoticed || t.st.Phase == phaseNew {
		expecting = t.st.Pending
	}
	k := t.st.Confirming
	if strings.Contains(k, ",") {
		k = "" // several values put at once: a bare figure answers none of them
	}
	if k != "" && (t.answerLead() != "" || strings.Contains(t.text, "按")) {
		expecting = k // "对 就按一万二算" after "月收入先按1.2万…可以吗": the figure restates the value put
		k = ""
	}
	if t.cmd == "" || t.cmd == "yes" || t.cmd == "no" {
		// 对/不对 can also answer a yes-no question ("有逾期吗" → "没有" is not a command).
		t.u = t.e.x.Understand(t.text, expecting, t.in.Now)
		if k != "" {
			t.readAsRestated(k)
		} else if expecting != "" && expecting == t.st.Pending && !t.correctsOther(expecting) {
			t.readCompanion(expecting)
		}
		t.readVolunteered(expecting)
		if k == "" {
			t.readAsRefined()
		}
	}
	t.intent = t.settleIntent()
}

// correctsOther reads a message that opens with a no word, also after an interjection ("哦不是",
// "啊不对"), and goes on to correct another fact ("不是 我说错了 月收入是三千", "不对 借的是八万" while
// the bot asked about overdues) without the question asked: its 不是 takes back what was said
// before and answers neither the pending question nor its companion. It reports whether it did. A
// bare "不是", one the message's own words explain ("不是 没有逾期") or one set apart from what
// follows ("不是 另外刚才说错了 月入是九千" to 是本地户口吗) still answers the question.
func (t *turn) correctsOther(expecting string) bool {
	lead := strings.TrimLeft(t.text, "哦噢喔啊呃额唉哎诶欸 ，,") // "哦不是 那是前年的…"
	if t.e.kb.Flow.Leading(lead, "no") != "no" || movesOn(t.text) {
		return false
	}
	free := t.e.x.Understand(t.text, "", t.in.Now)
	said := slotMap(free.Slots)
	if _, answers := said[expecting]; answers || len(said)+len(slotMap(free.Tentative)) == 0 {
		return false
	}
	if !contains(free.Signals, SignalCorrection) && !t.changesStated(said) {
		return false
	}
	t.u = free
	return true
}

// movesOn reports words that set what follows apart from the answer ("不是 另外刚才说错了…",
// "不是 顺便说下月入是九千"): the 不是 before them answers the question.
func movesOn(s string) bool {
	for _, w := range []string{"另外", "顺便", "对了"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// changesStated reports whether said gives a stated or tentative slot a different value.
func (t *turn) changesStated(said map[string]any) bool {
	cur, tent := slotMap(t.st.Slots), slotMap(t.st.Tentative)
	for k, v := range said {
		if old, had := cur[k]; had && canonical(old) != canonical(v) {
			return true
		}
		if old, had := tent[k]; had && canonical(old) != canonical(v) {
			return true
		}
	}
	return false
}

// companions are the second facts the flow's questions ask with the first (replies.yaml ask_*:
// "做什么工作、本人税后月收入大概多少", "有房产或车辆吗…房产证拿到几年了", "有没有逾期…查询过几次").
var companions = map[string]string{
	"amount_yuan":            "term_months",
	"employment":             "monthly_income_yuan",
	"social_security_months": "local_hukou",
	"collateral":             "house_cert_years",
	"overdue_current":        "credit_queries_6m",
}

// readCompanion reads a figure the answer leaves unplaced, or places only by default, as the
// question's second fact: "开店的 一万左右" to "做什么工作、月收入多少" is an income (no amount),
// "两年 本地的" to "社保…户口是本地的吗" a local hukou, "有房 五年" to "有房产…房产证拿到几年了" the
// certificate's years (no term). The answer to the first fact stays as first read.
func (t *turn) readCompanion(expecting string) {
	c := companions[expecting]
	first := slotMap(t.u.Slots)
	if _, has := first[c]; c == "" || has || !t.missing(c) {
		return
	}
	if c == "house_cert_years" && first["collateral"] != slot.CollateralHouse && canonical(slotMap(t.st.Slots)["collateral"]) != slot.CollateralHouse {
		return // certificate years only of a house named
	}
	alt := t.e.x.Understand(t.text, c, t.in.Now)
	second := slotMap(alt.Slots)
	v, ok := second[c]
	if !ok {
		return
	}
	if ans, had := first[expecting]; had {
		if _, kept := second[expecting]; !kept {
			if _, num := ans.(float64); num {
				return // one bare figure, already the first fact's answer ("二十万" to 借多少、分多久)
			}
		}
	}
	for k := range first {
		if _, kept := second[k]; !kept && k != expecting {
			delete(first, k) // the figure the first reading gave a default slot
		}
	}
	first[c] = v
	if s, err := fromSlotMap(first); err == nil {
		t.u.Slots = s
	}
}

// readVolunteered reads a first fact the message volunteers out of the flow's order, with a figure
// its own reading places only by default, as the flow's question would: "有房 五年" while the bot
// asks the purpose gives the certificate five years (no term of 60 months), as it does to "有房产
// 吗…房产证拿到几年了".
// Only a figure moved counts: a companion the message does not speak of is not answered by a word
// that answers the first fact ("现在没有逾期" states no enquiries).
func (t *turn) readVolunteered(expecting string) {
	for first := range companions {
		if first == expecting {
			continue
		}
		before := slotMap(t.u.Slots)
		if _, said := before[first]; !said || !hasFigure(before) || !t.missing(companions[first]) {
			continue
		}
		t.readCompanion(first)
		if moved(before, slotMap(t.u.Slots), companions[first]) {
			continue
		}
		if s, err := fromSlotMap(before); err == nil {
			t.u.Slots = s // nothing moved: the companion is not answered
		}
	}
}

// hasFigure reports whether m holds a positive number, a figure that might have been placed by default.
func hasFigure(m map[string]any) bool {
	for _, v := range m {
		if f, ok := v.(float64); ok && f > 0 {
			return true
		}
	}
	return false
}

// moved reports whether a figure left a slot of before for the companion c in after: c now holds a
// positive number and a slot that held one is gone.
func moved(before, after map[string]any, c string) bool {
	if v, ok := after[c].(float64); !ok || v <= 0 {
		return false
	}
	for k, v := range before {
		if _, kept := after[k]; !kept {
			if f, num := v.(float64); num && f > 0 {
				return true
			}
		}
	}
	return false
}

// readAsRestated reads the message as the answer to the approximate value just put (key) when,
// read so, it gives that value a figure and either the approximation allows it ("准确说就两万" or
// "就是两万" after "月收入先按2万…可以吗", said of 两万出头), the message says it corrects something
// ("说错了 一万二", "应该是一万"), or its own reading would silently change another stated fact with
// that figure ("不止 有两万五", "没那么多 一万八" after 借15万: no new amount). A figure that is a new
// fact in the message's own reading keeps it ("我在超市做理货 一个月四千" after "每月已有还款先按6000"
// is an income).
func (t *turn) readAsRestated(key string) {
	alt := t.e.x.Understand(t.text, key, t.in.Now)
	v, ok := slotMap(alt.Slots)[key].(float64)
	if !ok {
		return
	}
	if contains(t.u.Signals, SignalCorrection) || t.withinReadings(key, v) || t.movesCorrection(alt, key) {
		t.u = alt
	}
}

// readAsRefined reads a message the pending question finds nothing in as the exact value of the one
// approximate value held whose readings allow it: "六十五" after "我六十多岁了", while the bot asked
// for the purpose, is the age.
func (t *turn) readAsRefined() {
	if !isEmpty(t.u.Slots) || !isEmpty(t.u.Tentative) || isEmpty(t.st.Tentative) {
		return
	}
	var found Understanding
	n := 0
	for key := range slotMap(t.st.Tentative) {
		alt := t.e.x.Understand(t.text, key, t.in.Now)
		if v, ok := slotMap(alt.Slots)[key].(float64); ok && len(slotMap(alt.Slots)) == 1 && t.withinReadings(key, v) {
			found, n = alt, n+1
		}
	}
	if n == 1 {
		t.u = found
	}
}

// withinReadings reports whether v is a reading the tentative value of key allows.
func (t *turn) withinReadings(key string, v float64) bool {
	r, has := t.st.Ranges[key]
	if !has {
		f, isNum := slotMap(t.st.Tentative)[key].(float64)
		if !isNum {
			return false
		}
		r = Range{Lo: f, Hi: f}
	}
	return r.Lo <= v && v <= r.Hi
}

// movesCorrection reports whether the message's own reading changes a stated slot other than key
// that the reading for key (alt) leaves alone: the figure was a bare one, taken for that slot.
func (t *turn) movesCorrection(alt Understanding, key string) bool {
	cur, other := slotMap(t.st.Slots), slotMap(alt.Slots)
	for k, v := range slotMap(t.u.Slots) {
		if k == key {
			continue
		}
		if old, had := cur[k]; had && canonical(old) != canonical(v) {
			if _, kept := other[k]; !kept {
				return true
			}
		}
	}
	return false
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

// insists reports a message after a refusal that pleads or argues rather than moving on: no fact,
// no new question we can answer, no acceptance ("好吧", "那算了").
func (t *turn) insists() bool {
	if t.cmd == "yes" {
		return false
	}
	for _, w := range t.e.kb.Flow.Accept {
		if strings.Contains(t.text, w) {
			return false
		}
	}
	if !isEmpty(t.u.Slots) || !isEmpty(t.u.Tentative) {
		return pressesAgain(t.text) // "你就帮我弄一下嘛 我月入才五千": a fact told to press the request
	}
	switch t.u.Intent {
	case IntentOther, IntentFAQ, IntentProvideInfo, IntentGreeting, "":
	default:
		return false
	}
	if t.u.Intent == IntentProvideInfo && looksLikeQuestion(t.text) && !pleads(t.text) && !usesOthers(t.text) {
		return false // "不讲收入行不行", "唔講收入得唔得": a question about the applicant's facts, no plea
	}
	return true
}

// usesOthers reports a message that offers someone else's papers or name in place of the applicant's
// ("那用我老婆的行不行", "换成我爸的呢"): after a refusal it asks for the same act.
func usesOthers(s string) bool {
	for _, verb := range []string{"用", "拿", "借", "换成", "换"} {
		for i := strings.Index(s, verb); i >= 0; {
			rest := []rune(s[i+len(verb):])
			if len(rest) > 6 {
				rest = rest[:6]
			}
			w := string(rest)
			if strings.Contains(w, "的") && strings.ContainsAny(w, "老婆公爸妈弟哥姐妹亲朋友家同事") && !strings.Contains(w, "自己") {
				return true
			}
			j := strings.Index(s[i+len(verb):], verb)
			if j < 0 {
				break
			}
			i += len(verb) + j
		}
	}
	return false
}

// pressesAgain reports a plea for the refused act itself ("帮我弄一下", "求求你", "通融一下"), which a
// fact in the same message does not make a new answer.
func pressesAgain(s string) bool {
	for _, w := range []string{"帮我弄", "帮我做", "帮我搞", "帮帮忙", "帮下忙", "求你", "求求", "通融", "你就帮", "就帮我", "行个方便", "想想办法", "想个办法"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// pleads reports words that press a refused request again ("帮帮忙", "求你了", "想想办法").
func pleads(s string) bool {
	for _, w := range []string{"帮", "幫", "求", "通融", "拜托", "拜託", "办法", "辦法", "就这一次", "方便", "弄", "搞", "包"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
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
