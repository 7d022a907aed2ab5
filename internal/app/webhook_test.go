package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/util"

	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
)

var backends = []backend{embedded, real}

// messages returns the stored messages of an applicant's conversation.
func messages(t *testing.T, a *App, openID string) []store.Message {
	t.Helper()
	conv, err := a.Store.ConversationByOpenID(context.Background(), openID)
	if err != nil {
		t.Fatalf("conversation of %s: %v", openID, err)
	}
	ms, err := a.Store.Messages(context.Background(), conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func count(ms []store.Message, direction string) int {
	n := 0
	for _, m := range ms {
		if m.Direction == direction {
			n++
		}
	}
	return n
}

func TestConversationRoundTrip(t *testing.T) {
	for _, b := range backends {
		for _, safe := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/safe=%v", b.name, safe), func(t *testing.T) {
				e := newEnv(t, b, safe)
				a, srv := e.instance(Options{})
				c := e.client(srv)
				ctx := context.Background()
				ans, err := c.Send(ctx, wechat.Outgoing{OpenID: "o-round", MsgType: "event", Event: "subscribe"})
				if err != nil || ans.Status != http.StatusOK || !strings.Contains(ans.Text, "个人信息") {
					t.Fatalf("subscribe: %+v, %v", ans, err)
				}
				ans, err = c.Send(ctx, e.text("o-round", "我想贷款二十万😊，做生意周转"))
				if err != nil || ans.Status != http.StatusOK || ans.Text == "" {
					t.Fatalf("text: %+v, %v", ans, err)
				}
				ms := messages(t, a, "o-round")
				if count(ms, "in") != 2 || count(ms, "out") != 2 {
					t.Fatalf("stored %d in / %d out, want 2/2: %+v", count(ms, "in"), count(ms, "out"), ms)
				}
				if ms[len(ms)-2].Text != "我想贷款二十万😊，做生意周转" {
					t.Fatalf("inbound text not kept intact: %q", ms[len(ms)-2].Text)
				}
			})
		}
	}
}

// The same MsgId sent 3 times at once to two instances sharing MariaDB + Redis is processed once,
// stored once, and every attempt gets the same reply body.
func TestExactlyOnceAcrossInstances(t *testing.T) {
	e := newEnv(t, real, false)
	rec := &recorder{delay: 300 * time.Millisecond}
	a1, srv1 := e.instance(Options{WrapEngine: rec.wrap})
	_, srv2 := e.instance(Options{WrapEngine: rec.wrap})
	msg := e.text("o-dup", "你好，我想咨询贷款")
	bodies := make([][]byte, 6)
	var wg sync.WaitGroup
	for i := range bodies {
		srv := []*httptest.Server{srv1, srv2}[i%2]
		wg.Add(1)
		go func() {
			defer wg.Done()
			ans, err := e.client(srv).Send(context.Background(), msg)
			if err != nil || ans.Status != http.StatusOK {
				t.Errorf("attempt %d: %+v %v", i, ans, err)
			}
			bodies[i] = ans.Raw
		}()
	}
	wg.Wait()
	for i, b := range bodies {
		if !bytes.Equal(b, bodies[0]) || len(b) == 0 {
			t.Fatalf("attempt %d body differs:\n%s\nvs\n%s", i, b, bodies[0])
		}
	}
	if n := rec.calls.Load(); n != 1 {
		t.Fatalf("engine ran %d times, want 1", n)
	}
	ms := messages(t, a1, "o-dup")
	if count(ms, "in") != 1 || count(ms, "out") != 1 {
		t.Fatalf("stored %d in / %d out, want 1/1", count(ms, "in"), count(ms, "out"))
	}
	// A late retry, after the first finished, gets the cached reply.
	ans, err := e.client(srv2).Send(context.Background(), msg)
	if err != nil || !bytes.Equal(ans.Raw, bodies[0]) || rec.calls.Load() != 1 {
		t.Fatalf("late retry: %+v %v (engine calls %d)", ans, err, rec.calls.Load())
	}
}

func TestEventDedup(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			rec := &recorder{}
			_, srv := e.instance(Options{WrapEngine: rec.wrap})
			ev := wechat.Outgoing{OpenID: "o-event", MsgType: "event", Event: "subscribe", CreateTime: time.Now().Unix()}
			first, err := e.client(srv).Send(context.Background(), ev)
			if err != nil {
				t.Fatal(err)
			}
			again, err := e.client(srv).Send(context.Background(), ev)
			if err != nil || !bytes.Equal(first.Raw, again.Raw) {
				t.Fatalf("retry of the event: %+v %v", again, err)
			}
			if rec.calls.Load() != 1 {
				t.Fatalf("engine ran %d times for one event", rec.calls.Load())
			}
		})
	}
}

// Twenty quick messages from one applicant are handled in the order they arrived.
func TestMessagesOfOneApplicantInOrder(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			rec := &recorder{delay: 5 * time.Millisecond}
			arrived := &arrivals{}
			_, srv := e.instanceServed(e.config(), Options{WrapEngine: rec.wrap}, arrived.wrap)
			var wg sync.WaitGroup
			for i := 1; i <= 20; i++ {
				msg := e.text("o-order", "第"+strconv.Itoa(i)+"条")
				wg.Add(1)
				go func() {
					defer wg.Done()
					if ans, err := e.client(srv).Send(context.Background(), msg); err != nil || ans.Status != 200 {
						t.Errorf("%s: %+v %v", msg.Content, ans, err)
					}
				}()
				time.Sleep(30 * time.Millisecond)
			}
			wg.Wait()
			// The order that counts is the server's: a loaded client may dial its 20
			// connections out of order, and the server cannot know the order it meant.
			want := arrived.seen()
			if got := rec.seen(); len(want) != 20 || strings.Join(got, ",") != strings.Join(want, ",") {
				t.Fatalf("handled in order %v, arrived in order %v", got, want)
			}
		})
	}
}

// arrivals records the Content of each push in the order the server received it.
type arrivals struct {
	mu    sync.Mutex
	texts []string
}

var contentRE = regexp.MustCompile(`<Content><!\[CDATA\[(.*?)\]\]></Content>`)

func (a *arrivals) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if m := contentRE.FindSubmatch(body); m != nil {
			a.mu.Lock()
			a.texts = append(a.texts, string(m[1]))
			a.mu.Unlock()
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func (a *arrivals) seen() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.texts...)
}

// rawPost sends a hand-made request to the webhook.
func rawPost(t *testing.T, srv *httptest.Server, q url.Values, body []byte) (int, string) {
	t.Helper()
	resp, err := srv.Client().Post(srv.URL+"/wechat?"+q.Encode(), "text/xml", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(resp.Body)
	return resp.StatusCode, buf.String()
}

func signed(ts int64) url.Values {
	s := strconv.FormatInt(ts, 10)
	return url.Values{"timestamp": {s}, "nonce": {"7"}, "signature": {util.Signature(testToken, s, "7")}}
}

func TestBadInput(t *testing.T) {
	e := newEnv(t, embedded, false)
	_, srv := e.instance(Options{})
	now := time.Now().Unix()
	textXML := func(id int) []byte {
		return []byte(fmt.Sprintf(`<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o-bad]]></FromUserName><CreateTime>%d</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>%d</MsgId></xml>`, now, id))
	}
	badSig := signed(now)
	badSig.Set("signature", "0000")
	tests := []struct {
		name   string
		q      url.Values
		body   []byte
		status int
	}{
		{"bad signature", badSig, textXML(1), http.StatusForbidden},
		{"stale timestamp", signed(now - 600), textXML(2), http.StatusForbidden},
		{"malformed xml", signed(now), []byte(`<xml><FromUserName>o</From`), http.StatusBadRequest},
		{"oversized body", signed(now), bytes.Repeat([]byte("x"), 1<<20+1), http.StatusRequestEntityTooLarge},
		{"encrypted push without key", func() url.Values { q := signed(now); q.Set("encrypt_type", "aes"); return q }(), []byte(`<xml><Encrypt>abc</Encrypt></xml>`), http.StatusBadRequest},
		{"fine", signed(now), textXML(3), http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if status, body := rawPost(t, srv, tt.q, tt.body); status != tt.status {
				t.Fatalf("status %d (%s), want %d", status, body, tt.status)
			}
		})
	}
}

func TestMessageKinds(t *testing.T) {
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{})
	c := e.client(srv)
	tests := []struct {
		name  string
		msg   wechat.Outgoing
		reply bool // a text reply (else "success")
	}{
		{"image asks to type", wechat.Outgoing{MsgType: "image", MsgID: e.msgID()}, true},
		{"location asks to type", wechat.Outgoing{MsgType: "location", MsgID: e.msgID()}, true},
		{"voice with recognition", wechat.Outgoing{MsgType: "voice", MsgID: e.msgID(), Recognition: "我想贷款二十万"}, true},
		{"voice without recognition", wechat.Outgoing{MsgType: "voice", MsgID: e.msgID()}, true},
		{"menu click", wechat.Outgoing{MsgType: "event", Event: "CLICK", EventKey: "RATE"}, true},
		{"view event ignored", wechat.Outgoing{MsgType: "event", Event: "VIEW", EventKey: "https://example.com"}, false},
		{"unsubscribe recorded", wechat.Outgoing{MsgType: "event", Event: "unsubscribe"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.msg.OpenID = "o-kinds"
			ans, err := c.Send(context.Background(), tt.msg)
			if err != nil || ans.Status != http.StatusOK {
				t.Fatalf("%+v %v", ans, err)
			}
			if got := ans.Text != ""; got != tt.reply {
				t.Fatalf("reply %q (raw %q), want reply=%v", ans.Text, ans.Raw, tt.reply)
			}
			if !tt.reply && string(ans.Raw) != "success" {
				t.Fatalf("raw %q, want success", ans.Raw)
			}
		})
	}
	if ms := messages(t, a, "o-kinds"); count(ms, "in") != 6 {
		t.Fatalf("stored %d inbound, want 6 (everything but the VIEW event)", count(ms, "in"))
	}
}

// A verified push never gets an error status: with the database gone the message is spooled and
// answered with the holding line, and /readyz says so (outage_test.go drains it).
func TestDatabaseDownIsSpooled(t *testing.T) {
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{})
	if err := a.Store.Close(); err != nil {
		t.Fatal(err)
	}
	ans, err := e.client(srv).Send(context.Background(), e.text("o-down", "你好"))
	if err != nil || ans.Status != http.StatusOK || ans.Text != holdingLine {
		t.Fatalf("%+v %v, want 200 and the holding line", ans, err)
	}
	if a.Spool.Depth() != 1 {
		t.Fatalf("spool depth %d, want 1", a.Spool.Depth())
	}
	if status, body := get(t, srv, "/readyz"); status != http.StatusOK || !strings.Contains(body, `"spool_depth":1`) {
		t.Fatalf("readyz %d %s with the database closed", status, body)
	}
}

func TestHealthReadyMetrics(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			e := newEnv(t, b, false)
			_, srv := e.instance(Options{})
			if _, err := e.client(srv).Send(context.Background(), e.text("o-metrics", "你好")); err != nil {
				t.Fatal(err)
			}
			for path, want := range map[string]string{
				"/healthz": `"ok"`, "/readyz": `"database":"ok"`,
				"/metrics": `loanbot_http_requests_total{outcome="replied",route="/wechat"} 1`,
			} {
				if status, body := get(t, srv, path); status != http.StatusOK || !strings.Contains(body, want) {
					t.Fatalf("%s: %d %s", path, status, body)
				}
			}
			if _, body := get(t, srv, "/metrics"); !strings.Contains(body, `loanbot_dedup_total{result="new"} 1`) {
				t.Fatalf("dedup metric missing:\n%s", body)
			}
		})
	}
}

func TestURLVerification(t *testing.T) {
	e := newEnv(t, embedded, false)
	_, srv := e.instance(Options{})
	q := signed(time.Now().Unix())
	q.Set("echostr", "回声123")
	if status, body := get(t, srv, "/wechat?"+q.Encode()); status != 200 || body != "回声123" {
		t.Fatalf("verify: %d %q", status, body)
	}
	q.Set("signature", "bad")
	if status, _ := get(t, srv, "/wechat?"+q.Encode()); status != http.StatusForbidden {
		t.Fatalf("bad verify: %d", status)
	}
}
