package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

const holdingLine = "系统繁忙，您的消息已收到，稍后回复您"

// dbProxy forwards TCP to MariaDB and can cut it: while down it closes every connection and
// refuses new ones, as a stopped database does.
type dbProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  map[net.Conn]struct{}
}

func newDBProxy(t *testing.T, target string) *dbProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &dbProxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	go p.serve()
	t.Cleanup(func() { _ = ln.Close(); p.setDown(true) })
	return p
}

func (p *dbProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.forward(c)
	}
}

func (p *dbProxy) forward(c net.Conn) {
	p.mu.Lock()
	if p.down {
		p.mu.Unlock()
		_ = c.Close()
		return
	}
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		p.mu.Unlock()
		_ = c.Close()
		return
	}
	p.conns[c], p.conns[up] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
	_, _ = io.Copy(c, up)
	_ = c.Close()
}

func (p *dbProxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			_ = c.Close()
		}
		clear(p.conns)
	}
}

// outageEnv is a MariaDB + Redis env whose instances reach MariaDB through a proxy.
func outageEnv(t *testing.T) (*env, *dbProxy) {
	e := newEnv(t, real, false)
	p := newDBProxy(t, "127.0.0.1:3306")
	e.dsn = strings.Replace(e.dsn, "127.0.0.1:3306", p.ln.Addr().String(), 1)
	return e, p
}

// waitDrained waits until the instance's spool is empty.
func waitDrained(t *testing.T, a *App) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for a.Spool.Depth() > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("spool still holds %d messages", a.Spool.Depth())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func inTexts(t *testing.T, a *App, openID string) (in, out []string) {
	t.Helper()
	for _, m := range messages(t, a, openID) {
		if m.Direction == "in" {
			in = append(in, m.Text)
		} else {
			out = append(out, m.Text)
		}
	}
	return in, out
}

// With the database unreachable every verified push gets 200 and the holding line; /readyz
// reports the outage and the spool's depth; when the database is back the spool drains: each
// message stored once, in order, its answer sent through the outbox. Not parallel (SDK hooks).
func TestDatabaseOutageIsSpooledAndDrained(t *testing.T) {
	e, proxy := outageEnv(t)
	api := apitest.New(t, "wx-outage", "secret")
	cfg := e.config()
	cfg.AppID, cfg.AppSecret, cfg.APIBase = "wx-outage", "secret", api.URL
	a, srv := e.instanceWith(cfg, Options{WrapEngine: func(conversation.Engine) conversation.Engine {
		return scripted{replies: []string{"您好，已收到您的咨询。"}}
	}})
	serveBackground(t, a)
	c := e.client(srv)
	lines := map[string][]string{
		"o-outage-alpha-01": {"你好，我想咨询一下贷款", "想借20万做生意周转用", "請問需要準備哪些材料？"},
		"o-outage-beta-002": {"３０万可以吗　期限３年", "好的谢谢😊"},
	}
	proxy.setDown(true)
	for i := range 3 {
		for openID, texts := range lines {
			if i >= len(texts) {
				continue
			}
			ans, err := c.Send(context.Background(), e.text(openID, texts[i]))
			if err != nil || ans.Status != http.StatusOK || ans.Text != holdingLine {
				t.Fatalf("%s %q during the outage: %+v %v, want 200 and the holding line", openID, texts[i], ans, err)
			}
		}
	}
	status, body := get(t, srv, "/readyz")
	if status != http.StatusOK || !strings.Contains(body, `"status":"spooling"`) || !strings.Contains(body, `"spool_depth":5`) {
		t.Fatalf("readyz during the outage: %d %s", status, body)
	}
	proxy.setDown(false)
	waitDrained(t, a)
	for openID, texts := range lines {
		in, out := inTexts(t, a, openID)
		if fmt.Sprint(in) != fmt.Sprint(texts) || len(out) != len(texts) {
			t.Fatalf("%s stored in %q and %d answers, want %q answered once each", openID, in, len(out), texts)
		}
		if sent := sentTo(t, api, openID, len(texts)); len(sent) != len(texts) {
			t.Fatalf("%s: %d 客服消息 sent, want %d", openID, len(sent), len(texts))
		}
	}
	_, metrics := get(t, srv, "/metrics")
	for _, want := range []string{`loanbot_spool_spooled_total{reason="storage"} 2`, `loanbot_spool_spooled_total{reason="behind"} 3`,
		`loanbot_spool_drained_total{result="answered"} 5`, `loanbot_spool_depth 0`} {
		if !strings.Contains(metrics, want) {
			t.Fatalf("metrics lack %s", want)
		}
	}
}

// Two instances sharing MariaDB and Redis drain spools that hold the same messages (both took a
// retry of them): every message is stored and answered exactly once.
func TestDrainExactlyOnceAcrossInstances(t *testing.T) {
	e := newEnv(t, real, false)
	engine := func(conversation.Engine) conversation.Engine { return scripted{replies: []string{"收到"}} }
	a, _ := e.instance(Options{WrapEngine: engine})
	b, _ := e.instance(Options{WrapEngine: engine})
	var ins []conversation.Inbound
	for i := range 12 {
		ins = append(ins, conversation.Inbound{OpenID: fmt.Sprintf("o-twice-%02d-abcdef", i%3), DedupKey: fmt.Sprintf("m:%d", e.msgID()),
			MsgType: "text", Kind: "text", Text: fmt.Sprintf("第%d条：月收入一万五", i), ReceivedAt: time.Now().Add(time.Duration(i) * time.Second)})
	}
	for _, inst := range []*App{a, b} {
		for _, in := range ins {
			data, _ := json.Marshal(in)
			if _, err := inst.Spool.Append(in.OpenID, data); err != nil {
				t.Fatal(err)
			}
		}
	}
	var wg sync.WaitGroup
	for _, inst := range []*App{a, b} {
		wg.Go(func() {
			if _, err := inst.DrainSpool(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for _, inst := range []*App{a, b} { // a message "being drained elsewhere" waits for the next pass
		if _, err := inst.DrainSpool(context.Background()); err != nil || inst.Spool.Depth() != 0 {
			t.Fatalf("second pass: %v, depth %d", err, inst.Spool.Depth())
		}
	}
	for i := range 3 {
		openID := fmt.Sprintf("o-twice-%02d-abcdef", i)
		in, out := inTexts(t, a, openID)
		if len(in) != 4 || len(out) != 4 {
			t.Fatalf("%s: %d stored and %d answers, want 4 and 4:\n%q", openID, len(in), len(out), in)
		}
	}
}

// An instance that dies with messages in its spool drains them when it comes back; one that
// does not come back has them drained by a live instance.
func TestSpoolSurvivesTheInstance(t *testing.T) {
	for _, restart := range []bool{true, false} {
		t.Run(fmt.Sprintf("restart=%v", restart), func(t *testing.T) {
			e, proxy := outageEnv(t)
			engine := func(conversation.Engine) conversation.Engine { return scripted{replies: []string{"收到"}} }
			live, _ := e.instance(Options{WrapEngine: engine})
			cfg := e.config()
			dying, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler), Options{SessionPrefix: e.prefix, WrapEngine: engine})
			if err != nil {
				t.Fatal(err)
			}
			proxy.setDown(true)
			rep, err := dying.Service.Handle(context.Background(), conversation.Inbound{OpenID: "o-orphan-000001",
				DedupKey: fmt.Sprintf("m:%d", e.msgID()), MsgType: "text", Kind: "text", Text: "名下有一套房子有房产证", ReceivedAt: time.Now()})
			if err != nil || rep.Text != holdingLine {
				t.Fatalf("%+v %v", rep, err)
			}
			_ = dying.Close() // its spool stays on disk, unlocked
			proxy.setDown(false)
			drainer := live
			if restart {
				drainer, _ = e.instance(Options{WrapEngine: engine})
				if drainer.Spool.Depth() != 1 {
					t.Fatalf("restarted instance found %d spooled messages, want 1", drainer.Spool.Depth())
				}
				if _, err := drainer.DrainSpool(context.Background()); err != nil {
					t.Fatal(err)
				}
			} else {
				orphans := live.adopt()
				if len(orphans) != 1 {
					t.Fatalf("%d orphaned spools, want 1", len(orphans))
				}
				live.drainOnce(context.Background(), orphans)
				if orphans[0].Depth() != 0 {
					t.Fatalf("orphan still holds %d", orphans[0].Depth())
				}
				_ = orphans[0].Close()
			}
			if in, out := inTexts(t, drainer, "o-orphan-000001"); len(in) != 1 || len(out) != 1 {
				t.Fatalf("stored %q and %d answers, want one of each", in, len(out))
			}
		})
	}
}
