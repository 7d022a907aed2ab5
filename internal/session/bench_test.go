package session

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// BenchmarkClaimComplete measures one dedup round trip as the webhook does
// it: Claim a new MsgId, then Complete it with a reply.
//
//	go test -run '^$' -bench ClaimComplete -benchtime 2000x ./internal/session/
func BenchmarkClaimComplete(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			st := be.open(b).a
			ctx := context.Background()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				key := msgKey + strconv.Itoa(i)
				if state, _, err := st.Claim(ctx, key, time.Minute); err != nil || state != ClaimNew {
					b.Fatalf("Claim = %v, %v", state, err)
				}
				if err := st.Complete(ctx, key, replyText, time.Minute); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompleteWakesOtherInstance measures how long a WaitReply on one
// instance takes to return after Complete on another: ns/op is that delay
// plus the Complete call itself.
//
//	go test -run '^$' -bench CompleteWakes -benchtime 200x ./internal/session/
func BenchmarkCompleteWakesOtherInstance(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			p := be.open(b)
			ctx := context.Background()
			var total time.Duration
			for i := 0; b.Loop(); i++ {
				key := "wake" + strconv.Itoa(i)
				b.StopTimer()
				if _, _, err := p.a.Claim(ctx, key, time.Minute); err != nil {
					b.Fatal(err)
				}
				woke := make(chan time.Time, 1)
				go func() {
					if _, err := p.b.WaitReply(ctx, key); err != nil {
						b.Error(err)
					}
					woke <- time.Now()
				}()
				time.Sleep(2 * time.Millisecond) // let WaitReply register and block
				b.StartTimer()
				start := time.Now()
				if err := p.a.Complete(ctx, key, replyText, time.Minute); err != nil {
					b.Fatal(err)
				}
				total += (<-woke).Sub(start)
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N), "µs-to-wake")
		})
	}
}
