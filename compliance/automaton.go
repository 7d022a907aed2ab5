package compliance

import (
	"cmp"
	"fmt"
	"slices"
)

// automaton is an Aho-Corasick matcher over runes. Runes are mapped to a
// dense alphabet; the root has a full transition table, a state with a few
// edges keeps them in a short list, a wider one in a hash table shared by
// all (see narrow). Every state links to the nearest state on its
// failure chain that ends a pattern (the dictionary link); pack lays out
// each state's patterns and its links' as one list (astate.repLo), so a
// scan reads one list per position. It is immutable after build and safe for
// concurrent scans; a scan allocates nothing.
type automaton struct {
	symBMP   []int32        // BMP rune → symbol (0 = not in any pattern)
	symOther map[rune]int32 // supplementary-plane runes
	root     []int32        // symbol → state reached from the root
	edgeOff  []int32        // state → first edge; edges of s are edgeOff[s]:edgeOff[s+1]
	edgeSym  []int32        // sorted per state
	edgeTo   []int32        //
	fail     []int32        // failure link
	dict     []int32        // dictionary link (-1 = none)
	outOff   []int32        // state → first output
	outs     []int32        // pattern ids ending at the state
	patLen   []int32        // pattern id → length in runes
	// The scan reads these packed forms: one state's edges, failure link
	// and reports share a cache line, and so do an edge's symbol and target.
	states []astate
	reps   []arep // per state, the patterns it reports (astate.repLo)
	edges  []aedge
	wide   []wideEdge // the edges of states with more than narrow edges, hashed by (state, symbol)
}

// narrow is the most edges a state's sorted edge list is searched for;
// a wider state's edges go to the hash table automaton.wide, where a
// lookup is a probe or two instead of a binary search's unpredictable
// branches and scattered cache lines.
const narrow = 4

// wideEdge is one edge of a wide state in automaton.wide (from 0 = empty:
// the root has no edges there).
type wideEdge struct{ from, sym, to int32 }

// wideSlot is where the edge of state s on sym starts probing.
func wideSlot(s, sym int32, mask int) int {
	return int((uint32(s)*0x9E3779B1^uint32(sym)*0x85EBCA6B)>>7) & mask
}

// astate is one state as the scan reads it.
type astate struct {
	edgeLo, edgeHi int32 // its edges: edges[edgeLo:edgeHi], sorted by symbol
	fail           int32
	repLo, repHi   int32 // what a scan reaching it reports: reps[repLo:repHi]
}

// arep is one pattern a state reports, with its length in runes. A state's
// reports are its own patterns, then those of its dictionary links in
// chain order: one contiguous read where following the links would touch
// a state (a cache line) per link.
type arep struct{ pat, depth int32 }

// aedge is one trie edge.
type aedge struct{ sym, to int32 }

// match is one pattern occurrence [start, end) in the scanned runes.
type match struct {
	pat        int32
	start, end int32
}

// buildAutomaton compiles the patterns (already normalised, non-empty).
// Pattern ids are the indexes into pats.
func buildAutomaton(pats [][]rune) (*automaton, error) {
	a := &automaton{symBMP: make([]int32, 0x10000), symOther: map[rune]int32{}}
	nsym := int32(0)
	symbol := func(r rune) int32 {
		if s := a.sym(r); s != 0 {
			return s
		}
		nsym++
		if r < 0x10000 {
			a.symBMP[r] = nsym
		} else {
			a.symOther[r] = nsym
		}
		return nsym
	}
	type key struct{ state, sym int32 }
	child := map[key]int32{}
	nstates := int32(1)
	ends := make([]int32, len(pats))
	a.patLen = make([]int32, len(pats))
	for id, p := range pats {
		if len(p) == 0 {
			return nil, fmt.Errorf("pattern %d is empty", id)
		}
		s := int32(0)
		for _, r := range p {
			k := key{s, symbol(r)}
			next, ok := child[k]
			if !ok {
				next = nstates
				nstates++
				child[k] = next
			}
			s = next
		}
		ends[id] = s
		a.patLen[id] = int32(len(p))
	}
	a.layoutEdges(nstates, nsym, len(child), func(yield func(state, sym, to int32)) {
		for k, to := range child {
			yield(k.state, k.sym, to)
		}
	})
	a.layoutOutputs(nstates, ends)
	a.linkFailures(nstates)
	a.pack(nstates)
	a.hashWide()
	return a, nil
}

// pack builds the scan's packed states, reports and edges from the build
// arrays.
func (a *automaton) pack(nstates int32) {
	a.states = make([]astate, nstates)
	a.reps = make([]arep, 0, a.countReports(nstates))
	for s := range a.states {
		lo := int32(len(a.reps))
		for o := int32(s); o >= 0; o = a.dict[o] {
			for _, id := range a.outs[a.outOff[o]:a.outOff[o+1]] {
				a.reps = append(a.reps, arep{pat: id, depth: a.patLen[id]})
			}
		}
		a.states[s] = astate{edgeLo: a.edgeOff[s], edgeHi: a.edgeOff[s+1], fail: a.fail[s],
			repLo: lo, repHi: int32(len(a.reps))}
	}
	a.edges = make([]aedge, len(a.edgeSym))
	for e := range a.edges {
		a.edges[e] = aedge{sym: a.edgeSym[e], to: a.edgeTo[e]}
	}
}

// countReports returns the length of automaton.reps: for each state, the
// patterns ending there and at its dictionary links.
func (a *automaton) countReports(nstates int32) int {
	n := 0
	for s := range nstates {
		for o := s; o >= 0; o = a.dict[o] {
			n += int(a.outOff[o+1] - a.outOff[o])
		}
	}
	return n
}

// next returns the target of the edge of state s (st) on sym, or -1.
func (a *automaton) next(s int32, st *astate, sym int32) int32 {
	lo, hi := st.edgeLo, st.edgeHi
	if hi-lo > narrow {
		return a.wideNext(s, sym)
	}
	for _, e := range a.edges[lo:hi] {
		if e.sym == sym {
			return e.to
		}
	}
	return -1
}

// wideNext looks the edge up in automaton.wide.
func (a *automaton) wideNext(s, sym int32) int32 {
	mask := len(a.wide) - 1
	for i := wideSlot(s, sym, mask); ; i = (i + 1) & mask {
		e := &a.wide[i]
		if e.from == s && e.sym == sym {
			return e.to
		}
		if e.from == 0 {
			return -1
		}
	}
}

// hashWide fills automaton.wide with the edges of the wide states, at most
// half full.
func (a *automaton) hashWide() {
	n := 0
	for _, st := range a.states {
		if st.edgeHi-st.edgeLo > narrow {
			n += int(st.edgeHi - st.edgeLo)
		}
	}
	if n == 0 {
		return
	}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	a.wide = make([]wideEdge, size)
	for s, st := range a.states {
		if st.edgeHi-st.edgeLo <= narrow {
			continue
		}
		for _, e := range a.edges[st.edgeLo:st.edgeHi] {
			i := wideSlot(int32(s), e.sym, size-1)
			for a.wide[i].from != 0 {
				i = (i + 1) & (size - 1)
			}
			a.wide[i] = wideEdge{from: int32(s), sym: e.sym, to: e.to}
		}
	}
}

// layoutEdges turns the trie edges into the root table and sorted per-state
// edge arrays.
func (a *automaton) layoutEdges(nstates, nsym int32, nedges int, each func(func(state, sym, to int32))) {
	type edge struct {
		key uint64 // state<<32 | sym: one integer to sort on
		to  int32
	}
	edges := make([]edge, 0, nedges)
	a.root = make([]int32, nsym+1)
	each(func(state, sym, to int32) {
		if state == 0 {
			a.root[sym] = to
			return
		}
		edges = append(edges, edge{uint64(state)<<32 | uint64(sym), to})
	})
	slices.SortFunc(edges, func(x, y edge) int { return cmp.Compare(x.key, y.key) })
	a.edgeOff = make([]int32, nstates+1)
	a.edgeSym = make([]int32, len(edges))
	a.edgeTo = make([]int32, len(edges))
	for i, e := range edges {
		a.edgeOff[e.key>>32+1]++
		a.edgeSym[i], a.edgeTo[i] = int32(uint32(e.key)), e.to
	}
	for s := int32(1); s <= nstates; s++ {
		a.edgeOff[s] += a.edgeOff[s-1]
	}
}

// layoutOutputs records which patterns end at each state.
func (a *automaton) layoutOutputs(nstates int32, ends []int32) {
	count := make([]int32, nstates+1)
	for _, s := range ends {
		count[s+1]++
	}
	for s := int32(1); s <= nstates; s++ {
		count[s] += count[s-1]
	}
	a.outOff = slices.Clone(count)
	a.outs = make([]int32, len(ends))
	for id, s := range ends {
		a.outs[count[s]] = int32(id)
		count[s]++
	}
}

// linkFailures computes failure and dictionary links breadth-first.
func (a *automaton) linkFailures(nstates int32) {
	a.fail = make([]int32, nstates)
	a.dict = make([]int32, nstates)
	a.dict[0] = -1
	queue := make([]int32, 0, nstates)
	for _, s := range a.root {
		if s != 0 {
			a.dict[s] = -1
			queue = append(queue, s)
		}
	}
	for i := 0; i < len(queue); i++ {
		s := queue[i]
		for e := a.edgeOff[s]; e < a.edgeOff[s+1]; e++ {
			sym, to := a.edgeSym[e], a.edgeTo[e]
			f := a.fail[s]
			for f != 0 && a.edge(f, sym) < 0 {
				f = a.fail[f]
			}
			if next := a.step0(f, sym); next != to {
				a.fail[to] = next
			}
			fs := a.fail[to]
			if a.outOff[fs] < a.outOff[fs+1] {
				a.dict[to] = fs
			} else {
				a.dict[to] = a.dict[fs]
			}
			queue = append(queue, to)
		}
	}
}

// sym returns the symbol of a rune, 0 if no pattern uses it.
func (a *automaton) sym(r rune) int32 {
	if r >= 0 && r < 0x10000 {
		return a.symBMP[r]
	}
	return a.symOther[r]
}

// edge returns the target of state s on sym, or -1.
func (a *automaton) edge(s, sym int32) int32 {
	lo, hi := a.edgeOff[s], a.edgeOff[s+1]
	for hi-lo > 8 {
		mid := (lo + hi) / 2
		if a.edgeSym[mid] < sym {
			lo = mid + 1
		} else {
			hi = mid + 1
		}
	}
	for e := lo; e < hi; e++ {
		if a.edgeSym[e] == sym {
			return a.edgeTo[e]
		}
	}
	return -1
}

// step0 moves from s (already on its failure chain) on sym.
func (a *automaton) step0(s, sym int32) int32 {
	if s == 0 {
		return a.root[sym]
	}
	if to := a.edge(s, sym); to >= 0 {
		return to
	}
	return 0
}

// scan appends every occurrence of every pattern in text to out, in order of
// end position, and returns the extended slice.
func (a *automaton) scan(text []rune, out []match) []match {
	s := int32(0)
	for i, r := range text {
		sym := a.sym(r)
		if sym == 0 {
			s = 0
			continue
		}
		for s != 0 {
			st := &a.states[s]
			if to := a.next(s, st, sym); to >= 0 {
				s = to
				goto found
			}
			s = st.fail
		}
		s = a.root[sym]
	found:
		if s == 0 {
			continue
		}
		out = a.report(s, int32(i+1), out)
	}
	return out
}

// report appends the patterns ending at end in state s and along its
// dictionary links.
func (a *automaton) report(s, end int32, out []match) []match {
	st := &a.states[s]
	for _, r := range a.reps[st.repLo:st.repHi] {
		out = append(out, match{pat: r.pat, start: end - r.depth, end: end})
	}
	return out
}

// size estimates the memory held by the automaton, in bytes.
func (a *automaton) size() int {
	n := 4 * (len(a.symBMP) + len(a.root) + len(a.edgeOff) + len(a.edgeSym) + len(a.edgeTo) +
		len(a.fail) + len(a.dict) + len(a.outOff) + len(a.outs) + len(a.patLen) + 5*len(a.states) + 2*len(a.reps) + 2*len(a.edges) + 3*len(a.wide))
	return n + 16*len(a.symOther)
}
