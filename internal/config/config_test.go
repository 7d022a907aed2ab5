package config

import (
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDefaults(t *testing.T) {
	c, err := FromEnv(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":8080" || c.Database != "sqlite:data/loanbot.db" || c.RedisURL != "" ||
		c.ReplyBudget != 4*time.Second || !c.DevToken || c.SafeMode() || c.APIBase != "https://api.weixin.qq.com" {
		t.Fatalf("defaults: %+v", c)
	}
}

func TestErrorsNameTheVariable(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"bad database", map[string]string{"LOANBOT_DATABASE": "postgres://x"}, "LOANBOT_DATABASE"},
		{"mysql without db", map[string]string{"LOANBOT_DATABASE": "mysql://root@127.0.0.1:3306"}, "LOANBOT_DATABASE"},
		{"bad redis", map[string]string{"LOANBOT_REDIS_URL": "localhost:6379"}, "LOANBOT_REDIS_URL"},
		{"short aes key", map[string]string{"LOANBOT_WECHAT_AESKEY": "abc", "LOANBOT_WECHAT_APPID": "wx1"}, "LOANBOT_WECHAT_AESKEY"},
		{"aes without appid", map[string]string{"LOANBOT_WECHAT_AESKEY": strings.Repeat("A", 43)}, "LOANBOT_WECHAT_APPID"},
		{"appid without secret", map[string]string{"LOANBOT_WECHAT_APPID": "wx1"}, "LOANBOT_WECHAT_SECRET"},
		{"budget too long", map[string]string{"LOANBOT_REPLY_BUDGET": "6s"}, "LOANBOT_REPLY_BUDGET"},
		{"budget garbage", map[string]string{"LOANBOT_REPLY_BUDGET": "soon"}, "LOANBOT_REPLY_BUDGET"},
		{"data key short", map[string]string{"LOANBOT_DATA_KEY": "YWJj"}, "LOANBOT_DATA_KEY"},
		{"llm without model", map[string]string{"LOANBOT_LLM_BASE_URL": "http://127.0.0.1:1/v1"}, "LOANBOT_LLM_MODEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromEnv(env(tt.env))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to name %s", err, tt.want)
			}
		})
	}
}

func TestSafeModeConfig(t *testing.T) {
	c, err := FromEnv(env(map[string]string{
		"LOANBOT_WECHAT_AESKEY": strings.Repeat("A", 43), "LOANBOT_WECHAT_APPID": "wxba5fad812f8e6fb9",
		"LOANBOT_WECHAT_TOKEN": "AAAAA", "LOANBOT_DATABASE": "mysql://root@127.0.0.1:3306/test",
		"LOANBOT_REDIS_URL": "redis://127.0.0.1:6379/0", "LOANBOT_REPLY_BUDGET": "2s",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if !c.SafeMode() || c.DevToken || c.ReplyBudget != 2*time.Second {
		t.Fatalf("got %+v", c)
	}
}
