package bot

import (
	"fmt"
	"strconv"

	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// slotMap returns the stated slots of s keyed by canonical key; numbers come back as float64,
// booleans as bool, enums and text as string (the JSON view of slot.Slots).
func slotMap(s slot.Slots) map[string]any { return s.Map() }

// fromSlotMap is the inverse of slotMap.
func fromSlotMap(m map[string]any) (slot.Slots, error) {
	s, err := slot.FromMap(m)
	if err != nil {
		return s, fmt.Errorf("decode slots: %w", err)
	}
	return s, nil
}

// canonical writes a slot value the way flow conditions and summary labels name it: "house",
// "true", "200000".
func canonical(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// display writes a slot value for an applicant: amounts as 20万 / 1.2万 / 8000元, enums and
// booleans with the step's label.
func display(step knowledge.Step, v any) string {
	kind, _ := knowledge.SlotKind(step.Slot)
	switch kind {
	case knowledge.KindMoney:
		f, _ := v.(float64)
		return money(int64(f))
	case knowledge.KindEnum, knowledge.KindBool:
		if label, ok := step.Values[canonical(v)]; ok {
			return label
		}
	}
	return canonical(v)
}

// money writes yuan the way applicants say it: 200000 → 20万, 12000 → 1.2万, 8000 → 8000元.
func money(yuan int64) string {
	if yuan >= 10000 {
		return strconv.FormatFloat(float64(yuan)/10000, 'f', -1, 64) + "万"
	}
	return strconv.FormatInt(yuan, 10) + "元"
}
