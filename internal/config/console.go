package config

import (
	"fmt"
	"time"
)

// Console is the staff console's configuration.
type Console struct {
	Hours     string        // LOANBOT_CONSOLE_HOURS: advisers' working hours, "09:00-21:00" (Asia/Shanghai); "" = always
	ClaimWait time.Duration // LOANBOT_CONSOLE_CLAIM_WAIT: tell a waiting applicant when advisers are available after this
	Idle      time.Duration // LOANBOT_CONSOLE_IDLE: sign staff out after this long without a request
}

func consoleFromEnv(get func(name, def string) string) (Console, error) {
	c := Console{Hours: get("LOANBOT_CONSOLE_HOURS", "09:00-21:00")}
	if c.Hours == "always" {
		c.Hours = ""
	}
	for _, d := range []struct {
		name, def string
		dst       *time.Duration
	}{{"LOANBOT_CONSOLE_CLAIM_WAIT", "3m", &c.ClaimWait}, {"LOANBOT_CONSOLE_IDLE", "30m", &c.Idle}} {
		v, err := time.ParseDuration(get(d.name, d.def))
		if err != nil || v <= 0 {
			return Console{}, fmt.Errorf("%s: want a positive duration such as %s", d.name, d.def)
		}
		*d.dst = v
	}
	return c, nil
}
