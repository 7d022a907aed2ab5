package wechat

import (
	"encoding/xml"
	"fmt"
	"strconv"

	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// Seal renders a passive text reply to p (the pipeline keeps text within
// conversation.MaxPassiveBytes): XML, encrypted and signed in safe mode.
// createTime is part of the input so that retries of one message get byte-identical replies.
func (c *Codec) Seal(p *Push, text string, createTime int64) ([]byte, error) {
	reply := message.NewText(text)
	reply.SetToUserName(p.Msg.FromUserName)
	reply.SetFromUserName(p.Msg.ToUserName)
	reply.SetCreateTime(createTime)
	reply.SetMsgType(message.MsgTypeText)
	raw, err := xml.Marshal(reply)
	if err != nil {
		return nil, fmt.Errorf("wechat: render reply: %w", err)
	}
	if !p.Safe {
		return raw, nil
	}
	enc, err := util.EncryptMsg(p.random, raw, c.AppID, c.AESKey)
	if err != nil {
		return nil, fmt.Errorf("wechat: encrypt reply: %w", err)
	}
	out, err := xml.Marshal(message.ResponseEncryptedXMLMsg{
		EncryptedMsg: string(enc),
		MsgSignature: util.Signature(c.Token, strconv.FormatInt(createTime, 10), p.nonce, string(enc)),
		Timestamp:    createTime,
		Nonce:        p.nonce,
	})
	if err != nil {
		return nil, fmt.Errorf("wechat: render encrypted reply: %w", err)
	}
	return out, nil
}
