package console

import (
	"time"
	"unicode/utf8"

	"github.com/loanbot/loanbot/internal/store"
)

// Flag is a reason code with its Chinese label.
type Flag struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

var flagLabels = map[string]string{
	"ask_human":        "要求人工",
	"complaint":        "投诉",
	"fraud_request":    "违规请求",
	"compliance_block": "合规拦截",
	"grade_b":          "B级需复核",
	"grade_c":          "C级",
	"engine_error":     "系统故障",
	"llm_failure":      "模型故障",
}

func flagsOf(codes []string) []Flag {
	out := make([]Flag, 0, len(codes))
	for _, c := range codes {
		label := flagLabels[c]
		if label == "" {
			label = c
		}
		out = append(out, Flag{Code: c, Label: label})
	}
	return out
}

var stateLabels = map[string]string{
	store.StateBot: "机器人接待", store.StateWaiting: "等待人工", store.StateAgent: "人工接待中", store.StateClosed: "已关闭",
}

var senderLabels = map[string]string{
	store.SenderApplicant: "申请人", store.SenderBot: "机器人", store.SenderSystem: "系统", store.SenderAgent: "顾问",
}

var priorityLabels = map[int]string{store.RankUrgent: "紧急", store.RankFlagged: "普通", store.RankUnflagged: "—"}

// QueueLine is one conversation in the queue, as pages and the API show it.
type QueueLine struct {
	ID            uint64    `json:"id"`
	Applicant     string    `json:"applicant"` // masked openid
	State         string    `json:"state"`
	StateLabel    string    `json:"state_label"`
	Agent         string    `json:"assigned_agent,omitempty"`
	Flags         []Flag    `json:"flags"`
	Priority      int       `json:"priority"` // 0 = urgent (complaint, fraud), 1 = flagged
	PriorityLabel string    `json:"priority_label"`
	Grade         string    `json:"grade,omitempty"`
	QueuedAt      time.Time `json:"queued_at"`
	WaitSeconds   int64     `json:"waiting_seconds"`
	Left          int       `json:"messages_waiting"`
}

func queueLine(it store.QueueItem, now time.Time) QueueLine {
	l := QueueLine{ID: it.ID, Applicant: maskID(it.OpenID), State: it.State, StateLabel: stateLabels[it.State],
		Agent: it.AssignedAgent, Flags: flagsOf(it.Flags), Priority: it.Rank, PriorityLabel: priorityLabels[it.Rank],
		Grade: it.Grade, QueuedAt: it.QueuedAt, Left: it.Left}
	if !it.QueuedAt.IsZero() && it.State != store.StateClosed {
		l.WaitSeconds = int64(now.Sub(it.QueuedAt) / time.Second)
	}
	return l
}

// maskID keeps the first and last four characters of an identifier.
func maskID(id string) string {
	if utf8.RuneCountInString(id) <= 8 {
		return "****"
	}
	r := []rune(id)
	return string(r[:4]) + "…" + string(r[len(r)-4:])
}
