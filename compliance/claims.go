package compliance

import (
	"bytes"
	_ "embed"
	"fmt"
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
	cache      claimPrepCache // what compiling it needs besides the phrases, built once
}

// claimRule is one compiled claim: its class ids in order.
type claimRule struct {
	family, name string
	order        []uint16
	gap          int32
	rateExcuses  bool
	cross, tail  bool
	phrase       int32 // index of its synthetic phrase in the snapshot
}

// classMask is a set of class ids (bit i: member of class i).
type classMask [(voidClass + 1) / 64]uint64

// maxClasses bounds the claim classes (ids 0..maxClasses-1); the last id is
// the void class.
const (
	maxClasses = 4095
	voidClass  = maxClasses
)

func (m *classMask) has(id uint16) bool { return m[id>>6&uint16(len(m)-1)]&(1<<(id&63)) != 0 }

func (m *classMask) set(id uint16) { m[id>>6&uint16(len(m)-1)] |= 1 << (id & 63) }

// maskWord is one non-zero word of a classMask: a class word belongs to a
// few classes, so adding its words beats OR-ing the whole mask.
type maskWord struct {
	i    uint8
	bits uint64
}

// words lists m's non-zero words.
func (m *classMask) words() classSet {
	var out classSet
	for i, w := range m {
		if w != 0 {
			out = append(out, maskWord{uint8(i), w})
		}
	}
	return out
}

// add sets the classes of ws.
func (m *classMask) add(ws classSet) {
	for _, w := range ws {
		m[w.i] |= w.bits
	}
}

// classSet is a class word's classes as the non-zero words of its
// classMask: a word belongs to a class or two, so one or two words stand for
// the 512-byte mask (tens of thousands of class words share a few thousand
// sets; as masks they held 5.5 MB of a running service's heap).
type classSet []maskWord

// has reports membership in class id.
func (cs classSet) has(id uint16) bool {
	i := uint8(id >> 6)
	for _, w := range cs {
		if w.i == i {
			return w.bits&(1<<(id&63)) != 0
		}
	}
	return false
}

// nonVoid reports membership in any real class.
func (cs classSet) nonVoid() bool {
	for _, w := range cs {
		bits := w.bits
		if w.i == voidClass>>6 {
			bits &^= 1 << (voidClass & 63)
		}
		if bits != 0 {
			return true
		}
	}
	return false
}

// parseClaims reads and validates a claim file.
func parseClaims(data []byte) (*claimSet, error) {
	var f claimFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("parse claim patterns: %w", err)
	}
	cs := &claimSet{void: f.Void}
	ids := map[string]uint16{}
	names := map[string]bool{} // family/name of each claim
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
		key := spec.Family + "/" + spec.Name
		if names[key] {
			return nil, fmt.Errorf("claim %s: the name is used twice", key)
		}
		names[key] = true
		for _, cl := range spec.Order {
			id, ok := ids[cl]
			if !ok {
				words, defined := f.Classes[cl]
				if !defined {
					return nil, fmt.Errorf("claim %s/%s: class %q is not defined", spec.Family, spec.Name, cl)
				}
				if len(words) == 0 {
					return nil, fmt.Errorf("claim %s/%s: class %q is empty", spec.Family, spec.Name, cl)
				}
				if len(cs.classWords) == maxClasses {
					return nil, fmt.Errorf("claim %s/%s: class %q would be claim class %d; at most %d classes are allowed",
						spec.Family, spec.Name, cl, maxClasses+1, maxClasses)
				}
				id = uint16(len(cs.classWords))
				ids[cl] = id
				cs.classWords = append(cs.classWords, words)
				cs.classNames = append(cs.classNames, cl)
			}
			r.order = append(r.order, id)
		}
		cs.claims = append(cs.claims, r)
	}
	unused := []string{}
	for name := range f.Classes {
		if _, ok := ids[name]; !ok {
			unused = append(unused, name)
		}
	}
	if len(unused) > 0 {
		slices.Sort(unused)
		return nil, fmt.Errorf("class %q is used by no claim", unused[0])
	}
	for _, w := range f.Void {
		if strings.TrimSpace(w) == "" {
			return nil, fmt.Errorf("void: an empty word")
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
	prep, err := cs.prepared(c.t, c.norm)
	if err != nil {
		return err
	}
	c.runes = slices.Grow(c.runes, len(prep.words))
	c.snap.pats = slices.Grow(c.snap.pats, len(prep.words))
	for _, w := range prep.words { // unique words (prepareClaims merged those that normalise alike): no lookup needed
		c.runes = append(c.runes, w.runes)
		c.snap.pats = append(c.snap.pats, pattern{kind: patClass, phrase: -1, mask: w.mask})
		c.snap.maxClass = max(c.snap.maxClass, int32(len(w.runes)))
	}
	c.void = prep
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
	if c.void == nil {
		return // no claim set: no void words
	}
	inside, suffixes, prefixes := c.void.inside, c.void.suffixes, c.void.prefixes
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

func orderNames(cs *claimSet, order []uint16) []string {
	out := make([]string, len(order))
	for i, id := range order {
		out[i] = cs.classNames[id]
	}
	return out
}
