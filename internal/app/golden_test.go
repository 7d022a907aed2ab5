package app

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/wechat"
)

// golden mirrors the format of bot/testdata/golden (see its README.md).
type golden struct {
	Persona string `yaml:"persona"`
	Turns   []struct {
		Say     string   `yaml:"say"`
		Kind    string   `yaml:"kind"`
		InFlags []string `yaml:"in_flags"`
		Expect  struct {
			Replies []string       `yaml:"replies"`
			Not     []string       `yaml:"not"`
			Slots   map[string]any `yaml:"slots"`
			Absent  []string       `yaml:"absent"`
			Grade   string         `yaml:"grade"`
			Flags   []string       `yaml:"flags"`
			Handoff *bool          `yaml:"handoff"`
			NoFlags bool           `yaml:"no_flags"` // checked by the engine test
			Consent *bool          `yaml:"consent"`  // checked by the engine test
			Intent  string         `yaml:"intent"`   // checked by the engine test

			Warn      []string       `yaml:"warn"`       // must be among the stored risk notes after the turn
			NoWarn    []string       `yaml:"no_warn"`    // per-turn: checked by the engine test
			NoWarning bool           `yaml:"no_warning"` // checked by the engine test
			Tentative map[string]any `yaml:"tentative"`  // checked by the engine test
			Open      *bool          `yaml:"open"`       // checked by the engine test
			Summary   []string       `yaml:"summary"`    // substrings of the stored hand-off summary
			Asked     *int           `yaml:"asked"`      // checked by the engine test
		} `yaml:"expect"`
	} `yaml:"turns"`
}

// TestGoldenTranscriptsThroughWebhook replays every persona through the real HTTP handler, as
// WeChat would send it, and checks what the applicant received and what was stored. Turns with
// extra inbound flags (in_flags) are sent but not checked: the webhook raises its own flags. A
// hand-off ends the replay: from then on a human holds the conversation.
func TestGoldenTranscriptsThroughWebhook(t *testing.T) {
	files, err := filepath.Glob("../../bot/testdata/golden/*.yaml")
	if err != nil || len(files) < 12 {
		t.Fatalf("golden personas: %d files, %v", len(files), err)
	}
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{})
	for _, path := range files {
		g := loadGoldenFile(t, path)
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			openID := "o-golden-" + name
			for i, turn := range g.Turns {
				ans, err := e.client(srv).Send(context.Background(), goldenPush(e, openID, turn.Kind, turn.Say))
				if err != nil || ans.Status != http.StatusOK {
					t.Fatalf("turn %d %q: %+v %v", i+1, turn.Say, ans, err)
				}
				got := turnReplies(t, a, openID)
				where := g.Persona + " / turn " + itoa(i+1) + " " + turn.Say + " → " + got
				x := turn.Expect
				for _, w := range x.Not {
					if strings.Contains(got, w) {
						t.Errorf("%s\n  contains %q", where, w)
					}
				}
				if len(turn.InFlags) > 0 {
					continue
				}
				for _, w := range x.Replies {
					if !strings.Contains(got, w) {
						t.Errorf("%s\n  lacks %q", where, w)
					}
				}
				checkStored(t, a, openID, where, x.Slots, x.Absent, x.Grade, x.Flags)
				checkSummary(t, a, openID, where, x.Warn, x.Summary)
				if x.Handoff != nil && *x.Handoff {
					conv, _ := a.Store.ConversationByOpenID(context.Background(), openID)
					if conv.State != conversation.StateWaiting {
						t.Errorf("%s\n  state %q after hand-off", where, conv.State)
					}
					return
				}
			}
		})
	}
}

func loadGoldenFile(t *testing.T, path string) golden {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

func goldenPush(e *env, openID, kind, say string) wechat.Outgoing {
	switch kind {
	case "subscribe":
		return wechat.Outgoing{OpenID: openID, MsgType: "event", Event: "subscribe"}
	case "unsupported":
		return wechat.Outgoing{OpenID: openID, MsgID: e.msgID(), MsgType: "image"}
	}
	return e.text(openID, say)
}

// turnReplies joins the texts stored after the applicant's last message (passive and outbox).
func turnReplies(t *testing.T, a *App, openID string) string {
	ms := messages(t, a, openID)
	var out []string
	for i := len(ms) - 1; i >= 0 && ms[i].Direction != "in"; i-- {
		out = append([]string{ms[i].Text}, out...)
	}
	return strings.Join(out, "\n")
}

func checkStored(t *testing.T, a *App, openID, where string, slots map[string]any, absent []string, grade string, flags []string) {
	t.Helper()
	ctx := context.Background()
	conv, err := a.Store.ConversationByOpenID(ctx, openID)
	if err != nil {
		t.Fatal(err)
	}
	prof, err := a.Store.Profile(ctx, conv.ID)
	if err != nil && len(slots) > 0 {
		t.Fatalf("%s\n  profile: %v", where, err)
	}
	for k, v := range slots {
		if g, ok := prof.Slots[k]; !ok || asJSON(g) != asJSON(v) {
			t.Errorf("%s\n  stored slot %s = %v, want %v", where, k, g, v)
		}
	}
	for _, k := range absent {
		if g, ok := prof.Slots[k]; ok {
			t.Errorf("%s\n  stored slot %s = %v, want unset", where, k, g)
		}
	}
	if grade != "" && conv.Grade != grade {
		t.Errorf("%s\n  stored grade %q, want %q", where, conv.Grade, grade)
	}
	for _, f := range flags {
		if !slices.Contains(conv.FlagReasons, f) {
			t.Errorf("%s\n  conversation flags %v lack %q", where, conv.FlagReasons, f)
		}
	}
}

// checkSummary reads the hand-off summary agents see out of the stored engine state: the warnings
// given must be among its risk notes, and its text must hold the given substrings.
func checkSummary(t *testing.T, a *App, openID, where string, warn, text []string) {
	t.Helper()
	if len(warn) == 0 && len(text) == 0 {
		return
	}
	conv, err := a.Store.ConversationByOpenID(context.Background(), openID)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := bot.Summarize(conv.EngineState)
	if err != nil {
		t.Fatalf("%s\n  summarize stored state: %v", where, err)
	}
	for _, code := range warn {
		if !slices.ContainsFunc(sum.Warnings, func(w bot.Warning) bool { return w.Code == code }) {
			t.Errorf("%s\n  stored risk notes %v lack %q", where, sum.Warnings, code)
		}
	}
	for _, w := range text {
		if !strings.Contains(sum.Text, w) {
			t.Errorf("%s\n  stored summary %q lacks %q", where, sum.Text, w)
		}
	}
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
