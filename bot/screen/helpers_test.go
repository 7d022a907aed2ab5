package screen

import "github.com/loanbot/loanbot/bot/loanmath"

func yuan(x float64) string { return loanmath.Yuan(x) }
