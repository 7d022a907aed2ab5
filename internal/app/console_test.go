package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/store"
)

// syncBuffer is a log sink safe for the app's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// consoleClient signs in to an instance's console and keeps the cookie.
func consoleClient(t *testing.T, base, username, password string) (*http.Client, *http.Response) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 20 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.PostForm(base+"/console/login", url.Values{"username": {username}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return c, resp
}

// The first start with no staff account creates admin with a one-time password, logged once;
// signing in with it leads straight to the password change.
func TestFirstStartAdmin(t *testing.T) {
	e := newEnv(t, embedded, false)
	var logs syncBuffer
	a, err := New(context.Background(), e.config(), slog.New(slog.NewJSONHandler(&logs, nil)), Options{SessionPrefix: e.prefix, PasswordCost: bcrypt.MinCost})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	srv := httptest.NewServer(a.Handler)
	defer srv.Close()
	var password string
	for _, line := range strings.Split(logs.String(), "\n") {
		var rec struct{ Msg, Username, Password string }
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Username == "admin" {
			password = rec.Password
		}
	}
	if password == "" {
		t.Fatalf("no one-time password in the log:\n%s", logs.String())
	}
	_, resp := consoleClient(t, srv.URL, "admin", password)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/console/password" {
		t.Fatalf("first login: %d → %q, want the password page", resp.StatusCode, resp.Header.Get("Location"))
	}
	// A second instance on the same database creates nobody.
	var again syncBuffer
	b, err := New(context.Background(), e.config(), slog.New(slog.NewJSONHandler(&again, nil)), Options{SessionPrefix: e.prefix, PasswordCost: bcrypt.MinCost})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if strings.Contains(again.String(), "one-time password") {
		t.Fatal("the second start created another admin")
	}
}

// A WeChat message asking for a person, received by instance A, reaches the live queue of an
// agent signed in to instance B (MariaDB + Redis pub/sub), and B lists it as waiting.
func TestHandOffReachesEveryInstance(t *testing.T) {
	e := newEnv(t, real, false)
	a, srvA := e.instance(Options{})
	_, srvB := e.instance(Options{})
	hash, err := console.HashPasswordCost(testAgentPassword, bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Store.CreateStaff(context.Background(), store.Staff{Username: "agent-b", Role: store.RoleAgent, PasswordHash: hash}); err != nil {
		t.Fatal(err)
	}
	client, resp := consoleClient(t, srvB.URL, "agent-b", testAgentPassword)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login on B: %d", resp.StatusCode)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srvB.URL+"/console/api/events", nil)
	stream := *client
	stream.Timeout = 0
	events, err := stream.Do(req)
	if err != nil || events.StatusCode != http.StatusOK {
		t.Fatalf("events on B: %v %v", events, err)
	}
	defer events.Body.Close()
	waiting := make(chan console.Event, 1)
	go func() {
		sc := bufio.NewScanner(events.Body)
		for sc.Scan() {
			var ev console.Event
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok && json.Unmarshal([]byte(data), &ev) == nil && ev.Kind == "waiting" {
				waiting <- ev
				return
			}
		}
	}()
	if ans, err := e.client(srvA).Send(context.Background(), e.text("oClusterHandOff01", "人工客服在吗？转人工")); err != nil || ans.Status != http.StatusOK {
		t.Fatalf("push to A: %+v %v", ans, err)
	}
	var ev console.Event
	select {
	case ev = <-waiting:
	case <-time.After(10 * time.Second):
		t.Fatal("B's console never heard of the hand-off A received")
	}
	r, err := client.Get(srvB.URL + "/console/api/conversations?state=waiting")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	var q struct{ Conversations []console.QueueLine }
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil || len(q.Conversations) != 1 || q.Conversations[0].ID != ev.ConversationID {
		t.Fatalf("B's waiting queue: %+v %v (event %+v)", q, err, ev)
	}
}
