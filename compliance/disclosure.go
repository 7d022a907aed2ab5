package compliance

// disclosure is what a text states and discloses, from the cue matches.
type disclosure struct {
	rate, product       bool // the text states a rate/fee/payment, or a product
	annual, allIn, risk bool
	lender              bool
}

// discloseState reads the disclosure cues of a text. A rate statement is a
// rate or payment word with a figure, a percentage or a rate in 厘, presented
// as an offer or estimate (statement.go).
func discloseState(s *snapshot, matches []match, n []rune) disclosure {
	var d disclosure
	for _, m := range matches {
		p := &s.pats[m.pat]
		if p.kind != patCue {
			continue
		}
		switch p.cue {
		case cueRateTrigger:
			d.rate = d.rate || statesFigure(n, int(m.start), int(m.end))
		case cueProductTrigger:
			d.product = true
		case cueAnnual:
			d.annual = true
		case cueAllIn:
			d.allIn = true
		case cueRisk:
			d.risk = true
		case cueLender:
			d.lender = true
		}
	}
	for i := 1; i < len(n) && !d.rate; i++ {
		d.rate = (n[i] == '%' || n[i] == '厘') && statesRateUnit(n, i)
	}
	return d
}

// missing lists the disclosure codes the text lacks: a rate statement needs
// the annualised all-in rate and the risk notice; a product statement needs
// the risk notice and the lender-decides caveat.
func (d disclosure) missing() []string {
	needRate := d.rate && !(d.annual && d.allIn)
	needRisk := (d.rate || d.product) && !d.risk
	needLender := d.product && !d.lender
	if !needRate && !needRisk && !needLender {
		return []string{}
	}
	out := make([]string, 0, 3)
	if needRate {
		out = append(out, DiscAnnualizedRate)
	}
	if needRisk {
		out = append(out, DiscRiskNotice)
	}
	if needLender {
		out = append(out, DiscLenderDecides)
	}
	return out
}
