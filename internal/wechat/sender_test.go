package wechat_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/silenceper/wechat/v2/cache"

	"github.com/loanbot/loanbot/internal/wechat"
	"github.com/loanbot/loanbot/internal/wechat/apitest"
)

// These tests set the SDK's process-global hooks (wechat.Configure): none runs in parallel.

const (
	senderAppID  = "wx5f3a9c0b7e21d4a6"
	senderSecret = "0123456789abcdef0123456789abcdef"
	senderOpenID = "oQ7a_5dJk2VtRk-Lm3Z9xY1wBcDe"
)

// senderFake starts the fake API and points the SDK at it for this test.
func senderFake(t *testing.T, timeout time.Duration) *apitest.Server {
	t.Helper()
	api := apitest.New(t, senderAppID, senderSecret)
	wechat.Configure(api.URL+"/", timeout)
	t.Cleanup(func() { wechat.Configure("", 0) })
	return api
}

func newTestSender(t *testing.T, c cache.Cache) *wechat.Sender {
	t.Helper()
	s, err := wechat.NewSender(wechat.SenderConfig{AppID: senderAppID, AppSecret: senderSecret, Cache: c})
	if err != nil {
		t.Fatalf("NewSender: %v", err)
	}
	return s
}

func TestSendText(t *testing.T) {
	const text = "您好！根据您填写的信息，预估可申请额度约２０万元😊\n年化利率（含全部费用）以放款机构审批为准，贷款需谨慎。"
	tests := []struct {
		name      string
		openID    string
		text      string
		setup     func(api *apitest.Server)
		wantErr   error // nil = sent
		permanent bool
		code      int64 // the WeChat errcode in the error; 0 = none
		sent      int   // messages the fake accepted
		tokens    int   // /cgi-bin/token calls
	}{
		{name: "success", sent: 1, tokens: 1},
		{name: "voice text without punctuation", text: "我想问问那个二十万三年的月供大概多少", sent: 1, tokens: 1},
		{name: "40001 once: refresh then success",
			setup: func(api *apitest.Server) { api.Fail(apitest.CodeTokenInvalid) }, sent: 1, tokens: 2},
		{name: "42001 once: refresh then success",
			setup: func(api *apitest.Server) { api.Fail(apitest.CodeTokenExpired) }, sent: 1, tokens: 2},
		{name: "40001 twice: temporary",
			setup:   func(api *apitest.Server) { api.Fail(apitest.CodeTokenInvalid, apitest.CodeTokenInvalid) },
			wantErr: wechat.ErrTokenInvalid, code: apitest.CodeTokenInvalid, tokens: 2},
		{name: "45015 window closed: permanent",
			setup:   func(api *apitest.Server) { api.Block(senderOpenID, apitest.CodeWindowClosed) },
			wantErr: wechat.ErrWindowClosed, permanent: true, code: apitest.CodeWindowClosed, tokens: 1},
		{name: "45047 quota: permanent",
			setup:   func(api *apitest.Server) { api.Fail(apitest.CodeQuota) },
			wantErr: wechat.ErrQuota, permanent: true, code: apitest.CodeQuota, tokens: 1},
		{name: "40003 invalid openid: permanent", openID: "o-not-of-this-account",
			setup:   func(api *apitest.Server) { api.Block("o-not-of-this-account", apitest.CodeInvalidOpenID) },
			wantErr: wechat.ErrInvalidOpenID, permanent: true, code: apitest.CodeInvalidOpenID, tokens: 1},
		{name: "-1 system busy: temporary",
			setup: func(api *apitest.Server) { api.Fail(apitest.CodeSystemBusy) }, code: apitest.CodeSystemBusy, tokens: 1},
		{name: "empty openid: permanent, no call", openID: "-",
			wantErr: wechat.ErrInvalidOpenID, permanent: true},
		{name: "blank text: permanent, no call", text: " 　\n",
			wantErr: wechat.ErrBadContent, permanent: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := senderFake(t, 5*time.Second)
			if tt.setup != nil {
				tt.setup(api)
			}
			openID, body := senderOpenID, text
			if tt.openID == "-" {
				openID = ""
			} else if tt.openID != "" {
				openID = tt.openID
			}
			if tt.text != "" {
				body = tt.text
			}
			err := newTestSender(t, nil).SendText(context.Background(), openID, body)
			checkSendError(t, err, tt.wantErr, tt.code, tt.permanent)
			if got := len(api.Sent()); got != tt.sent {
				t.Errorf("fake accepted %d messages, want %d", got, tt.sent)
			}
			if tt.sent == 1 {
				want := apitest.Message{ToUser: openID, MsgType: "text", Content: body, Token: api.Token()}
				if diff := cmp.Diff(want, api.Sent()[0]); diff != "" {
					t.Errorf("sent message (-want +got):\n%s", diff)
				}
			}
			if got := api.TokenCalls(); got != tt.tokens {
				t.Errorf("%d token calls, want %d", got, tt.tokens)
			}
		})
	}
}

// checkSendError checks err against the expected kind, WeChat errcode and permanence.
func checkSendError(t *testing.T, err, want error, code int64, permanent bool) {
	t.Helper()
	if want == nil && code == 0 {
		if err != nil {
			t.Fatalf("SendText: %v", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("SendText succeeded, want an error (%v, errcode %d)", want, code)
	}
	if want != nil && !errors.Is(err, want) {
		t.Errorf("error %v is not %v", err, want)
	}
	var apiErr *wechat.APIError
	if code != 0 && (!errors.As(err, &apiErr) || apiErr.Code != code) {
		t.Errorf("error %v: want WeChat errcode %d", err, code)
	}
	if got := wechat.IsPermanent(err); got != permanent {
		t.Errorf("IsPermanent(%v) = %v, want %v", err, got, permanent)
	}
}

// A token WeChat expired early is refreshed once; senders sharing a cache share the new token.
func TestSendTextSharedTokenRefresh(t *testing.T) {
	api := senderFake(t, 5*time.Second)
	shared := cache.NewMemory()
	a, b := newTestSender(t, shared), newTestSender(t, shared)
	ctx := context.Background()
	steps := []struct {
		s      *wechat.Sender
		text   string
		expire bool
	}{
		{a, "第一条：您的资料已收到", false},
		{b, "第二條：請補充近６個月銀行流水", false}, // traditional, full-width digit
		{a, "第三条：审核通常需要1-3个工作日", true},
		{b, "第四条：如需人工服务请回复“人工”", false},
	}
	for i, st := range steps {
		if st.expire {
			api.ExpireToken()
		}
		if err := st.s.SendText(ctx, senderOpenID, st.text); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if got := api.TokenCalls(); got != 2 {
		t.Errorf("%d token calls, want 2 (one fetch, one refresh, shared)", got)
	}
	var got []string
	for _, m := range api.Sent() {
		got = append(got, m.Content)
	}
	want := []string{steps[0].text, steps[1].text, steps[2].text, steps[3].text}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sent (-want +got):\n%s", diff)
	}
}

// A slow API times out through the configured HTTP client: a temporary error that does not
// leak the access token.
func TestSendTextTimeout(t *testing.T) {
	api := senderFake(t, 200*time.Millisecond)
	s := newTestSender(t, nil)
	if err := s.SendText(context.Background(), senderOpenID, "预热"); err != nil {
		t.Fatalf("first send: %v", err)
	}
	api.SetDelay(2 * time.Second)
	err := s.SendText(context.Background(), senderOpenID, "这条会超时")
	if err == nil {
		t.Fatal("SendText succeeded against a slow API")
	}
	if wechat.IsPermanent(err) {
		t.Errorf("timeout %v classified permanent", err)
	}
	if tok := api.Token(); strings.Contains(err.Error(), tok) {
		t.Errorf("error %q leaks the access token %q", err, tok)
	}
}

// A cancelled ctx stops the call.
func TestSendTextContext(t *testing.T) {
	api := senderFake(t, 5*time.Second)
	api.SetDelay(2 * time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := newTestSender(t, nil).SendText(ctx, senderOpenID, "您好")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("SendText = %v, want context.DeadlineExceeded", err)
	}
}

func TestTyping(t *testing.T) {
	api := senderFake(t, 5*time.Second)
	s := newTestSender(t, nil)
	for _, on := range []bool{true, false} {
		if err := s.Typing(context.Background(), senderOpenID, on); err != nil {
			t.Fatalf("Typing(%v): %v", on, err)
		}
	}
	want := []apitest.Typing{{ToUser: senderOpenID, Command: "Typing"}, {ToUser: senderOpenID, Command: "CancelTyping"}}
	if diff := cmp.Diff(want, api.Typings()); diff != "" {
		t.Errorf("typing commands (-want +got):\n%s", diff)
	}
}

// Credentials WeChat refuses make a temporary error (the operator fixes them; rows wait).
func TestSendTextWrongSecret(t *testing.T) {
	api := senderFake(t, 5*time.Second)
	s, err := wechat.NewSender(wechat.SenderConfig{AppID: senderAppID, AppSecret: "wrong-secret"})
	if err != nil {
		t.Fatal(err)
	}
	err = s.SendText(context.Background(), senderOpenID, "您好")
	if err == nil || wechat.IsPermanent(err) {
		t.Errorf("SendText with a wrong secret = %v; want a temporary error", err)
	}
	if api.SendCalls() != 0 {
		t.Errorf("%d send calls without a token", api.SendCalls())
	}
}

func TestNewSenderNeedsCredentials(t *testing.T) {
	for _, cfg := range []wechat.SenderConfig{{}, {AppID: senderAppID}, {AppSecret: senderSecret}} {
		if _, err := wechat.NewSender(cfg); err == nil {
			t.Errorf("NewSender(%+v) succeeded without credentials", cfg)
		}
	}
}

func TestIsPermanent(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("connection reset"), false},
		{context.DeadlineExceeded, false},
		{&wechat.APIError{API: "custom/send", Code: -1}, false},
		{&wechat.APIError{API: "custom/send", Code: 40001}, false},
		{&wechat.APIError{API: "custom/send", Code: 45015}, true},
		{&wechat.APIError{API: "custom/send", Code: 45047}, true},
		{&wechat.APIError{API: "custom/send", Code: 40003}, true},
		{&wechat.APIError{API: "custom/send", Code: 43004}, true},
		{wechat.ErrWindowClosed, true},
	}
	for _, tt := range tests {
		if got := wechat.IsPermanent(tt.err); got != tt.want {
			t.Errorf("IsPermanent(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
