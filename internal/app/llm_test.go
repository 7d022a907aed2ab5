package app

import (
	"context"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/conversation"
	"github.com/loanbot/loanbot/internal/llm/llmtest"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
	"github.com/loanbot/loanbot/knowledge"
)

// These tests run the real go-openai client against llmtest and the real silenceper client
// against apitest. Not parallel: the WeChat SDK's HTTP hooks are process-global.

// openEngine is an engine that could not answer: its reply is the standard fallback line, and the
// message is the open question (what bot's engine does for a question no script foresees).
type openEngine struct{ fallback string }

func (e openEngine) Reply(_ context.Context, in bot.Input) (bot.Output, error) {
	return bot.Output{Replies: []string{e.fallback}, OpenQuestion: in.Text, State: []byte(`{}`)}, nil
}

func fallbackLine(t testing.TB) string {
	t.Helper()
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	line, err := kb.Replies.Render("fallback", nil)
	if err != nil {
		t.Fatal(err)
	}
	return line
}

// llmConfig points an env's configuration at the fake model and the fake WeChat API.
func llmConfig(e *env, fake *llmtest.Server, api *apitest.Server, budget time.Duration) config.Config {
	cfg := e.config()
	cfg.LLMBaseURL, cfg.LLMAPIKey, cfg.LLMModel = fake.BaseURL(), "sk-test", "fake-model"
	cfg.LLM = config.LLM{Judge: true, Timeout: 30 * time.Second}
	cfg.AppID, cfg.AppSecret, cfg.APIBase, cfg.ReplyBudget = api.AppID, api.Secret, api.URL, budget
	return cfg
}

func (e *env) llmInstance(t testing.TB, cfg config.Config) (*App, *wechat.Client) {
	t.Helper()
	fallback := fallbackLine(t)
	a, srv := e.instanceWith(cfg, Options{WrapEngine: func(conversation.Engine) conversation.Engine {
		return openEngine{fallback: fallback}
	}})
	runWorkers(t, a)
	return a, e.client(srv)
}

// runWorkers runs the app's background workers (the outbox) until the test ends.
func runWorkers(t testing.TB, a *App) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = a.ServeListener(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
}

const (
	openQuestion = "我是个体户没有流水怎么办"
	goodDraft    = "个体户没有工资流水时，可以准备经营流水、纳税证明等材料，具体要求以放款机构审核为准。如需进一步确认，可回复“转人工”。"
)

func dedupOf(o wechat.Outgoing) string { return "m:" + strconv.FormatInt(o.MsgID, 10) }

// audits waits for the audit records of a message.
func audits(t *testing.T, a *App, key string, want int) []store.DraftAudit {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := a.Store.DraftAudits(context.Background(), key)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) >= want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDraftedAnswers(t *testing.T) {
	fallback := fallbackLine(t)
	tests := []struct {
		name      string
		question  string
		script    llmtest.Script
		wantIn    string // the passive answer contains it
		wantCalls int
		wantFlag  bool // llm_failure
		wantHits  bool // the blocked draft's hits stored
		wantKind  string
	}{
		{"grounded answer within the budget", openQuestion, llmtest.Judge(goodDraft), "经营流水", 2, false, false, "model"},
		{"approved FAQ answer, no model call", "请问利息多少啊？", llmtest.Judge(goodDraft), "", 0, false, false, "faq"},
		{"blocked, regenerated, blocked: standard reply and flag", openQuestion,
			llmtest.Answer("个体户也没问题，我们包过，三天放款。", ""), fallback, 2, true, true, "model"},
		{"LLM down: templates", openQuestion, func(int, llmtest.Request) llmtest.Reply {
			return llmtest.Reply{Status: http.StatusInternalServerError}
		}, fallback, 2, true, false, "model"},
		{"malformed judge verdict: standard reply", openQuestion, func(_ int, r llmtest.Request) llmtest.Reply {
			if llmtest.IsJudge(r) {
				return llmtest.Reply{ToolArgs: `{"promise": tru`}
			}
			return llmtest.Reply{Content: goodDraft}
		}, fallback, 2, true, false, "model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, embedded, false)
			api := apitest.New(t, "wx-llm", "secret")
			fake := llmtest.New(t, tt.script)
			a, client := e.llmInstance(t, llmConfig(e, fake, api, 4*time.Second))
			msg := e.text("o-llm-drafts", tt.question)
			ans, err := client.Send(context.Background(), msg)
			if err != nil || ans.Status != http.StatusOK {
				t.Fatalf("answer %+v, %v", ans, err)
			}
			if tt.wantIn != "" && !strings.Contains(ans.Text, tt.wantIn) {
				t.Errorf("passive answer %q lacks %q", ans.Text, tt.wantIn)
			}
			if tt.wantKind == "faq" && (ans.Text == fallback || strings.Contains(ans.Text, "经营流水")) {
				t.Errorf("approved FAQ answer expected, got %q", ans.Text)
			}
			if n := len(fake.Calls()); n != tt.wantCalls {
				t.Errorf("model calls = %d, want %d", n, tt.wantCalls)
			}
			conv, err := a.Store.ConversationByOpenID(context.Background(), "o-llm-drafts")
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(conv.FlagReasons, "llm_failure"); got != tt.wantFlag {
				t.Errorf("flags %v, want llm_failure %v", conv.FlagReasons, tt.wantFlag)
			}
			hits, err := a.Store.Hits(context.Background(), conv.ID)
			if err != nil {
				t.Fatal(err)
			}
			if (len(hits) > 0) != tt.wantHits {
				t.Errorf("hits %+v, want some: %v", hits, tt.wantHits)
			}
			rec := audits(t, a, dedupOf(msg), 1)
			if len(rec) != 1 || rec[0].Kind != tt.wantKind || rec[0].Deferred {
				t.Fatalf("audit = %+v, want one %s record", rec, tt.wantKind)
			}
			if tt.wantKind == "model" && (rec[0].PromptVersion == "" || len(rec[0].Sources) == 0 || rec[0].Model != "fake-model") {
				t.Errorf("audit lacks prompt version, sources or model: %+v", rec[0])
			}
			if len(api.Sent()) != 0 {
				t.Errorf("客服消息 sent for an answer given passively: %+v", api.Sent())
			}
			if n := counted(t, a, "loanbot_llm_drafts_total"); n != 1 {
				t.Errorf("loanbot_llm_drafts_total = %v, want 1", n)
			}
		})
	}
}

// A model that answers after 10 s: the applicant gets the interim line passively (on every retry,
// at either instance) and the final answer once through the outbox, with the typing indicator.
func TestSlowDraftFollowsOnceAcrossRetriesAndInstances(t *testing.T) {
	e := newEnv(t, real, false)
	api := apitest.New(t, "wx-llm-slow", "secret")
	fake := llmtest.New(t, func(_ int, r llmtest.Request) llmtest.Reply {
		if llmtest.IsJudge(r) {
			return llmtest.Reply{ToolArgs: `{"promise":false,"unsupported":false}`}
		}
		return llmtest.Reply{Content: goodDraft, Delay: 10 * time.Second}
	})
	cfg := llmConfig(e, fake, api, time.Second)
	a1, c1 := e.llmInstance(t, cfg)
	_, c2 := e.llmInstance(t, cfg)
	msg := e.text("o-llm-slow", openQuestion)
	var wg sync.WaitGroup
	answers := make([]wechat.Answer, 4)
	for i := range answers {
		c := c1
		if i%2 == 1 {
			c = c2
		}
		wg.Go(func() {
			time.Sleep(time.Duration(i) * 150 * time.Millisecond) // WeChat's retries, to both instances
			ans, err := c.Send(context.Background(), msg)
			if err != nil {
				t.Errorf("send %d: %v", i, err)
			}
			answers[i] = ans
		})
	}
	wg.Wait()
	interim := renderLine(t, "llm_interim")
	for i, ans := range answers {
		if ans.Status != http.StatusOK || (ans.Text != "" && ans.Text != interim) {
			t.Errorf("answer %d = %d %q, want the interim line or success", i, ans.Status, ans.Text)
		}
	}
	if answers[0].Text != interim {
		t.Errorf("first answer %q, want the interim line", answers[0].Text)
	}
	deadline := time.Now().Add(30 * time.Second) // the model takes 10 s
	for len(sentNow(api, "o-llm-slow")) == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // anything doubled would arrive meanwhile
	got := sentNow(api, "o-llm-slow")
	if len(got) != 1 || !strings.Contains(got[0], "经营流水") {
		t.Fatalf("客服消息 = %q, want the drafted answer exactly once", got)
	}
	if !slices.ContainsFunc(api.Typings(), func(ty apitest.Typing) bool { return ty.ToUser == "o-llm-slow" && ty.Command == "Typing" }) {
		t.Errorf("no typing indicator while drafting: %+v", api.Typings())
	}
	d, err := a1.Store.DraftByKey(context.Background(), dedupOf(msg))
	if err != nil || d.Status != store.DraftSent {
		t.Errorf("draft = %+v, %v; want sent", d, err)
	}
	if rec := audits(t, a1, dedupOf(msg), 1); len(rec) != 1 || !rec[0].Deferred {
		t.Errorf("audit = %+v, want one deferred record", rec)
	}
}

// An instance that died mid-draft leaves its stored turn (the interim line went out) and its held
// draft with a lease that runs out; another instance's sweep drafts it again and delivers it once.
func TestCrashedDraftIsFinishedByAnotherInstance(t *testing.T) {
	e := newEnv(t, real, false)
	api := apitest.New(t, "wx-llm-crash", "secret")
	fake := llmtest.New(t, llmtest.Judge(goodDraft))
	cfg := llmConfig(e, fake, api, 4*time.Second)
	interim := renderLine(t, "llm_interim")
	// The dead instance: its turn said the interim line (no LLM here, so no sweep of its own).
	dead := e.config()
	_, deadSrv := e.instanceWith(dead, Options{WrapEngine: func(conversation.Engine) conversation.Engine {
		return lineEngine{line: interim}
	}})
	msg := e.text("o-llm-crash", openQuestion)
	if ans, err := e.client(deadSrv).Send(context.Background(), msg); err != nil || ans.Text != interim {
		t.Fatalf("dead instance answered %q, %v", ans.Text, err)
	}
	a, _ := e.llmInstance(t, cfg)
	_, err := a.Store.HoldDraft(context.Background(), store.PendingDraft{DedupKey: dedupOf(msg), OpenID: "o-llm-crash",
		Question: openQuestion, ReceivedAt: time.Now()}, "dead-instance", time.Now().Add(-time.Second))
	if err != nil {
		t.Fatal(err)
	}
	sentTo(t, api, "o-llm-crash", 1)
	time.Sleep(3 * time.Second) // two more sweeps: nothing doubles
	got := sentNow(api, "o-llm-crash")
	if len(got) != 1 || !strings.Contains(got[0], "经营流水") {
		t.Fatalf("客服消息 = %q, want the drafted answer once", got)
	}
}

// lineEngine always says one line.
type lineEngine struct{ line string }

func (e lineEngine) Reply(context.Context, bot.Input) (bot.Output, error) {
	return bot.Output{Replies: []string{e.line}, State: []byte(`{}`)}, nil
}

// sentNow is what the fake WeChat API accepted for openID so far.
func sentNow(api *apitest.Server, openID string) []string {
	var got []string
	for _, m := range api.Sent() {
		if m.ToUser == openID {
			got = append(got, m.Content)
		}
	}
	return got
}

func renderLine(t *testing.T, key string) string {
	t.Helper()
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	line, err := kb.Replies.Render(key, nil)
	if err != nil {
		t.Fatal(err)
	}
	return line
}

// The deferred answer meets WeChat's errcodes: a rejected token is refreshed and the answer sent
// once; a closed 48-hour window (45015) or a used-up quota (45047) is final — one attempt, no storm.
func TestDeferredDraftMeetsWeChatErrcodes(t *testing.T) {
	tests := []struct {
		name      string
		arrange   func(api *apitest.Server, openID string)
		delivered int
		sendCalls int
	}{
		{"40001: token refreshed, sent once", func(api *apitest.Server, _ string) { api.Fail(apitest.CodeTokenInvalid) }, 1, 2},
		{"45015: window closed, not retried", func(api *apitest.Server, id string) { api.Block(id, apitest.CodeWindowClosed) }, 0, 1},
		{"45047: quota used up, not retried", func(api *apitest.Server, id string) { api.Block(id, apitest.CodeQuota) }, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, embedded, false)
			api := apitest.New(t, "wx-llm-codes", "secret")
			fake := llmtest.New(t, func(_ int, r llmtest.Request) llmtest.Reply {
				if llmtest.IsJudge(r) {
					return llmtest.Reply{ToolArgs: `{"promise":false,"unsupported":false}`}
				}
				return llmtest.Reply{Content: goodDraft, Delay: 1500 * time.Millisecond}
			})
			_, client := e.llmInstance(t, llmConfig(e, fake, api, 500*time.Millisecond))
			tt.arrange(api, "o-llm-codes")
			ans, err := client.Send(context.Background(), e.text("o-llm-codes", openQuestion))
			if err != nil || ans.Text != renderLine(t, "llm_interim") {
				t.Fatalf("passive answer %q, %v; want the interim line", ans.Text, err)
			}
			deadline := time.Now().Add(15 * time.Second)
			for api.SendCalls() < tt.sendCalls && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			time.Sleep(time.Second) // a retry would come meanwhile
			if got := sentNow(api, "o-llm-codes"); len(got) != tt.delivered {
				t.Errorf("delivered %d, want %d", len(got), tt.delivered)
			}
			if n := api.SendCalls(); n != tt.sendCalls {
				t.Errorf("custom/send calls = %d, want %d", n, tt.sendCalls)
			}
		})
	}
}

// The console's copilot drafts from the same sources with the transcript; without an LLM there is none.
func TestCopilotSuggests(t *testing.T) {
	e := newEnv(t, embedded, false)
	api := apitest.New(t, "wx-llm-copilot", "secret")
	fake := llmtest.New(t, llmtest.Judge(goodDraft))
	a, _ := e.llmInstance(t, llmConfig(e, fake, api, 4*time.Second))
	kb, err := knowledge.Load("")
	if err != nil {
		t.Fatal(err)
	}
	cp, err := a.copilot(kb)
	if err != nil || cp == nil {
		t.Fatalf("copilot = %v, %v", cp, err)
	}
	s, err := cp.Suggest(context.Background(), 1, openQuestion, []string{"申请人：" + openQuestion})
	if err != nil || !strings.Contains(s.Text, "经营流水") || len(s.Sources) == 0 {
		t.Fatalf("Suggest = %+v, %v", s, err)
	}
	if calls := fake.Calls(); len(calls) == 0 || !strings.Contains(calls[0].LastUser(), "最近的对话") {
		t.Errorf("the transcript did not reach the model: %+v", calls)
	}
	plain, _ := e.instanceWith(e.config(), Options{})
	if cp, err := plain.copilot(kb); cp != nil || err != nil {
		t.Errorf("templates only: copilot = %v, %v; want none", cp, err)
	}
}

// counted sums a counter family of the app's metrics.
func counted(t *testing.T, a *App, name string) float64 {
	t.Helper()
	families, err := a.Metrics.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			sum += m.GetCounter().GetValue()
		}
	}
	return sum
}

// Through the webhook with the real engine: the model fills a fact the rules missed (学区房 →
// collateral house) and is not asked about a message the rules understood (20万 stays 20万).
func TestExtractionFallbackEndToEnd(t *testing.T) {
	e := newEnv(t, embedded, false)
	api := apitest.New(t, "wx-llm-extract", "secret")
	var mu sync.Mutex
	var asked []string
	fake := llmtest.New(t, func(_ int, r llmtest.Request) llmtest.Reply {
		switch {
		case llmtest.IsExtract(r):
			mu.Lock()
			asked = append(asked, r.LastUser())
			mu.Unlock()
			return llmtest.Reply{ToolArgs: `{"collateral":"house","amount_yuan":30000,"sure":true}`}
		case llmtest.IsJudge(r):
			return llmtest.Reply{ToolArgs: `{"promise":false,"unsupported":false}`}
		}
		return llmtest.Reply{Content: goodDraft}
	})
	a, srv := e.instanceWith(llmConfig(e, fake, api, 4*time.Second), Options{})
	runWorkers(t, a)
	c := e.client(srv)
	for _, text := range []string{"你好", "同意", "想贷20万", "名下有套学区房"} {
		if _, err := c.Send(context.Background(), e.text("o-llm-extract", text)); err != nil {
			t.Fatal(err)
		}
	}
	conv, err := a.Store.ConversationByOpenID(context.Background(), "o-llm-extract")
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.Store.Profile(context.Background(), conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Slots["collateral"] != "house" || p.Slots["amount_yuan"] != float64(200000) {
		t.Errorf("slots %v, want collateral house (model) and amount 200000 (rules)", p.Slots)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(asked, []string{"名下有套学区房"}) {
		t.Errorf("the model was asked about %q, want only the message the rules missed", asked)
	}
}
