package console

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/internal/store"
)

// An account whose password someone else set must change it before anything else.
func TestMustChangePassword(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	in.account(t, "admin", "admin")
	if err := in.st.SetPassword(context.Background(), "admin", mustHash(t), true); err != nil {
		t.Fatal(err)
	}
	b := in.browser(t)
	b.login("admin")
	if status, _ := b.get("/console/api/audit"); status != http.StatusForbidden {
		t.Fatalf("API before the change: %d, want 403", status)
	}
	req, _ := http.NewRequest("GET", b.base+"/console/audit", nil)
	resp, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/console/password" {
		t.Fatalf("page before the change: %d → %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	form := func(current, next string) int {
		req, _ := http.NewRequest("POST", b.base+"/console/password",
			strings.NewReader(fmt.Sprintf("current=%s&new=%s&confirm=%s", current, next, next)))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		status, _ := b.do(req)
		return status
	}
	if status := form(testPassword, "short"); status != http.StatusBadRequest {
		t.Fatalf("short password: %d", status)
	}
	if status := form(testPassword, "一个足够长的新密码2026"); status != http.StatusSeeOther {
		t.Fatalf("change: %d", status)
	}
	if status, _ := b.get("/console/api/audit"); status != http.StatusOK {
		t.Fatalf("API after the change: %d", status)
	}
}

func mustHash(t *testing.T) string {
	h, err := bcrypt.GenerateFromPassword([]byte(testPassword), bcrypt.MinCost) // fast under -race
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// A session ends after the idle timeout; the cookie is HttpOnly, SameSite=Lax, and Secure
// behind a TLS-terminating proxy.
func TestSessionCookieAndIdleTimeout(t *testing.T) {
	e := newEnv(t, embedded)
	e.tune = func(d *Deps) { d.Idle = 400 * time.Millisecond }
	in := e.instance()
	in.account(t, "agent1", "agent")
	b := in.browser(t)
	req, _ := http.NewRequest("POST", b.base+"/console/login", strings.NewReader("username=agent1&password="+testPassword))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	resp, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookie := resp.Header.Get("Set-Cookie")
	for _, want := range []string{"HttpOnly", "SameSite=Lax", "Secure", "Path=/console"} {
		if !strings.Contains(cookie, want) {
			t.Fatalf("cookie %q lacks %s", cookie, want)
		}
	}
	b.login("agent1") // a plain-HTTP session for the client's jar
	if status, _ := b.get("/console/api/me"); status != http.StatusOK {
		t.Fatalf("fresh session: %d", status)
	}
	time.Sleep(time.Second) // idle past the timeout
	if status, _ := b.get("/console/api/me"); status != http.StatusUnauthorized {
		t.Fatalf("after the idle timeout: %d, want 401", status)
	}
}

// A disabled account is signed out at its next request.
func TestDisabledAccountSignedOut(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	in.account(t, "agent1", "agent")
	b := in.browser(t)
	b.login("agent1")
	if err := in.st.SetDisabled(context.Background(), "agent1", true); err != nil {
		t.Fatal(err)
	}
	if status, _ := b.get("/console/api/me"); status != http.StatusUnauthorized {
		t.Fatalf("disabled: %d, want 401", status)
	}
}

// Sending is refused once the applicant's last message is 48 hours old.
func TestWindowClosed(t *testing.T) {
	e := newEnv(t, embedded)
	var skew atomic.Int64
	e.now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	in := e.instance()
	id := in.handOff(t, "oWindowClosed001", "ask_human")
	in.account(t, "agent1", "agent")
	b := in.browser(t)
	b.login("agent1")
	p := fmt.Sprintf("/console/api/conversations/%d/", id)
	if status, body := b.post(p+"claim", nil); status != http.StatusOK {
		t.Fatalf("claim: %d %s", status, body)
	}
	skew.Store(int64(49 * time.Hour))
	if status, body := b.post(p+"messages", map[string]any{"text": "您好"}); status != http.StatusUnprocessableEntity ||
		!strings.Contains(body, "48小时") {
		t.Fatalf("after 49 h: %d %s", status, body)
	}
	if status, body := b.get(p[:len(p)-1]); status != http.StatusOK || !strings.Contains(body, `"window_open":false`) {
		t.Fatalf("view after 49 h: %d %.200s", status, body)
	}
}

// Nobody claims within the wait (or it is outside working hours): the applicant is told once.
func TestWaitingApplicantIsTold(t *testing.T) {
	for _, tc := range []struct {
		name  string
		hours Hours
		wait  time.Duration
		want  string
	}{
		{"no claim in time", Hours{}, time.Millisecond, "顾问暂时都在忙"},
		{"outside working hours", closedNow(), time.Hour, "非工作时间"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, embedded)
			e.tune = func(d *Deps) { d.ClaimWait, d.Hours = tc.wait, tc.hours }
			in := e.instance()
			id := in.handOff(t, "oWaitingTold0001", "ask_human")
			deadline := time.Now().Add(15 * time.Second)
			for {
				msgs, err := in.st.Messages(context.Background(), id)
				if err != nil {
					t.Fatal(err)
				}
				told := 0
				for _, m := range msgs {
					if m.Sender == store.SenderSystem && strings.Contains(m.Text, tc.want) {
						told++
					}
				}
				if told == 1 {
					time.Sleep(2 * sweepEvery) // and only once
					if again, _ := in.st.Messages(context.Background(), id); len(again) != len(msgs) {
						t.Fatalf("told again: %d messages, then %d", len(msgs), len(again))
					}
					return
				}
				if time.Now().After(deadline) {
					t.Fatalf("never told (%d messages)", len(msgs))
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}

// closedNow is an hour of working hours that does not contain the present.
func closedNow() Hours {
	now := time.Now().UTC()
	m := now.Hour()*60 + now.Minute()
	if m+130 < 24*60 {
		return Hours{Start: m + 60, End: m + 120, Loc: time.UTC}
	}
	return Hours{Start: m - 120, End: m - 60, Loc: time.UTC}
}
