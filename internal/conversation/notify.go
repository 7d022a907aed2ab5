package conversation

import (
	"context"
	"encoding/json"
	"unicode/utf8"
)

// consoleEvent tells agents' consoles that a conversation needs attention.
type consoleEvent struct {
	ConversationID uint64   `json:"conversation_id"`
	Kind           string   `json:"kind"` // message | waiting | flagged
	Flags          []string `json:"flags,omitempty"`
}

// notify publishes a console event for messages to human-held conversations and for new flags.
// It is best effort: the console also reads the database.
func (s *Service) notify(ctx context.Context, t turnResult) {
	kind := s.queue(ctx, t)
	switch {
	case t.human:
		kind = "message"
	case kind == "" && t.flagged:
		kind = "flagged"
	case kind == "":
		return
	}
	b, _ := json.Marshal(consoleEvent{ConversationID: t.outcome.ConversationID, Kind: kind, Flags: t.outcome.AddFlags})
	if err := s.d.Sessions.Publish(ctx, ConsoleChannel, b); err != nil {
		s.d.Log.WarnContext(ctx, "console event not published", "err", err)
	}
}

// MaskID shortens an identifier for logs: the first and last four characters.
func MaskID(id string) string {
	if utf8.RuneCountInString(id) <= 8 {
		return "****"
	}
	r := []rune(id)
	return string(r[:4]) + "…" + string(r[len(r)-4:])
}
