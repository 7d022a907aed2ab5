package console

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/knowledge"
)

const testPassword = "正确的密码horse-battery"

func skipOrFail(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("LOANBOT_REQUIRE_SERVICES") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// backend is where a test's instances keep their data.
type backend struct {
	name   string
	shared bool // MariaDB + Redis: several instances share it
}

var (
	embedded = backend{name: "sqlite+memory"}
	real     = backend{name: "mariadb+redis", shared: true}
)

// env is one test's database and session store, shared by its instances.
type env struct {
	t      testing.TB
	b      backend
	dsn    string
	prefix string
	mem    *session.Memory
	filter *compliance.Filter
	kb     *knowledge.Base
	now    func() time.Time
	tune   func(*Deps) // optional: adjusts each instance's Deps
}

func newEnv(t testing.TB, b backend) *env {
	t.Helper()
	e := &env{t: t, b: b, prefix: "loanbot-console-test-" + strings.ToLower(rand.Text()[:8]) + ":", now: time.Now}
	if b.shared {
		e.dsn = createMySQL(t)
	} else {
		e.dsn = "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")
		e.mem = session.NewMemory()
		t.Cleanup(func() { _ = e.mem.Close() })
	}
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	if e.filter, err = compliance.NewFilter(pack); err != nil {
		t.Fatal(err)
	}
	if e.kb, err = knowledge.Load(""); err != nil {
		t.Fatal(err)
	}
	return e
}

func createMySQL(t testing.TB) string {
	t.Helper()
	db, err := sql.Open("mysql", "root@tcp(127.0.0.1:3306)/?timeout=3s")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	name := "loanbot_console_" + strings.ToLower(rand.Text()[:10])
	if _, err := db.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4"); err != nil {
		skipOrFail(t, fmt.Sprintf("MariaDB on 127.0.0.1:3306 is required: %v", err))
	}
	t.Cleanup(func() { _, _ = db.Exec("DROP DATABASE " + name) })
	return "mysql://root@127.0.0.1:3306/" + name
}

// instance is one console with its own store connection and session-store client.
type instance struct {
	st  *store.Store
	c   *Console
	srv *httptest.Server
}

func (e *env) instance() *instance {
	t := e.t
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, e.dsn, make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var sess Sessions = e.mem
	if e.b.shared {
		r, err := session.OpenRedis("redis://127.0.0.1:6379/0", e.prefix)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Ping(ctx); err != nil {
			skipOrFail(t, fmt.Sprintf("Redis on 127.0.0.1:6379 is required: %v", err))
		}
		t.Cleanup(func() { _ = r.Close() })
		sess = r
	}
	d := Deps{Store: st, Sessions: sess, Filter: e.filter, Knowledge: e.kb, Now: func() time.Time { return e.now() }, PasswordCost: bcrypt.MinCost,
		Log: slog.New(slog.DiscardHandler)}
	if e.tune != nil {
		e.tune(&d)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(c.Handler())
	t.Cleanup(func() { srv.Close(); _ = c.Close() })
	return &instance{st: st, c: c, srv: srv}
}

// account creates a staff account with testPassword.
func (in *instance) account(t testing.TB, username, role string) store.Staff {
	t.Helper()
	hash, err := bcrypt.GenerateFromPassword([]byte(testPassword), bcrypt.MinCost) // fast under -race
	if err != nil {
		t.Fatal(err)
	}
	s, err := in.st.CreateStaff(context.Background(), store.Staff{Username: username, DisplayName: username, Role: role, PasswordHash: string(hash)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// browser is a client with its own cookie jar.
type browser struct {
	t    testing.TB
	base string
	c    *http.Client
}

func (in *instance) browser(t testing.TB) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: in.srv.URL, c: &http.Client{Jar: jar, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// login signs in (JSON answer) and fails the test unless it works.
func (b *browser) login(username string) {
	b.t.Helper()
	if status, body := b.loginStatus(username, testPassword); status != http.StatusOK {
		b.t.Fatalf("login %s: %d %s", username, status, body)
	}
}

func (b *browser) loginStatus(username, password string) (int, string) {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.base+"/console/login",
		strings.NewReader(url.Values{"username": {username}, "password": {password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	return b.do(req)
}

func (b *browser) do(req *http.Request) (int, string) {
	b.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func (b *browser) get(path string) (int, string) {
	b.t.Helper()
	req, _ := http.NewRequest("GET", b.base+path, nil)
	return b.do(req)
}

// post sends JSON; headers are extra request headers (e.g. Sec-Fetch-Site).
func (b *browser) post(path string, body any, headers ...string) (int, string) {
	b.t.Helper()
	var r io.Reader = strings.NewReader("{}")
	if body != nil {
		j, _ := json.Marshal(body)
		r = strings.NewReader(string(j))
	}
	req, _ := http.NewRequest("POST", b.base+path, r)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return b.do(req)
}

// handOff stores an applicant message whose turn hands the conversation to a human, as the
// pipeline does, and returns the conversation id.
func (in *instance) handOff(t testing.TB, openID string, flags ...string) uint64 {
	t.Helper()
	ctx := context.Background()
	res, err := in.st.SaveTurn(ctx, store.Turn{In: store.Inbound{OpenID: openID, DedupKey: "m:" + openID + rand.Text()[:6],
		MsgType: "text", Text: "我要转人工，你们这个利率太高了！", ReceivedAt: time.Now()},
		Outcome: store.Outcome{State: store.StateWaiting, AddFlags: flags,
			Replies: []store.Reply{{Text: "正在为您转接人工顾问…", Sender: store.SenderBot, Verdict: store.VerdictAllow, Passive: true}}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := in.st.MarkQueued(ctx, res.Conversation.ID, flags); err != nil {
		t.Fatal(err)
	}
	return res.Conversation.ID
}
