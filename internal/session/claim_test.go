package session

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// Dedup keys as the webhook builds them: a MsgId, or for events
// FromUserName+CreateTime+Event+EventKey (which may hold anything).
const (
	msgKey   = "24602947390028716"
	eventKey = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o|1714112445|subscribe|qrscene_推广码：贷款咨询"
)

// A reply as the bot sends it: Chinese, full-width punctuation, emoji.
var replyText = []byte("您好😊！已收到您的咨询：想借３０万，期限３年。年化利率（含全部费用）以放款机构审批为准，贷款需谨慎。")

func TestClaimStates(t *testing.T) {
	t.Parallel()
	// step is one call on instance a or b, with the expected outcome.
	type step struct {
		onB   bool       // run on the second instance
		op    string     // claim | complete | release
		state ClaimState // claim: expected state
		reply string     // claim: expected reply; complete: reply to store
	}
	tests := []struct {
		name  string
		key   string
		steps []step
	}{
		{"new then in flight on the other instance", msgKey, []step{
			{op: "claim", state: ClaimNew},
			{onB: true, op: "claim", state: ClaimInFlight},
			{op: "claim", state: ClaimInFlight},
		}},
		{"done returns the cached reply", eventKey, []step{
			{op: "claim", state: ClaimNew},
			{op: "complete", reply: string(replyText)},
			{onB: true, op: "claim", state: ClaimDone, reply: string(replyText)},
			{op: "claim", state: ClaimDone, reply: string(replyText)},
		}},
		{"empty reply is still done", "empty-reply", []step{
			{op: "claim", state: ClaimNew},
			{onB: true, op: "complete", reply: ""},
			{op: "claim", state: ClaimDone, reply: ""},
		}},
		{"release lets a retry claim again", "语音消息没有标点想问问利息多少", []step{
			{op: "claim", state: ClaimNew},
			{op: "release"},
			{onB: true, op: "claim", state: ClaimNew},
			{op: "claim", state: ClaimInFlight},
		}},
		{"release leaves a done key alone", "released-after-done", []step{
			{op: "claim", state: ClaimNew},
			{op: "complete", reply: "ok"},
			{onB: true, op: "release"},
			{op: "claim", state: ClaimDone, reply: "ok"},
		}},
		{"complete without a live claim", "late-complete", []step{
			{op: "complete", reply: "迟到的回复"},
			{onB: true, op: "claim", state: ClaimDone, reply: "迟到的回复"},
		}},
		{"release of an unknown key is a no-op", "never-claimed", []step{
			{op: "release"},
			{op: "claim", state: ClaimNew},
		}},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		for _, tt := range tests {
			for i, s := range tt.steps {
				st := p.a
				if s.onB {
					st = p.b
				}
				runClaimStep(ctx, t, st, tt.key, s.op, s.state, s.reply, tt.name, i)
			}
		}
	})
}

// runClaimStep performs one step of TestClaimStates and checks its outcome.
func runClaimStep(ctx context.Context, t *testing.T, st Store, key, op string, want ClaimState, reply, name string, i int) {
	t.Helper()
	switch op {
	case "claim":
		got, gotReply, err := st.Claim(ctx, key, time.Minute)
		if err != nil || got != want || string(gotReply) != reply {
			t.Errorf("%s, step %d: Claim = %v, %q, %v; want %v, %q", name, i, got, gotReply, err, want, reply)
		}
	case "complete":
		if err := st.Complete(ctx, key, []byte(reply), time.Minute); err != nil {
			t.Errorf("%s, step %d: Complete: %v", name, i, err)
		}
	case "release":
		if err := st.Release(ctx, key); err != nil {
			t.Errorf("%s, step %d: Release: %v", name, i, err)
		}
	}
}

func TestClaimExpires(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		if st, _, err := p.a.Claim(ctx, msgKey, 150*time.Millisecond); err != nil || st != ClaimNew {
			t.Fatalf("first Claim = %v, %v; want new", st, err)
		}
		if st, _, err := p.b.Claim(ctx, msgKey, time.Minute); err != nil || st != ClaimInFlight {
			t.Fatalf("Claim before expiry = %v, %v; want in-flight", st, err)
		}
		time.Sleep(200 * time.Millisecond) // the owner "crashed": never completes
		if st, _, err := p.b.Claim(ctx, msgKey, time.Minute); err != nil || st != ClaimNew {
			t.Fatalf("Claim after expiry = %v, %v; want new", st, err)
		}
	})
}

// waitResult is what one WaitReply returned, and when.
type waitResult struct {
	reply []byte
	err   error
	at    time.Time
}

// startWaiters starts n WaitReply calls on st; results waits for them all.
func startWaiters(ctx context.Context, st Store, key string, n int) (results func() []waitResult) {
	var wg sync.WaitGroup
	out := make([]waitResult, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reply, err := st.WaitReply(ctx, key)
			out[i] = waitResult{reply, err, time.Now()}
		}()
	}
	return func() []waitResult { wg.Wait(); return out }
}

func TestCompleteWakesWaitersOnOtherInstance(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		if _, _, err := p.a.Claim(ctx, eventKey, time.Minute); err != nil {
			t.Fatal(err)
		}
		results := startWaiters(ctx, p.b, eventKey, 5)
		time.Sleep(50 * time.Millisecond) // let them block
		start := time.Now()
		if err := p.a.Complete(ctx, eventKey, replyText, time.Minute); err != nil {
			t.Fatal(err)
		}
		var slowest time.Duration
		for i, r := range results() {
			if r.err != nil || string(r.reply) != string(replyText) {
				t.Errorf("waiter %d: WaitReply = %q, %v; want the reply", i, r.reply, r.err)
			}
			slowest = max(slowest, r.at.Sub(start))
		}
		t.Logf("slowest of 5 waiters woke %v after Complete", slowest)
		if slowest > 150*time.Millisecond { // the contract says ≤ ~20 ms; slack for -race on 2 shared cores
			t.Errorf("waiters woke %v after Complete; want prompt", slowest)
		}
	})
}

func TestReleaseWakesWaitersWithErrReleased(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		ctx := ctxFor(t, 5*time.Second)
		if _, _, err := p.a.Claim(ctx, msgKey, time.Minute); err != nil {
			t.Fatal(err)
		}
		results := startWaiters(ctx, p.b, msgKey, 3)
		time.Sleep(50 * time.Millisecond)
		start := time.Now()
		if err := p.a.Release(ctx, msgKey); err != nil {
			t.Fatal(err)
		}
		for i, r := range results() {
			if !errors.Is(r.err, ErrReleased) {
				t.Errorf("waiter %d: WaitReply = %q, %v; want ErrReleased", i, r.reply, r.err)
			}
			if d := r.at.Sub(start); d > 2*time.Second { // a hang, not speed (see the benchmarks)
				t.Errorf("waiter %d woke %v after Release; want prompt", i, d)
			}
		}
		if st, _, err := p.b.Claim(ctx, msgKey, time.Minute); err != nil || st != ClaimNew {
			t.Errorf("Claim after Release = %v, %v; want new", st, err)
		}
	})
}

func TestWaitReply(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		prepare func(ctx context.Context, s Store, key string) error // on instance a
		ctxFor  time.Duration
		want    string
		wantErr error
		within  time.Duration // upper bound on how long WaitReply may take
	}{
		{"never claimed", func(context.Context, Store, string) error { return nil },
			time.Second, "", ErrReleased, 100 * time.Millisecond},
		{"already done", func(ctx context.Context, s Store, key string) error {
			return s.Complete(ctx, key, replyText, time.Minute)
		}, time.Second, string(replyText), nil, 100 * time.Millisecond},
		{"ctx deadline while in flight", func(ctx context.Context, s Store, key string) error {
			_, _, err := s.Claim(ctx, key, time.Minute)
			return err
		}, 120 * time.Millisecond, "", context.DeadlineExceeded, 400 * time.Millisecond},
		{"owner crashed: claim expires", func(ctx context.Context, s Store, key string) error {
			_, _, err := s.Claim(ctx, key, 150*time.Millisecond)
			return err
		}, 3 * time.Second, "", ErrReleased, 150*time.Millisecond + waitPoll + 200*time.Millisecond},
	}
	eachBackend(t, func(t *testing.T, p pair) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				key := "wait:" + tt.name
				if err := tt.prepare(ctxFor(t, time.Second), p.a, key); err != nil {
					t.Fatal(err)
				}
				start := time.Now()
				got, err := p.b.WaitReply(ctxFor(t, tt.ctxFor), key)
				took := time.Since(start)
				if string(got) != tt.want || !errors.Is(err, tt.wantErr) {
					t.Errorf("WaitReply = %q, %v; want %q, %v", got, err, tt.want, tt.wantErr)
				}
				// The error already tells a wake-up from a deadline; this bound only catches a hang.
				// Speed is measured by the benchmarks, not here (the machine may be loaded).
				if limit := tt.within + 2*time.Second; took > limit {
					t.Errorf("WaitReply took %v; want ≤ %v", took, limit)
				}
			})
		}
	})
}
