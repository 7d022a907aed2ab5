package compliance

import (
	"bytes"
	_ "embed"
	"fmt"

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
	var out []Phrase
	for gi, g := range groups {
		for _, pp := range g.Phrases {
			p := g.phrase(pp)
			if err := p.Validate(); err != nil {
				return nil, fmt.Errorf("phrase pack group %d (%s): %s: %w", gi+1, g.Category, p.label(), err)
			}
			out = append(out, p)
		}
	}
	return out, nil
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
