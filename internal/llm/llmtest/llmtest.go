// Package llmtest is a fake OpenAI-compatible chat-completions server for tests: it speaks the real
// wire protocol (POST /v1/chat/completions, JSON in and out, tool calls, error bodies), so the real
// go-openai client runs against it. Each test scripts the answers with a Script.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Request is the part of a chat request a Script looks at.
type Request struct {
	Model    string
	System   string   // the system message
	User     []string // user messages, in order
	Tool     string   // the function the request forces ("" = none)
	Messages int
}

// LastUser is the last user message.
func (r Request) LastUser() string {
	if len(r.User) == 0 {
		return ""
	}
	return r.User[len(r.User)-1]
}

// Reply is what the fake answers.
type Reply struct {
	Content  string        // the assistant's text
	ToolArgs string        // the arguments of a call of Request.Tool (raw, may be malformed on purpose)
	Status   int           // non-zero and not 200: an OpenAI-style error with this HTTP status
	Delay    time.Duration // wait before answering (the request's cancellation ends the wait)
}

// Script decides the reply to each request; n counts calls from 1.
type Script func(n int, r Request) Reply

// Server is a running fake.
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	script Script
	calls  []Request
}

// New starts a fake answering with script; it is closed with the test.
func New(t testing.TB, script Script) *Server {
	s := &Server{script: script}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.handle)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// BaseURL is what LOANBOT_LLM_BASE_URL would be.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// SetScript changes the answers.
func (s *Server) SetScript(script Script) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = script
}

// Calls returns the requests received so far.
func (s *Server) Calls() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.calls...)
}

type wireRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	ToolChoice *struct {
		Function struct {
			Name string `json:"name"`
		} `json:"function"`
	} `json:"tool_choice"`
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	var in wireRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Model == "" || len(in.Messages) == 0 {
		writeError(w, http.StatusBadRequest, "invalid request")
		return
	}
	req := Request{Model: in.Model, Messages: len(in.Messages)}
	for _, m := range in.Messages {
		switch m.Role {
		case "system":
			req.System = m.Content
		case "user":
			req.User = append(req.User, m.Content)
		}
	}
	if in.ToolChoice != nil {
		req.Tool = in.ToolChoice.Function.Name
	}
	s.mu.Lock()
	s.calls = append(s.calls, req)
	n, script := len(s.calls), s.script
	s.mu.Unlock()
	rep := script(n, req)
	if rep.Delay > 0 {
		select {
		case <-time.After(rep.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		writeError(w, rep.Status, "fake failure")
		return
	}
	writeJSON(w, completion(in.Model, req.Tool, rep))
}

func completion(model, tool string, rep Reply) map[string]any {
	msg := map[string]any{"role": "assistant", "content": rep.Content}
	finish := "stop"
	if tool != "" && rep.ToolArgs != "" {
		msg["tool_calls"] = []map[string]any{{"id": "call_1", "type": "function",
			"function": map[string]any{"name": tool, "arguments": rep.ToolArgs}}}
		finish = "tool_calls"
	}
	return map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": model,
		"choices": []map[string]any{{"index": 0, "message": msg, "finish_reason": finish}},
		"usage": map[string]int{"prompt_tokens": 100 + len(rep.Content)/10, "completion_tokens": 20 + len([]rune(rep.Content)),
			"total_tokens": 120 + len(rep.Content)/10 + len([]rune(rep.Content))},
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"server_error","param":null,"code":null}}`, msg)
}

// Answer is a Script that always says text (and calls any forced tool with args).
func Answer(text, args string) Script {
	return func(int, Request) Reply { return Reply{Content: text, ToolArgs: args} }
}

// Judge answers judge requests (tool "verdict") with a clean verdict and drafts with text.
func Judge(text string) Script {
	return func(_ int, r Request) Reply {
		if r.Tool == "verdict" {
			return Reply{ToolArgs: `{"promise":false,"unsupported":false,"reason":"ok"}`}
		}
		return Reply{Content: text}
	}
}

// IsJudge reports whether r is a judge call.
func IsJudge(r Request) bool { return r.Tool == "verdict" }

// IsExtract reports whether r is an extraction call.
func IsExtract(r Request) bool { return r.Tool == "record_facts" }

// Mentions reports whether the request's last user message contains s.
func Mentions(r Request, s string) bool { return strings.Contains(r.LastUser(), s) }
