package main

import (
	"encoding/json"
	"net"
	"net/http"
	"sync"
	"time"
)

// apiSend is one 客服消息 the fake WeChat API accepted.
type apiSend struct {
	inst, openID, content string
	at                    time.Time
}

// fakeAPI speaks the part of WeChat's API loanbot uses (token, custom/send, typing). Each
// instance gets its own base path (/a, /b), so the API knows which one sent a message, and a
// hook can SIGKILL the sender right after a send was accepted.
type fakeAPI struct {
	url string
	srv *http.Server

	mu     sync.Mutex
	sends  []apiSend
	armed  string // instance whose next accepted send triggers onSend
	onSend func(inst string, at time.Time)
}

func newFakeAPI() (*fakeAPI, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	f := &fakeAPI{url: "http://" + ln.Addr().String()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{inst}/cgi-bin/token", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"access_token": "FAULTS_TOKEN", "expires_in": 7200})
	})
	mux.HandleFunc("POST /{inst}/cgi-bin/message/custom/send", f.send)
	mux.HandleFunc("POST /{inst}/cgi-bin/message/custom/typing", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"errcode": 0, "errmsg": "ok"})
	})
	f.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = f.srv.Serve(ln) }()
	return f, nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; encoding=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeAPI) send(w http.ResponseWriter, r *http.Request) {
	var m struct {
		ToUser string `json:"touser"`
		Text   struct {
			Content string `json:"content"`
		} `json:"text"`
	}
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil || m.ToUser == "" || m.Text.Content == "" {
		writeJSON(w, map[string]any{"errcode": 47001, "errmsg": "data format error"})
		return
	}
	if r.URL.Query().Get("access_token") != "FAULTS_TOKEN" {
		writeJSON(w, map[string]any{"errcode": 40001, "errmsg": "invalid credential"})
		return
	}
	inst := r.PathValue("inst")
	at := time.Now()
	f.mu.Lock()
	f.sends = append(f.sends, apiSend{inst: inst, openID: m.ToUser, content: m.Text.Content, at: at})
	hook := f.armed == inst
	if hook {
		f.armed = ""
	}
	f.mu.Unlock()
	writeJSON(w, map[string]any{"errcode": 0, "errmsg": "ok"})
	if hook {
		if fl, ok := w.(http.Flusher); ok {
			fl.Flush() // the answer is on its way: the sender may or may not get to mark the row
		}
		f.onSend(inst, at)
	}
}

// arm makes the next send accepted from inst call onSend.
func (f *fakeAPI) arm(inst string, onSend func(string, time.Time)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.onSend = inst, onSend
}

func (f *fakeAPI) isArmed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.armed != ""
}

// take returns and forgets the sends so far.
func (f *fakeAPI) take() []apiSend {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := f.sends
	f.sends = nil
	return out
}
