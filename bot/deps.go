package bot

import (
	"time"

	"github.com/loanbot/loanbot/bot/extract"
	"github.com/loanbot/loanbot/bot/slot"
	"github.com/loanbot/loanbot/knowledge"
)

// Intents the engine acts on: bot/extract's vocabulary (the inbound compliance check raises the
// first three as Input.Flags).
const (
	IntentFraudRequest = extract.IntentFraudRequest
	IntentComplaint    = extract.IntentComplaint
	IntentAskHuman     = extract.IntentAskHuman
	IntentGreeting     = extract.IntentGreeting
	IntentProvideInfo  = extract.IntentProvideInfo
	IntentAskRate      = extract.IntentAskRate
	IntentAskMaterials = extract.IntentAskMaterials
	IntentAskProgress  = extract.IntentAskProgress
	IntentCalculator   = extract.IntentCalculator
	IntentFAQ          = extract.IntentFAQ
	IntentRestart      = extract.IntentRestart
	IntentThanks       = extract.IntentThanks
	IntentOther        = extract.IntentOther

	// Intents the engine itself recognises from the flow's command words.
	IntentCancel          = "cancel"
	IntentConfirm         = "confirm"
	IntentDeny            = "deny"
	IntentConsent         = "consent"
	IntentDeclineConsent  = "decline_consent"
	IntentWithdrawConsent = "withdraw_consent"
	IntentUnsupported     = "unsupported"
)

// Extractor understands one applicant message. expecting is the slot key of the question just
// asked ("" if none), so that a bare answer ("20万", "没有") fills it.
type Extractor interface {
	Understand(text, expecting string, now time.Time) Understanding
}

// ExtractorFunc adapts a function to Extractor.
type ExtractorFunc func(text, expecting string, now time.Time) Understanding

// Understand calls f.
func (f ExtractorFunc) Understand(text, expecting string, now time.Time) Understanding {
	return f(text, expecting, now)
}

// Understanding is what one message says: the slots it states, the approximate values it gives
// (Tentative), its intent, and the calculator's parameters when the intent is "calculator". A wrapping
// Extractor (the LLM fallback) may fill Slots and Tentative when the rules understood nothing, and
// then sets FromModel.
type Understanding struct {
	Slots     slot.Slots
	Tentative slot.Slots // approximate values (七八万, 两到三年): kept apart until the applicant confirms
	// FromModel says Slots and Tentative were read by a model, not by the rules: the engine stores
	// them only for slots still unknown, so they never override what the rules parsed earlier.
	FromModel     bool
	Intent        string
	Calc          *CalcRequest
	ProhibitedUse string // a banned use of loan money the message states or asks about (stocks, down_payment …)
	// Ranges holds, for a tentative value, every reading the words allow ("七八万" → 70000–80000);
	// a tentative value without a range is read as exactly itself.
	Ranges map[string]Range
	// Signals are risks the message shows that are no slot value: SignalBorrowToRepay (以贷养贷).
	Signals []string
	// TakenBack holds figures a correction takes back ("是两万 不是二十万" → 200000): the slot
	// holding one of them is the one corrected.
	TakenBack []float64
}

// Range is the lowest and highest reading of an approximate value, in the slot's unit.
type Range struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// Signals an Extractor may report.
const (
	SignalBorrowToRepay = extract.SignalBorrowToRepay // borrowing to repay other loans or cards
	SignalCorrection    = extract.SignalCorrection    // the message corrects an earlier statement ("打错了")
	SignalNotPurpose    = extract.SignalNotPurpose    // the message takes a purpose back ("其实不是装修")
)

// Intents about the applicant's own case, answered from the facts known so far.
const (
	IntentAskChance = extract.IntentAskChance // "这样还有希望吗", "能批下来吗"
	IntentAskLimit  = extract.IntentAskLimit  // "我这种情况大概能借多少"
)

// CalcRequest is a repayment question: "贷10万12期月供多少". Zero fields are unknown.
type CalcRequest struct {
	AmountYuan    int64
	TermMonths    int
	AnnualRatePct float64
	Method        string // equal_instalment | equal_principal | interest_only | ""
}

// Screener pre-screens an applicant and matches products.
type Screener interface {
	Assess(s slot.Slots, products []knowledge.Product, now time.Time) Assessment
}

// ScreenerFunc adapts a function to Screener.
type ScreenerFunc func(s slot.Slots, products []knowledge.Product, now time.Time) Assessment

// Assess calls f.
func (f ScreenerFunc) Assess(s slot.Slots, products []knowledge.Product, now time.Time) Assessment {
	return f(s, products, now)
}

// Assessment is a pre-screen result: the grade with its reasons, and the products that may fit,
// best first (the engine shows at most three).
type Assessment struct {
	Grade    string // A (may proceed), B (needs a human review), C (not suitable now)
	Reasons  []Reason
	Products []Fit
}

// Reason explains a grade: a code for agents and a sentence for the applicant, in compliant wording.
type Reason struct {
	Code   string
	Text   string
	Detail string // for agents, with the numbers; optional
}

// Fit is a product that may suit the applicant, and why.
type Fit struct {
	Product knowledge.Product
	Why     string
}
