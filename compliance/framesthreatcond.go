package compliance

// payDeadlineThreat reports an if-less English condition on paying (You
// don't pay by tonight we send your photo…; No pay by Friday we blast…):
// from is just after "pay", a the hit's start. A deadline word follows the
// pay and the hit opens on our own subject, so "don't pay"/"no pay" states the
// condition of our threat — no advice against paying, no denial.
func payDeadlineThreat(n []rune, from, a int) bool {
	if from < 3 || string(n[from-3:from]) != "pay" || from >= a || a >= len(n) {
		return false
	}
	rest := n[from:a]
	if hasPrefix(rest, "ment") {
		rest = rest[4:]
	}
	if hasPrefix(rest, "up") {
		rest = rest[2:]
	}
	dead := false
	for _, w := range [...]string{"by", "before", "until", "till", "tonight", "today", "tomorrow", "within", "in", "on", "this", "now", "sebelum", "hari", "bukas", "ngayon", "mamaya"} {
		if hasPrefix(rest, w) {
			dead = true
			break
		}
	}
	if !dead {
		return false
	}
	for _, w := range [...]string{"we", "i'll", "iwill", "i", "our", "they", "kami", "saya"} {
		if hasPrefix(n[a:], w) {
			return true
		}
	}
	return false
}
