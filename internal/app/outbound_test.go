package app

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// serveBackground runs the app's background workers (the outbox) until the test ends.
func serveBackground(t *testing.T, a *App) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = a.ServeListener(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
}

// sentTo waits until the fake WeChat API got want 客服消息 for openID.
func sentTo(t *testing.T, api *apitest.Server, openID string, want int) []string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var got []string
		for _, m := range api.Sent() {
			if m.ToUser == openID {
				got = append(got, m.Content)
			}
		}
		if len(got) >= want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Not a parallel test: the WeChat SDK's HTTP hooks are process-global.
func TestFollowUpsGoThroughTheOutbox(t *testing.T) {
	long := strings.Repeat("请按顺序准备以下材料，并确认信息真实有效。", 60) // > 2048 bytes
	tests := []struct {
		name     string
		budget   time.Duration
		delay    time.Duration
		reply    string
		passive  bool // some text comes back in the HTTP response
		followUp int  // 客服消息 expected
	}{
		{"long answer: the rest follows", 4 * time.Second, 0, long, true, 1},
		{"late answer: all of it follows", 200 * time.Millisecond, 600 * time.Millisecond, "您好，这是稍后送达的回答。", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, embedded, false)
			api := apitest.New(t, "wx-outbound", "secret")
			cfg := e.config()
			cfg.AppID, cfg.AppSecret, cfg.APIBase, cfg.ReplyBudget = "wx-outbound", "secret", api.URL, tt.budget
			rec := &recorder{delay: tt.delay}
			a, srv := e.instanceWith(cfg, Options{WrapEngine: func(conversation.Engine) conversation.Engine {
				return rec.wrap(scripted{replies: []string{tt.reply}})
			}})
			serveBackground(t, a)
			ans, err := e.client(srv).Send(context.Background(), e.text("o-outbound", "要准备什么材料"))
			if err != nil || ans.Status != http.StatusOK || (ans.Text != "") != tt.passive {
				t.Fatalf("passive answer %+v %v", ans, err)
			}
			got := sentTo(t, api, "o-outbound", tt.followUp)
			if len(got) != tt.followUp {
				t.Fatalf("客服消息 sent: %d, want %d", len(got), tt.followUp)
			}
			if whole := ans.Text + strings.Join(got, ""); strings.ReplaceAll(whole, "\n", "") != strings.ReplaceAll(tt.reply, "\n", "") {
				t.Fatalf("the applicant did not receive the whole answer exactly once:\n%s", whole)
			}
		})
	}
}
