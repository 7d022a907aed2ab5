package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// putTentative asks the applicant to confirm the approximate values not yet put to them:
// "贷款金额先按8万为您测算，可以吗？". It reports whether it asked.
func (t *turn) putTentative() bool {
	tent := slotMap(t.st.Tentative)
	var keys, items []string
	for _, s := range t.e.kb.Flow.Steps {
		v, ok := tent[s.Slot]
		if !ok || contains(t.st.Put, s.Slot) {
			continue
		}
		item, err := t.e.kb.Replies.Render("tentative_"+s.Slot, map[string]string{"value": tentativeValue(s.Slot, v)})
		if err != nil {
			continue // a slot the replies give no confirmation wording for stays tentative
		}
		keys, items = append(keys, s.Slot), append(items, item)
	}
	if len(keys) == 0 {
		return false
	}
	t.st.Put = append(t.st.Put, keys...)
	t.st.Confirming = strings.Join(keys, ",")
	t.asked()
	t.say("confirm_tentative", map[string]string{"items": strings.Join(items, "，")})
	return true
}

// tentativeValue writes an approximate value the way the confirmation names it (money as 8万).
func tentativeValue(key string, v any) string {
	f, _ := v.(float64)
	if strings.HasSuffix(key, "_yuan") {
		return money(int64(f))
	}
	return canonical(v)
}

// confirmTentative promotes the values just put to the applicant when the message confirms them
// ("可以", "对的") and returns their keys; when it rejects them ("不对") it drops them and sets
// t.deny to the first, to ask for the exact figure.
func (t *turn) confirmTentative(m merged) []string {
	if t.st.Confirming == "" {
		return nil
	}
	keys := strings.Split(t.st.Confirming, ",")
	t.st.Confirming = ""
	if len(m.tentative) > 0 {
		return nil // a new approximation: it is put again
	}
	lead := t.answerLead()
	yes := t.intent == IntentConfirm || lead == "yes" || (isEmpty(t.u.Slots) && roughlySo(t.text))
	no := t.intent == IntentDeny || lead == "no"
	if !yes && !no {
		return nil
	}
	cur, tent := slotMap(t.st.Slots), slotMap(t.st.Tentative)
	var done []string
	for _, k := range keys {
		v, ok := tent[k]
		if !ok {
			continue
		}
		delete(tent, k)
		delete(t.st.Ranges, k)
		if no {
			t.st.Put = remove(t.st.Put, k)
			if t.deny == "" {
				t.deny = k
			}
			continue
		}
		cur[k] = v
		done = append(done, k)
	}
	t.cands = nil
	if s, err := fromSlotMap(cur); err == nil {
		t.st.Slots = s
	}
	if s, err := fromSlotMap(tent); err == nil {
		t.st.Tentative = s
	}
	return done
}

// answerLead reports how a message that goes on after its first words answers the values just put:
// "yes" or "no" when it opens with a yes or no word set off from the rest ("可以，就按8万", "不对 是十万"),
// "" otherwise. A message that merely begins with the same characters answers nothing: "对了，我还有
// 套房" (by the way), "是这样的", "好几年没逾期了".
func (t *turn) answerLead() string {
	lead := t.e.kb.Flow.Leading(t.text, "yes", "no")
	if lead == "" {
		return ""
	}
	s := strings.ToLower(strings.TrimLeftFunc(t.text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }))
	word := ""
	for _, w := range t.e.kb.Flow.Commands[lead] {
		if w = strings.ToLower(w); len(w) > len(word) && strings.HasPrefix(s, w) {
			word = w
		}
	}
	if word == "" {
		return lead // the flow matched a width or case variant: trust it
	}
	rest := strings.TrimLeft(s[len(word):], "的啊呀吧哈嘛啦哦噢")
	if rest == "" {
		return lead
	}
	if r, _ := utf8.DecodeRuneInString(rest); word == "对了" || !(unicode.IsSpace(r) || unicode.IsPunct(r)) {
		return ""
	}
	return lead
}

// roughlySo reports a reply that accepts an approximation as it was put ("差不多吧", "大概就这样",
// "八九不离十"), said of the value just put to the applicant.
func roughlySo(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 12 || strings.ContainsAny(s, "不没") && !strings.Contains(s, "差不多") && !strings.Contains(s, "八九不离十") {
		return false
	}
	for _, w := range []string{"差不多", "大差不差", "八九不离十", "大概是", "大概就", "大概吧", "应该是吧", "应该就", "估计是", "基本是", "基本就", "就这样", "就这么多", "差唔多", "差不離"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
