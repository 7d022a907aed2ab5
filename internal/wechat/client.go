package wechat

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// Client plays WeChat towards a loanbot server: it signs pushes (and encrypts them in safe mode)
// exactly as WeChat does, retries like WeChat when the server is slow, and opens the replies.
// The chat command, the tests and the load script use it.
type Client struct {
	URL        string // the webhook, e.g. http://127.0.0.1:8080/wechat
	Token      string
	AppID      string
	AESKey     string // non-empty: safe mode
	Account    string // ToUserName, the official account's id
	HTTP       *http.Client
	Now        func() time.Time
	Retries    int           // extra attempts after a timeout, as WeChat does (3 in all by default)
	RetryAfter time.Duration // WeChat waits 5 s for a reply before retrying
}

// Outgoing is one message from an applicant.
type Outgoing struct {
	OpenID      string
	MsgID       int64  // 0 for events
	MsgType     string // text, voice, image, event …
	Content     string
	Recognition string
	Event       string
	EventKey    string
	CreateTime  int64 // 0 = now
}

// Answer is what the server replied.
type Answer struct {
	Status   int
	Text     string // the reply text; empty for "success" or an empty body
	Raw      []byte // the body as received
	Attempts int
}

// Send pushes one message and returns the server's answer, retrying on timeouts like WeChat.
func (c *Client) Send(ctx context.Context, o Outgoing) (Answer, error) {
	body, q, err := c.build(o)
	if err != nil {
		return Answer{}, err
	}
	var last error
	for attempt := 1; attempt <= 1+c.Retries; attempt++ {
		ans, err := c.post(ctx, q, body)
		if err == nil {
			ans.Attempts = attempt
			return ans, nil
		}
		if ctx.Err() != nil {
			return Answer{}, ctx.Err()
		}
		last = err
	}
	return Answer{}, fmt.Errorf("wechat client: no answer after %d attempts: %w", 1+c.Retries, last)
}

func (c *Client) post(ctx context.Context, q url.Values, body []byte) (Answer, error) {
	wait := c.RetryAfter
	if wait == 0 {
		wait = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+"?"+q.Encode(), bytes.NewReader(body))
	if err != nil {
		return Answer{}, fmt.Errorf("wechat client: %w", err)
	}
	req.Header.Set("Content-Type", "text/xml")
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return Answer{}, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return Answer{}, err
	}
	ans := Answer{Status: resp.StatusCode, Raw: raw}
	if resp.StatusCode == http.StatusOK {
		ans.Text, err = c.open(raw)
	}
	return ans, err
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return http.DefaultClient
}

func (c *Client) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// build renders the push body and its signed query, as WeChat does.
func (c *Client) build(o Outgoing) ([]byte, url.Values, error) {
	if o.CreateTime == 0 {
		o.CreateTime = c.now().Unix()
	}
	raw, err := xml.Marshal(c.mix(o))
	if err != nil {
		return nil, nil, fmt.Errorf("wechat client: render push: %w", err)
	}
	ts := strconv.FormatInt(c.now().Unix(), 10)
	nonce := strconv.FormatInt(c.now().UnixNano()%1e9, 10)
	q := url.Values{"timestamp": {ts}, "nonce": {nonce}, "openid": {o.OpenID},
		"signature": {util.Signature(c.Token, ts, nonce)}}
	if c.AESKey == "" {
		return raw, q, nil
	}
	random := make([]byte, 16)
	if _, err := rand.Read(random); err != nil {
		return nil, nil, fmt.Errorf("wechat client: random: %w", err)
	}
	enc, err := util.EncryptMsg(random, raw, c.AppID, c.AESKey)
	if err != nil {
		return nil, nil, fmt.Errorf("wechat client: encrypt: %w", err)
	}
	q.Set("encrypt_type", "aes")
	q.Set("msg_signature", util.Signature(c.Token, ts, nonce, string(enc)))
	body, err := xml.Marshal(message.EncryptedXMLMsg{ToUserName: c.Account, EncryptedMsg: string(enc)})
	return body, q, err
}

type pushXML struct {
	XMLName      xml.Name      `xml:"xml"`
	ToUserName   message.CDATA `xml:"ToUserName"`
	FromUserName message.CDATA `xml:"FromUserName"`
	CreateTime   int64         `xml:"CreateTime"`
	MsgType      message.CDATA `xml:"MsgType"`
	Content      message.CDATA `xml:"Content,omitempty"`
	Recognition  message.CDATA `xml:"Recognition,omitempty"`
	Event        message.CDATA `xml:"Event,omitempty"`
	EventKey     message.CDATA `xml:"EventKey,omitempty"`
	MsgID        int64         `xml:"MsgId,omitempty"`
}

func (c *Client) mix(o Outgoing) pushXML {
	return pushXML{
		ToUserName: message.CDATA(c.Account), FromUserName: message.CDATA(o.OpenID),
		CreateTime: o.CreateTime, MsgType: message.CDATA(o.MsgType), Content: message.CDATA(o.Content),
		Recognition: message.CDATA(o.Recognition), Event: message.CDATA(o.Event),
		EventKey: message.CDATA(o.EventKey), MsgID: o.MsgID,
	}
}

// open verifies and decrypts a reply (safe mode) and returns its text ("" for success/empty).
func (c *Client) open(raw []byte) (string, error) {
	if len(bytes.TrimSpace(raw)) == 0 || string(raw) == "success" {
		return "", nil
	}
	if c.AESKey != "" {
		var env message.ResponseEncryptedXMLMsg
		if err := xml.Unmarshal(raw, &env); err != nil {
			return "", fmt.Errorf("wechat client: reply envelope: %w", err)
		}
		ts := strconv.FormatInt(env.Timestamp, 10)
		if env.MsgSignature != util.Signature(c.Token, ts, env.Nonce, env.EncryptedMsg) {
			return "", fmt.Errorf("wechat client: reply signature mismatch")
		}
		_, plain, err := util.DecryptMsg(c.AppID, env.EncryptedMsg, c.AESKey)
		if err != nil {
			return "", fmt.Errorf("wechat client: reply decrypt: %w", err)
		}
		raw = plain
	}
	var text message.MixMessage
	if err := xml.Unmarshal(raw, &text); err != nil {
		return "", fmt.Errorf("wechat client: reply: %w", err)
	}
	return text.Content, nil
}

// MsgIDFor derives a stable, positive MsgId from a string (tests and the load script).
func MsgIDFor(s string) int64 {
	var h uint64 = 1469598103934665603
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return int64(h >> 1)
}
