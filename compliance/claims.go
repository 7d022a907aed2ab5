package compliance

import (
	"bytes"
	_ "embed"
	"fmt"
	mathbits "math/bits"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Claim patterns (pack/claims.yaml): word classes and the orders in which
// they make a promise within one clause. Class words are matched in the same
// automaton pass as the phrases; a cheap second pass over the class matches
// completes the orders.

//go:embed pack/claims.yaml
var claimsYAML []byte

// defaultClaimGap is how far apart two class words of a claim may be.
const defaultClaimGap = 10

// claimFile is the YAML form of pack/claims.yaml.
type claimFile struct {
	Void    []string            `yaml:"void"`
	Classes map[string][]string `yaml:"classes"`
	Claims  []claimSpec         `yaml:"claims"`
}

type claimSpec struct {
	Family      string   `yaml:"family"`
	Name        string   `yaml:"name"`
	Order       []string `yaml:"order"`
	Gap         int      `yaml:"gap"`
	RateExcuses bool     `yaml:"rate_excuses"` // the disclosed annualised all-in rate excuses it
	// Cross lets the last class word lie in the next clause: "condition"
	// when the first clause is a condition or concession (即使大数据花了，
	// 也照样可以办理; 明天不还，…都会收到), "" = one clause only.
	Cross string `yaml:"cross"`
	// Tail: the claim must end its clause (这个我保证。 but not 我们保证您的信息安全).
	Tail bool `yaml:"tail"`
}

// claimSet is the parsed, validated claim file: classes are numbered by
// their order of first use (at most maxClasses; id voidClass is the void class).
type claimSet struct {
	classWords [][]string // class id → words
	classNames []string
	void       []string
	claims     []claimRule
}

// claimRule is one compiled claim: its class ids in order.
type claimRule struct {
	family, name string
	order        []uint8
	gap          int32
	rateExcuses  bool
	cross, tail  bool
	need         classMask // every class of the order: the claim cannot fire unless all occur
	phrase       int32     // index of its synthetic phrase in the snapshot
}

// classMask is a set of class ids (bit i: member of class i).
type classMask [4]uint64

// maxClasses bounds the claim classes; the last id is the void class.
const (
	maxClasses = 255
	voidClass  = 255
)

func (m classMask) has(id uint8) bool { return m[id>>6]&(1<<(id&63)) != 0 }

func (m *classMask) set(id uint8) { m[id>>6] |= 1 << (id & 63) }

// covers reports whether m holds every class of need.
func (m classMask) covers(need classMask) bool {
	return need[0]&^m[0]|need[1]&^m[1]|need[2]&^m[2]|need[3]&^m[3] == 0
}

// nonVoid reports membership in any real class.
func (m classMask) nonVoid() bool { return m[0]|m[1]|m[2] != 0 || m[3]&^(1<<(voidClass&63)) != 0 }

// parseClaims reads and validates a claim file.
func parseClaims(data []byte) (*claimSet, error) {
	var f claimFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("parse claim patterns: %w", err)
	}
	cs := &claimSet{void: f.Void}
	ids := map[string]uint8{}
	for _, spec := range f.Claims {
		r := claimRule{family: spec.Family, name: spec.Name, gap: int32(spec.Gap), rateExcuses: spec.RateExcuses,
			cross: spec.Cross == "condition", tail: spec.Tail}
		if spec.Cross != "" && spec.Cross != "condition" {
			return nil, fmt.Errorf("claim %s/%s: cross %q, want condition or nothing", spec.Family, spec.Name, spec.Cross)
		}
		if r.gap == 0 {
			r.gap = defaultClaimGap
		}
		if CategoryName(spec.Family) == "" || spec.Name == "" || len(spec.Order) == 0 || len(spec.Order) > maxGaps+1 {
			return nil, fmt.Errorf("claim %s/%s: want a known family, a name and 1..%d classes", spec.Family, spec.Name, maxGaps+1)
		}
		for _, cl := range spec.Order {
			id, ok := ids[cl]
			if !ok {
				words := f.Classes[cl]
				if len(words) == 0 {
					return nil, fmt.Errorf("claim %s/%s: class %q is undefined or empty", spec.Family, spec.Name, cl)
				}
				if len(cs.classWords) == maxClasses {
					return nil, fmt.Errorf("more than %d claim classes", maxClasses)
				}
				id = uint8(len(cs.classWords))
				ids[cl] = id
				cs.classWords = append(cs.classWords, words)
				cs.classNames = append(cs.classNames, cl)
			}
			r.order = append(r.order, id)
			r.need.set(id)
		}
		cs.claims = append(cs.claims, r)
	}
	for name := range f.Classes {
		if _, ok := ids[name]; !ok {
			return nil, fmt.Errorf("class %q is used by no claim", name)
		}
	}
	return cs, nil
}

// addClaims compiles the claim set into the snapshot: one shared class
// pattern per word (its mask says which classes it belongs to) and one
// synthetic block phrase per claim, named "claim:<family>/<name>".
func (c *compiler) addClaims(cs *claimSet) error {
	if cs == nil {
		return nil
	}
	for id, words := range cs.classWords {
		for _, w := range words {
			if err := c.addClassWord(w, uint8(id)); err != nil {
				return fmt.Errorf("class %s: %w", cs.classNames[id], err)
			}
		}
	}
	for _, w := range cs.void {
		if err := c.addClassWord(w, voidClass); err != nil {
			return fmt.Errorf("void: %w", err)
		}
	}
	for _, r := range cs.claims {
		r.phrase = int32(len(c.snap.phrases))
		name := "claim:" + r.family + "/" + r.name
		c.snap.phrases = append(c.snap.phrases, Phrase{Text: name, Category: r.family, Action: Block, Severity: 3,
			Scope: Outbound, Enabled: true, Reason: "claim pattern " + strings.Join(orderNames(cs, r.order), "+")})
		c.snap.segments = append(c.snap.segments, nil)
		c.snap.paraRule = append(c.snap.paraRule, name)
		c.snap.needsRate = append(c.snap.needsRate, r.rateExcuses)
		first := r.order[0]
		c.snap.claimsByFirst[first] = append(c.snap.claimsByFirst[first], int32(len(c.snap.claims)))
		c.snap.claims = append(c.snap.claims, r)
	}
	return nil
}

// markVoidable flags the class and segment patterns a void word can overlap
// while reaching outside them: the word lies inside a longer void, or a
// prefix of the word is a proper suffix of a void, or a suffix of the word is
// a proper prefix of one.
func (c *compiler) markVoidable() {
	inside, suffixes, prefixes := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for id := range c.snap.pats {
		p := &c.snap.pats[id]
		if p.kind != patClass || !p.mask.has(voidClass) {
			continue
		}
		v := c.runes[id]
		for a := range v {
			for b := a + 1; b <= len(v); b++ {
				if b-a < len(v) {
					inside[string(v[a:b])] = true
				}
			}
			if a > 0 {
				suffixes[string(v[a:])] = true
				prefixes[string(v[:a])] = true
			}
		}
	}
	for id := range c.snap.pats {
		p := &c.snap.pats[id]
		if p.kind != patClass && p.kind != patSegment {
			continue
		}
		w := c.runes[id]
		p.voidable = inside[string(w)]
		for k := 1; k <= len(w) && !p.voidable; k++ {
			p.voidable = suffixes[string(w[:k])] || prefixes[string(w[len(w)-k:])]
		}
	}
}

func orderNames(cs *claimSet, order []uint8) []string {
	out := make([]string, len(order))
	for i, id := range order {
		out[i] = cs.classNames[id]
	}
	return out
}

func (c *compiler) addClassWord(w string, id uint8) error {
	r := c.norm(w)
	if len(r) == 0 {
		return fmt.Errorf("word %q normalises to nothing", w)
	}
	p := &c.snap.pats[c.sharedPattern(patClass, r)]
	p.mask.set(id)
	c.snap.maxClass = max(c.snap.maxClass, int32(len(r)))
	return nil
}

// classMatches keeps the class matches that no void word overlaps.
func classMatches(s *snapshot, matches, out []match) []match {
	for i, m := range matches {
		p := &s.pats[m.pat]
		if p.kind != patClass || !p.mask.nonVoid() {
			continue
		}
		if !voided(s, matches, i) {
			out = append(out, m)
		}
	}
	return out
}

// voided reports a void word overlapping matches[i] and reaching outside it
// (保证 inside 保证金; not 放款后 inside the class word 放款后退还). Matches
// are ordered by end, so only neighbours ending within the longest class
// word can overlap.
func voided(s *snapshot, matches []match, i int) bool {
	m := matches[i]
	if !s.pats[m.pat].voidable {
		return false
	}
	outside := func(v match) bool { return v.start < m.start || v.end > m.end }
	for k := i - 1; k >= 0 && matches[k].end > m.start; k-- {
		if isVoid(s, matches[k]) && outside(matches[k]) {
			return true
		}
	}
	for k := i + 1; k < len(matches) && matches[k].end <= m.end+s.maxClass; k++ {
		if v := matches[k]; v.start < m.end && isVoid(s, v) && outside(v) {
			return true
		}
	}
	return false
}

func isVoid(s *snapshot, m match) bool {
	p := &s.pats[m.pat]
	return p.kind == patClass && p.mask.has(voidClass)
}

// collectClaims completes every claim order over the class matches and adds
// a candidate per claim that fires, unless a hit of the same family already
// covers it.
func collectClaims(s *snapshot, cls []match, n []rune, src []int32, cands []cand) []cand {
	var present classMask
	for _, m := range cls {
		mk := &s.pats[m.pat].mask
		present[0] |= mk[0]
		present[1] |= mk[1]
		present[2] |= mk[2]
		present[3] |= mk[3]
	}
	for i, m := range cls {
		mask := s.pats[m.pat].mask
		for w, bits := range mask {
			for ; bits != 0; bits &= bits - 1 {
				id := w*64 + mathbits.TrailingZeros64(bits)
				if id >= maxClasses {
					continue // the void class
				}
				for _, ci := range s.claimsByFirst[id] {
					r := &s.claims[ci]
					if !present.covers(r.need) {
						continue // a class of the order does not occur at all
					}
					var c cand
					c.phrase, c.start, c.end, c.rule = r.phrase, m.start, m.end, s.paraRule[r.phrase]
					if !completeClaim(s, r, cls, i, n, src, &c) || !latinBounded(n, src, int(c.start), int(c.end)) || covered(s, cands, &c) {
						continue
					}
					cands = append(cands, c)
				}
			}
		}
	}
	return cands
}

// completeClaim follows the claim's order from cls[i]: each next class word
// starts after the previous one ends, within the claim's gap, in one clause
// (or, for a cross claim whose first clause states a condition, in the next
// one), without cutting a Latin word.
func completeClaim(s *snapshot, r *claimRule, cls []match, i int, n []rune, src []int32, c *cand) bool {
	end := cls[i].end
	if !latinBounded(n, src, int(cls[i].start), int(end)) {
		return false
	}
	crossed := false
	for k := 1; k < len(r.order); k++ {
		want := r.order[k]
		gap := r.gap
		if r.cross && !crossed {
			gap += crossGap
		}
		next, nextStart := int32(-1), int32(0)
		for _, m := range cls[i+1:] {
			if m.end > end+gap+s.maxClass {
				break
			}
			d := m.start - end
			if !s.pats[m.pat].mask.has(want) || m.start < end || d > gap || !latinBounded(n, src, int(m.start), int(m.end)) {
				continue
			}
			if !hasClauseEnd(n[end:m.start]) {
				if d > r.gap {
					continue // the extra reach is for the next clause only
				}
			} else if gap == r.gap {
				continue
			} else if at := conditionCrossing(n, int(cls[i].start), int(end), n[end:m.start]); at < 0 {
				continue
			} else {
				c.cond = int32(at) + 1
			}
			next, nextStart = m.end, m.start
			break
		}
		if next < 0 {
			return false
		}
		if c.cond > 0 {
			crossed = true
		}
		c.gaps[c.ngaps] = [2]int32{end, nextStart}
		c.ngaps++
		end = next
	}
	if r.tail && !endsClause(n, int(end)) {
		return false
	}
	c.end = end
	return true
}

// crossGap is the extra reach of a cross claim into the next clause.
const crossGap = 12

// conditionCrossing reports whether a claim may continue past the clause
// break in between: exactly one comma or question mark, and the clause the
// claim started in is a question (大数据花了？一样能借到) or holds a
// condition or concession (即使, 就算, 如果, 的话, 明天不还 …). It returns the
// position of the condition (the question mark for a question), or -1.
func conditionCrossing(n []rune, start, end int, between []rune) int {
	breaks, question := 0, -1
	for k, r := range between {
		if isClauseEnd(r) {
			switch r {
			case ',', '，':
			case '?', '？':
				question = end + k
			default:
				return -1
			}
			breaks++
		}
	}
	if breaks != 1 {
		return -1
	}
	if question >= 0 {
		return question
	}
	cs := start
	for cs > 0 && !isClauseEnd(n[cs-1]) {
		cs--
	}
	ce := end
	for ce < len(n) && !isClauseEnd(n[ce]) {
		ce++
	}
	clause := n[cs:ce] // 逾期的话也就是打几个电话，: the condition may follow the first word
	for _, w := range conditionWords {
		if at := indexRunes(clause, w); at >= 0 {
			return cs + at
		}
	}
	return -1
}

// conditionWords open a condition or concession whose consequence follows
// after a comma.
// It is read-only.
var conditionWords = [][]rune{[]rune("即使"), []rune("就算"), []rune("哪怕"), []rune("即便"), []rune("纵使"), []rune("如果"),
	[]rune("要是"), []rune("假如"), []rune("不管"), []rune("无论"), []rune("万一"), []rune("只要"), []rune("就是"), []rune("不还"),
	[]rune("再不"), []rune("再拖"), []rune("的话"), []rune("最迟"), []rune("最快")}

func indexRunes(hay, needle []rune) int {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// endsClause reports whether position i ends a clause, allowing trailing
// particles (这个我保证的啊。).
func endsClause(n []rune, i int) bool {
	for ; i < len(n); i++ {
		switch n[i] {
		case '的', '啊', '哦', '呀', '吧', '了', '哈', '呢', '!', '~':
			continue
		}
		return isClauseEnd(n[i])
	}
	return true
}

// covered reports a pack hit of the same family that stands in for c: a
// block hit overlapping it, or a flag hit spanning all of it (利息…最低 is
// the pack's judgement of that claim; the flag 口子 inside a borrow-to-repay
// claim is not).
func covered(s *snapshot, cands []cand, c *cand) bool {
	fam := s.phrases[c.phrase].Category
	for _, o := range cands {
		p := &s.phrases[o.phrase]
		if p.Category != fam || o.start >= c.end || c.start >= o.end {
			continue
		}
		if p.Action == Block || o.start <= c.start && o.end >= c.end {
			return true
		}
	}
	return false
}
