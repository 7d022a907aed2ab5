package conversation

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/llm"
	"github.com/loanbot/loanbot/internal/store"
)

type drafterFunc func(ctx context.Context, q string) llm.Draft

func (f drafterFunc) Draft(ctx context.Context, q string, _ []string) llm.Draft { return f(ctx, q) }

// memDrafts is an in-memory DraftStore; holdErr makes HoldDraft fail (storage down).
type memDrafts struct {
	mu       sync.Mutex
	holdErr  error
	held     []store.PendingDraft
	finished []store.DraftFinish
	audits   []store.DraftAudit
}

func (m *memDrafts) HoldDraft(_ context.Context, d store.PendingDraft, _ string, _ time.Time) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.holdErr != nil {
		return 0, m.holdErr
	}
	m.held = append(m.held, d)
	return uint64(len(m.held)), nil
}
func (m *memDrafts) DraftReady(context.Context, uint64, string) error { return nil }
func (m *memDrafts) LeaseDrafts(context.Context, string, time.Time, int) ([]store.PendingDraft, error) {
	return nil, nil
}
func (m *memDrafts) FinishDraft(_ context.Context, f store.DraftFinish) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.finished = append(m.finished, f)
	return nil
}
func (m *memDrafts) SaveDraftAudit(_ context.Context, a store.DraftAudit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.audits = append(m.audits, a)
	return nil
}

type fixedEngine struct{ out bot.Output }

func (e fixedEngine) Reply(context.Context, bot.Input) (bot.Output, error) { return e.out, nil }

const (
	testFallback = "抱歉，这个问题我暂时无法准确回答。"
	testInterim  = "正在为您整理答复，请稍候。"
)

func TestDraftingDegrades(t *testing.T) {
	slow := drafterFunc(func(ctx context.Context, _ string) llm.Draft {
		select {
		case <-time.After(2 * time.Second):
			return llm.Draft{Text: "草稿", Kind: llm.KindModel}
		case <-ctx.Done():
			return llm.Draft{Failure: llm.FailError, Kind: llm.KindModel}
		}
	})
	tests := []struct {
		name      string
		drafter   Drafter
		key       string
		holdErr   error
		want      string // the reply element in place of the fallback line
		wantFlag  bool
		wantFinal string // queued later ("" = nothing)
	}{
		{"fast draft replaces the line", drafterFunc(func(context.Context, string) llm.Draft {
			return llm.Draft{Text: "个体户可准备经营流水。", Kind: llm.KindModel}
		}), "m:1", nil, "个体户可准备经营流水。", false, ""},
		{"failed draft keeps the standard line and flags", drafterFunc(func(context.Context, string) llm.Draft {
			return llm.Draft{Failure: llm.FailBlocked, Kind: llm.KindModel}
		}), "m:2", nil, testFallback, true, ""},
		{"slow draft: interim now, final later", slow, "m:3", nil, testInterim, false, "草稿"},
		{"slow draft, storage down: standard line now", slow, "m:4", errors.New("database down"), testFallback, true, ""},
		{"slow draft, no dedup key: standard line now", slow, "", nil, testFallback, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := &memDrafts{holdErr: tt.holdErr}
			g, err := NewDrafting(DraftingDeps{Drafter: tt.drafter, Store: ms, Fallback: testFallback, Interim: testInterim,
				Budget: 300 * time.Millisecond, Reserve: 100 * time.Millisecond, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			engine := g.Wrap(fixedEngine{out: bot.Output{Replies: []string{"好的。", testFallback}, OpenQuestion: "个体户没流水怎么办"}})
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			ctx, _ = withDraftNote(ctx, Inbound{OpenID: "o-draft-unit", DedupKey: tt.key, ReceivedAt: time.Now()})
			out, err := engine.Reply(ctx, bot.Input{OpenID: "o-draft-unit", Text: "个体户没流水怎么办"})
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Replies) != 2 || out.Replies[1] != tt.want {
				t.Errorf("replies %q, want %q in place of the fallback line", out.Replies, tt.want)
			}
			flagged := slices.ContainsFunc(out.Flags, func(f bot.Flag) bool { return f.Reason == "llm_failure" })
			if flagged != tt.wantFlag {
				t.Errorf("flags %+v, want llm_failure %v", out.Flags, tt.wantFlag)
			}
			deadline := time.Now().Add(5 * time.Second)
			for tt.wantFinal != "" && time.Now().Before(deadline) {
				ms.mu.Lock()
				n := len(ms.finished)
				ms.mu.Unlock()
				if n > 0 {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			ms.mu.Lock()
			defer ms.mu.Unlock()
			switch {
			case tt.wantFinal == "" && len(ms.finished) > 0:
				t.Errorf("queued %+v, want nothing", ms.finished)
			case tt.wantFinal != "" && (len(ms.finished) != 1 || ms.finished[0].Text != tt.wantFinal || ms.finished[0].Expect != testInterim):
				t.Errorf("queued %+v, want %q once, expecting the interim line", ms.finished, tt.wantFinal)
			}
		})
	}
}
