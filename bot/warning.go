package bot

// Warning is a risk the engine told the applicant about: a code for agents and code, the sentence said.
type Warning struct {
	Code string `json:"code"`
	Text string `json:"text"`
}

// Warning codes.
const (
	WarnQueries       = "queries"         // more than 8 credit enquiries in 6 months
	WarnOverdue       = "overdue"         // a current overdue: no unsecured products
	WarnAffordability = "affordability"   // monthly income below 2× the estimated payment
	WarnTaxProof      = "tax_proof"       // a business/turnover loan needs tax proof
	WarnBorrowToRepay = "borrow_to_repay" // borrowing to repay other loans (以贷养贷)
	WarnFraudRefusal  = "fraud_refusal"   // a request for fraud, bribes or guaranteed approval refused
	WarnProhibitedUse = "prohibited_use"  // a banned use of loan money (stocks, down payment …)
)
