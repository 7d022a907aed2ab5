package outbox_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// Tests that use the fake WeChat API set the SDK's process-global hooks (wechat.Configure):
// they do not run in parallel.

const (
	testAppID  = "wx8c1d2e3f4a5b6c7d"
	testSecret = "fedcba9876543210fedcba9876543210"
)

// requireServices, when set (CI does), turns "MariaDB is not running" from a skip into a failure.
const requireServices = "LOANBOT_REQUIRE_SERVICES"

// backend makes a fresh database for a test and returns its DSN.
type backend struct {
	name  string
	newDB func(t *testing.T) string
}

// open opens and migrates a fresh database of the backend.
func (b backend) open(t *testing.T) *store.Store {
	t.Helper()
	return openStore(t, b.newDB(t))
}

func backends() []backend {
	return []backend{{store.DialectSQLite, sqliteDB}, {store.DialectMySQL, mysqlDB}}
}

func sqliteDB(t *testing.T) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")
}

// mysqlDB creates a database of its own on the local MariaDB and drops it after the test.
func mysqlDB(t *testing.T) string {
	t.Helper()
	name := "loanbot_outbox_" + strings.ToLower(rand.Text()[:10])
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := store.CreateDatabaseIfMissing(ctx, "mysql://root@127.0.0.1:3306/"+name+"?timeout=2s"); err != nil {
		skipOrFail(t, fmt.Sprintf("MariaDB at 127.0.0.1:3306 is not usable (%v); start it: "+
			"start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd", err))
	}
	t.Cleanup(func() { dropMySQL(t, name) })
	return "mysql://root@127.0.0.1:3306/" + name
}

// skipOrFail skips the test for a missing service, or fails it when services are required.
func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv(requireServices) != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func dropMySQL(t *testing.T, name string) {
	cfg := mysql.NewConfig()
	cfg.User, cfg.Net, cfg.Addr = "root", "tcp", "127.0.0.1:3306"
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		t.Errorf("drop database %s: %v", name, err)
		return
	}
	db := sql.OpenDB(conn)
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS `"+name+"`"); err != nil {
		t.Errorf("drop database %s: %v", name, err)
	}
}

func openStore(t *testing.T, dsn string) *store.Store {
	t.Helper()
	ctx := context.Background()
	key := []byte("outbox-test-key-32-bytes-long!!!")
	s, err := store.Open(ctx, dsn, key)
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	return s
}

// queue stores one applicant message from openID and the given bot replies, all non-passive:
// each becomes an outbox row.
func queue(t *testing.T, s *store.Store, openID string, texts ...string) {
	t.Helper()
	ctx := context.Background()
	in, err := s.SaveInbound(ctx, store.Inbound{OpenID: openID, DedupKey: openID + "/" + rand.Text(),
		MsgType: "text", Text: "想贷款二十万，三年还清，月供多少", ReceivedAt: time.Now()})
	if err != nil {
		t.Fatalf("SaveInbound: %v", err)
	}
	replies := make([]store.Reply, 0, len(texts))
	for _, text := range texts {
		replies = append(replies, store.Reply{Text: text, Sender: store.SenderBot, Verdict: store.VerdictAllow})
	}
	if err := s.SaveOutcome(ctx, store.Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
		Replies: replies}); err != nil {
		t.Fatalf("SaveOutcome: %v", err)
	}
}

// fakeAPI starts the fake WeChat API and points the SDK at it for this test.
func fakeAPI(t *testing.T) *apitest.Server {
	t.Helper()
	api := apitest.New(t, testAppID, testSecret)
	wechat.Configure(api.URL, 5*time.Second)
	t.Cleanup(func() { wechat.Configure("", 0) })
	return api
}

func newSender(t *testing.T, cfg wechat.SenderConfig) *wechat.Sender {
	t.Helper()
	cfg.AppID, cfg.AppSecret = testAppID, testSecret
	s, err := wechat.NewSender(cfg)
	if err != nil {
		t.Fatalf("NewSender: %v", err)
	}
	return s
}

// clock is a settable test clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Now().Add(time.Second)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// contents lists the texts the fake accepted for openID, in order.
func contents(api *apitest.Server, openID string) []string {
	var out []string
	for _, m := range api.Sent() {
		if m.ToUser == openID {
			out = append(out, m.Content)
		}
	}
	return out
}
