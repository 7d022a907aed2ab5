package session

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestGetSetDel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		key  string
		val  []byte
	}{
		{"conversation state JSON", "conv:" + openid, []byte(`{"state":"bot","step":"询问贷款金额","slots":{"amount":300000}}`)},
		{"full-width and traditional", "ｋｅｙ：貸款", []byte("想借３０萬，月供多少？")},
		{"emoji", "emoji🙏", []byte("谢谢🙏💰")},
		{"binary", "bin", []byte{0, 0xff, 0xfe, '\n', 0}},
		{"empty value", "empty", []byte{}},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		for _, tt := range tests {
			if err := p.a.Set(ctx, tt.key, tt.val, time.Minute); err != nil {
				t.Fatalf("%s: Set: %v", tt.name, err)
			}
			got, ok, err := p.b.Get(ctx, tt.key)
			if err != nil || !ok || string(got) != string(tt.val) {
				t.Errorf("%s: Get on the other instance = %q, %v, %v; want %q", tt.name, got, ok, err, tt.val)
			}
			if err := p.b.Del(ctx, tt.key); err != nil {
				t.Fatalf("%s: Del: %v", tt.name, err)
			}
			if got, ok, err := p.a.Get(ctx, tt.key); ok || err != nil {
				t.Errorf("%s: Get after Del = %q, %v, %v; want absent", tt.name, got, ok, err)
			}
		}
		if err := p.a.Del(ctx, "never-set"); err != nil {
			t.Errorf("Del of an absent key: %v", err)
		}
	})
}

func TestSetTTL(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		mustSet(ctx, t, p.a, "short", "会过期", 100*time.Millisecond)
		mustSet(ctx, t, p.a, "forever", "不过期", 0)
		mustSet(ctx, t, p.a, "negative", "也不过期", -time.Second)
		time.Sleep(150 * time.Millisecond)
		for key, want := range map[string]bool{"short": false, "forever": true, "negative": true} {
			if _, ok, err := p.b.Get(ctx, key); ok != want || err != nil {
				t.Errorf("Get(%q) after 150 ms: ok = %v, %v; want %v", key, ok, err, want)
			}
		}
	})
}

func mustSet(ctx context.Context, t *testing.T, s Store, key, val string, ttl time.Duration) {
	t.Helper()
	if err := s.Set(ctx, key, []byte(val), ttl); err != nil {
		t.Fatalf("Set(%q): %v", key, err)
	}
}

func TestGetReturnsACopy(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		val := []byte("原值")
		if err := p.a.Set(ctx, "k", val, time.Minute); err != nil {
			t.Fatal(err)
		}
		val[0] = 'X'
		got, _, _ := p.a.Get(ctx, "k")
		got[0] = 'Y'
		if again, _, _ := p.a.Get(ctx, "k"); string(again) != "原值" {
			t.Errorf("stored value changed through a caller's slice: %q", again)
		}
	})
}

func TestPubSubAcrossInstances(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		subCtx, cancel := context.WithCancel(context.Background())
		defer cancel()
		first, err := p.b.Subscribe(subCtx, "phrases.changed")
		if err != nil {
			t.Fatal(err)
		}
		second, err := p.a.Subscribe(subCtx, "phrases.changed")
		if err != nil {
			t.Fatal(err)
		}
		other, err := p.b.Subscribe(subCtx, "console.queue")
		if err != nil {
			t.Fatal(err)
		}
		ctx := ctxFor(t, 5*time.Second)
		for _, msg := range []string{"违禁词表已更新：v42", "第二条"} {
			if err := p.a.Publish(ctx, "phrases.changed", []byte(msg)); err != nil {
				t.Fatal(err)
			}
		}
		for _, sub := range []<-chan []byte{first, second} {
			for _, want := range []string{"违禁词表已更新：v42", "第二条"} {
				if got := receive(t, sub); got != want {
					t.Errorf("received %q; want %q", got, want)
				}
			}
		}
		select {
		case msg := <-other:
			t.Errorf("a subscriber of another channel received %q", msg)
		case <-time.After(50 * time.Millisecond):
		}
		cancel()
		for _, sub := range []<-chan []byte{first, second, other} {
			expectClosed(t, sub)
		}
	})
}

// receive returns the next message of sub, failing after a second.
func receive(t *testing.T, sub <-chan []byte) string {
	t.Helper()
	select {
	case msg, ok := <-sub:
		if !ok {
			t.Fatal("subscription closed early")
		}
		return string(msg)
	case <-time.After(time.Second):
		t.Fatal("no message within 1 s")
	}
	return ""
}

// expectClosed checks that sub closes soon after its ctx ended.
func expectClosed(t *testing.T, sub <-chan []byte) {
	t.Helper()
	deadline := time.After(time.Second)
	for {
		select {
		case _, ok := <-sub:
			if !ok {
				return
			}
		case <-deadline:
			t.Fatal("subscription not closed 1 s after its ctx ended")
		}
	}
}

func TestSubscribeWithEndedCtx(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if sub, err := p.a.Subscribe(ctx, "x"); err == nil {
			expectClosed(t, sub)
		} else if !errors.Is(err, context.Canceled) {
			t.Errorf("Subscribe with an ended ctx = %v; want nil or context.Canceled", err)
		}
	})
}

func TestPing(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		if err := p.a.Ping(ctxFor(t, time.Second)); err != nil {
			t.Errorf("Ping: %v", err)
		}
	})
}

func TestCloseEndsSubscriptions(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		sub, err := p.a.Subscribe(context.Background(), "console.queue")
		if err != nil {
			t.Fatal(err)
		}
		if err := p.a.Close(); err != nil {
			t.Fatal(err)
		}
		expectClosed(t, sub)
		if err := p.a.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})
}
