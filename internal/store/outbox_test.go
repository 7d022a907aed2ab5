package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// queue stores one inbound per applicant and perApplicant outbox replies for each.
func queue(t *testing.T, s *Store, applicants, perApplicant int) {
	t.Helper()
	for a := range applicants {
		open := fmt.Sprintf("oOutbox%02d", a)
		in := mustSaveInbound(t, s, inbound(open, open+"-in", "你好"))
		var replies []Reply
		for i := range perApplicant {
			replies = append(replies, Reply{Text: fmt.Sprintf("第%d条回复给%s 📨", i+1, open), Sender: SenderBot, Verdict: VerdictAllow})
		}
		if err := s.SaveOutcome(context.Background(), Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID, Replies: replies}); err != nil {
			t.Fatal(err)
		}
	}
}

// Two senders claiming at once never get the same row, and each applicant's messages go out
// in order.
func TestClaimOutboxConcurrent(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		const applicants, per = 12, 3
		queue(t, s, applicants, per)
		now := s.clock().Add(time.Second)
		var (
			mu      sync.Mutex
			claimed = map[uint64]int{}
			order   = map[string][]string{}
			wg      sync.WaitGroup
		)
		for w := range 2 {
			wg.Go(func() {
				for idle := 0; idle < 3; {
					items, err := s.ClaimOutbox(context.Background(), now, 4, time.Hour)
					if err != nil {
						t.Errorf("sender %d: %v", w, err)
						return
					}
					if len(items) == 0 {
						idle++
						time.Sleep(5 * time.Millisecond)
						continue
					}
					idle = 0
					for _, it := range items {
						mu.Lock()
						claimed[it.ID]++
						order[it.OpenID] = append(order[it.OpenID], it.Text)
						mu.Unlock()
						if err := s.MarkSent(context.Background(), it.ID); err != nil {
							t.Errorf("MarkSent(%d): %v", it.ID, err)
						}
					}
				}
			})
		}
		wg.Wait()
		if len(claimed) != applicants*per {
			t.Errorf("%d rows delivered, want %d", len(claimed), applicants*per)
		}
		for id, n := range claimed {
			if n != 1 {
				t.Errorf("row %d handed out %d times", id, n)
			}
		}
		for open, texts := range order {
			for i, text := range texts {
				if want := fmt.Sprintf("第%d条回复给%s 📨", i+1, open); text != want {
					t.Errorf("%s message %d = %q, want %q", open, i, text, want)
				}
			}
		}
	})
}

func TestOutboxLeaseAndRetries(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		queue(t, s, 1, 2)
		t0 := s.clock().Add(time.Second)
		claim := func(at time.Time) []OutboxItem {
			t.Helper()
			items, err := s.ClaimOutbox(ctx, at, 10, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			return items
		}
		first := claim(t0)
		if len(first) != 1 || first[0].Attempts != 1 || first[0].Text != "第1条回复给oOutbox00 📨" {
			t.Fatalf("first claim = %+v, want message 1, attempt 1", first)
		}
		if got := claim(t0.Add(30 * time.Second)); len(got) != 0 {
			t.Errorf("claim during the lease = %+v, want nothing (message 2 waits for message 1)", got)
		}
		// The sender died: after the lease the row is handed out again.
		again := claim(t0.Add(61 * time.Second))
		if len(again) != 1 || again[0].ID != first[0].ID || again[0].Attempts != 2 {
			t.Fatalf("after the lease = %+v, want row %d attempt 2", again, first[0].ID)
		}
		retryAt := t0.Add(5 * time.Minute)
		if err := s.MarkFailed(ctx, again[0].ID, "errcode 45015: 回复时间超过限制", retryAt, false); err != nil {
			t.Fatal(err)
		}
		if got := claim(t0.Add(2 * time.Minute)); len(got) != 0 {
			t.Errorf("claim before the retry time = %+v, want nothing", got)
		}
		retried := claim(retryAt)
		if len(retried) != 1 || retried[0].Attempts != 3 {
			t.Fatalf("at the retry time = %+v, want attempt 3", retried)
		}
		if err := s.MarkFailed(ctx, retried[0].ID, "errcode 43004: 需要接收者关注", retryAt, true); err != nil {
			t.Fatal(err)
		}
		// Permanently failed: message 2 is next, message 1 never comes back.
		next := claim(retryAt.Add(time.Hour))
		if len(next) != 1 || next[0].Text != "第2条回复给oOutbox00 📨" {
			t.Errorf("after a permanent failure = %+v, want message 2", next)
		}
		var row outboxRow
		s.db.Take(&row, retried[0].ID)
		if row.Status != outboxFailed || row.LastError != "errcode 43004: 需要接收者关注" {
			t.Errorf("failed row: status %q error %q", row.Status, row.LastError)
		}
		if err := s.MarkSent(ctx, 424242); !errorsIs(err, ErrNotFound) {
			t.Errorf("MarkSent(unknown) = %v, want ErrNotFound", err)
		}
		if _, err := s.ClaimOutbox(ctx, t0, 0, time.Minute); !errorsIs(err, ErrInvalid) {
			t.Errorf("ClaimOutbox(limit 0) = %v, want ErrInvalid", err)
		}
	})
}

func TestTruncateKeepsRunes(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"错误码", 4, "错"}, // 3 bytes per character: cut before the broken one
		{"错误码", 6, "错误"},
		{"😀x", 3, ""},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
