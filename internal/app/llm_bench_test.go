package app

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/internal/llm/llmtest"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// BenchmarkSlowDraft: a model that takes 10 s, 50 applicants asking open questions at once, two
// instances on MariaDB + Redis, each message also retried at the other instance. Reports the
// passive replies' p50/p99 against the budget and checks that every final answer arrives through
// the outbox exactly once. Run it once:
//
//	go test -run '^$' -bench BenchmarkSlowDraft -benchtime 1x ./internal/app
func BenchmarkSlowDraft(b *testing.B) {
	const applicants, budget, modelDelay = 50, 4 * time.Second, 10 * time.Second
	e := newEnv(b, real, false)
	api := apitest.New(b, "wx-llm-bench", "secret")
	fake := llmtest.New(b, func(_ int, r llmtest.Request) llmtest.Reply {
		if llmtest.IsJudge(r) {
			return llmtest.Reply{ToolArgs: `{"promise":false,"unsupported":false}`}
		}
		return llmtest.Reply{Content: goodDraft, Delay: modelDelay}
	})
	cfg := llmConfig(e, fake, api, budget)
	_, c1 := e.llmInstance(b, cfg)
	_, c2 := e.llmInstance(b, cfg)
	clients := []*wechat.Client{c1, c2}
	for round := 0; b.Loop(); round++ {
		lat := make([]time.Duration, applicants)
		ids := make([]string, applicants)
		var wg sync.WaitGroup
		for i := range applicants {
			ids[i] = fmt.Sprintf("o-bench-%d-%03d", round, i)
			msg := e.text(ids[i], openQuestion)
			wg.Go(func() {
				start := time.Now()
				if _, err := clients[i%2].Send(context.Background(), msg); err != nil {
					b.Errorf("send: %v", err)
				}
				lat[i] = time.Since(start)
			})
			wg.Go(func() { // WeChat's retry of the same message, at the other instance
				time.Sleep(200 * time.Millisecond)
				if _, err := clients[(i+1)%2].Send(context.Background(), msg); err != nil {
					b.Errorf("retry: %v", err)
				}
			})
		}
		wg.Wait()
		reportPassive(b, lat, budget)
		reportFinals(b, api, ids, modelDelay)
	}
}

func reportPassive(b *testing.B, lat []time.Duration, budget time.Duration) {
	slices.Sort(lat)
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	b.ReportMetric(float64(p(0.5).Milliseconds()), "passive-p50-ms")
	b.ReportMetric(float64(p(0.99).Milliseconds()), "passive-p99-ms")
	if p(0.99) > budget+200*time.Millisecond {
		b.Logf("passive p99 %s is over the budget + 200ms (%s)", p(0.99), budget+200*time.Millisecond)
	}
}

// reportFinals waits for one 客服消息 per applicant, then a little more for doubles.
func reportFinals(b *testing.B, api *apitest.Server, ids []string, modelDelay time.Duration) {
	deadline := time.Now().Add(modelDelay + 60*time.Second)
	count := func() map[string]int {
		n := map[string]int{}
		for _, m := range api.Sent() {
			n[m.ToUser]++
		}
		return n
	}
	for time.Now().Before(deadline) {
		n := count()
		done := 0
		for _, id := range ids {
			if n[id] > 0 {
				done++
			}
		}
		if done == len(ids) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(3 * time.Second)
	n := count()
	lost, doubled := 0, 0
	for _, id := range ids {
		switch {
		case n[id] == 0:
			lost++
		case n[id] > 1:
			doubled++
		}
	}
	b.ReportMetric(float64(lost), "finals-lost")
	b.ReportMetric(float64(doubled), "finals-doubled")
	if lost+doubled > 0 {
		b.Errorf("%d final answers lost, %d doubled (of %d)", lost, doubled, len(ids))
	}
}
