package config

import (
	"testing"
	"time"
)

func TestLLMOptions(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		judge   bool
		timeout time.Duration
		wantErr bool
	}{
		{"templates only", map[string]string{}, false, 30 * time.Second, false},
		{"judge on by default with an LLM", map[string]string{"LOANBOT_LLM_BASE_URL": "http://127.0.0.1:1/v1", "LOANBOT_LLM_MODEL": "qwen"}, true, 30 * time.Second, false},
		{"judge off", map[string]string{"LOANBOT_LLM_BASE_URL": "http://127.0.0.1:1/v1", "LOANBOT_LLM_MODEL": "qwen", "LOANBOT_LLM_JUDGE": "OFF", "LOANBOT_LLM_TIMEOUT": "20s"}, false, 20 * time.Second, false},
		{"bad judge", map[string]string{"LOANBOT_LLM_JUDGE": "maybe"}, false, 0, true},
		{"bad timeout", map[string]string{"LOANBOT_LLM_TIMEOUT": "10ms"}, false, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(func(k string) string { return tt.env[k] })
			if (err != nil) != tt.wantErr {
				t.Fatalf("FromEnv: %v, want error %v", err, tt.wantErr)
			}
			if err == nil && (c.LLM.Judge != tt.judge || c.LLM.Timeout != tt.timeout) {
				t.Errorf("LLM = %+v, want judge %v timeout %s", c.LLM, tt.judge, tt.timeout)
			}
		})
	}
}
