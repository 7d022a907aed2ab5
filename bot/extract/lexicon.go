package extract

// wordList is a keyword list the rules ask about the whole message ("does the text contain any of
// these?"). The words stay plain data; New registers every list with one lexicon, which gives each
// word an id, and a message is then scanned once for all lists (see lexicon.scan).
type wordList struct {
	words []string
	ids   []int32 // the lexicon's id of each word; set by lexicon.add
	list  int32   // 1 + the lexicon's number of the list; 0 until lexicon.add registers it
}

// list returns a wordList of words.
func list(words ...string) wordList { return wordList{words: words} }

// lexicon is one Aho–Corasick automaton over the words of every registered wordList. Built once by
// New and read-only afterwards, so it is safe for concurrent use.
type lexicon struct {
	ids     map[string]int32
	root    [256]int32 // transitions of the root, dense: most bytes of a message stay at the root
	nodes   []acNode
	inLists [][]int32 // word id → the numbers of the lists that hold the word
	nlists  int
}

// acNode is one state of the automaton: the prefix of some word read so far.
type acNode struct {
	edges []acEdge
	fail  int32
	out   []int32 // ids of the words that end here, directly or through fail links
}

type acEdge struct {
	b  byte
	to int32
}

// newLexicon builds the automaton over the words of lists and sets each list's ids.
func newLexicon(lists ...*wordList) *lexicon {
	lx := &lexicon{ids: map[string]int32{}, nodes: []acNode{{}}}
	for _, l := range lists {
		lx.add(l)
	}
	lx.link()
	return lx
}

// add gives every word of l an id, inserting the words not seen before into the trie.
func (lx *lexicon) add(l *wordList) {
	n := int32(lx.nlists)
	lx.nlists++
	l.list = n + 1
	l.ids = make([]int32, len(l.words))
	for i, w := range l.words {
		id, ok := lx.ids[w]
		if !ok {
			id = int32(len(lx.ids))
			lx.ids[w] = id
			lx.insert(w, id)
			lx.inLists = append(lx.inLists, nil)
		}
		l.ids[i] = id
		if k := len(lx.inLists[id]); k == 0 || lx.inLists[id][k-1] != n {
			lx.inLists[id] = append(lx.inLists[id], n)
		}
	}
}

func (lx *lexicon) insert(w string, id int32) {
	n := int32(0)
	for i := 0; i < len(w); i++ {
		next := lx.child(n, w[i])
		if next < 0 {
			next = int32(len(lx.nodes))
			lx.nodes = append(lx.nodes, acNode{})
			lx.nodes[n].edges = append(lx.nodes[n].edges, acEdge{w[i], next})
		}
		n = next
	}
	lx.nodes[n].out = append(lx.nodes[n].out, id)
}

// child returns the trie child of n on b, or -1.
func (lx *lexicon) child(n int32, b byte) int32 {
	for _, e := range lx.nodes[n].edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// link sets the fail links breadth first, merges the outputs along them and fills the root table.
func (lx *lexicon) link() {
	queue := make([]int32, 0, len(lx.nodes))
	for _, e := range lx.nodes[0].edges {
		lx.root[e.b] = e.to
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range lx.nodes[n].edges {
			f := lx.nodes[n].fail
			for f != 0 && lx.child(f, e.b) < 0 {
				f = lx.nodes[f].fail
			}
			if c := lx.child(f, e.b); c >= 0 && c != e.to {
				lx.nodes[e.to].fail = c
			}
			fo := lx.nodes[lx.nodes[e.to].fail].out
			lx.nodes[e.to].out = append(lx.nodes[e.to].out[:len(lx.nodes[e.to].out):len(lx.nodes[e.to].out)], fo...)
			queue = append(queue, e.to)
		}
	}
}

// step is the state after reading b in state n.
func (lx *lexicon) step(n int32, b byte) int32 {
	for n != 0 {
		if c := lx.child(n, b); c >= 0 {
			return c
		}
		n = lx.nodes[n].fail
	}
	return lx.root[b]
}

// scan reads s once and returns the words of every list that occur in it.
func (lx *lexicon) scan(s string) found {
	words := (len(lx.ids) + 63) / 64
	bits := make([]uint64, words+(lx.nlists+63)/64)
	f := found{seen: bits[:words:words], lists: bits[words:]}
	n := int32(0)
	for i := 0; i < len(s); i++ {
		n = lx.step(n, s[i])
		for _, id := range lx.nodes[n].out {
			f.seen[id>>6] |= 1 << (id & 63)
			for _, l := range lx.inLists[id] {
				f.lists[l>>6] |= 1 << (l & 63)
			}
		}
	}
	return f
}

// found is the per-message result of a lexicon scan: which registered words the text contains.
type found struct {
	seen  []uint64 // bit id is set when the word of that id occurs
	lists []uint64 // bit n is set when a word of list n occurs
}

// any reports whether the scanned text contains a word of l, as containsAny(text, l.words) would.
func (f found) any(l *wordList) bool {
	n := l.list - 1
	return n >= 0 && f.lists[n>>6]&(1<<(n&63)) != 0
}

// has reports whether the scanned text contains word i of l.
func (f found) has(l *wordList, i int) bool {
	id := l.ids[i]
	return f.seen[id>>6]&(1<<(id&63)) != 0
}
