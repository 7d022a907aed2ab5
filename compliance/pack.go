package compliance

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed pack/default.yaml
var defaultPackYAML []byte

// packGroup is one block of the pack file: shared settings and its phrases.
type packGroup struct {
	Category   string       `yaml:"category"`
	Action     Action       `yaml:"action"`
	Severity   int          `yaml:"severity"`
	Scope      Scope        `yaml:"scope"`
	Pinyin     bool         `yaml:"pinyin"`
	Reason     string       `yaml:"reason"`
	Exceptions []string     `yaml:"exceptions"`
	Phrases    []packPhrase `yaml:"phrases"`
	// Generate lists paraphrase patterns as products of segment lists: each
	// product yields every combination joined by the gap marker, in order
	// ([[一定能, 保证], [下款, 到账]] → 一定能…下款, 一定能…到账, 保证…下款, 保证…到账).
	// A generated pattern that repeats an earlier phrase of the pack (same
	// text and scope) is skipped: the earlier one keeps its own settings.
	Generate [][][]string `yaml:"generate"`
}

// packPhrase is a phrase in a group: a plain string, or a map that can
// override the group's settings.
type packPhrase struct {
	Text       string   `yaml:"text"`
	Action     Action   `yaml:"action"`
	Severity   int      `yaml:"severity"`
	Pinyin     *bool    `yaml:"pinyin"`
	Reason     string   `yaml:"reason"`
	Exceptions []string `yaml:"exceptions"`
	Variants   []string `yaml:"variants"`
}

func (p *packPhrase) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		p.Text = n.Value
		return nil
	}
	type plain packPhrase
	return n.Decode((*plain)(p))
}

// DefaultPack returns the embedded default phrase pack: all 19 outbound
// families (F01–F19) and the inbound flags (I01–I03), every phrase with its
// category and reason. The caller stores it on first start of an empty
// database.
func DefaultPack() ([]Phrase, error) {
	return ParsePack(defaultPackYAML)
}

// ParsePack reads a pack in the default pack's YAML format and validates
// every phrase.
func ParsePack(data []byte) ([]Phrase, error) {
	var groups []packGroup
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&groups); err != nil {
		return nil, fmt.Errorf("parse phrase pack: %w", err)
	}
	b := packBuilder{seen: map[phraseKey]bool{}}
	for gi, g := range groups {
		if err := b.add(g); err != nil {
			return nil, fmt.Errorf("phrase pack group %d (%s): %w", gi+1, g.Category, err)
		}
	}
	return b.out, nil
}

// packBuilder collects the phrases of a pack, one per (text, scope).
type packBuilder struct {
	out  []Phrase
	seen map[phraseKey]bool
}

// add appends a group's phrases, then its generated patterns; hand-written
// repeats are an error, generated ones are skipped.
func (b *packBuilder) add(g packGroup) error {
	for _, pp := range g.Phrases {
		p := g.phrase(pp)
		if err := p.Validate(); err != nil {
			return fmt.Errorf("%s: %w", p.label(), err)
		}
		if b.seen[phraseKey{p.Text, p.Scope}] {
			return fmt.Errorf("%s repeats an earlier phrase with scope %s", p.label(), p.Scope)
		}
		b.keep(p)
	}
	for i, segs := range g.Generate {
		if err := checkProduct(segs); err != nil {
			return fmt.Errorf("generate %d: %w", i+1, err)
		}
		for _, text := range crossJoin(segs) {
			p := g.phrase(packPhrase{Text: text})
			if b.seen[phraseKey{p.Text, p.Scope}] {
				continue
			}
			if err := p.Validate(); err != nil {
				return fmt.Errorf("generated %s: %w", p.label(), err)
			}
			b.keep(p)
		}
	}
	return nil
}

func (b *packBuilder) keep(p Phrase) {
	b.seen[phraseKey{p.Text, p.Scope}] = true
	b.out = append(b.out, p)
}

// phraseKey identifies a phrase in a pack (and in the store): text and scope.
type phraseKey struct {
	text  string
	scope Scope
}

// checkProduct rejects a product that would generate something other than a
// paraphrase pattern of non-empty segments.
func checkProduct(lists [][]string) error {
	if len(lists) < 2 || len(lists) > maxGaps+1 {
		return fmt.Errorf("%d segment lists: want 2..%d", len(lists), maxGaps+1)
	}
	for i, list := range lists {
		if len(list) == 0 {
			return fmt.Errorf("segment list %d is empty", i+1)
		}
		for _, seg := range list {
			if strings.TrimSpace(seg) == "" || strings.Contains(seg, GapMarker) || strings.Contains(seg, "...") {
				return fmt.Errorf("segment list %d: segment %q: want non-empty text without a gap marker", i+1, seg)
			}
		}
	}
	return nil
}

// crossJoin returns every combination of one segment from each list, in
// order, joined by the gap marker (lists as checked by checkProduct).
func crossJoin(lists [][]string) []string {
	out := lists[0]
	for _, list := range lists[1:] {
		next := make([]string, 0, len(out)*len(list))
		for _, prefix := range out {
			for _, seg := range list {
				next = append(next, prefix+GapMarker+seg)
			}
		}
		out = next
	}
	return out
}

// phrase applies the group's settings to one entry.
func (g packGroup) phrase(pp packPhrase) Phrase {
	p := Phrase{Text: pp.Text, Category: g.Category, Action: g.Action, Severity: g.Severity, Scope: g.Scope,
		Pinyin: g.Pinyin, Enabled: true, Reason: g.Reason, Variants: pp.Variants,
		Exceptions: append(append([]string(nil), g.Exceptions...), pp.Exceptions...)}
	if p.Scope == "" {
		p.Scope = Outbound
	}
	if pp.Action != "" {
		p.Action = pp.Action
	}
	if pp.Severity != 0 {
		p.Severity = pp.Severity
	}
	if pp.Pinyin != nil {
		p.Pinyin = *pp.Pinyin
	}
	if pp.Reason != "" {
		p.Reason = pp.Reason
	}
	return p
}
