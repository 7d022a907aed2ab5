package extract

import (
	"testing"

	"github.com/loanbot/loanbot/bot/slot"
)

// TestNumericKeys checks the field-by-field keys against the JSON view they replace.
func TestNumericKeys(t *testing.T) {
	keys := []string{KeyAmount, KeyTerm, KeyIncome, KeyExistingDebt, KeyHouseCertYears, KeySocialSecurity, KeyCreditQueries, KeyAge}
	for r := roleNone; r <= roleDrop; r++ {
		var one slot.Slots
		setNumber(&one, assigned{role: r}, 0)
		want := ""
		for k := range jsonView(one) {
			want = k
		}
		if got := numericKey(one); got != want {
			t.Errorf("numericKey(role %d) = %q, want %q", r, got, want)
		}
		view := jsonView(one)
		for _, k := range keys {
			_, inView := view[k]
			if states, known := statesNumeric(one, k); !known || states != inView {
				t.Errorf("statesNumeric(role %d, %s) = %v, %v; JSON view has it: %v", r, k, states, known, inView)
			}
		}
	}
	if _, known := statesNumeric(slot.Slots{}, KeyCity); known {
		t.Errorf("statesNumeric(%s) known, want unknown", KeyCity)
	}
}
