package console

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/loanbot/loanbot/internal/store"
)

// copilotFunc adapts a function to Copilot.
type copilotFunc func(ctx context.Context, id uint64, question string, history []string) (Suggestion, error)

func (f copilotFunc) Suggest(ctx context.Context, id uint64, question string, history []string) (Suggestion, error) {
	return f(ctx, id, question, history)
}

func TestSuggestReply(t *testing.T) {
	var mu sync.Mutex
	var gotQuestion string
	var gotHistory []string
	tests := []struct {
		name       string
		copilot    Copilot
		wantButton bool
		wantStatus int
	}{
		{"no LLM: no button, 501", nil, false, http.StatusNotImplemented},
		{"suggestion from the transcript", copilotFunc(func(_ context.Context, _ uint64, q string, h []string) (Suggestion, error) {
			mu.Lock()
			defer mu.Unlock()
			gotQuestion, gotHistory = q, h
			return Suggestion{Text: "您好，利率以放款机构审批为准。", Sources: []string{"faq:interest_rate"}}, nil
		}), true, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, embedded)
			e.tune = func(d *Deps) { d.Copilot = tt.copilot }
			in := e.instance()
			in.account(t, "agent1", store.RoleAgent)
			id := in.handOff(t, "o-suggest-0001", "complaint")
			b := in.browser(t)
			b.login("agent1")
			if status, body := b.post(fmt.Sprintf("/console/api/conversations/%d/claim", id), nil); status != http.StatusOK {
				t.Fatalf("claim: %d %s", status, body)
			}
			_, page := b.get(fmt.Sprintf("/console/conversations/%d", id))
			if got := strings.Contains(page, `id="suggest"`); got != tt.wantButton {
				t.Errorf("suggest button shown: %v, want %v", got, tt.wantButton)
			}
			status, body := b.post(fmt.Sprintf("/console/api/conversations/%d/suggest", id), nil)
			if status != tt.wantStatus {
				t.Fatalf("suggest: %d %s, want %d", status, body, tt.wantStatus)
			}
			if status != http.StatusOK {
				return
			}
			var s Suggestion
			if err := json.Unmarshal([]byte(body), &s); err != nil || s.Text == "" || len(s.Sources) != 1 {
				t.Fatalf("suggestion %s (%v)", body, err)
			}
			mu.Lock()
			defer mu.Unlock()
			if gotQuestion != "我要转人工，你们这个利率太高了！" || len(gotHistory) == 0 || !strings.HasPrefix(gotHistory[0], "申请人：") {
				t.Errorf("copilot asked %q with %q", gotQuestion, gotHistory)
			}
		})
	}
}
