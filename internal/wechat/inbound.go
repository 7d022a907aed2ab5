package wechat

import (
	"strconv"
	"strings"
	"time"

	"github.com/silenceper/wechat/v2/officialaccount/message"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/conversation"
)

// toInbound turns a WeChat message into the pipeline's Inbound; false = acknowledge and ignore.
func toInbound(m *message.MixMessage) (conversation.Inbound, bool) {
	in := conversation.Inbound{
		OpenID:     string(m.FromUserName),
		MsgType:    string(m.MsgType),
		ReceivedAt: time.Unix(m.CreateTime, 0),
		DedupKey:   "m:" + strconv.FormatInt(m.MsgID, 10),
	}
	switch m.MsgType {
	case message.MsgTypeText:
		in.Kind, in.Text = bot.KindText, m.Content
	case message.MsgTypeVoice:
		in.Kind, in.Text = bot.KindText, strings.TrimSpace(m.Recognition)
		if in.Text == "" {
			in.Kind = bot.KindUnsupported
		}
	case message.MsgTypeEvent:
		return eventInbound(m, in)
	default: // image, video, shortvideo, location, link, file, anything new
		in.Kind = bot.KindUnsupported
	}
	if m.MsgID == 0 {
		in.DedupKey = eventKey(m)
	}
	return in, true
}

func eventInbound(m *message.MixMessage, in conversation.Inbound) (conversation.Inbound, bool) {
	in.Event, in.EventKey, in.DedupKey = string(m.Event), m.EventKey, eventKey(m)
	switch m.Event {
	case message.EventSubscribe:
		in.Kind = bot.KindSubscribe
	case message.EventUnsubscribe:
		in.Kind = bot.KindUnsupported // never reaches the engine
	case message.EventClick:
		in.Kind = bot.KindClick
	default:
		return in, false
	}
	return in, true
}

// eventKey is the dedup key of a push without MsgId.
func eventKey(m *message.MixMessage) string {
	return "e:" + string(m.FromUserName) + ":" + strconv.FormatInt(m.CreateTime, 10) + ":" + string(m.Event) + ":" + m.EventKey
}
