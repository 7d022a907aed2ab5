package config

import (
	"strings"
	"testing"
	"time"
)

func TestRetention(t *testing.T) {
	tests := []struct {
		name    string
		value   string
		want    time.Duration
		wantErr bool
	}{
		{"default: the 180 days the notice promises", "", 180 * 24 * time.Hour, false},
		{"hours", "720h", 30 * 24 * time.Hour, false},
		{"minutes for tests", "90s", 90 * time.Second, false},
		{"spaces trimmed", " 4320h ", 4320 * time.Hour, false},
		{"days are not a Go unit", "180d", 0, true},
		{"zero", "0s", 0, true},
		{"negative", "-1h", 0, true},
		{"garbage", "半年", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(env(map[string]string{"LOANBOT_RETENTION": tt.value}))
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "LOANBOT_RETENTION") {
					t.Fatalf("err = %v, want it to name LOANBOT_RETENTION", err)
				}
				return
			}
			if err != nil || c.Retention != tt.want {
				t.Fatalf("Retention = %s, %v; want %s", c.Retention, err, tt.want)
			}
		})
	}
}
