package compliance

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

// claimRef is a claim the class pass may try, with the classes it needs.
type claimRef struct {
	claim int32
	need  classMask
}

// indexPatterns fills the snapshot's compact pattern facts and, per class
// pattern, the claims that start with one of its classes (in class id order,
// then claim order: the order the claim pass tries them in).
func (c *compiler) indexPatterns() {
	s := c.snap
	s.info = make([]patInfo, len(s.pats))
	s.claimsAt = make([][]claimRef, len(s.pats))
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
			for cl := 0; cl < maxClasses; cl++ {
				if p.mask.has(uint8(cl)) {
					for _, ci := range s.claimsByFirst[cl] {
						s.claimsAt[id] = append(s.claimsAt[id], claimRef{claim: ci, need: s.claims[ci].need})
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
