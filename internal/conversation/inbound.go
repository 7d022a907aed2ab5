package conversation

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/bot"
)

// Inbound is one applicant message or event, protocol-neutral.
type Inbound struct {
	OpenID     string
	DedupKey   string   // MsgId, or FromUserName+CreateTime+Event+EventKey for events
	MsgType    string   // text, voice, image, event …
	Event      string   // subscribe, unsubscribe, CLICK (events only)
	EventKey   string   // the menu key or the QR scene
	Kind       bot.Kind // what the engine should see
	Text       string   // typed text or voice recognition
	ReceivedAt time.Time
}

// Unsubscribe reports whether the applicant unfollowed the account.
func (in Inbound) Unsubscribe() bool { return in.Event == "unsubscribe" }

// Reply is the passive answer to one message; empty Text means "success" (nothing to say now).
type Reply struct {
	Text       string `json:"t,omitempty"`
	CreateTime int64  `json:"c"`
}

func (r Reply) encode() []byte {
	b, _ := json.Marshal(r) // a struct of a string and an int always marshals
	return b
}

func decodeReply(b []byte) (Reply, error) {
	var r Reply
	if err := json.Unmarshal(b, &r); err != nil {
		return Reply{}, fmt.Errorf("conversation: cached reply: %w", err)
	}
	return r, nil
}
