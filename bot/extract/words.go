package extract

import "strings"

// nearestCue returns the cue that ends closest to the end of s; on a tie the longer word wins
// ("信用卡额度" over "额度").
func nearestCue(s string, cs []cue) (cue, bool) {
	best, bestEnd, found := cue{}, -1, false
	for _, c := range cs {
		i := strings.LastIndex(s, c.word)
		if i < 0 {
			continue
		}
		end := i + len(c.word)
		if end > bestEnd || (end == bestEnd && len(c.word) > len(best.word)) {
			best, bestEnd, found = c, end, true
		}
	}
	return best, found
}

// firstCue returns the cue that starts closest to the start of s, within its first few runes.
func firstCue(s string, cs []cue) (cue, bool) {
	best, bestStart, found := cue{}, 7, false // bytes: up to two CJK runes before the cue
	for _, c := range cs {
		i := strings.Index(s, c.word)
		if i < 0 || i > bestStart || (i == bestStart && len(c.word) <= len(best.word)) {
			continue
		}
		best, bestStart, found = c, i, true
	}
	return best, found
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// lastIndexAny returns the largest end offset of any word in s, or -1.
func lastIndexAny(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > best {
			best = i + len(w)
		}
	}
	return best
}
