package store

import (
	"testing"
	"time"
)

func TestMySQLConfig(t *testing.T) {
	tests := []struct {
		dsn                  string
		user, pass, addr, db string
		timeout              time.Duration
	}{
		{"mysql://root@127.0.0.1/loanbot", "root", "", "127.0.0.1:3306", "loanbot", defaultDialTimeout},
		{"mysql://loanbot:p%40ss%3Aw0rd@db.internal:3307/loanbot_prod?timeout=2s", "loanbot", "p@ss:w0rd", "db.internal:3307", "loanbot_prod", 2 * time.Second},
		{"mysql://u:p@[::1]:3306/x?readTimeout=3s&charset=latin1", "u", "p", "[::1]:3306", "x", defaultDialTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.dsn, func(t *testing.T) {
			cfg, err := mysqlConfig(tt.dsn)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.User != tt.user || cfg.Passwd != tt.pass || cfg.Addr != tt.addr || cfg.DBName != tt.db || cfg.Timeout != tt.timeout {
				t.Errorf("got user %q pass %q addr %q db %q timeout %s", cfg.User, cfg.Passwd, cfg.Addr, cfg.DBName, cfg.Timeout)
			}
			if !cfg.ParseTime || cfg.Loc != time.UTC || cfg.Collation != "utf8mb4_unicode_ci" || cfg.Params["charset"] != "" {
				t.Errorf("parseTime %v loc %v collation %q charset %q: want true UTC utf8mb4 none",
					cfg.ParseTime, cfg.Loc, cfg.Collation, cfg.Params["charset"])
			}
			if !cfg.InterpolateParams || cfg.Params["tx_isolation"] != "'READ-COMMITTED'" {
				t.Errorf("interpolateParams %v tx_isolation %q: want true 'READ-COMMITTED'",
					cfg.InterpolateParams, cfg.Params["tx_isolation"])
			}
		})
	}
}
