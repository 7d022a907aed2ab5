package console

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// maxReplyRunes bounds one agent message (a 客服消息 text holds 2048 bytes).
const maxReplyRunes = 600

// SendRequest is the body of POST …/conversations/{id}/messages.
type SendRequest struct {
	Text    string `json:"text"`
	Private bool   `json:"private"` // a private note: stored, never sent
}

// SendResult says what became of an agent's message.
type SendResult struct {
	Status  string    `json:"status"` // sent | blocked | noted
	Text    string    `json:"text,omitempty"`
	Hits    []HitInfo `json:"hits"`
	Explain string    `json:"explain,omitempty"`
}

// HitInfo is one reason a draft was blocked: the words, the rule, and why.
type HitInfo struct {
	Words    string `json:"words"`
	Phrase   string `json:"phrase"`
	Category string `json:"category"`
	Why      string `json:"why"`
	Rule     string `json:"rule"`
	Action   string `json:"action"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence,omitempty"`
}

// send checks an agent's message against the compliance filter and, when allowed, queues it
// (with any missing disclosure appended) — only while the agent holds the conversation and
// WeChat's 48-hour window is open. A blocked draft is recorded, never sent.
func (s *service) send(ctx context.Context, st Staff, id uint64, req SendRequest, addr string) (SendResult, error) {
	text := strings.TrimSpace(req.Text)
	if text == "" {
		return SendResult{}, errorf(http.StatusBadRequest, "消息不能为空")
	}
	if utf8.RuneCountInString(text) > maxReplyRunes {
		return SendResult{}, errorf(http.StatusBadRequest, "消息最多%d个字", maxReplyRunes)
	}
	if req.Private {
		n, err := s.note(ctx, st, id, text, addr)
		return SendResult{Status: "noted", Text: n.Text, Hits: []HitInfo{}}, err
	}
	if err := s.canSend(ctx, st, id); err != nil {
		return SendResult{}, err
	}
	v := s.d.Filter.CheckOutbound(text)
	res := SendResult{Status: "sent", Hits: hitInfos(text, v)}
	reply := store.Reply{Text: text, Verdict: string(v.Verdict)}
	var hits []store.Hit
	for _, h := range v.Counted() {
		hits = append(hits, store.Hit{Phrase: h.Phrase, Category: h.Category, Action: string(h.Action), Text: text,
			Direction: store.DirectionOut, Version: s.phraseVersion()})
	}
	action := store.AuditReply
	if v.Verdict == compliance.Block {
		res.Status, res.Explain, action = "blocked", v.Explain(text), store.AuditBlocked
		reply.Verdict = store.VerdictBlock
	} else {
		reply.Text = compliance.WithDisclosures(text, v)
		res.Text = reply.Text
		if reply.Verdict != store.VerdictFlag {
			reply.Verdict = store.VerdictAllow
		}
	}
	if err := s.d.Store.AgentReply(ctx, id, st.Username, reply, hits); err != nil {
		return SendResult{}, heldBySomeoneElse(err)
	}
	if res.Status == "sent" {
		s.d.Kick()
	}
	s.audit(ctx, st, action, id, strconv.Itoa(utf8.RuneCountInString(reply.Text))+" chars", addr)
	s.publish(ctx, Event{ConversationID: id, Kind: "reply", By: st.Username})
	return res, nil
}

// canSend checks that the agent holds the conversation and the 48-hour window is open.
func (s *service) canSend(ctx context.Context, st Staff, id uint64) error {
	c, err := s.d.Store.Conversation(ctx, id)
	if err != nil {
		return err
	}
	if c.State != store.StateAgent || c.AssignedAgent != st.Username {
		return errorf(http.StatusConflict, "请先接管该会话再回复")
	}
	last, err := s.d.Store.LastInbound(ctx, id)
	if err != nil {
		return err
	}
	if last.IsZero() || !s.d.Now().Before(last.Add(window)) {
		return errorf(http.StatusUnprocessableEntity, "申请人最后一条消息已超过48小时，微信不允许再发送客服消息；请等待申请人再次留言")
	}
	return nil
}

func hitInfos(text string, v compliance.Verdict) []HitInfo {
	runes := []rune(text)
	out := []HitInfo{}
	for _, h := range v.Counted() {
		hi := HitInfo{Phrase: h.Phrase, Category: h.Category, Why: whyOf(h), Rule: h.Rule, Action: string(h.Action),
			Start: h.Start, End: h.End}
		if h.Start >= 0 && h.End <= len(runes) && h.Start < h.End {
			hi.Words = string(runes[h.Start:h.End])
		}
		if h.SentenceStart >= 0 && h.SentenceEnd <= len(runes) && h.SentenceStart < h.SentenceEnd {
			hi.Sentence = string(runes[h.SentenceStart:h.SentenceEnd])
		}
		out = append(out, hi)
	}
	return out
}

// idOf reads the {id} path value.
func idOf(r *http.Request) (uint64, error) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		return 0, errorf(http.StatusNotFound, "会话不存在")
	}
	return id, nil
}
