package compliance

import stdbits "math/bits"

// Compact per-pattern facts for the hot loop of a check. The pattern structs
// are large; the loop over the automaton's matches reads only these bytes,
// and the claim pass reads its claim lists, so a check touches a few
// kilobytes instead of the whole pattern table.

// patInfo is what one pass over the matches needs to know about a pattern.
type patInfo struct {
	kind  uint8
	flags uint8
}

// patInfo flags.
const (
	infoReal     uint8 = 1 << iota // a class word of at least one real (non-void) class
	infoVoid                       // a void word
	infoVoidable                   // some void word can overlap it and reach outside (pattern.voidable)
	infoContext                    // a cue or exception: the context checks read it
)

// claimRef is a claim the class pass may try, with the classes it needs
// besides its first: the class word that starts it belongs to the first, so
// the first is always present (a few bit tests, where a 4096-bit mask would
// be 512 bytes per reference).
type claimRef struct {
	claim int32
	n     uint8           // need[:n] are the classes to test
	need  [maxGaps]uint16 // the order's classes after the first
}

// covers reports whether every class the claim needs is in present.
func (ref *claimRef) covers(present *classMask) bool {
	for _, id := range ref.need[:ref.n] {
		if !present.has(id) {
			return false
		}
	}
	return true
}

// newClaimRef makes the reference to claim ci with order order.
func newClaimRef(ci int32, order []uint16) claimRef {
	ref := claimRef{claim: ci}
	ref.n = uint8(copy(ref.need[:], order[1:]))
	return ref
}

// indexPatterns fills the snapshot's compact pattern facts and, per class
// pattern, the claims that start with one of its classes (in class id order,
// then claim order: the order the claim pass tries them in).
func (c *compiler) indexPatterns() {
	s := c.snap
	s.info = make([]patInfo, len(s.pats))
	s.claimsAt = make([][]claimRef, len(s.pats))
	s.classWords = make([]classSet, len(s.pats))
	for id := range s.pats {
		p := &s.pats[id]
		in := patInfo{kind: p.kind}
		if p.voidable {
			in.flags |= infoVoidable
		}
		if p.kind == patCue || p.kind == patException {
			in.flags |= infoContext
		}
		if p.kind == patClass {
			if p.mask.nonVoid() {
				in.flags |= infoReal
			}
			if p.mask.has(voidClass) {
				in.flags |= infoVoid
			}
			s.classWords[id] = p.mask
			for _, w := range s.classWords[id] {
				for bits := w.bits; bits != 0; bits &= bits - 1 { // the word's classes, lowest first
					cl := uint16(w.i)<<6 | uint16(stdbits.TrailingZeros64(bits))
					if cl >= maxClasses {
						continue // the void class starts no claim
					}
					for _, ci := range s.claimsByFirst[cl] {
						s.claimsAt[id] = append(s.claimsAt[id], newClaimRef(ci, s.claims[ci].order))
					}
				}
			}
		}
		s.info[id] = in
	}
	s.dirs = make([]uint8, len(s.phrases))
	for i := range s.phrases {
		switch s.phrases[i].Scope {
		case Both:
			s.dirs[i] = dirOut | dirIn
		case Outbound:
			s.dirs[i] = dirOut
		case Inbound:
			s.dirs[i] = dirIn
		}
	}
}

// Directions a phrase applies to (snapshot.dirs).
const (
	dirOut uint8 = 1 << iota
	dirIn
)

// scopeBit is the direction bit of a check's scope.
func scopeBit(scope Scope) uint8 {
	if scope == Inbound {
		return dirIn
	}
	return dirOut
}
