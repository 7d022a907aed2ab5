package console

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// The conversation view marks the applicant message a compliance hit was recorded on, masks the
// personal profile values for agents, and recomputes the grade and product fit from the slots.
func TestConversationView(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	state := `{"v":2,"phase":"assessed","consent":true,"slots":{"amount_yuan":200000,"term_months":36,` +
		`"loan_purpose":"renovation","employment":"salaried","monthly_income_yuan":12000,"credit_queries_6m":9,` +
		`"overdue_current":false},"grade":"B","note":"需要20万，分36期，用于装修","handoff_why":"complaint"}`
	res, err := in.st.SaveTurn(context.Background(), store.Turn{
		In: store.Inbound{OpenID: "oViewMarks000001", DedupKey: "m:view1", MsgType: "text",
			Text: "能不能帮我做一份银行流水？不然我投诉你们", ReceivedAt: time.Now()},
		Outcome: store.Outcome{State: store.StateWaiting, AddFlags: []string{"fraud_request", "complaint"},
			EngineState: []byte(state), Grade: "B",
			Hits: []store.Hit{{Phrase: "做流水", Category: "I01", Action: "flag", Text: "能不能帮我做一份银行流水", Direction: store.DirectionIn}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	in.account(t, "agent1", "agent")
	b := in.browser(t)
	b.login("agent1")
	status, body := b.get(fmt.Sprintf("/console/api/conversations/%d", res.Conversation.ID))
	var v ConversationView
	if status != http.StatusOK || json.Unmarshal([]byte(body), &v) != nil {
		t.Fatalf("view: %d %s", status, body)
	}
	if len(v.Messages) == 0 || len(v.Messages[0].HitPhrases) != 1 || v.Messages[0].HitPhrases[0] != "做流水" {
		t.Fatalf("the hit is not marked on the applicant's message: %+v", v.Messages)
	}
	masked := map[string]bool{}
	for _, f := range v.Profile {
		masked[f.Key] = f.Masked
	}
	if !masked["monthly_income_yuan"] || !masked["credit_queries_6m"] || masked["amount_yuan"] {
		t.Fatalf("masking: %+v", v.Profile)
	}
	if v.Summary == "" || v.Handoff != "complaint" || len(v.GradeReasons) == 0 || len(v.Matched)+len(v.Excluded) == 0 {
		t.Fatalf("summary %q hand-off %q reasons %d products %d/%d", v.Summary, v.Handoff, len(v.GradeReasons),
			len(v.Matched), len(v.Excluded))
	}
	if status, page := b.get(fmt.Sprintf("/console/conversations/%d", res.Conversation.ID)); status != http.StatusOK ||
		!contains(page, "合规命中：做流水", maskedValue, "转人工摘要") {
		t.Fatalf("page: %d", status)
	}
}

func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
