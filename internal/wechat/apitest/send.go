package apitest

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// customMessage is the body of custom/send (text messages; other types are refused).
type customMessage struct {
	ToUser  string `json:"touser"`
	MsgType string `json:"msgtype"`
	Text    *struct {
		Content string `json:"content"`
	} `json:"text"`
}

func (s *Server) handleSend(w http.ResponseWriter, r *http.Request) {
	s.wait(r)
	var msg customMessage
	decodeErr := json.NewDecoder(r.Body).Decode(&msg)
	token := r.URL.Query().Get("access_token")
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sendCalls++
	if code, text, ok := s.checkToken(token); !ok {
		writeCode(w, code, text)
		return
	}
	if len(s.script) > 0 {
		code := s.script[0]
		s.script = s.script[1:]
		writeCode(w, code, errmsg(code))
		return
	}
	if code := s.checkMessage(msg, decodeErr); code != 0 {
		writeCode(w, code, errmsg(code))
		return
	}
	s.sent = append(s.sent, Message{ToUser: msg.ToUser, MsgType: msg.MsgType,
		Content: msg.Text.Content, Token: token})
	writeCode(w, 0, "ok")
}

// checkToken answers as WeChat does for a missing or unknown access token. Called with s.mu held.
func (s *Server) checkToken(token string) (code int64, msg string, ok bool) {
	switch {
	case token == "":
		return CodeMissingToken, "access_token missing", false
	case token == s.token:
	case token == s.prev && time.Now().Before(s.prevUntil):
	default:
		return CodeTokenInvalid, errmsg(CodeTokenInvalid), false
	}
	return 0, "", true
}

// checkMessage validates a custom/send body. Called with s.mu held.
func (s *Server) checkMessage(msg customMessage, decodeErr error) int64 {
	switch {
	case decodeErr != nil:
		return CodeBadJSON
	case msg.ToUser == "":
		return CodeInvalidOpenID
	case msg.MsgType != "text" || msg.Text == nil:
		return CodeInvalidMsgType
	case strings.TrimSpace(msg.Text.Content) == "":
		return CodeEmptyContent
	}
	return s.blocked[msg.ToUser]
}

func (s *Server) handleTyping(w http.ResponseWriter, r *http.Request) {
	s.wait(r)
	var body struct {
		ToUser  string `json:"touser"`
		Command string `json:"command"`
	}
	decodeErr := json.NewDecoder(r.Body).Decode(&body)
	s.mu.Lock()
	defer s.mu.Unlock()
	if code, text, ok := s.checkToken(r.URL.Query().Get("access_token")); !ok {
		writeCode(w, code, text)
		return
	}
	switch {
	case decodeErr != nil:
		writeCode(w, CodeBadJSON, errmsg(CodeBadJSON))
	case body.ToUser == "":
		writeCode(w, CodeInvalidOpenID, errmsg(CodeInvalidOpenID))
	case body.Command != "Typing" && body.Command != "CancelTyping":
		writeCode(w, CodeInvalidArgs, errmsg(CodeInvalidArgs))
	default:
		s.typing = append(s.typing, Typing{ToUser: body.ToUser, Command: body.Command})
		writeCode(w, 0, "ok")
	}
}

// errmsg is WeChat's message for a code (as far as the fake knows it).
func errmsg(code int64) string {
	switch code {
	case CodeSystemBusy:
		return "system error"
	case CodeTokenInvalid:
		return "invalid credential, access_token is invalid or not latest"
	case CodeTokenExpired:
		return "access_token expired"
	case CodeInvalidOpenID:
		return "invalid openid"
	case CodeInvalidMsgType:
		return "invalid message type"
	case CodeEmptyContent:
		return "empty content"
	case CodeBadJSON:
		return "data format error"
	case CodeWindowClosed:
		return "response out of time limit or subscription is canceled"
	case CodeQuota:
		return "out of response count limit"
	case CodeInvalidArgs:
		return "invalid args"
	}
	return "error"
}
