package session

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestOpenRedis(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url     string
		wantErr string // substring of the error; "" = opens
	}{
		{"redis://127.0.0.1:6379/0", ""},
		{"redis://:s3cret@127.0.0.1:6379/2", ""},
		{"", "empty Redis URL"},
		{"127.0.0.1:6379", "no scheme"},
		{"redis://:s3cret@127.0.0.1:xx/0", "does not parse"},
		{"http://127.0.0.1:6379/0", "invalid URL scheme"},
		{"redis://127.0.0.1:6379/abc", "invalid database number"},
		{"redis://:s3cret@127.0.0.1:6379/abc", "invalid database number"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			r, err := OpenRedis(tt.url, "loanbot:")
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("OpenRedis(%q) = %v; want it to open", tt.url, err)
				}
				_ = r.Close()
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("OpenRedis(%q) = %v; want an error containing %q", tt.url, err, tt.wantErr)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("the error shows the password: %v", err)
			}
		})
	}
}

func TestOpenRedisPingsAndCloses(t *testing.T) {
	t.Parallel()
	newRedisClient(t) // skips when Redis is down
	r, err := OpenRedis("redis://127.0.0.1:6379/0", "loanbot-test:"+randomHex(t)+":")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := r.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	if err := r.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := r.Ping(ctx); err == nil {
		t.Error("Ping after Close succeeded; want an error (the store owned its client)")
	}
	if _, err := r.WaitReply(ctx, msgKey); err == nil {
		t.Error("WaitReply after Close succeeded; want ErrClosed")
	}
}

func TestPingUnreachableRedisNamesTheAddress(t *testing.T) {
	t.Parallel()
	r, err := OpenRedis("redis://127.0.0.1:1/0", "x:")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := r.Ping(ctx); err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("Ping of a closed port = %v; want an error naming 127.0.0.1:1", err)
	}
}

func TestOpenChoosesTheImplementation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url  string
		want string // %T of the store
	}{
		{"", "*session.Memory"},
		{"redis://127.0.0.1:6379/0", "*session.Redis"},
	}
	for _, tt := range tests {
		st, err := Open(tt.url, "loanbot:")
		if err != nil {
			t.Fatalf("Open(%q): %v", tt.url, err)
		}
		if got := fmt.Sprintf("%T", st); got != tt.want {
			t.Errorf("Open(%q) = %s; want %s", tt.url, got, tt.want)
		}
		_ = st.Close()
	}
	if _, err := Open("localhost", "loanbot:"); err == nil {
		t.Error(`Open("localhost") succeeded; want an error`)
	}
}
