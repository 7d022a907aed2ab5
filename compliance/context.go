package compliance

// Context judgement: whether the words around a hit excuse it. Everything
// works on the normalised runes and on the cue matches found in the same
// automaton pass, so it allocates nothing. Every excuse is returned as the
// rule that fired ("negation:不承诺", "warning:骗子", …).

const (
	negPromiseWindow = 10 // runes between 不承诺/不保证 and the hit
	negWindow        = 5  // runes between 不会/没有 … and the hit
	quoteCueWindow   = 3  // runes between 您说的 and the hit
)

// judge holds what the context checks need for one text.
type judge struct {
	s       *snapshot
	n       []rune
	matches []match // main automaton matches (cues included)
	inbound bool
	rateOK  bool // the text discloses the annualised all-in rate
}

// excuse returns the rule that excuses a hit of phrase idx at [a, b) of the
// normalised text, or "" if the hit counts.
func (j *judge) excuse(idx int32, a, b int) string {
	ss, se := j.bounds(a, b, isSentenceEnd)
	if e := j.exception(idx, ss, se); e != "" {
		return e
	}
	if e := j.negation(a, b); e != "" {
		return e
	}
	if j.inbound {
		return ""
	}
	if e := j.warning(a, b, ss); e != "" {
		return e
	}
	return j.quotation(a, b, ss, se)
}

// bounds returns the sentence (or clause) around [a, b).
func (j *judge) bounds(a, b int, end func(rune) bool) (int, int) {
	s := a
	for s > 0 && !end(j.n[s-1]) {
		s--
	}
	e := b
	for e < len(j.n) && !end(j.n[e]) {
		e++
	}
	return s, e
}

// exception: a per-phrase exception in the same sentence, or the disclosed rate.
func (j *judge) exception(idx int32, ss, se int) string {
	if j.s.needsRate[idx] && j.rateOK {
		return "disclosure:" + DiscAnnualizedRate
	}
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patException && p.phrase == idx && int(m.start) >= ss && int(m.end) <= se {
			return p.rule
		}
	}
	return ""
}

// negation: a negator right before the hit, or a negation cue shortly before
// it in the same clause that is not part of a neutral phrase (不用担心, 能不能).
func (j *judge) negation(a, b int) string {
	if a > 0 {
		switch j.n[a-1] {
		case '不', '没', '无', '非', '未', '别', '勿', '莫':
			if !j.neutralAt(a-1, a) {
				return "negation:" + string(j.n[a-1])
			}
		}
	}
	cs, _ := j.bounds(a, b, isClauseEnd)
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || int(m.end) > a || int(m.start) < cs {
			continue
		}
		window := negWindow
		switch p.cue {
		case cueNegPromise:
			window = negPromiseWindow
		case cueNeg:
		default:
			continue
		}
		if a-int(m.end) <= window && !j.neutralAt(int(m.start), int(m.end)) {
			return p.rule
		}
	}
	return ""
}

// neutralAt reports whether [a, b) lies inside a neutral cue (不用担心, 能不能 …).
func (j *judge) neutralAt(a, b int) bool {
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind == patCue && p.cue == cueNeutral && int(m.start) <= a && int(m.end) >= b {
			return true
		}
	}
	return false
}

// warning: a warning cue before the hit in its sentence, or after it in its
// clause (任何声称“包过”的都是骗子; 包过是不可能的). A negated cue (不是骗子)
// does not count.
func (j *judge) warning(a, b, ss int) string {
	_, ce := j.bounds(a, b, isClauseEnd)
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueWarn {
			continue
		}
		st, en := int(m.start), int(m.end)
		before := en <= a && st >= ss
		after := st >= b && en <= ce
		if (before || after) && !j.negatedAt(st) {
			return p.rule
		}
	}
	return ""
}

// negatedAt reports a negator right before position i (不是骗子, 并非虚假).
func (j *judge) negatedAt(i int) bool {
	if i >= 1 && (j.n[i-1] == '不' || j.n[i-1] == '没') {
		return true
	}
	if i >= 2 {
		for _, pair := range [...][2]rune{{'不', '是'}, {'并', '非'}, {'绝', '非'}, {'没', '有'}, {'并', '不'}} {
			if j.n[i-2] == pair[0] && j.n[i-1] == pair[1] {
				return true
			}
		}
	}
	return false
}

// quotation: the applicant's words quoted back — the hit in quote marks with a
// quote or warning cue in the sentence, or right after 您说的 in a question.
func (j *judge) quotation(a, b, ss, se int) string {
	quoted := j.inQuotes(a, b, ss, se)
	for _, m := range j.matches {
		p := &j.s.pats[m.pat]
		if p.kind != patCue || p.cue != cueQuote || int(m.start) < ss || int(m.end) > se {
			continue
		}
		if quoted {
			return p.rule
		}
		if int(m.end) <= a && a-int(m.end) <= quoteCueWindow && se < len(j.n) && j.n[se] == '?' {
			return p.rule
		}
	}
	return ""
}

// inQuotes reports whether [a, b) is enclosed by quote marks within its sentence.
func (j *judge) inQuotes(a, b, ss, se int) bool {
	open := false
	for k := a - 1; k >= ss; k-- {
		if isOpenQuote(j.n[k]) {
			open = true
			break
		}
		if isCloseQuote(j.n[k]) && j.n[k] != '"' && j.n[k] != '\'' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := b; k < se; k++ {
		if isCloseQuote(j.n[k]) {
			return true
		}
	}
	return false
}

func isOpenQuote(r rune) bool {
	switch r {
	case '“', '「', '『', '‘', '"', '\'', '《', '〈':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '”', '」', '』', '’', '"', '\'', '》', '〉':
		return true
	}
	return false
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\n', '！', '？', '；', '\r':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case ',', '，', '、', ':', '：', '(', ')', '（', '）', '\t':
		return true
	}
	return isSentenceEnd(r)
}
