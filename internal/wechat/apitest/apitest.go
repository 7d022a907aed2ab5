// Package apitest is a fake WeChat API server for tests. It speaks the real protocol of the
// calls loanbot makes — GET /cgi-bin/token, POST /cgi-bin/message/custom/send and
// /cgi-bin/message/custom/typing — so the real silenceper/wechat client runs against it.
// It checks credentials and access tokens as WeChat does, records what it accepted, and
// answers scripted errcodes (40001 to force a token refresh, 45015, 45047, -1 system busy, …).
//
// Point the SDK at it with wechat.Configure(srv.URL, timeout).
package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// WeChat errcodes the fake answers.
const (
	CodeSystemBusy     = -1
	CodeTokenInvalid   = 40001
	CodeInvalidOpenID  = 40003
	CodeInvalidAppID   = 40013
	CodeInvalidSecret  = 40125
	CodeTokenExpired   = 42001
	CodeBadJSON        = 47001
	CodeEmptyContent   = 44004
	CodeWindowClosed   = 45015
	CodeQuota          = 45047
	CodeMissingToken   = 41001
	CodeInvalidMsgType = 40008
	CodeInvalidArgs    = 40035
)

// Message is one customer message the fake accepted.
type Message struct {
	ToUser  string
	MsgType string
	Content string
	Token   string // the access token it came with
}

// Typing is one accepted custom/typing command.
type Typing struct {
	ToUser  string
	Command string // Typing | CancelTyping
}

// Server is the fake API. Its methods are safe for concurrent use.
type Server struct {
	URL           string // base URL, e.g. http://127.0.0.1:PORT
	AppID, Secret string

	srv *httptest.Server

	mu         sync.Mutex
	tokenSeq   int
	token      string // the current access token ("" before the first fetch)
	prev       string // the token before it, still valid until prevUntil (as on WeChat)
	prevUntil  time.Time
	tokenCalls int
	sendCalls  int
	script     []int64          // errcodes for the next custom/send calls, in order
	blocked    map[string]int64 // openid → errcode answered to every send for it
	delay      time.Duration
	sent       []Message
	typing     []Typing
}

// New starts a fake for the account appID/secret, closed when the test ends.
func New(t testing.TB, appID, secret string) *Server {
	t.Helper()
	s := &Server{AppID: appID, Secret: secret, blocked: map[string]int64{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /cgi-bin/token", s.handleToken)
	mux.HandleFunc("POST /cgi-bin/message/custom/send", s.handleSend)
	mux.HandleFunc("POST /cgi-bin/message/custom/typing", s.handleTyping)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL
	t.Cleanup(s.srv.Close)
	return s
}

// Fail makes the next len(codes) custom/send calls answer these errcodes, in order (each is
// used once, whatever the token). Fail(40001) forces one token refresh.
func (s *Server) Fail(codes ...int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, codes...)
}

// Block makes every send to openID answer code (e.g. 45015 once the 48-hour window closed);
// code 0 lifts the block.
func (s *Server) Block(openID string, code int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.blocked, openID)
		return
	}
	s.blocked[openID] = code
}

// TokenGrace is how long WeChat keeps accepting the previous access token after a new one was
// issued, so that instances sharing a token do not lock each other out while it changes.
const TokenGrace = 5 * time.Minute

// ExpireToken invalidates every access token issued so far, as WeChat does when a token expires
// early: calls with them get 40001 and the next /cgi-bin/token call issues a new one.
func (s *Server) ExpireToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.token, s.prev = "", ""
}

// SetDelay makes every answer wait d (a slow API; 0 = answer at once).
func (s *Server) SetDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// Sent returns the messages accepted so far, in order.
func (s *Server) Sent() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.sent...)
}

// Typings returns the typing commands accepted so far, in order.
func (s *Server) Typings() []Typing {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Typing(nil), s.typing...)
}

// TokenCalls counts /cgi-bin/token requests.
func (s *Server) TokenCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokenCalls
}

// SendCalls counts custom/send requests, accepted or not.
func (s *Server) SendCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sendCalls
}

// Token returns the current access token ("" if none was issued or it expired).
func (s *Server) Token() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.token
}

func (s *Server) wait(r *http.Request) {
	s.mu.Lock()
	d := s.delay
	s.mu.Unlock()
	if d <= 0 {
		return
	}
	select {
	case <-time.After(d):
	case <-r.Context().Done():
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; encoding=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

func writeCode(w http.ResponseWriter, code int64, msg string) {
	writeJSON(w, map[string]any{"errcode": code, "errmsg": msg})
}

func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	s.wait(r)
	q := r.URL.Query()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokenCalls++
	switch {
	case q.Get("grant_type") != "client_credential":
		writeCode(w, 40002, "invalid grant_type")
	case q.Get("appid") != s.AppID:
		writeCode(w, CodeInvalidAppID, "invalid appid")
	case q.Get("secret") != s.Secret:
		writeCode(w, CodeInvalidSecret, "invalid appsecret")
	default:
		s.tokenSeq++
		s.prev, s.prevUntil = s.token, time.Now().Add(TokenGrace)
		s.token = fmt.Sprintf("ACCESS_TOKEN_%d", s.tokenSeq)
		writeJSON(w, map[string]any{"access_token": s.token, "expires_in": 7200})
	}
}
