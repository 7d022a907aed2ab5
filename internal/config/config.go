// Package config reads loanbot's configuration from the environment once, validates it, and hands
// it down as a value. Every error names the variable at fault.
package config

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
)

// DevToken is the signature token used when LOANBOT_WECHAT_TOKEN is empty (development only).
const DevToken = "loanbot-dev-token"

// Config is the whole configuration of one loanbot process.
type Config struct {
	Addr         string        // LOANBOT_ADDR
	Database     string        // LOANBOT_DATABASE: mysql://user:pass@host:port/db or sqlite:PATH
	RedisURL     string        // LOANBOT_REDIS_URL; empty = in-process session store
	AppID        string        // LOANBOT_WECHAT_APPID
	AppSecret    string        // LOANBOT_WECHAT_SECRET
	Token        string        // LOANBOT_WECHAT_TOKEN
	DevToken     bool          // Token was not configured and DevToken is in use
	AESKey       string        // LOANBOT_WECHAT_AESKEY (43 chars); enables safe mode
	APIBase      string        // LOANBOT_WECHAT_API_BASE
	LLMBaseURL   string        // LOANBOT_LLM_BASE_URL
	LLMAPIKey    string        // LOANBOT_LLM_API_KEY
	LLMModel     string        // LOANBOT_LLM_MODEL
	LLM          LLM           // LOANBOT_LLM_JUDGE, LOANBOT_LLM_TIMEOUT (llm.go)
	ReplyBudget  time.Duration // LOANBOT_REPLY_BUDGET
	DataKey      []byte        // LOANBOT_DATA_KEY (decoded); nil = generate into the data dir
	KnowledgeDir string        // LOANBOT_KNOWLEDGE_DIR
	Console      Console       // LOANBOT_CONSOLE_* (console.go)
	Retention    time.Duration // LOANBOT_RETENTION: personal data is deleted after this long idle
	SpoolDir     string        // LOANBOT_SPOOL_DIR: messages storage could not take; default DataDir()/spool
}

// DataDir is where an instance keeps local files (the development data key, the spool): the
// directory of the SQLite file, or ./data with MySQL.
func (c Config) DataDir() string {
	if p, ok := strings.CutPrefix(c.Database, "sqlite:"); ok {
		return filepath.Dir(p)
	}
	return "data"
}

// SafeMode reports whether messages are encrypted (an EncodingAESKey is configured).
func (c Config) SafeMode() bool { return c.AESKey != "" }

// FromEnv builds a Config from getenv (os.Getenv in production, a map in tests).
func FromEnv(getenv func(string) string) (Config, error) {
	get := func(name, def string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return def
	}
	c := Config{
		Addr:         get("LOANBOT_ADDR", ":8080"),
		Database:     get("LOANBOT_DATABASE", "sqlite:data/loanbot.db"),
		RedisURL:     get("LOANBOT_REDIS_URL", ""),
		AppID:        get("LOANBOT_WECHAT_APPID", ""),
		AppSecret:    get("LOANBOT_WECHAT_SECRET", ""),
		Token:        get("LOANBOT_WECHAT_TOKEN", ""),
		AESKey:       get("LOANBOT_WECHAT_AESKEY", ""),
		APIBase:      strings.TrimRight(get("LOANBOT_WECHAT_API_BASE", "https://api.weixin.qq.com"), "/"),
		LLMBaseURL:   get("LOANBOT_LLM_BASE_URL", ""),
		LLMAPIKey:    get("LOANBOT_LLM_API_KEY", ""),
		LLMModel:     get("LOANBOT_LLM_MODEL", ""),
		KnowledgeDir: get("LOANBOT_KNOWLEDGE_DIR", ""),
		SpoolDir:     get("LOANBOT_SPOOL_DIR", ""),
	}
	if c.SpoolDir == "" {
		c.SpoolDir = filepath.Join(c.DataDir(), "spool")
	}
	if c.Token == "" {
		c.Token, c.DevToken = DevToken, true
	}
	var err error
	if c.ReplyBudget, err = parseBudget(get("LOANBOT_REPLY_BUDGET", "4s")); err != nil {
		return Config{}, err
	}
	if c.DataKey, err = parseDataKey(get("LOANBOT_DATA_KEY", "")); err != nil {
		return Config{}, err
	}
	if c.LLM, err = llmFromEnv(get, c.LLMBaseURL != ""); err != nil {
		return Config{}, err
	}
	if c.Console, err = consoleFromEnv(get); err != nil {
		return Config{}, err
	}
	if c.Retention, err = parseRetention(get("LOANBOT_RETENTION", "4320h")); err != nil {
		return Config{}, err
	}
	return c, c.validate()
}

func (c Config) validate() error {
	checks := []func() error{c.checkDatabase, c.checkRedis, c.checkWechat, c.checkLLM}
	for _, check := range checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (c Config) checkDatabase() error {
	switch {
	case strings.HasPrefix(c.Database, "sqlite:"):
		if strings.TrimPrefix(c.Database, "sqlite:") == "" {
			return fmt.Errorf("LOANBOT_DATABASE: sqlite: needs a path, e.g. sqlite:data/loanbot.db")
		}
	case strings.HasPrefix(c.Database, "mysql://"):
		u, err := url.Parse(c.Database)
		if err != nil || u.Host == "" || strings.Trim(u.Path, "/") == "" {
			return fmt.Errorf("LOANBOT_DATABASE: want mysql://user:pass@host:port/db")
		}
	default:
		return fmt.Errorf("LOANBOT_DATABASE: want mysql://user:pass@host:port/db or sqlite:PATH")
	}
	return nil
}

func (c Config) checkRedis() error {
	if c.RedisURL == "" {
		return nil
	}
	u, err := url.Parse(c.RedisURL)
	if err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
		return fmt.Errorf("LOANBOT_REDIS_URL: want redis://host:port/db")
	}
	return nil
}

func (c Config) checkWechat() error {
	if c.AESKey != "" {
		if len(c.AESKey) != 43 {
			return fmt.Errorf("LOANBOT_WECHAT_AESKEY: must be 43 characters, got %d", len(c.AESKey))
		}
		if _, err := base64.StdEncoding.DecodeString(c.AESKey + "="); err != nil {
			return fmt.Errorf("LOANBOT_WECHAT_AESKEY: not an EncodingAESKey: %w", err)
		}
		if c.AppID == "" {
			return fmt.Errorf("LOANBOT_WECHAT_APPID: required in safe mode (LOANBOT_WECHAT_AESKEY is set)")
		}
	}
	if (c.AppID == "") != (c.AppSecret == "") && c.AESKey == "" {
		return fmt.Errorf("LOANBOT_WECHAT_SECRET: set both LOANBOT_WECHAT_APPID and LOANBOT_WECHAT_SECRET, or neither")
	}
	if u, err := url.Parse(c.APIBase); err != nil || u.Host == "" {
		return fmt.Errorf("LOANBOT_WECHAT_API_BASE: want an absolute URL, got %q", c.APIBase)
	}
	return nil
}

func (c Config) checkLLM() error {
	if c.LLMBaseURL == "" {
		return nil
	}
	if u, err := url.Parse(c.LLMBaseURL); err != nil || u.Host == "" {
		return fmt.Errorf("LOANBOT_LLM_BASE_URL: want an absolute URL, got %q", c.LLMBaseURL)
	}
	if c.LLMModel == "" {
		return fmt.Errorf("LOANBOT_LLM_MODEL: required when LOANBOT_LLM_BASE_URL is set")
	}
	return nil
}

func parseBudget(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("LOANBOT_REPLY_BUDGET: %w", err)
	}
	if d < 100*time.Millisecond || d > 4500*time.Millisecond {
		return 0, fmt.Errorf("LOANBOT_REPLY_BUDGET: %s is outside 100ms–4.5s (WeChat waits 5s)", d)
	}
	return d, nil
}

func parseDataKey(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	key, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("LOANBOT_DATA_KEY: not base64: %w", err)
	}
	if len(key) != 32 {
		return nil, fmt.Errorf("LOANBOT_DATA_KEY: want 32 bytes, got %d", len(key))
	}
	return key, nil
}

// parseRetention reads LOANBOT_RETENTION: any Go duration above zero (the consent notice
// promises 180 days, 4320h; tests use minutes).
func parseRetention(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("LOANBOT_RETENTION: %w (e.g. 4320h for 180 days)", err)
	}
	if d <= 0 {
		return 0, fmt.Errorf("LOANBOT_RETENTION: %s must be above zero", d)
	}
	return d, nil
}
