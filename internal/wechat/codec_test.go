package wechat

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/util"
)

// The official safe-mode vector (WeChat message-push docs, JSON data format).
const (
	vecToken  = "AAAAA"
	vecAESKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	vecAppID  = "wxba5fad812f8e6fb9"
	vecTS     = "1714112445"
	vecNonce  = "415670741"
	vecMsgSig = "046e02f8204d34f8ba5fa3b1db94908f3df2e9b3"
	vecSig    = "6c5c811b55cc85e0e1b54100749188c20beb3f5d"
	vecEnc    = "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04="
)

func vecCodec() *Codec {
	return &Codec{Token: vecToken, AppID: vecAppID, AESKey: vecAESKey,
		Now: func() time.Time { return time.Unix(1714112445, 0) }}
}

func vecQuery() url.Values {
	return url.Values{"signature": {vecSig}, "timestamp": {vecTS}, "nonce": {vecNonce},
		"openid": {"o9AgO5Kd5ggOC-bXrbNODIiE3bGY"}, "encrypt_type": {"aes"}, "msg_signature": {vecMsgSig}}
}

func TestOfficialVector(t *testing.T) {
	if got := util.Signature(vecToken, vecTS, vecNonce, vecEnc); got != vecMsgSig {
		t.Fatalf("msg_signature = %s, want %s", got, vecMsgSig)
	}
	body := `{"ToUserName":"gh_97417a04a28d","Encrypt":"` + vecEnc + `"}`
	p, err := vecCodec().Open(vecQuery(), "application/json", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if p.Msg.Event != "debug_demo" || p.Msg.FromUserName != "o9AgO5Kd5ggOC-bXrbNODIiE3bGY" || p.Msg.CreateTime != 1714112445 {
		t.Fatalf("decrypted %+v", p.Msg)
	}
}

func TestOpenRefusals(t *testing.T) {
	goodBody := `{"ToUserName":"gh_97417a04a28d","Encrypt":"` + vecEnc + `"}`
	tests := []struct {
		name  string
		query func(url.Values)
		body  string
		now   time.Time
		want  error
	}{
		{"bad msg_signature", func(q url.Values) { q.Set("msg_signature", strings.Repeat("0", 40)) }, goodBody, time.Unix(1714112445, 0), ErrSignature},
		{"stale by 6 minutes", nil, goodBody, time.Unix(1714112445+360, 0), ErrStale},
		{"from the future", nil, goodBody, time.Unix(1714112445-360, 0), ErrStale},
		{"timestamp not a number", func(q url.Values) { q.Set("timestamp", "abc") }, goodBody, time.Unix(1714112445, 0), ErrSignature},
		{"no Encrypt field", nil, `{"ToUserName":"x"}`, time.Unix(1714112445, 0), ErrMalformed},
		{"not json", nil, `{{{`, time.Unix(1714112445, 0), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := vecCodec()
			c.Now = func() time.Time { return tt.now }
			q := vecQuery()
			if tt.query != nil {
				tt.query(q)
			}
			_, err := c.Open(q, "application/json", []byte(tt.body))
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestPlaintextRefusals(t *testing.T) {
	c := &Codec{Token: "tok", Now: time.Now}
	ts := "1700000000"
	c.Now = func() time.Time { return time.Unix(1700000000, 0) }
	good := url.Values{"timestamp": {ts}, "nonce": {"1"}, "signature": {util.Signature("tok", ts, "1")}}
	bad := url.Values{"timestamp": {ts}, "nonce": {"1"}, "signature": {"nope"}}
	tests := []struct {
		name string
		q    url.Values
		body string
		want error
	}{
		{"bad signature", bad, `<xml><FromUserName>u</FromUserName><MsgType>text</MsgType></xml>`, ErrSignature},
		{"malformed xml", good, `<xml><FromUserName>u</From`, ErrMalformed},
		{"missing sender", good, `<xml><MsgType>text</MsgType></xml>`, ErrMalformed},
		{"encrypted but no key", url.Values{"timestamp": {ts}, "nonce": {"1"}, "encrypt_type": {"aes"}}, `<xml/>`, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.Open(tt.q, "text/xml", []byte(tt.body)); !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, safe := range []bool{false, true} {
		name := map[bool]string{false: "plaintext", true: "safe mode"}[safe]
		t.Run(name, func(t *testing.T) {
			cl := &Client{Token: vecToken, AppID: vecAppID, Account: "gh_test"}
			co := &Codec{Token: vecToken, AppID: vecAppID, Now: time.Now}
			if safe {
				cl.AESKey, co.AESKey = vecAESKey, vecAESKey
			}
			body, q, err := cl.build(Outgoing{OpenID: "o-申请人", MsgID: 42, MsgType: "text", Content: "我想贷款２０万😊"})
			if err != nil {
				t.Fatal(err)
			}
			p, err := co.Open(q, "text/xml", body)
			if err != nil {
				t.Fatal(err)
			}
			if p.Msg.Content != "我想贷款２０万😊" || p.Msg.MsgID != 42 || p.Msg.FromUserName != "o-申请人" {
				t.Fatalf("opened %+v", p.Msg)
			}
			out, err := co.Seal(p, "您好，贷款需谨慎。", 1700000000)
			if err != nil {
				t.Fatal(err)
			}
			text, err := cl.open(out)
			if err != nil || text != "您好，贷款需谨慎。" {
				t.Fatalf("reply %q, %v (raw %s)", text, err, out)
			}
		})
	}
}

func TestClientSendRetriesLikeWeChat(t *testing.T) {
	cl := &Client{URL: "http://127.0.0.1:1/wechat", Token: "t", Retries: 2, RetryAfter: 10 * time.Millisecond}
	_, err := cl.Send(context.Background(), Outgoing{OpenID: "o", MsgID: 1, MsgType: "text", Content: "hi"})
	if err == nil || !strings.Contains(err.Error(), "3 attempts") {
		t.Fatalf("err = %v, want a failure after 3 attempts", err)
	}
}
