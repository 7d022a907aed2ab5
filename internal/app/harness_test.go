package app

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/wechat"
)

const (
	testToken  = "AAAAA"
	testAESKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	testAppID  = "wxba5fad812f8e6fb9"
)

// backend says where an instance keeps its data.
type backend struct {
	name   string
	shared bool // several instances can share it (MariaDB + Redis)
}

var (
	embedded = backend{name: "sqlite+memory"}
	real     = backend{name: "mariadb+redis", shared: true}
)

// env is one test's data: its own database and key prefix, shared by its instances.
type env struct {
	t      testing.TB
	b      backend
	dsn    string
	prefix string
	safe   bool
	spool  string // LOANBOT_SPOOL_DIR, shared by the env's instances (each takes its own slot)
	seq    atomic.Int64
}

func newEnv(t testing.TB, b backend, safe bool) *env {
	t.Helper()
	e := &env{t: t, b: b, safe: safe, prefix: "loanbot-test-" + randHex(6) + ":", spool: t.TempDir()}
	if b.shared {
		e.dsn = createMySQL(t)
	} else {
		e.dsn = "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")
	}
	return e
}

func (e *env) config() config.Config {
	get := map[string]string{
		"LOANBOT_DATABASE": e.dsn, "LOANBOT_WECHAT_TOKEN": testToken, "LOANBOT_REPLY_BUDGET": "4s",
		"LOANBOT_DATA_KEY": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "LOANBOT_SPOOL_DIR": e.spool,
	}
	if e.b.shared {
		get["LOANBOT_REDIS_URL"] = "redis://127.0.0.1:6379/0"
	}
	if e.safe {
		get["LOANBOT_WECHAT_AESKEY"], get["LOANBOT_WECHAT_APPID"] = testAESKey, testAppID
	}
	cfg, err := config.FromEnv(func(k string) string { return get[k] })
	if err != nil {
		e.t.Fatal(err)
	}
	return cfg
}

// instance starts one loanbot on an httptest server.
func (e *env) instance(opt Options) (*App, *httptest.Server) {
	e.t.Helper()
	return e.instanceWith(e.config(), opt)
}

// instanceWith starts one loanbot with an adjusted configuration and runs its background workers.
func (e *env) instanceWith(cfg config.Config, opt Options) (*App, *httptest.Server) {
	e.t.Helper()
	return e.instanceServed(cfg, opt, nil)
}

// instanceServed is instanceWith whose HTTP handler is wrapped by wrap (nil: none).
func (e *env) instanceServed(cfg config.Config, opt Options, wrap func(http.Handler) http.Handler) (*App, *httptest.Server) {
	e.t.Helper()
	opt.SessionPrefix = e.prefix
	opt.PasswordCost = bcrypt.MinCost
	a, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler), opt)
	if err != nil {
		e.t.Fatal(err)
	}
	var h http.Handler = a.Handler
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(h)
	e.t.Cleanup(func() { srv.Close(); _ = a.Close() })
	return a, srv
}

// client plays WeChat towards srv.
func (e *env) client(srv *httptest.Server) *wechat.Client {
	c := &wechat.Client{URL: srv.URL + "/wechat", Token: testToken, Account: "gh_test", HTTP: srv.Client(),
		RetryAfter: 10 * time.Second}
	if e.safe {
		c.AESKey, c.AppID = testAESKey, testAppID
	}
	return c
}

// text is a text push with a fresh MsgId.
func (e *env) text(openID, content string) wechat.Outgoing {
	return wechat.Outgoing{OpenID: openID, MsgID: e.msgID(), MsgType: "text", Content: content}
}

func (e *env) msgID() int64 { return time.Now().UnixNano()/1000 + e.seq.Add(1) }

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// createMySQL makes a fresh database for one test and drops it afterwards.
func createMySQL(t testing.TB) string {
	t.Helper()
	db, err := sql.Open("mysql", "root@tcp(127.0.0.1:3306)/?timeout=3s")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	name := "loanbot_e2e_" + randHex(5)
	if _, err := db.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"); err != nil {
		t.Fatalf("MariaDB on 127.0.0.1:3306 is required (bash scripts/services.sh starts it): %v", err)
	}
	t.Cleanup(func() { _, _ = db.Exec("DROP DATABASE " + name) })
	return fmt.Sprintf("mysql://root@127.0.0.1:3306/%s", name)
}

// get fetches a path and returns status and body.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// recorder wraps the engine: it counts calls, remembers the texts in order, and can be slow.
type recorder struct {
	next  conversation.Engine
	delay time.Duration
	calls atomic.Int64
	mu    sync.Mutex
	texts []string
}

func (r *recorder) wrap(next conversation.Engine) conversation.Engine { r.next = next; return r }

func (r *recorder) Reply(ctx context.Context, in bot.Input) (bot.Output, error) {
	r.calls.Add(1)
	r.mu.Lock()
	r.texts = append(r.texts, in.Text)
	r.mu.Unlock()
	time.Sleep(r.delay)
	return r.next.Reply(ctx, in)
}

func (r *recorder) seen() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.texts...)
}
