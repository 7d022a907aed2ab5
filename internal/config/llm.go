package config

import (
	"fmt"
	"strings"
	"time"
)

// LLM holds the drafting options beyond the endpoint (LOANBOT_LLM_BASE_URL/_API_KEY/_MODEL).
type LLM struct {
	Judge   bool          // LOANBOT_LLM_JUDGE on|off: a second call must find no promise; default on with an LLM
	Timeout time.Duration // LOANBOT_LLM_TIMEOUT: a draft's whole time past the reply budget; default 30s
}

// LLMEnabled reports whether an LLM is configured (otherwise templates only).
func (c Config) LLMEnabled() bool { return c.LLMBaseURL != "" }

func llmFromEnv(get func(name, def string) string, enabled bool) (LLM, error) {
	var l LLM
	switch v := strings.ToLower(get("LOANBOT_LLM_JUDGE", "")); v {
	case "":
		l.Judge = enabled
	case "on", "true", "1", "yes":
		l.Judge = true
	case "off", "false", "0", "no":
		l.Judge = false
	default:
		return l, fmt.Errorf("LOANBOT_LLM_JUDGE: want on or off, got %q", v)
	}
	d, err := time.ParseDuration(get("LOANBOT_LLM_TIMEOUT", "30s"))
	if err != nil {
		return l, fmt.Errorf("LOANBOT_LLM_TIMEOUT: %w", err)
	}
	if d < time.Second || d > 5*time.Minute {
		return l, fmt.Errorf("LOANBOT_LLM_TIMEOUT: %s is outside 1s–5m", d)
	}
	l.Timeout = d
	return l, nil
}
