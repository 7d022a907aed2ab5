package bot

import (
	"strings"

	"github.com/loanbot/loanbot/bot/slot"
)

// Understanding a message in its context: what the pending question, a value put to the applicant
// and a correction make of what extraction read.

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
