package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// FuzzReply sends any text at any point of a conversation: the engine never fails, always returns
// a reply and a state it can read back.
func FuzzReply(f *testing.F) {
	for _, s := range []string{"你好", "贷10万12期月供多少", "对", "不对，是３０萬", "转人工", "帮我做流水", "", "😊😊",
		"我今年62岁了已经退休每个月退休金四千五想借五万块钱看病分两年还", "撤回同意", "重新开始", "ｌｐｒ是多少"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(11))
	}
	e := New()
	prefix := append(fullProfileReal(), "利息多少")
	f.Fuzz(func(t *testing.T, text string, depth uint8) {
		var st []byte
		for _, l := range prefix[:int(depth)%(len(prefix)+1)] {
			out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Unix(0, 0)})
			if err != nil {
				t.Fatalf("prefix %q: %v", l, err)
			}
			st = out.State
		}
		out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: text, State: st, Now: time.Unix(0, 0)})
		if err != nil {
			t.Fatalf("Reply(%q): %v", text, err)
		}
		if len(out.Replies) == 0 {
			t.Fatalf("Reply(%q): no reply", text)
		}
		var back state
		if err := json.Unmarshal(out.State, &back); err != nil || back.V != stateVersion {
			t.Fatalf("state %s: %v", out.State, err)
		}
	})
}

// fullProfileReal is a complete profile in words the real extractor reads.
func fullProfileReal() []string {
	return []string{"你好", "我想贷款20万装修，分3年还", "上班族，月入2万", "社保交了3年", "没有", "没有负债",
		"查了2次", "没有逾期", "35岁", "本地户口"}
}

// BenchmarkReply measures one turn of the standard engine (extraction, flow, rules, rendering,
// state JSON) in the middle of a conversation, and the turn that completes the facts and runs the
// pre-screen and matching.
func BenchmarkReply(b *testing.B) {
	e := New()
	states := conversationStates(b, e, fullProfileReal())
	mid, last := len(states)/2, len(states)-1
	b.Run("collect", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.Reply(context.Background(), Input{Kind: KindText, Text: fullProfileReal()[mid], State: states[mid], Now: time.Unix(0, 0)}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("prescreen", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.Reply(context.Background(), Input{Kind: KindText, Text: fullProfileReal()[last], State: states[last], Now: time.Unix(0, 0)}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkTurnP99 replays every turn of the golden personas and the blind personas (extraction,
// rules, warnings, pre-screen, matching, rendering, state JSON) and reports the 50th and 99th
// percentile of one turn's latency over all of them.
func BenchmarkTurnP99(b *testing.B) {
	e := New()
	type turnIn struct {
		text  string
		state []byte
	}
	var turns []turnIn
	files, _ := filepath.Glob("testdata/golden/*.yaml")
	blind, _ := filepath.Glob("testdata/blind/*/personas/*.yaml")
	for _, f := range append(files, blind...) {
		var p struct {
			Turns []struct {
				Say string `yaml:"say"`
			} `yaml:"turns"`
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if err := yaml.Unmarshal(raw, &p); err != nil {
			b.Fatal(err)
		}
		var st []byte
		for _, t := range p.Turns {
			turns = append(turns, turnIn{t.Say, st})
			out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: t.Say, State: st, Now: time.Unix(0, 0)})
			if err != nil {
				b.Fatal(err)
			}
			st = out.State
		}
	}
	var lat, cpu []time.Duration
	runtime.LockOSThread() // the thread CPU clock follows this goroutine
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t := turns[i%len(turns)]
		start := time.Now()
		c0, okCPU := threadCPU()
		if _, err := e.Reply(context.Background(), Input{Kind: KindText, Text: t.text, State: t.state, Now: time.Unix(0, 0)}); err != nil {
			b.Fatal(err)
		}
		c1, _ := threadCPU()
		lat = append(lat, time.Since(start))
		if okCPU {
			cpu = append(cpu, c1-c0)
		}
	}
	report := func(ds []time.Duration, unit string) {
		if len(ds) == 0 {
			return
		}
		slices.Sort(ds)
		b.ReportMetric(float64(ds[len(ds)/2].Microseconds()), "p50-"+unit)
		b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds()), "p99-"+unit)
	}
	report(lat, "wall-µs")
	report(cpu, "cpu-µs") // the engine's own work, whatever else the machine runs
}

// conversationStates returns the state before each line of a conversation.
func conversationStates(b *testing.B, e *Engine, lines []string) [][]byte {
	b.Helper()
	var out [][]byte
	var st []byte
	for _, l := range lines {
		out = append(out, st)
		o, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Unix(0, 0)})
		if err != nil {
			b.Fatal(err)
		}
		st = o.State
	}
	return out
}
