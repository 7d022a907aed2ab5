package bot

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestStateSurvivesRestarts answers every turn with a freshly built engine: everything the
// conversation needs travels in the state bytes.
func TestStateSurvivesRestarts(t *testing.T) {
	var st []byte
	var out Output
	for _, l := range fullProfile() {
		e := newTestEngine(t)
		var err error
		out, err = e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		st = out.State
	}
	if out.Grade != "A" || !strings.Contains(joined(out), "【初步评估】") {
		t.Errorf("after restarts: grade %q, replies %q", out.Grade, out.Replies)
	}
}

func TestEventsAndUnsupported(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		last  Input
		want  []string
		flag  string
	}{
		{"subscribe greets", nil, Input{Kind: KindSubscribe}, []string{"欢迎咨询", "个人信息告知"}, ""},
		{"image mid-flow re-asks", []string{"你好", "装修"}, Input{Kind: KindUnsupported, MsgType: "image"},
			[]string{"只能处理文字消息", "借多少钱"}, ""},
		{"menu human", []string{"你好"}, Input{Kind: KindClick, EventKey: "human"}, []string{"人工顾问"}, "ask_human"},
		{"menu restart", []string{"你好", "装修"}, Input{Kind: KindClick, EventKey: "restart"}, []string{"重新开始"}, ""},
		{"leading yes after the pre-screen says what comes next", fullProfile(), Input{Kind: KindText, Text: "是的，信息都对"}, []string{"如信息有变化"}, ""},
		{"leading no asks what to fix", fullProfile(), Input{Kind: KindText, Text: "不对不对"}, []string{"需要修改的内容"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &convo{t: t, e: newTestEngine(t)}
			for _, l := range tt.lines {
				c.send(l)
			}
			in := tt.last
			in.State = c.state
			out, err := c.e.Reply(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(joined(out), w) {
					t.Errorf("replies lack %q: %q", w, out.Replies)
				}
			}
			if tt.flag != "" {
				wantFlag(t, out, tt.flag)
			}
		})
	}
}

func TestNewWithRejectsMissingParts(t *testing.T) {
	if _, err := NewWith(Deps{}); err == nil {
		t.Errorf("NewWith(Deps{}) succeeded")
	}
	if _, err := New().Reply(context.Background(), Input{Kind: KindText, Text: "你好"}); err != nil {
		t.Errorf("New().Reply: %v", err)
	}
}

// TestConcurrentConversations runs several conversations at once on one engine (run with -race).
func TestConcurrentConversations(t *testing.T) {
	e := New()
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			var st []byte
			for _, l := range append(fullProfileReal(), "对", "利息多少") {
				out, err := e.Reply(context.Background(), Input{Kind: KindText, Text: l, State: st, Now: time.Now()})
				if err != nil {
					done <- err
					return
				}
				st = out.State
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
