package wechat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/credential"
	"github.com/silenceper/wechat/v2/officialaccount"
	offConfig "github.com/silenceper/wechat/v2/officialaccount/config"
	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// DefaultAPIBase is where the SDK sends its API calls unless Configure points it elsewhere.
const DefaultAPIBase = "https://api.weixin.qq.com"

// API paths of the customer-service (客服消息) calls. The SDK's message.Manager.Send takes no
// ctx and flattens WeChat's errcode into a string, so the Sender posts the SDK's own
// CustomerMessage itself through util.PostJSONContext (which honours Configure's hooks).
const (
	customSendURL   = DefaultAPIBase + "/cgi-bin/message/custom/send"
	customTypingURL = DefaultAPIBase + "/cgi-bin/message/custom/typing"
)

// WeChat errcodes the Sender classifies.
const (
	codeTokenInvalid   = 40001 // invalid credential: the access token is not (or no longer) valid
	codeInvalidOpenID  = 40003
	codeTokenExpired   = 42001
	codeNotFollowing   = 43004 // the applicant does not (or no longer) follow the account
	codeEmptyContent   = 44004
	codeContentTooLong = 45002
	codeWindowClosed   = 45015 // the 48-hour customer-service window has passed
	codeQuota          = 45047 // more customer messages than allowed for one applicant message
)

// kindError is a class of WeChat failure; Permanent says whether retrying can ever help.
type kindError struct {
	msg       string
	permanent bool
}

func (e *kindError) Error() string   { return e.msg }
func (e *kindError) Permanent() bool { return e.permanent }

// Error kinds of SendText, tested with errors.Is. All but ErrTokenInvalid are permanent.
var (
	ErrWindowClosed  error = &kindError{"wechat: the 48-hour customer-service window is closed", true}
	ErrQuota         error = &kindError{"wechat: customer-message quota for this applicant message is used up", true}
	ErrInvalidOpenID error = &kindError{"wechat: invalid openid", true}
	ErrNotFollowing  error = &kindError{"wechat: the applicant does not follow the account", true}
	ErrBadContent    error = &kindError{"wechat: message content rejected (empty or too long)", true}
	ErrTokenInvalid  error = &kindError{"wechat: access token invalid", false}
)

// APIError is an errcode answered by the WeChat API. It unwraps to one of the kinds above when
// the code has one.
type APIError struct {
	API  string // e.g. "custom/send"
	Code int64
	Msg  string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("wechat %s: errcode %d: %s", e.API, e.Code, e.Msg)
}

// Unwrap returns the error kind of the code, or nil (a temporary failure).
func (e *APIError) Unwrap() error {
	switch e.Code {
	case codeWindowClosed:
		return ErrWindowClosed
	case codeQuota:
		return ErrQuota
	case codeInvalidOpenID:
		return ErrInvalidOpenID
	case codeNotFollowing:
		return ErrNotFollowing
	case codeEmptyContent, codeContentTooLong:
		return ErrBadContent
	case codeTokenInvalid, codeTokenExpired:
		return ErrTokenInvalid
	}
	return nil
}

// IsPermanent reports whether err says that sending the same message again can never succeed
// (window closed, quota used up, invalid openid, …). Any other failure (network, timeout, system
// busy, a token still rejected after a refresh) is temporary. The outbox finds the same answer
// through the Permanent() bool method of the error kinds.
func IsPermanent(err error) bool {
	var p interface{ Permanent() bool }
	return errors.As(err, &p) && p.Permanent()
}

// Configure sets the SDK's process-global hooks: every API URL under DefaultAPIBase is rewritten
// to apiBase (empty = unchanged), and util.DefaultHTTPClient gets the timeout (0 = none). Call it
// once at startup, before any Sender is used; it is not safe while calls are in flight (tests
// that call it must not run in parallel).
func Configure(apiBase string, timeout time.Duration) {
	base := strings.TrimRight(apiBase, "/")
	if base == "" || base == DefaultAPIBase {
		util.SetURIModifier(nil)
	} else {
		util.SetURIModifier(func(uri string) string {
			if rest, ok := strings.CutPrefix(uri, DefaultAPIBase); ok {
				return base + rest
			}
			return uri
		})
	}
	util.DefaultHTTPClient = &http.Client{Timeout: timeout}
}

// SenderConfig holds what the Sender needs from the official account's settings.
type SenderConfig struct {
	AppID, AppSecret string
	// Cache keeps the access token; session.NewWeChatCache shares it between instances.
	// nil = the SDK's in-process memory cache.
	Cache cache.Cache
}

// Sender sends customer-service messages (客服消息) to applicants. It is safe for concurrent use.
type Sender struct {
	account  *officialaccount.OfficialAccount
	cache    cache.Cache
	tokenKey string
}

// NewSender builds a Sender with the SDK's official-account client.
func NewSender(cfg SenderConfig) (*Sender, error) {
	if cfg.AppID == "" || cfg.AppSecret == "" {
		return nil, errors.New("wechat sender: AppID and AppSecret are required")
	}
	c := cfg.Cache
	if c == nil {
		c = cache.NewMemory()
	}
	account := officialaccount.NewOfficialAccount(&offConfig.Config{
		AppID: cfg.AppID, AppSecret: cfg.AppSecret, Cache: c,
	})
	// The key credential.DefaultAccessToken stores the token under.
	key := fmt.Sprintf("%s_access_token_%s", credential.CacheKeyOfficialAccountPrefix, cfg.AppID)
	return &Sender{account: account, cache: c, tokenKey: key}, nil
}

// SendText sends text to the applicant openID. When WeChat rejects the access token (40001,
// 42001), the token is refreshed and the call retried once. Errors wrap an *APIError for WeChat
// errcodes; classify them with IsPermanent and errors.Is (ErrWindowClosed, ErrQuota, …).
func (s *Sender) SendText(ctx context.Context, openID, text string) error {
	if openID == "" {
		return fmt.Errorf("send text: empty openid: %w", ErrInvalidOpenID)
	}
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("send text to %s: %w", openID, ErrBadContent)
	}
	msg := message.NewCustomerTextMessage(openID, text)
	if err := s.call(ctx, "custom/send", customSendURL, msg); err != nil {
		return fmt.Errorf("send text to %s: %w", openID, err)
	}
	return nil
}

// typingCommand is the body of custom/typing.
type typingCommand struct {
	ToUser  string `json:"touser"`
	Command string `json:"command"` // Typing | CancelTyping
}

// Typing shows (on) or hides the "typing…" state to the applicant openID.
func (s *Sender) Typing(ctx context.Context, openID string, on bool) error {
	cmd := typingCommand{ToUser: openID, Command: "CancelTyping"}
	if on {
		cmd.Command = "Typing"
	}
	if err := s.call(ctx, "custom/typing", customTypingURL, cmd); err != nil {
		return fmt.Errorf("typing to %s: %w", openID, err)
	}
	return nil
}

// call posts body to url with the access token, refreshing a rejected token once.
func (s *Sender) call(ctx context.Context, api, url string, body any) error {
	token, err := s.token(ctx)
	if err != nil {
		return err
	}
	err = post(ctx, api, url, token, body)
	if !errors.Is(err, ErrTokenInvalid) {
		return err
	}
	s.forget(token)
	if token, err = s.token(ctx); err != nil {
		return err
	}
	return post(ctx, api, url, token, body)
}

func (s *Sender) token(ctx context.Context) (string, error) {
	token, err := s.account.GetAccessTokenContext(ctx)
	if err != nil {
		return "", fmt.Errorf("get access token: %w", err)
	}
	return token, nil
}

// forget drops the cached token if it is still the rejected one: another instance may already
// have stored a fresh token, which must not be thrown away (each fetch invalidates older tokens).
func (s *Sender) forget(rejected string) {
	if v, ok := s.cache.Get(s.tokenKey).(string); ok && v != rejected {
		return
	}
	_ = s.cache.Delete(s.tokenKey) // best effort: a failed delete leaves the next call to retry
}

// post sends body as JSON and decodes WeChat's errcode.
func post(ctx context.Context, api, url, token string, body any) error {
	raw, err := util.PostJSONContext(ctx, url+"?access_token="+token, body)
	if err != nil {
		return fmt.Errorf("wechat %s: %w", api, redactToken(err, token))
	}
	var res util.CommonError
	if err := json.Unmarshal(raw, &res); err != nil {
		return fmt.Errorf("wechat %s: decode answer: %w", api, err)
	}
	if res.ErrCode != 0 {
		return &APIError{API: api, Code: res.ErrCode, Msg: res.ErrMsg}
	}
	return nil
}

// redactToken removes the access token from an SDK error (its messages quote the URI).
func redactToken(err error, token string) error {
	if token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return &redactedError{msg: strings.ReplaceAll(err.Error(), token, "REDACTED"), err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }
