package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// The bot's own standard replies and FAQ answers are most of what the
// filter reads, every one approved; the labelled material has few plain
// sentences like them, so the model learned accidents of it (不便 and 带来
// came only in forbidden sentences, and the complaint reply's apology, 非常
// 抱歉给您带来不便, was flagged every time it was sent). Trained on one half of
// these texts, the model flagged 6 of 169 sentences of the other half
// instead of 12 (the other way round 4 of 175 either way), with the same
// figures on held-out writers. They are read as files, as compliance's own
// tests do: the library imports nothing from loanbot.

// everyday adds the standard replies (replies.yaml, placeholders dropped)
// and the FAQ answers (faq.yaml) of the knowledge directory as allowed text.
func everyday(dir string, add func(string, bool) error) error {
	texts, err := replies(filepath.Join(dir, "replies.yaml"))
	if err != nil {
		return err
	}
	answers, err := faqAnswers(filepath.Join(dir, "faq.yaml"))
	if err != nil {
		return err
	}
	for _, t := range append(texts, answers...) {
		if err := add(t, false); err != nil {
			return err
		}
	}
	return nil
}

func replies(path string) ([]string, error) {
	var m map[string]string
	if err := readYAML(path, &m); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		if !agentOnly(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys) // a fixed order: the model must not change from run to run
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = dropFields(m[k])
	}
	return out, nil
}

// agentOnly reports a reply key only agents read (the bot's tests skip them
// too).
func agentOnly(key string) bool {
	return slices.ContainsFunc([]string{"agent_", "note_", "risk_", "why_", "name_"},
		func(p string) bool { return strings.HasPrefix(key, p) })
}

// dropFields removes a template's placeholders ({amount}), which the engine
// fills in.
func dropFields(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
}

func faqAnswers(path string) ([]string, error) {
	var entries []struct {
		Answer string `yaml:"answer"`
	}
	if err := readYAML(path, &entries); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, e.Answer)
	}
	return out, nil
}

func readYAML(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
