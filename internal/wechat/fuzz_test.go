package wechat

import (
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/util"
)

// FuzzOpen feeds arbitrary bodies through the inbound path in both modes: it must never panic,
// and every refusal must be one of the three errors the webhook maps to a status.
func FuzzOpen(f *testing.F) {
	f.Add([]byte(`<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[o1]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[贷款20万]]></Content><MsgId>1</MsgId></xml>`), false)
	f.Add([]byte(`<xml><Encrypt><![CDATA[`+vecEnc+`]]></Encrypt></xml>`), true)
	f.Add([]byte(`<xml><Encrypt>AAAA</Encrypt></xml>`), true)
	f.Add([]byte(`{"Encrypt":"`+vecEnc+`"}`), true)
	f.Add([]byte(`<!DOCTYPE x [<!ENTITY a "b">]><xml>&a;</xml>`), false)
	f.Fuzz(func(t *testing.T, body []byte, safe bool) {
		c := vecCodec()
		q := url.Values{"timestamp": {vecTS}, "nonce": {vecNonce}, "signature": {util.Signature(vecToken, vecTS, vecNonce)}}
		if safe {
			q.Set("encrypt_type", "aes")
			var env struct{ Encrypt string }
			_ = unmarshal(body, false, &env)
			q.Set("msg_signature", util.Signature(vecToken, vecTS, vecNonce, env.Encrypt))
		}
		c.Now = func() time.Time { return time.Unix(1714112445, 0) }
		p, err := c.Open(q, "text/xml", body)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrSignature) && !errors.Is(err, ErrStale) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if p.Msg == nil || p.Msg.FromUserName == "" {
			t.Fatalf("accepted a push without sender: %+v", p.Msg)
		}
	})
}
