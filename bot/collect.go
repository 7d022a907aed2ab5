package bot

import (
	"math"
	"strings"

	"github.com/loanbot/loanbot/bot/slot"

	"github.com/loanbot/loanbot/knowledge"
)

// merged is what merging one message's slots changed.
type merged struct {
	added     []string // slot keys stated for the first time
	corrected []string // slot keys whose value changed
	invalid   []string // slot keys stated with a value outside the step's range (not stored)
	tentative []string // slot keys given an approximate value (kept apart, to be confirmed)
}

func (m merged) changed() bool { return len(m.added)+len(m.corrected)+len(m.tentative) > 0 }

// merge validates the message's slots against the flow and stores the valid ones; later statements
// replace earlier ones. A stated value replaces a tentative one; an approximate value is kept apart.
// What a model read (Understanding.FromModel) only fills slots that are still unknown.
func (t *turn) merge() merged {
	var res merged
	whatIf := t.intent == IntentCalculator // "贷10万12期月供多少" may be a what-if: it fills gaps, corrects nothing
	t.retarget()
	cur := slotMap(t.st.Slots)
	tent := slotMap(t.st.Tentative)
	for key, v := range slotMap(t.u.Slots) {
		old, had := cur[key]
		step, inFlow := t.e.kb.Flow.Step(key)
		switch {
		case t.u.FromModel && knownIn(key, cur, tent):
			continue
		case whatIf && (had || !inFlow || !t.valid(step, v)):
			continue
		case inFlow && !t.valid(step, v):
			res.invalid = append(res.invalid, key)
			continue
		case key == "loan_purpose" && had && v == slot.PurposeOther:
			continue // a vague "other" never replaces a purpose the applicant named
		case key == "collateral" && old == slot.CollateralHouse && v == slot.CollateralCar && !contains(t.u.Signals, SignalCorrection):
			continue // a car owned as well (车贷每月两千) leaves the house, as in one message (有房有车)
		case key == "collateral" && v == slot.CollateralNone && deniesOther(t.text, old):
			continue // "没有房产" after 有台车: the car is still owned
		case had && t.intent == IntentFraudRequest && flatters(key, old, v):
			continue // "帮我包装一下 就写在国企上班" after 失业了: what the request wants faked, not a correction
		}
		switch {
		case !had:
			res.added = append(res.added, key)
		case canonical(old) != canonical(v):
			res.corrected = append(res.corrected, key)
		}
		cur[key] = v
		delete(tent, key)
		delete(t.st.Ranges, key)
	}
	if !whatIf {
		for key, v := range slotMap(t.u.Tentative) {
			step, inFlow := t.e.kb.Flow.Step(key)
			if _, stated := slotMap(t.u.Slots)[key]; stated || (inFlow && !t.valid(step, v)) {
				continue
			}
			if t.u.FromModel && knownIn(key, cur, tent) {
				continue
			}
			if old, had := tent[key]; had && canonical(old) == canonical(v) {
				continue
			}
			tent[key] = v
			delete(cur, key) // "大概七八万吧": an approximate correction replaces the stated value
			res.tentative = append(res.tentative, key)
			t.st.Put = remove(t.st.Put, key)
			r, ok := t.u.Ranges[key]
			if !ok {
				f, _ := v.(float64)
				r = Range{Lo: f, Hi: f}
			}
			if t.st.Ranges == nil {
				t.st.Ranges = map[string]Range{}
			}
			t.st.Ranges[key] = r
		}
	}
	if contains(t.u.Signals, SignalNotPurpose) && t.u.Slots.LoanPurpose == nil && t.u.Tentative.LoanPurpose == nil {
		if _, had := cur["loan_purpose"]; had {
			delete(cur, "loan_purpose") // "其实不是装修"
			res.corrected = append(res.corrected, "loan_purpose")
		}
	}
	if s, err := fromSlotMap(cur); err == nil {
		t.st.Slots = s
	} else {
		t.fail(err)
	}
	if s, err := fromSlotMap(tent); err == nil {
		t.st.Tentative = s
	} else {
		t.fail(err)
	}
	t.cands = nil
	if t.st.Slots.OverdueCurrent != nil && *t.st.Slots.OverdueCurrent {
		t.st.Overdue = true
	}
	t.sortByFlow(res.added)
	t.sortByFlow(res.corrected)
	t.sortByFlow(res.invalid)
	t.sortByFlow(res.tentative)
	return res
}

// deniesOther reports a message that denies owning only the other kind of asset than owned ("没有
// 房产" after a car, "车没有" after a house): it names that kind and not the one owned.
func deniesOther(text string, owned any) bool {
	house := strings.ContainsAny(text, "房楼樓屋铺舖")
	car := strings.ContainsAny(text, "车車")
	switch owned {
	case slot.CollateralCar:
		return house && !car
	case slot.CollateralHouse:
		return car && !house
	}
	return false
}

// flatters reports whether v shows the applicant better than the stated old value does: a job for
// none, a pledge for nothing, more income or contributions, fewer enquiries or debts, no overdue, a
// local hukou. In a fraud request such a value is what the request wants faked; a worse one
// ("你就帮我弄一下嘛 我月入才三千") is a fact told to press it.
func flatters(key string, old, v any) bool {
	switch key {
	case "employment":
		weak := func(x any) bool {
			return x == slot.EmploymentUnemployed || x == slot.EmploymentStudent || x == slot.EmploymentRetired
		}
		return weak(old) && !weak(v)
	case "collateral":
		return old == slot.CollateralNone && v != slot.CollateralNone
	case "monthly_income_yuan", "social_security_months", "house_cert_years":
		a, b := old.(float64)
		c, d := v.(float64)
		return b && d && c > a
	case "credit_queries_6m", "existing_monthly_debt_yuan":
		a, b := old.(float64)
		c, d := v.(float64)
		return b && d && c < a
	case "overdue_current":
		return old == true && v == false
	case "local_hukou":
		return old == false && v == true
	}
	return false
}

// knownIn reports whether key has a value in cur (stated) or tent (tentative).
func knownIn(key string, cur, tent map[string]any) bool {
	_, stated := cur[key]
	_, approx := tent[key]
	return stated || approx
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

// resume returns to where the conversation was after a side answer.
func (t *turn) resume() {
	switch t.st.Phase {
	case phaseCollecting, phaseNoticed:
		if step, ok := t.e.kb.Flow.Step(t.st.Pending); ok && step.Ask != "" && t.missing(step.Slot) {
			q, err := t.e.kb.Replies.Render(step.Ask, nil)
			if err != nil {
				t.fail(err)
				return
			}
			t.say("return_to_step", map[string]string{"question": q})
			return
		}
		if t.st.Consent {
			t.next()
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

// moneySlots are the slots a bare corrected figure may belong to.
func moneySlots() []string {
	return []string{"amount_yuan", "monthly_income_yuan", "existing_monthly_debt_yuan"}
}

// retarget moves a corrected figure to the figure it corrects: "不对，打少了一个零，是三十万" after
// 借三万 and 月入七千 corrects the amount; "打错了，是两万八" after 月薪八千 and 借二十万 corrects the
// income. A message that signals a correction and states one sum the words do not name is taken to
// correct the stated sum nearest to it (by ratio, a slipped zero first); a sum the words name
// ("说错了，是借3万" after 借30万 and 月薪九千) stays where they put it.
func (t *turn) retarget() {
	if !contains(t.u.Signals, SignalCorrection) {
		return
	}
	said := slotMap(t.u.Slots)
	var key string
	var v float64
	for _, k := range moneySlots() {
		if f, ok := said[k].(float64); ok {
			if key != "" {
				return // two sums: the words placed them
			}
			key, v = k, f
		}
	}
	if key == "" || v <= 0 {
		return
	}
	best := t.corrected(v)
	if best == "" || best == key || t.named(key, best, v) {
		return
	}
	delete(said, key)
	said[best] = v
	if s, err := fromSlotMap(said); err == nil {
		t.u.Slots = s
	}
}

// corrected returns the stated sum a corrected figure v most likely replaces: the one holding a
// figure the message takes back ("不是二十万"), the one it is ten times or a tenth of when the
// message speaks of a slipped zero ("多打了个零"), else the nearest by ratio — a stated sum, or an
// approximate one when nothing is stated for it.
func (t *turn) corrected(v float64) string {
	cur := slotMap(t.st.Slots)
	for _, back := range t.u.TakenBack {
		for _, k := range moneySlots() {
			if old, ok := cur[k].(float64); ok && old == back {
				return k // "打错了 是两万 不是二十万": the figure taken back names its slot
			}
		}
	}
	zero := slippedZero(t.text)
	tent := slotMap(t.st.Tentative)
	best, bestDist := "", math.Inf(1)
	for _, k := range moneySlots() {
		old, ok := cur[k].(float64)
		if !ok {
			// "说错了 一万" after "月收入先按8000…" (七八千): an approximate sum is corrected too, by a
			// figure near it (within a factor of two of its readings)
			old, ok = tent[k].(float64)
			if r, has := t.st.Ranges[k]; ok && has && (v < r.Lo/2 || v > 2*r.Hi) {
				ok = false
			}
		}
		if !ok || old <= 0 {
			continue
		}
		d := math.Abs(math.Log(v / old))
		if zero && (old == 10*v || 10*old == v) {
			d = -1 // a slipped zero names its figure exactly
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// slippedZero reports a message blaming a typo of one zero: 多打了个零, 少打一个0, 多按了个零,
// 少了个0 — a slip word with a zero within a few characters after it.
func slippedZero(s string) bool {
	for _, slip := range []string{"多打", "少打", "多按", "少按", "多输", "少输", "多写", "少写", "多了", "少了"} {
		i := strings.Index(s, slip)
		if i < 0 {
			continue
		}
		rest := []rune(s[i+len(slip):])
		if len(rest) > 4 {
			rest = rest[:4]
		}
		if strings.ContainsAny(string(rest), "零0０") {
			return true
		}
	}
	return false
}

// named reports whether the message's own words put the figure v under key: read again as the
// answer to a question about other, it stays under key ("是借3万"), where a bare figure ("是两万八")
// would move to the question's slot.
func (t *turn) named(key, other string, v float64) bool {
	probe := t.e.x.Understand(t.text, other, t.in.Now)
	f, ok := slotMap(probe.Slots)[key].(float64)
	return ok && f == v
}
