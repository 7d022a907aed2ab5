package bot

import (
	"encoding/json"
	"fmt"

	"github.com/loanbot/loanbot/bot/slot"
)

// Phases of a conversation.
const (
	phaseNew        = ""           // nothing said yet
	phaseNoticed    = "noticed"    // greeted and shown the personal-data notice; consent pending
	phaseDeclined   = "declined"   // no consent (declined or withdrawn): FAQ and calculator only
	phaseCollecting = "collecting" // asking for missing slots
	phaseConfirming = "confirming" // summary shown, waiting for 对 or a correction
	phaseAssessed   = "assessed"   // pre-screen done; corrections re-open the summary
	phaseIdle       = "idle"       // cancelled by the applicant
)

// stateVersion is bumped when the JSON shape changes. Version 1 states (no tentative values, risk
// notes or hand-off reason) are read as they are: every field added since is optional.
const stateVersion = 2

// state is everything the engine remembers between turns; it travels as JSON in Output.State and
// comes back in Input.State, so a conversation survives restarts.
type state struct {
	V        int        `json:"v"`
	Phase    string     `json:"phase"`
	Consent  bool       `json:"consent"`
	Slots    slot.Slots `json:"slots"`
	Pending  string     `json:"pending,omitempty"`  // slot key of the question just asked
	Retries  int        `json:"retries,omitempty"`  // unclear answers to the pending question
	Grade    string     `json:"grade,omitempty"`    // A, B or C once assessed
	Reasons  []string   `json:"reasons,omitempty"`  // reason codes of the grade
	Products []string   `json:"products,omitempty"` // ids of the products shown, best first
	Handoff  bool       `json:"handoff,omitempty"`  // a human was asked for

	Tentative  slot.Slots `json:"tentative,omitempty"`   // approximate values awaiting confirmation
	Confirming string     `json:"confirming,omitempty"`  // slot key of the tentative value just put to the applicant
	Risks      []risk     `json:"risks,omitempty"`       // warnings said, kept as risk notes for agents
	HandoffWhy string     `json:"handoff_why,omitempty"` // reason code of the last hand-off
	Refusals   int        `json:"refusals,omitempty"`    // fraud requests refused so far
	Missed     []string   `json:"missed,omitempty"`      // optional slots skipped after one unclear answer
	Asked      int        `json:"asked,omitempty"`       // questions asked before the pre-screen
	Note       string     `json:"note,omitempty"`        // the hand-off summary for agents, rendered each turn

	Ranges  map[string]Range `json:"ranges,omitempty"`  // every reading of each tentative value
	Put     []string         `json:"put,omitempty"`     // tentative slots already put to the applicant for confirmation
	Later   []string         `json:"later,omitempty"`   // required slots set aside after a re-ask, asked again later
	Unclear int              `json:"unclear,omitempty"` // messages in a row understood as nothing
	Refused bool             `json:"refused,omitempty"` // the last turn refused a fraud request (an insistence is refused again)
	Overdue bool             `json:"overdue,omitempty"` // a current overdue was stated: no unsecured product is shown in this conversation
}

// risk is a warning said to the applicant, with the facts it was said on: it is said again only
// when those facts change.
type risk struct {
	Code  string `json:"code"`
	Text  string `json:"text"`
	Facts string `json:"facts,omitempty"`
}

func decodeState(b []byte) (state, error) {
	if len(b) == 0 {
		return state{V: stateVersion}, nil
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return state{}, fmt.Errorf("decode engine state: %w", err)
	}
	if st.V == 1 {
		st.V = stateVersion // every field added in version 2 is optional
	}
	if st.V != stateVersion {
		// An older shape (such as the minimal engine's {"greeted":true}): start over politely.
		return state{V: stateVersion}, nil
	}
	return st, nil
}

func (st state) encode() ([]byte, error) {
	b, err := json.Marshal(st)
	if err != nil {
		return nil, fmt.Errorf("encode engine state: %w", err)
	}
	return b, nil
}

// clearProfile forgets what was collected and assessed, keeping consent.
func (st *state) clearProfile() {
	st.Slots = slot.Slots{}
	st.Pending, st.Retries = "", 0
	st.Grade, st.Reasons, st.Products = "", nil, nil
	st.Tentative, st.Confirming = slot.Slots{}, ""
	st.Risks, st.Missed, st.Asked, st.Refusals, st.Note = nil, nil, 0, 0, ""
	st.Ranges, st.Put, st.Later, st.Refused, st.Overdue = nil, nil, nil, false, false
}
