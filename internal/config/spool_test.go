package config

import "testing"

func TestSpoolDir(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"beside the SQLite file", map[string]string{"LOANBOT_DATABASE": "sqlite:/var/lib/loanbot/loanbot.db"}, "/var/lib/loanbot/spool"},
		{"default data dir", nil, "data/spool"},
		{"MySQL: ./data", map[string]string{"LOANBOT_DATABASE": "mysql://root@127.0.0.1:3306/loanbot"}, "data/spool"},
		{"set", map[string]string{"LOANBOT_SPOOL_DIR": "/srv/spool"}, "/srv/spool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			if c.SpoolDir != tt.want {
				t.Fatalf("SpoolDir = %q, want %q", c.SpoolDir, tt.want)
			}
		})
	}
}
