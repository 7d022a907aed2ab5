package session

import (
	"strings"
	"testing"
	"time"
)

func TestAllow(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		limit  int
		window time.Duration
		calls  string // one letter per call: a/b = instance; '.' = sleep one window
		want   string // + allowed, - refused, ' ' for a sleep
	}{
		{"limit 3 per window", 3, time.Minute, "aaaaa", "+++--"},
		{"instances share the count", 3, time.Minute, "ababab", "+++---"},
		{"window slides", 2, 150 * time.Millisecond, "aaa.aaa", "++- ++-"},
		{"limit 1", 1, time.Minute, "abab", "+---"},
		{"limit 0 refuses all", 0, time.Minute, "ab", "--"},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				ctx := ctxFor(t, 5*time.Second)
				var got strings.Builder
				for _, c := range tt.calls {
					st := p.a
					switch c {
					case '.':
						time.Sleep(tt.window + 20*time.Millisecond)
						got.WriteByte(' ')
						continue
					case 'b':
						st = p.b
					}
					ok, err := st.Allow(ctx, "rate:"+openid+":"+tt.name, tt.limit, tt.window)
					if err != nil {
						t.Fatal(err)
					}
					got.WriteByte(map[bool]byte{true: '+', false: '-'}[ok])
				}
				if got.String() != tt.want {
					t.Errorf("calls %q: got %q; want %q", tt.calls, got.String(), tt.want)
				}
			})
		}
	})
}

func TestAllowKeysAreIndependent(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		for _, key := range []string{"用户甲", "用户乙"} {
			for i, want := range []bool{true, false} {
				if ok, err := p.a.Allow(ctx, key, 1, time.Minute); ok != want || err != nil {
					t.Errorf("Allow(%q) call %d = %v, %v; want %v", key, i, ok, err, want)
				}
			}
		}
	})
}

func TestAllowRejectsNonPositiveWindow(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		if _, err := p.a.Allow(ctxFor(t, time.Second), "k", 1, 0); err == nil {
			t.Error("Allow with a zero window succeeded; want an error")
		}
	})
}
