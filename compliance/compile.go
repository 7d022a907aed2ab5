package compliance

import (
	"fmt"
	"strconv"
	"strings"
)

// Pattern kinds in a snapshot.
const (
	patPhrase    = iota // the phrase text itself
	patVariant          // an explicit variant or a numeral spelling of the phrase
	patSegment          // one segment of a paraphrase pattern (text with GapMarker)
	patException        // an exception of the phrase
	patCue              // a built-in context word (cue kind in pattern.cue)
	patPinyin           // a pinyin spelling (pinyin automaton only)
	patClass            // a claim class word (mask: its classes; voidClass: a void word)
)

// pattern describes what an automaton output means.
type pattern struct {
	kind   uint8
	cue    uint8    // cue kind for patCue
	phrase int32    // index into snapshot.phrases (patPhrase, patVariant, patPinyin; -1 otherwise)
	link   int32    // patSegment, patException: index into snapshot.links (0: none)
	rule   string   // "phrase:包过", "negation:不承诺", "exception:…" — precomputed so checks allocate nothing
	mask   classSet // patClass: member of claim class i; voidClass = void word (nil for other kinds)
	// voidable: some void word can overlap this class or segment pattern and
	// reach outside it (voided() is skipped for the others).
	voidable bool
	list     bool // patCue: a negation that governs every item of an enumeration (不得用于A、B等)
}

// patLinks are the phrases a segment or exception pattern serves, kept out
// of pattern: most patterns are class words and need none (the two slices
// made every one of ~66,000 patterns 48 bytes larger).
type patLinks struct {
	owners  []int32 // ascending phrase indexes: patSegment — phrases it starts; patException — phrases it excuses
	seconds []int32 // patSegment: the second segment of each owner (a check skips owners whose second is absent)
}

// snapshot is one compiled, immutable phrase set.
type snapshot struct {
	version    uint64
	phrases    []Phrase
	segments   [][]int32 // phrase index → pattern ids of its segments (paraphrase patterns only)
	paraRule   []string  // phrase index → "paraphrase:…" rule (paraphrase patterns only)
	needsRate  []bool    // phrase index → has the "@annualized_rate" exception
	pats       []pattern
	links      []patLinks // pattern.link → the phrases a segment or exception serves; links[0] is empty
	main       *automaton
	pinPats    []pattern
	pin        *automaton  // nil when no phrase is pinyin-sensitive
	pinWindow  int         // longest pinyin phrase, in runes
	maxSegment int32       // longest paraphrase segment, in runes
	npack      int         // phrases from the pack (the claim phrases follow them)
	claims     []claimRule // compiled claim patterns
	// claimsByFirst lists, per class id, the claims whose order starts with it.
	claimsByFirst [maxClasses][]int32
	maxClass      int32 // longest class or void word, in runes
	// scorerPhrase is the synthetic phrase of the second opinion's flags; its block phrase follows it.
	scorerPhrase int32
	info         []patInfo    // pattern id → kind and flags (patindex.go)
	claimsAt     [][]claimRef // pattern id → claims starting with one of its classes
	classWords   []classSet   // pattern id → a class word's classes
	dirs         []uint8      // phrase index → dirOut|dirIn: the directions it applies to
	doubtable    []bool       // phrase index → a shipped pack phrase, whose block the second opinion may doubt
}

// markDoubtable marks the pack phrases that shipped with the embedded pack:
// the only blocks the second opinion may doubt (see scorerDoubtAt).
func (c *compiler) markDoubtable() {
	c.snap.doubtable = make([]bool, len(c.snap.phrases))
	for i, p := range c.snap.phrases[:c.snap.npack] {
		c.snap.doubtable[i] = c.t.shipped[p.Text]
	}
}

// compiler accumulates patterns while a snapshot is built.
type compiler struct {
	t       *tables
	void    *claimPrep // the claim set's preparation (markVoidable's void pieces); nil without claims
	snap    *snapshot
	runes   [][]rune
	pinRune [][]rune
	seen    map[string]bool     // pattern dedup per phrase: kind|cue|phrase|text
	reads   map[rune][]string   // pinyin readings cache
	shared  map[sharedKey]int32 // shared segment and exception patterns → id
}

// compile builds a snapshot from the enabled phrases. The error names the
// first bad phrase.
func compile(t *tables, phrases []Phrase, claims *claimSet, version uint64) (*snapshot, error) {
	c := &compiler{t: t, snap: &snapshot{version: version, links: make([]patLinks, 1)}, seen: map[string]bool{}, shared: make(map[sharedKey]int32, 4*len(phrases)),
		reads: map[rune][]string{}}
	for _, p := range phrases {
		if !p.Enabled {
			continue
		}
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", p.label(), err)
		}
		if err := c.addPhrase(p); err != nil {
			return nil, fmt.Errorf("%s: %w", p.label(), err)
		}
	}
	c.snap.npack = len(c.snap.phrases)
	if err := c.addClaims(claims); err != nil {
		return nil, fmt.Errorf("claim patterns: %w", err)
	}
	c.addScorerPhrase()
	c.markDoubtable()
	c.addCues()
	c.markVoidable()
	c.indexPatterns()
	main, err := buildAutomaton(c.runes)
	if err != nil {
		return nil, fmt.Errorf("build matcher: %w", err)
	}
	c.snap.main = main
	if len(c.pinRune) > 0 {
		if c.snap.pin, err = buildAutomaton(c.pinRune); err != nil {
			return nil, fmt.Errorf("build pinyin matcher: %w", err)
		}
	}
	return c.snap, nil
}

func (c *compiler) norm(s string) []rune {
	var n normText
	c.t.normalize(s, &n)
	return n.runes
}

func (c *compiler) add(text []rune, p pattern) {
	key := strconv.Itoa(int(p.kind)) + "|" + strconv.Itoa(int(p.cue)) + "|" + strconv.Itoa(int(p.phrase)) + "|" + string(text)
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.runes = append(c.runes, text)
	c.snap.pats = append(c.snap.pats, p)
}

// addPhrase adds the patterns of one phrase: its text (or its segments),
// variants, numeral spellings, exceptions and pinyin spellings.
func (c *compiler) addPhrase(p Phrase) error {
	idx := int32(len(c.snap.phrases))
	p.Exceptions = append([]string(nil), p.Exceptions...)
	p.Variants = append([]string(nil), p.Variants...)
	c.snap.phrases = append(c.snap.phrases, p)
	c.snap.segments = append(c.snap.segments, nil)
	c.snap.paraRule = append(c.snap.paraRule, "")
	c.snap.needsRate = append(c.snap.needsRate, false)
	if segs := splitGaps(p.Text); len(segs) > 1 {
		return c.addSegments(idx, p, segs)
	}
	text := c.norm(p.Text)
	if len(text) == 0 {
		return fmt.Errorf("text normalises to nothing")
	}
	c.add(text, pattern{kind: patPhrase, phrase: idx, rule: "phrase:" + p.Text})
	for _, v := range numeralSpellings(string(text)) {
		c.add([]rune(v), pattern{kind: patVariant, phrase: idx, rule: "variant:" + v})
	}
	for _, v := range p.Variants {
		vr := c.norm(v)
		if len(vr) == 0 {
			return fmt.Errorf("variant %q normalises to nothing", v)
		}
		c.add(vr, pattern{kind: patVariant, phrase: idx, rule: "variant:" + v})
	}
	if p.Pinyin {
		c.addPinyin(idx, text)
	}
	return c.addExceptions(idx, p)
}

// sharedKey names a shared pattern: its kind and text.
type sharedKey struct {
	kind uint8
	text string
}

// sharedPattern returns the id of the segment or exception pattern with this
// text, adding it on first use: a segment such as 贷 is matched once per
// occurrence however many paraphrase patterns use it.
func (c *compiler) sharedPattern(kind uint8, text []rune) int32 {
	key := sharedKey{kind, string(text)}
	if id, ok := c.shared[key]; ok {
		return id
	}
	id := int32(len(c.runes))
	c.shared[key] = id
	c.runes = append(c.runes, text)
	c.snap.pats = append(c.snap.pats, pattern{kind: kind, phrase: -1})
	return id
}

// addSegments adds a paraphrase pattern: each segment is matched on its own
// and the segments are joined in order, within MaxGap runes of one clause.
func (c *compiler) addSegments(idx int32, p Phrase, segs []string) error {
	if len(segs) > maxGaps+1 {
		return fmt.Errorf("more than %d segments", maxGaps+1)
	}
	ids := make([]int32, len(segs))
	for i, s := range segs {
		r := c.norm(s)
		if len(r) == 0 {
			return fmt.Errorf("segment %d normalises to nothing", i+1)
		}
		ids[i] = c.sharedPattern(patSegment, r)
		c.snap.maxSegment = max(c.snap.maxSegment, int32(len(r)))
	}
	first := c.linksOf(ids[0])
	first.owners = append(first.owners, idx)
	first.seconds = append(first.seconds, ids[min(1, len(ids)-1)])
	c.snap.segments[idx] = ids
	c.snap.paraRule[idx] = "paraphrase:" + p.Text
	return c.addExceptions(idx, p)
}

func (c *compiler) addExceptions(idx int32, p Phrase) error {
	for _, e := range p.Exceptions {
		if e == "@"+DiscAnnualizedRate {
			c.snap.needsRate[idx] = true
			continue
		}
		er := c.norm(e)
		if len(er) == 0 {
			return fmt.Errorf("exception %q normalises to nothing", e)
		}
		id := c.sharedPattern(patException, er)
		if ex := &c.snap.pats[id]; ex.rule == "" {
			ex.rule = "exception:" + e
		}
		if ex := c.linksOf(id); len(ex.owners) == 0 || ex.owners[len(ex.owners)-1] != idx {
			ex.owners = append(ex.owners, idx)
		}
	}
	return nil
}

// linksOf returns pattern id's links, giving it some on first use.
func (c *compiler) linksOf(id int32) *patLinks {
	p := &c.snap.pats[id]
	if p.link == 0 {
		p.link = int32(len(c.snap.links))
		c.snap.links = append(c.snap.links, patLinks{})
	}
	return &c.snap.links[p.link]
}

// addCues adds the built-in context vocabulary.
func (c *compiler) addCues() {
	names := map[int]string{cueNegPromise: "negation:", cueNeg: "negation:", cueWarn: "warning:", cueQuote: "quotation:"}
	lists := listNegations()
	for kind, words := range cueWords() {
		for _, w := range words {
			list := kind == cueNeg && lists[w]
			c.add(c.norm(w), pattern{kind: patCue, cue: uint8(kind), phrase: -1, rule: names[kind] + w, list: list})
		}
	}
	for kind, words := range frameWords() {
		for _, w := range words {
			c.add(c.norm(w), pattern{kind: patCue, cue: uint8(kind), phrase: -1, rule: frameName(kind) + w})
		}
	}
}

// splitGaps splits a paraphrase pattern at its gap markers ("…" or "...").
func splitGaps(text string) []string {
	text = strings.ReplaceAll(text, "...", GapMarker)
	var out []string
	for _, s := range strings.Split(text, GapMarker) {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// numeralSpellings returns the other spellings of a phrase that contains a
// "hundred percent" numeral: 百分百 / 百分之百 / 100%. (💯 normalises to 百分百.)
func numeralSpellings(text string) []string {
	forms := []string{"百分百", "百分之百", "100%"}
	for _, f := range forms {
		if !strings.Contains(text, f) {
			continue
		}
		var out []string
		for _, g := range forms {
			if g != f {
				out = append(out, strings.ReplaceAll(text, f, g))
			}
		}
		return out
	}
	return nil
}
