package main

import "testing"

func TestDropFields(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"已更新：{items}。", "已更新：。"},
		{"贷款{amount}，分{term}期", "贷款，分期"},
		{"没有占位符", "没有占位符"},
		{"半个{括号", "半个{括号"},
		{"", ""},
	} {
		if got := dropFields(tt.in); got != tt.want {
			t.Errorf("dropFields(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEverydayReadsTheBotsTexts: the standard replies and FAQ answers are
// found and the agent-only replies left out.
func TestEverydayReadsTheBotsTexts(t *testing.T) {
	var texts []string
	err := everyday("../../../../knowledge", func(s string, positive bool) error {
		if positive {
			t.Errorf("%q read as forbidden", s)
		}
		texts = append(texts, s)
		return nil
	})
	if err != nil {
		t.Skipf("knowledge files not found: %v", err)
	}
	if len(texts) < 50 {
		t.Errorf("%d texts, want the standard replies and FAQ answers", len(texts))
	}
	if agentOnly("greeting") || !agentOnly("agent_summary") {
		t.Error("agentOnly misjudges reply keys")
	}
}
