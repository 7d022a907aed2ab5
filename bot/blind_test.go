package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// blindPersona is a multi-turn conversation written blind (see testdata/blind/): at each turn the
// warnings that must and must not be said, and whether the conversation is handed to a human;
// after the last turn the slots and tentative values.
type blindPersona struct {
	Persona        string         `yaml:"persona"`
	Turns          []blindTurn    `yaml:"turns"`
	FinalSlots     map[string]any `yaml:"final_slots"`
	FinalTentative map[string]any `yaml:"final_tentative"`
}

type blindTurn struct {
	Say         string   `yaml:"say"`
	MustWarn    []string `yaml:"must_warn"`
	MustNotWarn []string `yaml:"must_not_warn"`
	Handoff     *bool    `yaml:"handoff"`
}

// blindPersonaFloor is the share of a batch's personas that must be entirely right: set from the
// after-fix scores, below the before-fix figures kept in README.
const blindPersonaFloor = 0.85

// TestBlindPersonas replays every blind persona under testdata/blind/ (and LOANBOT_BLIND_DIR's, for
// scoring a fresh batch before it is added) through the standard engine with the inbound flags the
// compliance filter raises, as the webhook does, and reports the share entirely right: every turn's
// warnings and hand-off, and the final slots and tentative values exactly.
func TestBlindPersonas(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/blind/*/personas")
	if fresh := os.Getenv("LOANBOT_BLIND_DIR"); fresh != "" {
		dirs = append(dirs, filepath.Join(fresh, "personas"))
	}
	if len(dirs) == 0 {
		t.Skip("no blind batch")
	}
	e := New()
	filter := outboundFilter(t)
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		right := 0
		for _, f := range files {
			p := loadBlindPersona(t, f)
			var st []byte
			var out Output
			var faults []string
			for i, turn := range p.Turns {
				var err error
				out, err = e.Reply(context.Background(), Input{OpenID: "blind", Kind: KindText, Text: turn.Say, State: st,
					Flags: filter.CheckInbound(turn.Say).Flags, Now: time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)})
				if err != nil {
					t.Fatalf("%s turn %d: %v", f, i+1, err)
				}
				st = out.State
				faults = append(faults, blindTurnFaults(i+1, turn, out)...)
			}
			if d := mapDiff("final slots", slotMap(out.Slots), p.FinalSlots); d != "" {
				faults = append(faults, d)
			}
			if d := mapDiff("final tentative", slotMap(out.Tentative), p.FinalTentative); d != "" {
				faults = append(faults, d)
			}
			if len(faults) == 0 {
				right++
				continue
			}
			t.Logf("%s (%s):\n  %s", filepath.Base(f), p.Persona, strings.Join(faults, "\n  "))
		}
		share := float64(right) / float64(max(1, len(files)))
		t.Logf("BLIND %s: %d/%d personas entirely right (%.1f%%)", dir, right, len(files), 100*share)
		if strings.HasPrefix(dir, "testdata/") && share < blindPersonaFloor {
			t.Errorf("%s: %.1f%% personas right, below the floor %.0f%%", dir, 100*share, 100*blindPersonaFloor)
		}
	}
}

func loadBlindPersona(t *testing.T, path string) blindPersona {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p blindPersona
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&p); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

func blindTurnFaults(n int, turn blindTurn, out Output) []string {
	said := map[string]bool{}
	for _, w := range out.Warnings {
		said[w.Code] = true
	}
	var faults []string
	where := "turn " + itoa(n) + " " + quote(turn.Say) + ": "
	for _, c := range turn.MustWarn {
		if !said[c] {
			faults = append(faults, where+"missing warning "+c)
		}
	}
	for _, c := range turn.MustNotWarn {
		if said[c] {
			faults = append(faults, where+"unwanted warning "+c)
		}
	}
	if turn.Handoff != nil && out.Handoff != *turn.Handoff {
		faults = append(faults, where+"handoff "+canonical(out.Handoff))
	}
	return faults
}

// mapDiff describes how got differs from want (JSON values), or "".
func mapDiff(what string, got, want map[string]any) string {
	if want == nil {
		want = map[string]any{}
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(normalise(want))
	if string(g) == string(w) {
		return ""
	}
	return what + " " + string(g) + " want " + string(w)
}

// normalise round-trips a YAML map through JSON so that numbers compare as JSON numbers.
func normalise(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	out := map[string]any{}
	_ = json.Unmarshal(b, &out)
	return out
}
