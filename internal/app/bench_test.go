package app

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/loanbot/loanbot/internal/wechat"
)

// BenchmarkWebhook measures one signed text push through the real handler, storage and session
// store, 32 at a time (as the load test drives it), on both backends. Profile it with
// go test -run '^$' -bench Webhook/mariadb -cpuprofile cpu.out ./internal/app
func BenchmarkWebhook(b *testing.B) {
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			e := newEnv(b, be, false)
			_, srv := e.instance(Options{})
			c := e.client(srv)
			var n atomic.Int64
			b.SetParallelism(16) // 2 cores × 16 = 32 concurrent pushes
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := n.Add(1)
					msg := wechat.Outgoing{OpenID: fmt.Sprintf("o-bench-%d", i%500), MsgID: e.msgID(), MsgType: "text", Content: "我想贷款二十万，分三年还，月收入一万五"}
					if ans, err := c.Send(context.Background(), msg); err != nil || ans.Status != http.StatusOK {
						b.Errorf("push: %+v %v", ans, err)
						return
					}
				}
			})
		})
	}
}
