package extract

import "github.com/loanbot/loanbot/bot/slot"

// The numeric slots (those setNumber fills) are read here field by field: fillNumbers asks for
// them per mention, and a JSON round trip (jsonView) costs more than the rest of it.

// numericKey returns the key of the one numeric slot s states, "" if none; s states at most one
// (a Slots filled by setNumber).
func numericKey(s slot.Slots) string {
	switch {
	case s.AmountYuan != nil:
		return KeyAmount
	case s.TermMonths != nil:
		return KeyTerm
	case s.MonthlyIncomeYuan != nil:
		return KeyIncome
	case s.ExistingMonthlyDebtYuan != nil:
		return KeyExistingDebt
	case s.HouseCertYears != nil:
		return KeyHouseCertYears
	case s.SocialSecurityMonths != nil:
		return KeySocialSecurity
	case s.CreditQueries6m != nil:
		return KeyCreditQueries
	case s.Age != nil:
		return KeyAge
	}
	return ""
}

// statesNumeric reports whether s states the numeric slot key; known is false for other keys.
func statesNumeric(s slot.Slots, key string) (states, known bool) {
	switch key {
	case KeyAmount:
		return s.AmountYuan != nil, true
	case KeyTerm:
		return s.TermMonths != nil, true
	case KeyIncome:
		return s.MonthlyIncomeYuan != nil, true
	case KeyExistingDebt:
		return s.ExistingMonthlyDebtYuan != nil, true
	case KeyHouseCertYears:
		return s.HouseCertYears != nil, true
	case KeySocialSecurity:
		return s.SocialSecurityMonths != nil, true
	case KeyCreditQueries:
		return s.CreditQueries6m != nil, true
	case KeyAge:
		return s.Age != nil, true
	}
	return false, false
}
