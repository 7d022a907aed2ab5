package console

import (
	"context"
	"net/http"
	"strings"
)

// Copilot drafts a reply suggestion from the approved knowledge and the transcript (internal/llm
// behind it). The suggestion is only shown to the agent: whatever the agent sends goes through
// the compliance filter like any agent reply.
type Copilot interface {
	Suggest(ctx context.Context, conversationID uint64, question string, history []string) (Suggestion, error)
}

// Suggestion is a drafted reply for an agent to edit.
type Suggestion struct {
	Text    string   `json:"text"`    // "" when nothing could be drafted (Note says why)
	Sources []string `json:"sources"` // ids of the knowledge it rests on
	Note    string   `json:"note,omitempty"`
}

// suggestHistory is how many recent messages the copilot sees.
const suggestHistory = 8

// apiSuggest answers POST /console/api/conversations/{id}/suggest.
func (h *handler) apiSuggest(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	res, err := h.svc.suggest(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// suggest drafts an answer to the applicant's last message, with the recent transcript.
func (s *service) suggest(ctx context.Context, id uint64) (Suggestion, error) {
	if s.d.Copilot == nil {
		return Suggestion{}, errorf(http.StatusNotImplemented, "未配置大模型，无法生成建议回复")
	}
	msgs, err := s.d.Store.Messages(ctx, id)
	if err != nil {
		return Suggestion{}, err
	}
	var question string
	var history []string
	for _, m := range msgs {
		if m.Text == "" || m.Verdict == "block" {
			continue
		}
		who := "客服"
		if m.Direction == "in" {
			who, question = "申请人", m.Text
		}
		history = append(history, who+"："+m.Text)
	}
	if strings.TrimSpace(question) == "" {
		return Suggestion{}, errorf(http.StatusBadRequest, "没有可回答的申请人消息")
	}
	if len(history) > suggestHistory {
		history = history[len(history)-suggestHistory:]
	}
	return s.d.Copilot.Suggest(ctx, id, question, history)
}
