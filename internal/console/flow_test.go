package console

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

func backends() []backend { return []backend{embedded, real} }

// Every state transition through the API: waiting → agent (claim) → reply, blocked reply,
// note → bot (hand back) → waiting again → closed; and the refusals on the way.
func TestStateTransitions(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b)
			in := e.instance()
			id := in.handOff(t, "oTransitions0001", "ask_human")
			in.account(t, "agent1", "agent")
			in.account(t, "agent2", "agent")
			in.account(t, "admin1", "admin")
			a1, a2, adm := in.browser(t), in.browser(t), in.browser(t)
			a1.login("agent1")
			a2.login("agent2")
			adm.login("admin1")
			path := func(action string) string { return fmt.Sprintf("/console/api/conversations/%d/%s", id, action) }
			expect := func(b *browser, action string, body any, want int, contains string) string {
				t.Helper()
				status, got := b.post(path(action), body)
				if status != want || !strings.Contains(got, contains) {
					t.Fatalf("%s: %d %s, want %d with %q", action, status, got, want, contains)
				}
				return got
			}
			state := func(want string) ConversationView {
				t.Helper()
				status, body := a1.get(fmt.Sprintf("/console/api/conversations/%d", id))
				var v ConversationView
				if status != http.StatusOK || json.Unmarshal([]byte(body), &v) != nil || v.State != want {
					t.Fatalf("conversation: %d %s, want state %s", status, body, want)
				}
				return v
			}
			state(store.StateWaiting)
			expect(a1, "messages", map[string]any{"text": "您好"}, http.StatusConflict, "接管")
			expect(a1, "claim", nil, http.StatusOK, "claimed")
			expect(a2, "claim", nil, http.StatusConflict, "error")
			expect(a2, "messages", map[string]any{"text": "您好"}, http.StatusConflict, "error")
			expect(a2, "handback", nil, http.StatusConflict, "error")
			v := state(store.StateAgent)
			if !v.Can["reply"] || v.Agent != "agent1" {
				t.Fatalf("after the claim: %+v", v.Can)
			}
			expect(a1, "messages", map[string]any{"text": "您好，我是您的顾问，请问贷款用途是什么？"}, http.StatusOK, `"status":"sent"`)
			got := expect(a1, "messages", map[string]any{"text": "放心，我们这边包过，三天到账"}, http.StatusOK, `"status":"blocked"`)
			if !strings.Contains(got, "包过") || !strings.Contains(got, `"why"`) {
				t.Fatalf("the blocked answer does not say what and why: %s", got)
			}
			got = expect(a1, "messages", map[string]any{"text": "您可以申请我们合作机构的信用贷，额度最高20万"}, http.StatusOK, `"status":"sent"`)
			var res SendResult
			if err := json.Unmarshal([]byte(got), &res); err != nil || !strings.Contains(res.Text, compliance.DisclosureText("risk_notice")) {
				t.Fatalf("the missing risk notice was not appended: %s", got)
			}
			expect(a1, "messages", map[string]any{"text": "客户情绪激动，先安抚", "private": true}, http.StatusOK, `"status":"noted"`)
			expect(a1, "messages", map[string]any{"text": ""}, http.StatusBadRequest, "error")
			expect(a1, "messages", map[string]any{"text": strings.Repeat("长", maxReplyRunes+1)}, http.StatusBadRequest, "error")
			expect(a1, "reveal", nil, http.StatusForbidden, "error")
			expect(adm, "reveal", nil, http.StatusOK, "profile")
			v = state(store.StateAgent)
			var blocked, sent bool
			for _, m := range v.Messages {
				blocked = blocked || (m.Blocked && len(m.Segments) > 1)
				sent = sent || (m.Sender == store.SenderAgent && !m.Blocked)
			}
			if !blocked || !sent || len(v.Notes) != 1 {
				t.Fatalf("transcript: blocked draft marked %v, reply %v, notes %d", blocked, sent, len(v.Notes))
			}
			expect(a1, "handback", nil, http.StatusOK, "handed back")
			state(store.StateBot)
			expect(a1, "messages", map[string]any{"text": "还在吗"}, http.StatusConflict, "error")
			expect(a1, "close", nil, http.StatusOK, "closed")
			state(store.StateClosed)
			expect(a1, "claim", nil, http.StatusConflict, "error")
			expect(a1, "close", nil, http.StatusConflict, "error")
			if status, _ := a1.get("/console/api/conversations/999999"); status != http.StatusNotFound {
				t.Fatalf("unknown conversation: %d", status)
			}
			// The audit trail has every action, with the address.
			status, body := adm.get(fmt.Sprintf("/console/api/audit?conversation=%d", id))
			for _, action := range []string{"claim", "reply", "reply_blocked", "note", "reveal", "handback", "close"} {
				if status != http.StatusOK || !strings.Contains(body, `"action":"`+action+`"`) {
					t.Fatalf("audit lacks %s: %d %s", action, status, body)
				}
			}
			if !strings.Contains(body, "127.0.0.1") {
				t.Fatalf("audit lacks the address: %s", body)
			}
		})
	}
}

// Two agents on two instances claim at once: exactly one wins, the other gets 409.
func TestClaimRaceAcrossInstances(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b)
			one, two := e.instance(), e.instance()
			if !b.shared {
				two = one
			}
			one.account(t, "agent1", "agent")
			one.account(t, "agent2", "agent")
			for round := range 5 {
				id := one.handOff(t, fmt.Sprintf("oClaimRace%07d", round), "ask_human")
				a1, a2 := one.browser(t), two.browser(t)
				a1.login("agent1")
				a2.login("agent2")
				var wg sync.WaitGroup
				var s1, s2 int
				p := fmt.Sprintf("/console/api/conversations/%d/claim", id)
				wg.Go(func() { s1, _ = a1.post(p, nil) })
				wg.Go(func() { s2, _ = a2.post(p, nil) })
				wg.Wait()
				if !((s1 == 200 && s2 == 409) || (s1 == 409 && s2 == 200)) {
					t.Fatalf("round %d: statuses %d and %d, want one 200 and one 409", round, s1, s2)
				}
			}
		})
	}
}

// sse reads events from one browser's event stream.
func (b *browser) sse(ctx context.Context) <-chan Event {
	b.t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", b.base+"/console/api/events", nil)
	c := *b.c
	c.Timeout = 0
	resp, err := c.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.t.Fatalf("events: %v %v", resp, err)
	}
	out := make(chan Event, 16)
	go func() {
		defer resp.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var e Event
				if json.Unmarshal([]byte(data), &e) == nil {
					out <- e
				}
			}
		}
	}()
	return out
}

// An event published on one instance reaches the SSE clients of another.
func TestEventsAcrossInstances(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b)
			one, two := e.instance(), e.instance()
			one.account(t, "agent1", "agent")
			one.account(t, "agent2", "agent")
			watcher := two.browser(t)
			watcher.login("agent2")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			events := watcher.sse(ctx)
			id := one.handOff(t, "oEventsAcross001", "complaint")
			a1 := one.browser(t)
			a1.login("agent1")
			if status, body := a1.post(fmt.Sprintf("/console/api/conversations/%d/claim", id), nil); status != http.StatusOK {
				t.Fatalf("claim: %d %s", status, body)
			}
			select {
			case ev := <-events:
				if ev.ConversationID != id || ev.Kind != "claimed" || ev.By != "agent1" {
					t.Fatalf("event %+v", ev)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the claim on one instance never reached the other's event stream")
			}
		})
	}
}
