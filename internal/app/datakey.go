package app

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/loanbot/loanbot/internal/config"
)

// dataKey returns the personal-data key: LOANBOT_DATA_KEY, or in development a key generated once
// into the data directory (next to the SQLite file, or ./data) and reused after.
func dataKey(cfg config.Config, log *slog.Logger) ([]byte, error) {
	if cfg.DataKey != nil {
		return cfg.DataKey, nil
	}
	dir := "data"
	if p, ok := strings.CutPrefix(cfg.Database, "sqlite:"); ok {
		dir = filepath.Dir(p)
	}
	path := filepath.Join(dir, "loanbot.key")
	if b, err := os.ReadFile(path); err == nil {
		key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(key) != 32 {
			return nil, fmt.Errorf("data key %s is damaged; restore it or set LOANBOT_DATA_KEY", path)
		}
		return key, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("read data key %s: %w", path, err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("generate data key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir %s: %w", dir, err)
	}
	if err := os.WriteFile(path, []byte(base64.StdEncoding.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write data key %s: %w", path, err)
	}
	log.Warn("LOANBOT_DATA_KEY not set: generated a development key; set it in production", "path", path)
	return key, nil
}
