package compliance

import "strings"

// Enumerations: hits joined by list separators share an excuse, and a
// prohibition governs every item of its list.

// propagate extends an excuse across an enumeration: hits joined only by list
// separators (保证金、押金或解冻费; “解冻费”“验资费”) share the excuse of a
// neighbour, in both directions.
//
// A definition (以贷养贷指借新贷还旧贷) also excuses the later hits of its
// sentence: they are the definition's own words.
func propagate(cands []cand, n []rune) {
	for i := range cands {
		if cands[i].excuse != definition {
			continue
		}
		for k := i + 1; k < len(cands) && !hasSentenceEnd(n[cands[i].end:max(cands[i].end, cands[k].start)]); k++ {
			if cands[k].excuse == "" {
				cands[k].excuse = definition
			}
		}
	}
	for i := range cands {
		if !strings.HasPrefix(cands[i].excuse, "quotation:") {
			continue
		}
		for k := range cands {
			o := &cands[k]
			if o.excuse == "" && o.start <= cands[i].start && o.end >= cands[i].end {
				o.excuse = cands[i].excuse // a paraphrase around a quoted phrase
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for i := 1; i < len(cands); i++ {
			x, y := &cands[i-1], &cands[i]
			if (x.excuse == "") == (y.excuse == "") || !listJoined(n, int(x.end), int(y.start)) {
				continue
			}
			if x.excuse == "" {
				x.excuse = y.excuse
			} else {
				y.excuse = x.excuse
			}
			changed = true
		}
	}
}

// listJoined reports whether n[a:b] holds only list separators (at most 3).
func listJoined(n []rune, a, b int) bool {
	if b < a || b-a > 3 {
		return false
	}
	for i, r := range n[a:b] {
		switch r {
		case '者':
			if i == 0 || n[a+i-1] != '或' { // 或者
				return false
			}
		case '、', '和', '或', '及', '与', '跟', '“', '”', '「', '」', '"', '\'', '/':
		default:
			return false
		}
	}
	return true
}

// listScope reports whether the runes between a list-governing negation and a
// hit are the earlier items of one enumeration (不得用于购房、炒股、赌博或期货):
// at most maxListItems items separated by 、, each within the window; the
// first may be twice as long, as it holds the verb (严禁将贷款用于买房首付、炒股).
func listScope(between []rune, window int) bool {
	items, run := 0, 0
	for _, r := range between {
		if r != '、' {
			run++
			if run > window && (items > 0 || run > 2*window) {
				return false
			}
			continue
		}
		if run == 0 {
			return false
		}
		items++
		run = 0
	}
	return items > 0 && items <= maxListItems
}

// isListClauseEnd is isClauseEnd without the enumeration comma 、.
func isListClauseEnd(r rune) bool { return r != '、' && isClauseEnd(r) }
