package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/loanbot/loanbot/internal/store"
)

// A compliance officer works the phrase list in a real headless Chromium, against two instances
// sharing MariaDB and Redis: adds 熊猫贷 (a scam platform) to the draft, tries a sentence on the
// test bench (published allows, draft blocks), publishes; an agent's reply naming it is then
// refused on both instances, and the hit shows in the statistics with the version that made it.
// Not a parallel test: the WeChat SDK's HTTP hooks are process-global.
func TestPhrasesEndToEnd(t *testing.T) {
	exe := chromium(t)
	e := newEnv(t, real, false)
	a1, srv1 := e.instance(Options{})
	a2, srv2 := e.instance(Options{})
	serveBackground(t, a1)
	serveBackground(t, a2)
	signIn(t, a1, srv1, "hegui", store.RoleCompliance) // creates the account the browser uses

	ctx, cancel := browserContext(t, exe)
	defer cancel()
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("main")))
			t.Fatalf("%s: %v\npage: %.3000s", what, err, html)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	const phrase, sentence = "熊猫贷", "关于熊猫贷的问题请咨询人工"

	run("sign in",
		chromedp.Navigate(srv1.URL+"/console/phrases"),
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), "hegui"),
		chromedp.SendKeys(chromedp.CSS("#password"), testAgentPassword),
		chromedp.Click(chromedp.CSS("#login")),
		chromedp.WaitVisible(chromedp.CSS("#create")),
	)
	run("add the phrase to the draft",
		chromedp.SendKeys(chromedp.CSS(`#create input[name="text"]`), phrase),
		chromedp.SetValue(chromedp.CSS(`#create select[name="category"]`), "F07"),
		chromedp.SendKeys(chromedp.CSS(`#create input[name="reason"]`), "监管通报的诈骗平台"),
		chromedp.Click(chromedp.CSS(`#create button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#ok")),
	)
	if row := text("#phrase-table tbody"); !strings.Contains(row, phrase) || !strings.Contains(row, "新增未发布") {
		t.Fatalf("the list after adding: %q", row)
	}
	run("try a sentence on the bench",
		chromedp.Navigate(srv1.URL+"/console/phrases/bench"),
		chromedp.SendKeys(chromedp.CSS(`#bench-form textarea[name="text"]`), sentence),
		chromedp.Click(chromedp.CSS(`#bench-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#differs")),
	)
	if got := text(".sides"); !strings.Contains(got, "允许 allow") || !strings.Contains(got, "拦截 block") || !strings.Contains(got, "F07") {
		t.Fatalf("bench: %q", got)
	}
	if mark := text(".side[data-verdict=block] mark.counted"); mark != phrase {
		t.Errorf("highlighted span %q, want %q", mark, phrase)
	}
	run("publish",
		chromedp.Navigate(srv1.URL+"/console/phrases/publish"),
		chromedp.WaitVisible(chromedp.CSS("#changes")),
		chromedp.SendKeys(chromedp.CSS(`#publish-form input[name="reason"]`), "新增熊猫贷"),
		chromedp.Click(chromedp.CSS(`#publish-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS("#ok")),
	)
	if ok := text("#ok"); !strings.Contains(ok, "已发布版本 2") {
		t.Fatalf("after publishing: %q", ok)
	}

	agentRefusedOnBoth(t, e, a1, srv1, srv2, sentence)

	run("the hit shows in the statistics",
		chromedp.Navigate(srv1.URL+"/console/phrases/hits"),
		chromedp.WaitVisible(chromedp.CSS("#chart svg")),
	)
	if top := text("#top-phrases"); !strings.Contains(top, phrase) {
		t.Fatalf("top phrases: %q", top)
	}
	if hits := text("#hit-table"); !strings.Contains(hits, "v2") || !strings.Contains(hits, sentence) {
		t.Fatalf("recent hits: %q", hits)
	}
}

// agentRefusedOnBoth: an agent holding a conversation sends a reply naming the phrase through
// each instance's API; both refuse it.
func agentRefusedOnBoth(t *testing.T, e *env, a *App, s1, s2 *httptest.Server, sentence string) {
	t.Helper()
	const openID = "oE2ePhrasesApplicant1"
	if ans, err := e.client(s1).Send(context.Background(), e.text(openID, "我要转人工！")); err != nil || ans.Status != http.StatusOK {
		t.Fatalf("push: %+v %v", ans, err)
	}
	conv, err := a.Store.ConversationByOpenID(context.Background(), openID)
	if err != nil {
		t.Fatal(err)
	}
	one := signIn(t, a, s1, "zhangli", store.RoleAgent)
	two := signIn(t, a, s2, "zhangli", store.RoleAgent)
	if status, body := one.json("POST", fmt.Sprintf("/console/api/conversations/%d/claim", conv.ID), map[string]any{}); status != http.StatusOK {
		t.Fatalf("claim: %d %s", status, body)
	}
	for i, c := range []*staffClient{one, two} {
		deadline := time.Now().Add(10 * time.Second)
		for {
			status, body := c.json("POST", fmt.Sprintf("/console/api/conversations/%d/messages", conv.ID), map[string]any{"text": sentence})
			if status == http.StatusOK && strings.Contains(body, `"status":"blocked"`) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("instance %d: %d %s, want the reply refused", i+1, status, body)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// browserContext starts a headless Chromium for one test.
func browserContext(t *testing.T, exe string) (context.Context, context.CancelFunc) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.WindowSize(1366, 900), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 120*time.Second)
	return ctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }
}
