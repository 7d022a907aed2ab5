package compliance

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Action is what a verdict or a phrase asks for.
type Action string

// Actions. A phrase is either block or flag; a verdict can also be allow.
const (
	Allow Action = "allow"
	Block Action = "block"
	Flag  Action = "flag"
)

// Scope says which direction of the conversation a phrase applies to.
type Scope string

// Scopes: outbound is what the account says, inbound what an applicant says.
const (
	Outbound Scope = "outbound"
	Inbound  Scope = "inbound"
	Both     Scope = "both"
)

// GapMarker inside a phrase's text stands for up to MaxGap characters of the
// same clause, so that "一定能…批" also matches 一定能帮您批下来. Phrases with a
// gap are called paraphrase patterns.
const (
	GapMarker = "…"
	MaxGap    = 8
)

// Phrase is one entry of the banned-phrase list.
type Phrase struct {
	ID         uint64   `json:"id,omitempty" yaml:"id,omitempty"` // optional, stable id from the store
	Text       string   `json:"text" yaml:"text"`
	Category   string   `json:"category" yaml:"category"` // family code, e.g. "F01"; see CategoryName
	Action     Action   `json:"action" yaml:"action"`     // block | flag
	Severity   int      `json:"severity" yaml:"severity"` // 1..3
	Scope      Scope    `json:"scope" yaml:"scope"`
	Exceptions []string `json:"exceptions,omitempty" yaml:"exceptions,omitempty"` // sentence substrings that excuse a hit; "@annualized_rate" = the text discloses the annualised all-in rate
	Pinyin     bool     `json:"pinyin,omitempty" yaml:"pinyin,omitempty"`         // also match pinyin spellings (bao过, zhengxin)
	Variants   []string `json:"variants,omitempty" yaml:"variants,omitempty"`     // extra surface forms (homophones: 保过 for 包过)
	Enabled    bool     `json:"enabled" yaml:"enabled"`
	Reason     string   `json:"reason" yaml:"reason"`
}

// Validate reports the first problem that would stop the phrase compiling.
func (p Phrase) Validate() error {
	switch {
	case strings.TrimSpace(p.Text) == "":
		return fmt.Errorf("empty text")
	case !utf8.ValidString(p.Text):
		return fmt.Errorf("text is not valid UTF-8")
	case p.Action != Block && p.Action != Flag:
		return fmt.Errorf("action %q: want block or flag", p.Action)
	case p.Scope != Outbound && p.Scope != Inbound && p.Scope != Both:
		return fmt.Errorf("scope %q: want outbound, inbound or both", p.Scope)
	case p.Severity < 1 || p.Severity > 3:
		return fmt.Errorf("severity %d: want 1..3", p.Severity)
	case p.Category == "":
		return fmt.Errorf("empty category")
	}
	return nil
}

// appliesTo reports whether the phrase is checked for the given direction.
func (p Phrase) appliesTo(s Scope) bool {
	return p.Scope == Both || p.Scope == s
}

// label names a phrase in error messages.
func (p Phrase) label() string {
	if p.ID != 0 {
		return fmt.Sprintf("phrase %d %q", p.ID, p.Text)
	}
	return fmt.Sprintf("phrase %q", p.Text)
}

// Hit is one occurrence of a phrase in a checked text.
type Hit struct {
	Phrase    string `json:"phrase"`
	Category  string `json:"category"`
	Action    Action `json:"action"`
	Start     int    `json:"start"` // offsets in the ORIGINAL text, in runes (characters), half-open
	End       int    `json:"end"`
	ExcusedBy string `json:"excused_by,omitempty"` // which rule/exception excused it; empty = counts
	Rule      string `json:"rule"`                 // which rule fired: "phrase:…", "variant:…", "pinyin:…", "paraphrase:…"
	PhraseID  uint64 `json:"phrase_id,omitempty"`
	// SentenceStart and SentenceEnd delimit the sentence the hit is in (same
	// offsets as Start/End): in a long draft, the sentence to rewrite.
	SentenceStart int `json:"sentence_start"`
	SentenceEnd   int `json:"sentence_end"`
}

// Verdict is the outcome of a check.
type Verdict struct {
	Verdict            Action   `json:"verdict"`
	Hits               []Hit    `json:"hits"`
	MissingDisclosures []string `json:"missing_disclosures"` // codes, e.g. "annualized_rate", "risk_notice"
	Flags              []string `json:"flags,omitempty"`     // inbound reason codes: "fraud_request", "complaint", "ask_human"
}
