package compliance

import (
	"fmt"
	"slices"
	"sync"
)

// claimPrep is what compiling a claim set needs that does not depend on the
// phrases: each distinct normalised class word with the classes it belongs
// to, and the void words' pieces that markVoidable looks up. A phrase
// edit recompiles the whole set, the claims included, so the claim set keeps
// it after its first compile (the tables it was normalised with are the
// process's one set).
type claimPrep struct {
	words                      []prepWord // in first-seen order: class by class, then the void words
	inside, suffixes, prefixes map[string]bool
}

// prepWord is one distinct normalised class word; its class set, one per
// distinct set of classes, is shared by every snapshot compiled from the set and never
// changed after preparation.
type prepWord struct {
	runes []rune
	mask  classSet
}

// claimPrepCache holds a claim set's preparation for one normaliser.
type claimPrepCache struct {
	mu   sync.Mutex
	t    *tables
	prep *claimPrep
}

// prepared returns cs's preparation for the tables t, building it once.
func (cs *claimSet) prepared(t *tables, norm func(string) []rune) (*claimPrep, error) {
	cs.cache.mu.Lock()
	defer cs.cache.mu.Unlock()
	if cs.cache.prep != nil && cs.cache.t == t {
		return cs.cache.prep, nil
	}
	p, err := prepareClaims(cs, norm)
	if err != nil {
		return nil, err
	}
	cs.cache.t, cs.cache.prep = t, p
	return p, nil
}

// prepareClaims normalises every class and void word, merging the classes of
// words that normalise alike, and collects the void words' pieces.
func prepareClaims(cs *claimSet, norm func(string) []rune) (*claimPrep, error) {
	p := &claimPrep{inside: map[string]bool{}, suffixes: map[string]bool{}, prefixes: map[string]bool{}}
	at := map[string]int{}
	var ids [][]uint16 // per word: its classes
	add := func(w string, id uint16) error {
		r := norm(w)
		if len(r) == 0 {
			return fmt.Errorf("word %q normalises to nothing", w)
		}
		k, ok := at[string(r)]
		if !ok {
			k = len(p.words)
			at[string(r)] = k
			p.words = append(p.words, prepWord{runes: slices.Clip(slices.Clone(r))}) // the normaliser leaves 8 runes spare
			ids = append(ids, nil)
		}
		ids[k] = append(ids[k], id)
		return nil
	}
	for id, words := range cs.classWords {
		for _, w := range words {
			if err := add(w, uint16(id)); err != nil {
				return nil, fmt.Errorf("class %s: %w", cs.classNames[id], err)
			}
		}
	}
	for _, w := range cs.void {
		if err := add(w, voidClass); err != nil {
			return nil, fmt.Errorf("void: %w", err)
		}
	}
	p.internMasks(ids)
	for _, w := range p.words {
		if w.mask.has(voidClass) {
			p.addVoidPieces(w.runes)
		}
	}
	return p, nil
}

// internMasks gives every word the set of its classes, one per distinct set:
// most words belong to one class, so a few thousand sets serve tens of
// thousands of words.
func (p *claimPrep) internMasks(ids [][]uint16) {
	masks := map[string]classSet{}
	for k, set := range ids {
		slices.Sort(set)
		set = slices.Compact(set)
		key := make([]byte, 0, 2*len(set))
		for _, id := range set {
			key = append(key, byte(id>>8), byte(id))
		}
		m, ok := masks[string(key)]
		if !ok {
			var full classMask
			for _, id := range set {
				full.set(id)
			}
			m = full.words()
			masks[string(key)] = m
		}
		p.words[k].mask = m
	}
}

// addVoidPieces records a void word's inner pieces, proper suffixes and
// proper prefixes (see markVoidable).
func (p *claimPrep) addVoidPieces(v []rune) {
	for a := range v {
		for b := a + 1; b <= len(v); b++ {
			if b-a < len(v) {
				p.inside[string(v[a:b])] = true
			}
		}
		if a > 0 {
			p.suffixes[string(v[a:])] = true
			p.prefixes[string(v[:a])] = true
		}
	}
}
