package knowledge

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/loanbot/loanbot/bot/slot"
)

// Kind is the type of a slot's value, which decides how it is validated and shown.
type Kind string

// Slot kinds.
const (
	KindMoney  Kind = "money"  // yuan, int64
	KindMonths Kind = "months" // int
	KindInt    Kind = "int"
	KindYears  Kind = "years" // float64
	KindBool   Kind = "bool"
	KindEnum   Kind = "enum"
	KindText   Kind = "text"
)

// slotKinds maps every canonical slot key to its kind.
var slotKinds = map[string]Kind{
	"amount_yuan": KindMoney, "term_months": KindMonths, "monthly_income_yuan": KindMoney,
	"loan_purpose": KindEnum, "employment": KindEnum, "collateral": KindEnum,
	"house_cert_years": KindYears, "local_hukou": KindBool, "social_security_months": KindMonths,
	"credit_queries_6m": KindInt, "overdue_current": KindBool, "existing_monthly_debt_yuan": KindMoney,
	"age": KindInt, "city": KindText, "pledge_willing": KindBool,
}

// enumValues are the canonical values of the enumerated slots.
var enumValues = map[string][]string{
	"loan_purpose": {slot.PurposeConsumption, slot.PurposeBusiness, slot.PurposeCar, slot.PurposeRenovation,
		slot.PurposeEducation, slot.PurposeMedical, slot.PurposeTurnover, slot.PurposeOther},
	"employment": {slot.EmploymentSalaried, slot.EmploymentBusinessOwner, slot.EmploymentSelfEmployed,
		slot.EmploymentFreelancer, slot.EmploymentUnemployed, slot.EmploymentRetired, slot.EmploymentStudent},
	"collateral": {slot.CollateralHouse, slot.CollateralCar, slot.CollateralNone},
}

// SlotKind returns the kind of a canonical slot key, and whether the key is known.
func SlotKind(key string) (Kind, bool) {
	k, ok := slotKinds[key]
	return k, ok
}

// Flow is the consultation script: the slots to collect in order, how to ask for each, when a step
// applies, the command words the applicant may type, and the calculator's defaults.
type Flow struct {
	Steps      []Step              `yaml:"steps"`
	Commands   map[string][]string `yaml:"commands"`
	Calculator Calculator          `yaml:"calculator"`
	RetryLimit int                 `yaml:"retry_limit"` // invalid answers to one question before offering a human
	Menu       map[string]string   `yaml:"menu"`        // menu EventKey (lower case) → the message it stands for
	Accept     []string            `yaml:"accept"`      // words that accept a refusal ("好吧", "那算了"): not an insistence
}

// Step is one slot of the script.
type Step struct {
	Slot    string            `yaml:"slot"`
	Ask     string            `yaml:"ask"`     // reply key of the question; empty: never asked, kept if stated
	Reask   string            `yaml:"reask"`   // reply key of the re-ask with an example
	Summary string            `yaml:"summary"` // reply key of the summary phrase, field {value}
	Min     *float64          `yaml:"min"`     // numeric slots: smallest acceptable value
	Max     *float64          `yaml:"max"`     // numeric slots: largest acceptable value
	Values  map[string]string `yaml:"values"`  // enum and bool slots: how each value reads in a summary
	When    *Condition        `yaml:"when"`    // ask only when this holds
	line    int
}

// Condition restricts a step to applicants for whom another slot has (or has not) one of some values.
type Condition struct {
	Slot  string   `yaml:"slot"`
	In    []string `yaml:"in"`
	NotIn []string `yaml:"not_in"`
}

// Calculator holds the calculator's defaults when the applicant names no rate or method.
type Calculator struct {
	AnnualRatePct float64 `yaml:"annual_rate_pct"`
	Method        string  `yaml:"method"` // equal_instalment | equal_principal | interest_only
}

// Command names the engine understands; each lists the exact short messages that trigger it.
var commandNames = []string{"restart", "cancel", "human", "yes", "no", "consent", "decline_consent", "withdraw_consent"}

var calcMethods = map[string]bool{"equal_instalment": true, "equal_principal": true, "interest_only": true}

// LoadFlow reads and validates a flow file.
func LoadFlow(fsys fs.FS, path string) (*Flow, error) {
	var f Flow
	root, err := readYAML(fsys, path, &f)
	if err != nil {
		return nil, err
	}
	steps := mapValue(root, "steps")
	if len(f.Steps) == 0 {
		return nil, srcErr(path, lineOf(root), "no steps")
	}
	seen := map[string]bool{}
	for i := range f.Steps {
		s := &f.Steps[i]
		s.line = lineOf(seqItem(steps, i))
		if seen[s.Slot] {
			return nil, srcErr(path, s.line, "slot %q appears twice", s.Slot)
		}
		seen[s.Slot] = true
		if err := s.check(); err != nil {
			return nil, srcErr(path, s.line, "step %q: %v", s.Slot, err)
		}
	}
	if err := f.checkRest(path, root); err != nil {
		return nil, err
	}
	return &f, nil
}

func (s *Step) check() error {
	kind, ok := slotKinds[s.Slot]
	if !ok {
		return fmt.Errorf("unknown slot (known: %s)", strings.Join(sortedKeys(slotKinds), ", "))
	}
	if s.Ask != "" && (s.Reask == "" || s.Summary == "") {
		return fmt.Errorf("an asked step needs reask and summary")
	}
	numeric := kind == KindMoney || kind == KindMonths || kind == KindInt || kind == KindYears
	if (s.Min != nil || s.Max != nil) && !numeric {
		return fmt.Errorf("min/max apply only to numeric slots")
	}
	if s.Min != nil && s.Max != nil && *s.Min > *s.Max {
		return fmt.Errorf("min %v > max %v", *s.Min, *s.Max)
	}
	for v := range s.Values {
		if !validValue(s.Slot, v) {
			return fmt.Errorf("values: %q is not a value of %s", v, s.Slot)
		}
	}
	if (kind == KindEnum || kind == KindBool) && s.Summary != "" && len(s.Values) == 0 {
		return fmt.Errorf("enum and bool steps need values for the summary")
	}
	if s.When != nil {
		return s.When.check()
	}
	return nil
}

func (c *Condition) check() error {
	if _, ok := slotKinds[c.Slot]; !ok {
		return fmt.Errorf("when: unknown slot %q", c.Slot)
	}
	if len(c.In) == 0 && len(c.NotIn) == 0 {
		return fmt.Errorf("when: needs in or not_in")
	}
	for _, v := range append(append([]string{}, c.In...), c.NotIn...) {
		if !validValue(c.Slot, v) {
			return fmt.Errorf("when: %q is not a value of %s", v, c.Slot)
		}
	}
	return nil
}

func (f *Flow) checkRest(path string, root *yaml.Node) error {
	for _, name := range commandNames {
		if len(f.Commands[name]) == 0 {
			return srcErr(path, mapKeyLine(root, "commands"), "commands: %q has no words", name)
		}
	}
	owner := map[string]string{}
	for name, words := range f.Commands {
		line := mapKeyLine(mapValue(root, "commands"), name)
		if !contains(commandNames, name) {
			return srcErr(path, line, "commands: unknown command %q", name)
		}
		for _, w := range words {
			k := strings.ToLower(trimCommand(w))
			if prev, dup := owner[k]; dup && prev != name {
				return srcErr(path, line, "commands: %q is both %s and %s", w, prev, name)
			}
			owner[k] = name
		}
	}
	c := f.Calculator
	if c.AnnualRatePct <= 0 || c.AnnualRatePct > 24 || !calcMethods[c.Method] {
		return srcErr(path, mapKeyLine(root, "calculator"), "calculator: annual_rate_pct must be in (0, 24] and method one of equal_instalment, equal_principal, interest_only")
	}
	for key, text := range f.Menu {
		if key != strings.ToLower(key) || strings.TrimSpace(text) == "" {
			return srcErr(path, mapKeyLine(mapValue(root, "menu"), key), "menu: key %q must be lower case with a non-empty message", key)
		}
	}
	if f.RetryLimit < 1 {
		return srcErr(path, mapKeyLine(root, "retry_limit"), "retry_limit must be at least 1")
	}
	return nil
}

// checkReplies verifies that every reply the flow names exists and uses only the fields the engine
// fills for it ({value} in summaries, none in questions).
func (f *Flow) checkReplies(r *Replies) error {
	for _, s := range f.Steps {
		for _, ref := range []struct{ key, allowed string }{{s.Ask, ""}, {s.Reask, ""}, {s.Summary, "value"}} {
			if ref.key == "" {
				continue
			}
			if !r.Has(ref.key) {
				return srcErr(FlowFile, s.line, "step %q: reply %q is not in %s", s.Slot, ref.key, RepliesFile)
			}
			for _, fld := range r.Fields(ref.key) {
				if fld != ref.allowed {
					return srcErr(FlowFile, s.line, "step %q: reply %q uses field {%s}, which this step does not fill", s.Slot, ref.key, fld)
				}
			}
		}
	}
	return nil
}

func validValue(slotKey, v string) bool {
	switch slotKinds[slotKey] {
	case KindBool:
		return v == "true" || v == "false"
	case KindEnum:
		return contains(enumValues[slotKey], v)
	}
	return false
}

// Step returns the step for a slot key.
func (f *Flow) Step(slotKey string) (Step, bool) {
	for _, s := range f.Steps {
		if s.Slot == slotKey {
			return s, true
		}
	}
	return Step{}, false
}

// Command returns the command a short message is, or "": the message, trimmed of spaces and
// punctuation, must equal one of the command's words.
func (f *Flow) Command(text string) string {
	t := trimCommand(text)
	if t == "" {
		return ""
	}
	for _, name := range commandNames {
		for _, w := range f.Commands[name] {
			if strings.EqualFold(t, w) {
				return name
			}
		}
	}
	return ""
}

// Leading returns the command among names one of whose words begins the message, the longest word
// winning ("对的没问题" → "yes", "不对，收入是1万" → "no"), or "". Questions (?, 吗, 么, 呢) lead to
// nothing: "是不是还要交材料？" does not confirm.
func (f *Flow) Leading(text string, names ...string) string {
	t := strings.ToLower(trimCommand(text))
	if t == "" || strings.ContainsAny(foldWidth(text), "?吗么呢") {
		return ""
	}
	best, bestLen := "", 0
	for _, name := range names {
		for _, w := range f.Commands[name] {
			w = strings.ToLower(w)
			if len(w) > bestLen && strings.HasPrefix(t, w) {
				best, bestLen = name, len(w)
			}
		}
	}
	return best
}

// MenuText returns the message a menu click stands for ("" for an unknown key).
func (f *Flow) MenuText(eventKey string) string { return f.Menu[strings.ToLower(eventKey)] }

func trimCommand(s string) string {
	return strings.TrimFunc(foldWidth(s), func(r rune) bool {
		return strings.ContainsRune(" \t\r\n,.!?;:~。，！？；：、…～'\"“”‘’()（）", r) || r >= 0x1F000
	})
}

// Holds reports whether the condition holds, given a lookup of the current slot values written as
// canonical strings ("house", "true", …). A condition on a slot not yet known does not hold.
func (c *Condition) Holds(get func(slotKey string) (string, bool)) bool {
	if c == nil {
		return true
	}
	v, ok := get(c.Slot)
	if !ok {
		return false
	}
	if len(c.In) > 0 && !contains(c.In, v) {
		return false
	}
	return !contains(c.NotIn, v)
}

// InRange reports whether a numeric value is within the step's bounds.
func (s Step) InRange(v float64) bool {
	return (s.Min == nil || v >= *s.Min) && (s.Max == nil || v <= *s.Max)
}

// Line returns the line of the step in its file, for error messages.
func (s Step) Line() int { return s.line }

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
