// Package wechat speaks WeChat's official-account protocol: it opens signed (and, in safe mode,
// AES-encrypted) pushes, renders passive replies, plays WeChat towards a server for the chat
// command and tests, and sends follow-up messages through the 客服消息 API. Signatures, AES and
// the message model come from silenceper/wechat/v2.
package wechat

import (
	"crypto/subtle"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// Errors Open returns; the webhook maps them to HTTP statuses.
var (
	ErrSignature = errors.New("wechat: signature mismatch") // 403
	ErrStale     = errors.New("wechat: stale timestamp")    // 403
	ErrMalformed = errors.New("wechat: malformed push")     // 400
)

// MaxSkew is how far a push's timestamp may be from our clock before it is refused as a replay.
const MaxSkew = 5 * time.Minute

// Codec checks and decodes pushes for one official account.
type Codec struct {
	Token  string
	AppID  string
	AESKey string           // EncodingAESKey; empty = plaintext mode only
	Now    func() time.Time // injectable clock
}

// Push is one opened push: the message plus what a reply must echo.
type Push struct {
	Msg       *message.MixMessage
	Safe      bool   // encrypted (encrypt_type=aes)
	JSON      bool   // JSON data format instead of XML
	random    []byte // the 16 random bytes of the encrypted payload, reused for the reply
	timestamp string
	nonce     string
}

// VerifyURL answers WeChat's GET verification: the echostr when the signature is right.
func (c *Codec) VerifyURL(q url.Values) (string, error) {
	if err := c.checkQuery(q); err != nil {
		return "", err
	}
	return q.Get("echostr"), nil
}

// Open verifies and decodes a POSTed push.
func (c *Codec) Open(q url.Values, contentType string, body []byte) (*Push, error) {
	p := &Push{
		Safe:      q.Get("encrypt_type") == "aes",
		JSON:      strings.Contains(contentType, "json"),
		timestamp: q.Get("timestamp"),
		nonce:     q.Get("nonce"),
	}
	if err := c.checkFresh(p.timestamp); err != nil {
		return nil, err
	}
	raw := body
	if p.Safe {
		var err error
		if raw, err = c.decrypt(p, q.Get("msg_signature"), body); err != nil {
			return nil, err
		}
	} else if !sameSig(q.Get("signature"), util.Signature(c.Token, p.timestamp, p.nonce)) {
		return nil, ErrSignature
	}
	msg, err := decodeMessage(raw, p.JSON)
	if err != nil {
		return nil, err
	}
	p.Msg = msg
	return p, nil
}

func (c *Codec) checkQuery(q url.Values) error {
	ts := q.Get("timestamp")
	if !sameSig(q.Get("signature"), util.Signature(c.Token, ts, q.Get("nonce"))) {
		return ErrSignature
	}
	return c.checkFresh(ts)
}

func (c *Codec) checkFresh(ts string) error {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: timestamp %q", ErrSignature, ts)
	}
	skew := c.Now().Sub(time.Unix(sec, 0))
	if skew > MaxSkew || skew < -MaxSkew {
		return fmt.Errorf("%w: %s off", ErrStale, skew.Round(time.Second))
	}
	return nil
}

// decrypt checks msg_signature over the Encrypt field and decrypts it (safe mode).
func (c *Codec) decrypt(p *Push, msgSig string, body []byte) ([]byte, error) {
	if c.AESKey == "" {
		return nil, fmt.Errorf("%w: encrypted push but no EncodingAESKey configured", ErrMalformed)
	}
	var env message.EncryptedXMLMsg
	if err := unmarshal(body, p.JSON, &env); err != nil || env.EncryptedMsg == "" {
		return nil, fmt.Errorf("%w: no Encrypt field", ErrMalformed)
	}
	if !sameSig(msgSig, util.Signature(c.Token, p.timestamp, p.nonce, env.EncryptedMsg)) {
		return nil, ErrSignature
	}
	random, raw, err := decryptSafely(c.AppID, env.EncryptedMsg, c.AESKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	p.random = random
	return raw, nil
}

// decryptSafely wraps util.DecryptMsg, which can panic on some truncated inputs.
func decryptSafely(appID, enc, key string) (random, raw []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("decrypt: %v", r)
		}
	}()
	return util.DecryptMsg(appID, enc, key)
}

func decodeMessage(raw []byte, isJSON bool) (*message.MixMessage, error) {
	var msg message.MixMessage
	if err := unmarshal(raw, isJSON, &msg); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if msg.FromUserName == "" || msg.MsgType == "" {
		return nil, fmt.Errorf("%w: FromUserName and MsgType are required", ErrMalformed)
	}
	return &msg, nil
}

func unmarshal(data []byte, isJSON bool, v any) error {
	if isJSON {
		return json.Unmarshal(data, v)
	}
	return xml.Unmarshal(data, v)
}

func sameSig(got, want string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}
