package app

import (
	"context"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/store"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// chromium finds a Chromium binary, or skips the test saying how to get one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium not found: install the Debian package chromium (scripts/test.sh does: apt-get install -y chromium)")
	return ""
}

// An agent works a conversation end to end in a real headless Chromium: signs in, sees a WeChat
// message asking for 转人工 appear live in the queue, claims it, replies (the reply reaches the
// fake WeChat API), has a reply with a banned phrase refused with the reason shown, hands back,
// and the bot answers the applicant's next message.
// Not a parallel test: the WeChat SDK's HTTP hooks are process-global.
func TestConsoleEndToEnd(t *testing.T) {
	exe := chromium(t)
	e := newEnv(t, embedded, false)
	api := apitest.New(t, "wx-console", "secret")
	cfg := e.config()
	cfg.AppID, cfg.AppSecret, cfg.APIBase = "wx-console", "secret", api.URL
	cfg.Console.Hours = "" // always open: no out-of-hours line in this test
	a, srv := e.instanceWith(cfg, Options{})
	serveBackground(t, a)
	hash, err := console.HashPasswordCost(testAgentPassword, bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	agent, err := a.Store.CreateStaff(context.Background(), store.Staff{Username: "zhangli", DisplayName: "张丽", Role: store.RoleAgent, PasswordHash: hash})
	if err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.WindowSize(1366, 768), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
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

	run("sign in",
		chromedp.Navigate(srv.URL+"/console/queue"),
		chromedp.WaitVisible(chromedp.CSS("#username")),
		chromedp.SendKeys(chromedp.CSS("#username"), "zhangli"),
		chromedp.SendKeys(chromedp.CSS("#password"), testAgentPassword),
		chromedp.Click(chromedp.CSS("#login")),
		chromedp.WaitVisible(chromedp.CSS("#queue")),
		chromedp.WaitVisible(chromedp.CSS("#live.on")), // the event stream is open
	)

	const openID = "oE2eConsoleApplicant01"
	wx := e.client(srv)
	if ans, err := wx.Send(context.Background(), e.text(openID, "我要转人工！")); err != nil || ans.Status != http.StatusOK {
		t.Fatalf("push: %+v %v", ans, err)
	}
	conv, err := a.Store.ConversationByOpenID(context.Background(), openID)
	if err != nil || conv.State != store.StateWaiting {
		t.Fatalf("after 转人工: %+v %v", conv, err)
	}
	row := `#queue-body tr[data-state="waiting"] a`
	run("the hand-off appears in the queue without a reload", chromedp.WaitVisible(chromedp.CSS(row)))
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(title, "(1)") {
		t.Errorf("title %q has no badge for the waiting conversation", title)
	}

	run("claim",
		chromedp.Click(chromedp.CSS(row)),
		chromedp.WaitVisible(chromedp.CSS("#claim")),
		chromedp.Click(chromedp.CSS("#claim")),
		chromedp.WaitEnabled(chromedp.CSS("#send")),
	)
	const reply = "您好，我是您的贷款顾问，请问您打算贷多少、分几期？"
	run("reply",
		chromedp.SendKeys(chromedp.CSS("#reply-text"), reply),
		chromedp.Click(chromedp.CSS("#send")),
		chromedp.WaitVisible(chromedp.CSS("#verdict.ok")),
	)
	got := sentTo(t, api, openID, 2)
	if len(got) < 2 || !strings.Contains(strings.Join(got, "|"), reply) {
		t.Fatalf("客服消息 sent: %q, want the claim notice and the reply", got)
	}
	if !strings.Contains(got[0], "顾问") || !strings.Contains(got[0], "号为您服务") || !strings.Contains(got[0], strconv.FormatUint(agent.ID, 10)) {
		t.Errorf("claim notice %q does not name the adviser number %d", got[0], agent.ID)
	}

	run("a banned phrase is refused with the reason",
		chromedp.SendKeys(chromedp.CSS("#reply-text"), "放心吧，我们这边包过，保证下款"),
		chromedp.Click(chromedp.CSS("#send")),
		chromedp.WaitVisible(chromedp.CSS("#verdict mark")),
	)
	verdict := text("#verdict")
	if !strings.Contains(verdict, "包过") || !strings.Contains(verdict, "未发送") || !strings.Contains(verdict, "规则") {
		t.Fatalf("verdict shown: %q", verdict)
	}
	if n := len(sentTo(t, api, openID, 3)); n != 2 {
		t.Fatalf("%d messages reached WeChat; the blocked reply must not", n)
	}

	run("hand back",
		chromedp.Click(chromedp.CSS("#handback")),
		chromedp.WaitVisible(chromedp.CSS("#claim")), // flagged, answered by the bot again: claimable
	)
	state := text("#state")
	if !strings.Contains(state, "机器人") {
		t.Fatalf("state after the hand-back: %q", state)
	}
	ans, err := wx.Send(context.Background(), e.text(openID, "我想借20万，分3年还"))
	if err != nil || ans.Text == "" || strings.Contains(ans.Text, "顾问会尽快回复") {
		t.Fatalf("the bot did not answer after the hand-back: %+v %v", ans, err)
	}
}

const testAgentPassword = "坐席测试密码-2026"
