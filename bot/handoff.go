package bot

import (
	"strings"
)

// note renders the summary an agent taking over reads: facts, tentative values, warnings given, the
// grade so far with its reasons, why the conversation was handed over and what was being asked.
func (t *turn) note() string {
	var parts []string
	add := func(key string, fields map[string]string) {
		if s, err := t.e.kb.Replies.Render(key, fields); err == nil {
			parts = append(parts, s)
		}
	}
	if facts := t.summary(); facts != "" {
		add("note_facts", map[string]string{"items": facts})
	}
	var tent []string
	for k, v := range slotMap(t.st.Tentative) {
		if s, err := t.e.kb.Replies.Render("tentative_"+k, map[string]string{"value": tentativeValue(k, v)}); err == nil {
			tent = append(tent, s)
		}
	}
	if len(tent) > 0 {
		t.sortStrings(tent)
		add("note_tentative", map[string]string{"items": strings.Join(tent, "，")})
	}
	var risks []string
	for _, r := range t.st.Risks {
		risks = append(risks, t.name("risk_"+r.Code, r.Code))
	}
	if len(risks) > 0 {
		add("note_warnings", map[string]string{"items": strings.Join(risks, "、")})
	}
	if t.st.Grade != "" {
		add("note_grade", map[string]string{"grade": t.st.Grade, "reasons": strings.Join(t.st.Reasons, "、")})
	}
	if t.st.HandoffWhy != "" {
		add("note_handoff", map[string]string{"why": t.name("why_"+t.st.HandoffWhy, t.st.HandoffWhy)})
	}
	if t.st.Pending != "" && t.st.Phase == phaseCollecting {
		add("note_pending", map[string]string{"slot": t.name("name_"+t.st.Pending, t.st.Pending)})
	}
	return strings.Join(parts, "")
}

// name renders a short label, or returns fallback when the replies have none.
func (t *turn) name(key, fallback string) string {
	s, err := t.e.kb.Replies.Render(key, nil)
	if err != nil {
		return fallback
	}
	return s
}

func (t *turn) sortStrings(list []string) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j] < list[j-1]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}
