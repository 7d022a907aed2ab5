package compliance

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

// Filter checks texts against a compiled phrase set. The set is an immutable
// snapshot behind an atomic pointer: Replace compiles a new one and swaps it,
// so checks never block and never see a half-built set. A Filter is safe for
// concurrent use.
type Filter struct {
	t    *tables
	snap atomic.Pointer[snapshot]
	mu   sync.Mutex // serialises Replace so versions increase with the swaps
	pool sync.Pool  // *scratch
	// scorer is the statistical second opinion; nil = rules only.
	scorer *scorer
}

// scratch is the reusable working memory of one check.
type scratch struct {
	norm    normText
	pin     pinStream
	matches []match
	cues    []match // the cue and exception matches, for context checks
	cls     []match // the class matches no void word overlaps, for claims
	voids   []match // the void-word matches, while collect runs
	cands   []cand
	seen    patSet // the patterns among matches, while collect runs
	dead    patSet // class words with no claim to try, while collectClaims runs
}

// patSet is a set of pattern ids, one bit each.
type patSet []uint64

// mark adds the patterns of ms, growing the set to hold every pattern of s,
// and appends the void-word matches among ms to voids (one pass for both:
// voided reads them only when s has claims).
func (p *patSet) mark(s *snapshot, ms, voids []match) []match {
	p.grow(len(s.pats))
	for _, m := range ms {
		(*p)[m.pat>>6] |= 1 << (m.pat & 63)
		if isVoid(s, m) {
			voids = append(voids, m)
		}
	}
	return voids
}

// grow makes the set hold n patterns.
func (p *patSet) grow(n int) {
	if w := (n + 63) / 64; len(*p) < w {
		*p = make(patSet, w)
	}
}

func (p patSet) add(id int32) { p[id>>6] |= 1 << (id & 63) }

// unmark removes the patterns of ms: cheaper than clearing the whole set.
func (p patSet) unmark(ms []match) {
	for _, m := range ms {
		p[m.pat>>6] = 0
	}
}

func (p patSet) has(id int32) bool { return p[id>>6]&(1<<(id&63)) != 0 }

// contextMatches keeps the matches the context checks look at.
func contextMatches(s *snapshot, matches, out []match) []match {
	for _, m := range matches {
		if k := s.pats[m.pat].kind; k == patCue || k == patException {
			out = append(out, m)
		}
	}
	return out
}

// cand is a phrase occurrence in the normalised text.
type cand struct {
	phrase     int32
	start, end int32
	rule       string
	excuse     string
	gaps       [maxGaps][2]int32 // paraphrase patterns: the gaps between segments
	ngaps      int32
	cond       int32 // claims crossing a clause: 1 + the position of the condition word (0 = none)
}

// maxGaps bounds the segments of a paraphrase pattern (maxGaps+1).
const maxGaps = 7

// NewFilter compiles phrases (disabled ones are skipped) with the embedded
// claim patterns, or those of WithClaims. The error names the first bad
// phrase or claim word.
func NewFilter(phrases []Phrase, opts ...Option) (*Filter, error) {
	t, err := sharedTables()
	if err != nil {
		return nil, fmt.Errorf("compliance tables: %w", err)
	}
	sco, err := loadScorer()
	if err != nil {
		return nil, err
	}
	f := &Filter{t: t, scorer: sco}
	f.pool.New = func() any { return new(scratch) }
	s, err := compile(t, phrases, claimsOf(t, opts), 1)
	if err != nil {
		return nil, fmt.Errorf("compile phrases: %w", err)
	}
	f.snap.Store(s)
	return f, nil
}

// Replace compiles a new snapshot (phrases and claim patterns: the embedded
// ones unless WithClaims says otherwise) and swaps it in atomically. On error
// the current snapshot stays in use.
func (f *Filter) Replace(phrases []Phrase, opts ...Option) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := compile(f.t, phrases, claimsOf(f.t, opts), f.snap.Load().version+1)
	if err != nil {
		return fmt.Errorf("compile phrases: %w", err)
	}
	f.snap.Store(s)
	return nil
}

// Version identifies the snapshot in use: 1 after NewFilter, incremented on
// every successful Replace.
func (f *Filter) Version() uint64 { return f.snap.Load().version }

// Size is the number of enabled phrases in the snapshot in use.
func (f *Filter) Size() int { return f.snap.Load().npack }

// MemoryBytes estimates the memory held by the snapshot in use.
func (f *Filter) MemoryBytes() int {
	s := f.snap.Load()
	n := s.main.size() + 64*len(s.pats) + 160*len(s.phrases)
	if s.pin != nil {
		n += s.pin.size() + 64*len(s.pinPats)
	}
	return n
}

// CheckOutbound checks what the account is about to say: block if any
// un-excused block hit, else flag if any un-excused flag hit, else allow;
// MissingDisclosures lists what a rate or product statement lacks.
func (f *Filter) CheckOutbound(text string) Verdict { return f.check(text, Outbound) }

// CheckInbound checks what an applicant said. Hits raise reason codes in
// Flags (fraud_request, complaint, ask_human, risky_content).
func (f *Filter) CheckInbound(text string) Verdict { return f.check(text, Inbound) }

func (f *Filter) check(text string, scope Scope) Verdict {
	s := f.snap.Load()
	sc := f.pool.Get().(*scratch)
	defer f.pool.Put(sc)
	f.t.normalize(text, &sc.norm)
	n := sc.norm.runes
	sc.matches = s.main.scan(n, sc.matches[:0])
	sc.cands = f.collect(s, sc, scope)
	j := judge{s: s, n: n, src: sc.norm.src, matches: sc.cues, inbound: scope == Inbound}
	disc := discloseState(s, sc.cues, n)
	j.rateOK = disc.annual && disc.allIn
	for i := range sc.cands {
		c := &sc.cands[i]
		c.excuse = j.excuse(c)
	}
	slices.SortFunc(sc.cands, byPosition)
	propagate(sc.cands, n)
	if scope == Outbound && f.scorer != nil {
		sc.cands = f.consult(s, n, sc.cands)
	}
	v := verdictOf(s, sc, scope)
	if scope == Outbound {
		v.MissingDisclosures = disc.missing()
	}
	return v
}

// blocks reports a counted block candidate.
func blocks(s *snapshot, cands []cand) bool {
	for i := range cands {
		if cands[i].excuse == "" && s.phrases[cands[i].phrase].Action == Block {
			return true
		}
	}
	return false
}

func byPosition(x, y cand) int {
	return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
}

// collect gathers the phrase occurrences: literal and variant matches,
// completed paraphrase patterns, accepted pinyin matches and claims,
// de-duplicated. The same pass over the matches keeps the context matches
// (sc.cues) and the class matches the claims are completed from (sc.cls).
func (f *Filter) collect(s *snapshot, sc *scratch, scope Scope) []cand {
	cands := sc.cands[:0]
	sc.cues, sc.cls = sc.cues[:0], sc.cls[:0]
	dir := scopeBit(scope)
	claims := scope == Outbound && len(s.claims) > 0
	sc.voids = sc.seen.mark(s, sc.matches, sc.voids[:0])
	defer sc.seen.unmark(sc.matches)
	for i, m := range sc.matches {
		in := s.info[m.pat]
		switch in.kind {
		case patPhrase, patVariant:
			p := &s.pats[m.pat]
			if s.dirs[p.phrase]&dir != 0 && latinBounded(sc.norm.runes, sc.norm.src, int(m.start), int(m.end)) {
				cands = addCand(cands, cand{phrase: p.phrase, start: m.start, end: m.end, rule: p.rule})
			}
		case patSegment:
			if len(s.claims) > 0 && voided(s, sc.voids, m) {
				continue // 一定要通过官方渠道: a void word is not the first segment of a promise
			}
			cands = collectSegments(s, sc, i, dir, cands)
		case patCue, patException:
			sc.cues = append(sc.cues, m)
		case patClass:
			if claims && in.flags&infoReal != 0 && !voided(s, sc.voids, m) {
				sc.cls = append(sc.cls, m)
			}
		}
	}
	if s.pin != nil && hasLatin(sc.norm.runes) {
		cands = f.collectPinyin(s, sc, scope, cands)
	}
	if claims {
		cands = collectClaims(s, sc.cls, sc.norm.runes, sc.norm.src, &sc.dead, cands)
	}
	return cands
}

// collectSegments adds the paraphrase patterns that sc.matches[i] starts
// and that complete.
func collectSegments(s *snapshot, sc *scratch, i int, dir uint8, cands []cand) []cand {
	m := sc.matches[i]
	lk := &s.links[s.pats[m.pat].link]
	for j, ph := range lk.owners {
		if !sc.seen.has(lk.seconds[j]) || s.dirs[ph]&dir == 0 {
			continue
		}
		c := cand{phrase: ph, start: m.start, rule: s.paraRule[ph]}
		if completeSegments(s, sc.seen, sc.matches, i, sc.norm.runes, &c) &&
			latinBounded(sc.norm.runes, sc.norm.src, int(c.start), int(c.end)) {
			cands = addCand(cands, c)
		}
	}
	return cands
}

func (f *Filter) collectPinyin(s *snapshot, sc *scratch, scope Scope, cands []cand) []cand {
	sc.pin.build(f.t, sc.norm.runes, s.pinWindow)
	base := len(sc.matches)
	sc.matches = s.pin.scan(sc.pin.runes, sc.matches)
	for _, m := range sc.matches[base:] {
		p := &s.pinPats[m.pat]
		if !s.phrases[p.phrase].appliesTo(scope) {
			continue
		}
		if a, b, ok := sc.pin.accept(int(m.start), int(m.end)); ok {
			cands = addCand(cands, cand{phrase: p.phrase, start: int32(a), end: int32(b), rule: p.rule})
		}
	}
	sc.matches = sc.matches[:base]
	return cands
}

// addCand appends c unless the same phrase already has a hit overlapping it.
func addCand(cands []cand, c cand) []cand {
	for _, o := range cands {
		if o.phrase == c.phrase && o.start < c.end && c.start < o.end {
			return cands
		}
	}
	return append(cands, c)
}

// completeSegments tries to complete the paraphrase pattern whose first
// segment is matches[i]: each next segment must start after the previous one
// ends, within MaxGap runes, without a clause break in between. On success it
// sets c's end and gaps.
func completeSegments(s *snapshot, seen patSet, matches []match, i int, n []rune, c *cand) bool {
	ids := s.segments[c.phrase]
	for k := 2; k < len(ids); k++ { // collectSegments checked the second
		if !seen.has(ids[k]) {
			return false // a later segment occurs nowhere in the text
		}
	}
	end := matches[i].end
	for k := 1; k < len(ids); k++ {
		next, nextStart := int32(-1), int32(0)
		for _, m := range matches[i+1:] {
			if m.end > end+MaxGap+s.maxSegment {
				break // matches are ordered by end: none further can follow in time
			}
			if m.pat == ids[k] && m.start >= end && m.start-end <= MaxGap && !hasClauseEnd(n[end:m.start]) {
				next, nextStart = m.end, m.start
				break
			}
		}
		if next < 0 {
			return false
		}
		c.gaps[c.ngaps] = [2]int32{end, nextStart}
		c.ngaps++
		end = next
	}
	c.end = end
	return true
}

func hasClauseEnd(rs []rune) bool {
	for _, r := range rs {
		if isClauseEnd(r) {
			return true
		}
	}
	return false
}

// latinBounded reports whether a match does not cut a Latin word: 加v must
// not match inside 加vip, cvv not inside a longer word, p…征信 not after app.
// A space or symbol the normaliser removed between two letters (src jumps)
// was a word boundary: 流水 diy 💻 PS 工资条 holds diy and ps.
func latinBounded(n []rune, src []int32, a, b int) bool {
	if a > 0 && isLatin(n[a]) && isLatin(n[a-1]) && src[a]-src[a-1] == 1 {
		return false
	}
	return b >= len(n) || !isLatin(n[b-1]) || !isLatin(n[b]) || src[b]-src[b-1] > 1
}

func hasLatin(rs []rune) bool {
	for _, r := range rs {
		if isLatin(r) {
			return true
		}
	}
	return false
}

// verdictOf turns the judged candidates into a Verdict. Hits are ordered by
// position; the slice is the check's only allocation when something matched.
func verdictOf(s *snapshot, sc *scratch, scope Scope) Verdict {
	v := Verdict{Verdict: Allow, Hits: []Hit{}, MissingDisclosures: []string{}}
	if len(sc.cands) == 0 {
		return v
	}
	v.Hits = make([]Hit, len(sc.cands))
	for i, c := range sc.cands {
		p := &s.phrases[c.phrase]
		a, b := sc.norm.span(int(c.start), int(c.end))
		ss, se := sentenceOf(sc.norm.runes, int(c.start), int(c.end))
		sa, sb := sc.norm.span(ss, se)
		v.Hits[i] = Hit{Phrase: p.Text, Category: p.Category, Action: p.Action, Start: a, End: b,
			ExcusedBy: c.excuse, Rule: c.rule, PhraseID: p.ID, SentenceStart: sa, SentenceEnd: sb}
		if c.excuse != "" {
			continue
		}
		if p.Action == Block {
			v.Verdict = Block
		} else if v.Verdict == Allow {
			v.Verdict = Flag
		}
		if scope == Inbound {
			v.Flags = appendUnique(v.Flags, flagFor(p.Category))
		}
	}
	return v
}

func appendUnique(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// sentenceOf returns the sentence around [a, b) of the normalised runes.
func sentenceOf(n []rune, a, b int) (int, int) {
	for a > 0 && !isSentenceEnd(n[a-1]) {
		a--
	}
	for b < len(n) && !isSentenceEnd(n[b]) {
		b++
	}
	return a, b
}
