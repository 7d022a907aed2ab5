package console

import (
	"fmt"
	"sort"
	"strings"

	"github.com/loanbot/loanbot/knowledge"
)

// lines are the sentences the console sends to applicants (knowledge/replies.yaml).
type lines struct {
	kb *knowledge.Base
}

// Reply keys the console uses, with the fields each takes.
const (
	lineJoined   = "agent_joined"   // {agent}: the adviser's number
	lineHandBack = "agent_handback" // —
	lineWait     = "human_wait"     // {hours}
	lineOffHours = "human_offhours" // {hours}
	cannedPrefix = "canned_"        // canned replies: canned_<shortcut>
)

func loadLines(kb *knowledge.Base) (lines, error) {
	if missing := kb.Replies.Missing(lineJoined, lineHandBack, lineWait, lineOffHours); len(missing) > 0 {
		return lines{}, fmt.Errorf("console: knowledge replies lack %s", strings.Join(missing, ", "))
	}
	return lines{kb: kb}, nil
}

func (l lines) render(key string, fields map[string]string) string {
	text, err := l.kb.Replies.Render(key, fields)
	if err != nil { // loadLines checked the keys; a field mismatch is a content error worth seeing
		return ""
	}
	return text
}

// Canned is a canned reply an agent picks or types as /shortcut.
type Canned struct {
	Shortcut string `json:"shortcut"`
	Text     string `json:"text"`
}

// cannedReplies lists the knowledge's canned_* replies that need no field.
func cannedReplies(kb *knowledge.Base) []Canned {
	var out []Canned
	for _, key := range kb.Replies.Keys() {
		if !strings.HasPrefix(key, cannedPrefix) || len(kb.Replies.Fields(key)) > 0 {
			continue
		}
		if text, err := kb.Replies.Render(key, nil); err == nil {
			out = append(out, Canned{Shortcut: strings.TrimPrefix(key, cannedPrefix), Text: text})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Shortcut < out[j].Shortcut })
	return out
}
