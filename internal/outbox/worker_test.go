package outbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/outbox"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

const (
	openA = "oZk3_applicantA-9Xq"
	openB = "oZk3_applicantB-7Lp"
)

// drainStep advances the test clock, runs one Drain and checks the result.
type drainStep struct {
	advance time.Duration
	sent    int // Drain's count
	calls   int // custom/send calls the fake saw so far
}

func TestDrain(t *testing.T) {
	long := []string{
		"根据您提供的信息（月收入１．２万元、无逾期），初步匹配以下产品：",
		"一、信用贷：额度5万-30万，年化利率（单利，含全部费用）7.2%-18%，以放款机构审批为准。",
		"贷款需谨慎，请按时还款，避免逾期影响征信。如需人工服务，请回复“人工”。",
	}
	tests := []struct {
		name   string
		setup  func(api *apitest.Server)
		queued map[string][]string
		steps  []drainStep
		want   map[string][]string // delivered texts per applicant, in order
		tokens int
	}{{
		name:   "success, in order per applicant",
		queued: map[string][]string{openA: long, openB: {"您好😊 您的资料已收到，审核结果会在1-3个工作日内通知您"}},
		steps:  []drainStep{{sent: 4, calls: 4}, {advance: time.Hour, sent: 0, calls: 4}},
		want:   map[string][]string{openA: long, openB: {"您好😊 您的资料已收到，审核结果会在1-3个工作日内通知您"}},
		tokens: 1,
	}, {
		name:   "40001 once: token refreshed, sent",
		setup:  func(api *apitest.Server) { api.Fail(apitest.CodeTokenInvalid) },
		queued: map[string][]string{openA: {"您的额度测算已完成，请查收"}},
		steps:  []drainStep{{sent: 1, calls: 2}},
		want:   map[string][]string{openA: {"您的额度测算已完成，请查收"}},
		tokens: 2,
	}, {
		name:   "45015 window closed: failed for good, never retried",
		setup:  func(api *apitest.Server) { api.Block(openA, apitest.CodeWindowClosed) },
		queued: map[string][]string{openA: long[:2]},
		steps:  []drainStep{{sent: 0, calls: 2}, {advance: 48 * time.Hour, sent: 0, calls: 2}},
		tokens: 1,
	}, {
		name:   "-1 system busy: retried after the backoff",
		setup:  func(api *apitest.Server) { api.Fail(apitest.CodeSystemBusy) },
		queued: map[string][]string{openA: {"稍后为您转接人工客服"}},
		steps: []drainStep{{sent: 0, calls: 1}, {advance: outbox.Backoff(1) - time.Second, sent: 0, calls: 1},
			{advance: time.Second, sent: 1, calls: 2}},
		want:   map[string][]string{openA: {"稍后为您转接人工客服"}},
		tokens: 1,
	}, {
		name:   "always busy: given up after MaxAttempts",
		setup:  func(api *apitest.Server) { api.Block(openA, apitest.CodeSystemBusy) },
		queued: map[string][]string{openA: {"这条一直发不出去"}},
		steps:  append(giveUpSteps(), drainStep{advance: 24 * time.Hour, calls: outbox.MaxAttempts}),
		tokens: 1,
	}}
	for _, b := range backends() {
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.name, func(t *testing.T) {
				api := fakeAPI(t)
				if tt.setup != nil {
					tt.setup(api)
				}
				s := b.open(t)
				for open, texts := range tt.queued {
					queue(t, s, open, texts...)
				}
				clk := newClock()
				w, err := outbox.New(outbox.Deps{Store: s, Sender: newSender(t, wechat.SenderConfig{}), Now: clk.Now, Batch: 2})
				if err != nil {
					t.Fatal(err)
				}
				runSteps(t, w, clk, api, tt.steps)
				for open := range tt.queued {
					if diff := cmp.Diff(tt.want[open], contents(api, open)); diff != "" {
						t.Errorf("delivered to %s (-want +got):\n%s", open, diff)
					}
				}
				if got := api.TokenCalls(); got != tt.tokens {
					t.Errorf("%d token calls, want %d", got, tt.tokens)
				}
			})
		}
	}
}

// giveUpSteps fail once per attempt, waiting each backoff, until the worker gives up.
func giveUpSteps() []drainStep {
	steps := []drainStep{{calls: 1}}
	for a := 1; a < outbox.MaxAttempts; a++ {
		steps = append(steps, drainStep{advance: outbox.Backoff(a), calls: a + 1})
	}
	return steps
}

func runSteps(t *testing.T, w *outbox.Worker, clk *clock, api *apitest.Server, steps []drainStep) {
	t.Helper()
	for i, st := range steps {
		clk.Advance(st.advance)
		sent, err := w.Drain(context.Background())
		if err != nil {
			t.Fatalf("step %d: Drain: %v", i, err)
		}
		if sent != st.sent {
			t.Errorf("step %d: Drain sent %d, want %d", i, sent, st.sent)
		}
		if got := api.SendCalls(); got != st.calls {
			t.Errorf("step %d: %d send calls, want %d", i, got, st.calls)
		}
	}
}
