package app

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/internal/wechat"
)

// LOANBOT_KNOWLEDGE_DIR overrides the embedded files it holds; a broken file stops the start
// with its name and line.
func TestKnowledgeDirOverride(t *testing.T) {
	orig, err := os.ReadFile("../../knowledge/replies.yaml")
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(orig), "您好，欢迎咨询！", "您好，欢迎来到测试分行！", 1)
	if changed == string(orig) {
		t.Fatal("the greeting this test edits is no longer in replies.yaml")
	}
	tests := []struct {
		name    string
		replies string
		wantErr string // "" = starts, and the greeting is the overridden one
	}{
		{"override", changed, ""},
		{"broken yaml", "greeting: [unclosed\n", "replies.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "replies.yaml"), []byte(tt.replies), 0o600); err != nil {
				t.Fatal(err)
			}
			e := newEnv(t, embedded, false)
			cfg := e.config()
			cfg.KnowledgeDir = dir
			a, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler), Options{})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "LOANBOT_KNOWLEDGE_DIR") {
					t.Fatalf("err = %v, want it to name LOANBOT_KNOWLEDGE_DIR and %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			srv := httptest.NewServer(a.Handler)
			defer srv.Close()
			ans, err := e.client(srv).Send(context.Background(), wechat.Outgoing{OpenID: "o-kb", MsgType: "event", Event: "subscribe"})
			if err != nil || !strings.Contains(ans.Text, "测试分行") {
				t.Fatalf("greeting %q, %v", ans.Text, err)
			}
		})
	}
}
