package bot

import "github.com/loanbot/loanbot/bot/slot"

// Summary is what an agent taking over a conversation needs to know: the facts stated, the
// approximate values not yet confirmed, the warnings given, the grade so far and why, the products
// shown, why the conversation was handed over, the question pending, and all of it as one compact
// Chinese paragraph.
type Summary struct {
	Slots     slot.Slots `json:"slots"`
	Tentative slot.Slots `json:"tentative"`
	Warnings  []Warning  `json:"warnings,omitempty"`
	Grade     string     `json:"grade,omitempty"`
	Reasons   []string   `json:"reasons,omitempty"`
	Products  []string   `json:"products,omitempty"`
	Handoff   string     `json:"handoff,omitempty"` // reason code of the hand-off, "" when none
	Pending   string     `json:"pending,omitempty"` // slot key of the question being asked
	Text      string     `json:"text"`
}

// Summarize reads the hand-off summary out of an engine state (Output.State as stored with the
// conversation). An empty state gives an empty summary.
func Summarize(engineState []byte) (Summary, error) {
	st, err := decodeState(engineState)
	if err != nil {
		return Summary{}, err
	}
	s := Summary{
		Slots: st.Slots, Tentative: st.Tentative, Grade: st.Grade, Reasons: st.Reasons,
		Products: st.Products, Handoff: st.HandoffWhy, Pending: st.Pending, Text: st.Note,
	}
	for _, r := range st.Risks {
		s.Warnings = append(s.Warnings, Warning{Code: r.Code, Text: r.Text})
	}
	return s, nil
}
