package wechat

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/loanbot/loanbot/internal/conversation"
)

// MaxBody is the largest push accepted (413 above it).
const MaxBody = 1 << 20

// Processor answers one inbound message (conversation.Service).
type Processor interface {
	Handle(ctx context.Context, in conversation.Inbound) (conversation.Reply, error)
}

// Webhook is the HTTP face of the official account: GET verification and POSTed pushes.
type Webhook struct {
	codec *Codec
	proc  Processor
	log   *slog.Logger
}

// NewWebhook returns the webhook for one official account.
func NewWebhook(codec *Codec, proc Processor, log *slog.Logger) *Webhook {
	return &Webhook{codec: codec, proc: proc, log: log}
}

// Outcome labels (metrics and logs) set on the Gin context under "outcome".
const outcomeKey = "outcome"

// Verify answers WeChat's URL verification.
func (w *Webhook) Verify(c *gin.Context) {
	echo, err := w.codec.VerifyURL(c.Request.URL.Query())
	if err != nil {
		w.refuse(c, err)
		return
	}
	c.Set(outcomeKey, "verified")
	c.String(http.StatusOK, echo)
}

// Receive handles one push: verify, decode, process, reply.
func (w *Webhook) Receive(c *gin.Context) {
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			c.Set(outcomeKey, "too_large")
			c.String(http.StatusRequestEntityTooLarge, "body too large")
			return
		}
		c.Set(outcomeKey, "bad_body")
		c.String(http.StatusBadRequest, "cannot read body")
		return
	}
	push, err := w.codec.Open(c.Request.URL.Query(), c.ContentType(), body)
	if err != nil {
		w.refuse(c, err)
		return
	}
	in, ok := toInbound(push.Msg)
	if !ok {
		c.Set(outcomeKey, "ignored")
		c.String(http.StatusOK, "success")
		return
	}
	rep, err := w.proc.Handle(c.Request.Context(), in)
	if err != nil {
		// Never an error status to a verified push: WeChat shows "该公众号暂时无法提供服务" for
		// one, does not promise to push again, and stops pushing after repeated failures. Storage
		// failures are spooled and answered by the processor; this is what even the spool missed.
		w.log.ErrorContext(c.Request.Context(), "message neither stored nor spooled", "openid", conversation.MaskID(in.OpenID), "err", err)
		c.Set(outcomeKey, "unkept")
		c.String(http.StatusOK, "success")
		return
	}
	w.reply(c, push, rep)
}

func (w *Webhook) reply(c *gin.Context, push *Push, rep conversation.Reply) {
	if rep.Text == "" {
		c.Set(outcomeKey, "success")
		c.String(http.StatusOK, "success")
		return
	}
	out, err := w.codec.Seal(push, rep.Text, rep.CreateTime)
	if err != nil {
		w.log.ErrorContext(c.Request.Context(), "reply not rendered", "err", err)
		c.Set(outcomeKey, "success")
		c.String(http.StatusOK, "success")
		return
	}
	c.Set(outcomeKey, "replied")
	c.Data(http.StatusOK, "application/xml; charset=utf-8", out)
}

// refuse maps a codec error to its status.
func (w *Webhook) refuse(c *gin.Context, err error) {
	status, outcome := http.StatusBadRequest, "malformed"
	switch {
	case errors.Is(err, ErrStale):
		status, outcome = http.StatusForbidden, "stale"
	case errors.Is(err, ErrSignature):
		status, outcome = http.StatusForbidden, "bad_signature"
	}
	w.log.WarnContext(c.Request.Context(), "push refused", "status", status, "err", err)
	c.Set(outcomeKey, outcome)
	c.String(status, http.StatusText(status))
}
