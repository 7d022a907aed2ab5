package main

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"github.com/silenceper/wechat/v2/officialaccount/message"
	"github.com/silenceper/wechat/v2/util"
)

// fixedReply is the text every baseline server answers with.
const fixedReply = "您好，已收到您的消息，顾问稍后为您解答。"

// serveConfig is what a baseline server needs (the -serve flags).
type serveConfig struct {
	kind   string // "bare" or "bare-db"
	addr   string
	token  string
	mysql  string // bare-db: mysql://user@host:port/db
	redis  string // bare-db: redis://host:port/n
	prefix string // bare-db: Redis key prefix
}

// baseline is a baseline server: (a) bare, or (b) bare plus one SETNX and one INSERT.
type baseline struct {
	token string
	db    *sql.DB       // nil for bare
	rdb   *redis.Client // nil for bare
	pfx   string
}

// serve runs a baseline server until SIGINT/SIGTERM.
func serve(cfg serveConfig) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	b, err := newBaseline(ctx, cfg)
	if err != nil {
		return err
	}
	defer b.close()
	srv := &http.Server{Addr: cfg.addr, Handler: b.engine(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s on %s: %w", cfg.kind, cfg.addr, err)
	}
	return nil
}

func newBaseline(ctx context.Context, cfg serveConfig) (*baseline, error) {
	b := &baseline{token: cfg.token, pfx: cfg.prefix}
	switch cfg.kind {
	case "bare":
		return b, nil
	case "bare-db":
		if err := b.connect(ctx, cfg); err != nil {
			b.close()
			return nil, err
		}
		return b, nil
	}
	return nil, fmt.Errorf("-serve %q: want bare or bare-db", cfg.kind)
}

// connect opens MariaDB (pool sized for 32 connections, one round trip per INSERT) and Redis,
// and creates the inbound table.
func (b *baseline) connect(ctx context.Context, cfg serveConfig) error {
	var err error
	if b.db, err = openMySQL(cfg.mysql); err != nil {
		return err
	}
	if _, err := b.db.ExecContext(ctx, createInbound); err != nil {
		return fmt.Errorf("create inbound table: %w", err)
	}
	opt, err := redis.ParseURL(cfg.redis)
	if err != nil {
		return fmt.Errorf("redis URL: %w", err)
	}
	opt.PoolSize = 32
	b.rdb = redis.NewClient(opt)
	if err := b.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis ping: %w", err)
	}
	return nil
}

const createInbound = `CREATE TABLE IF NOT EXISTS inbound (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	msg_id BIGINT NOT NULL,
	openid VARCHAR(64) NOT NULL,
	content TEXT NOT NULL,
	created_at DATETIME(3) NOT NULL,
	UNIQUE KEY uniq_msg (msg_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`

func (b *baseline) close() {
	if b.db != nil {
		_ = b.db.Close()
	}
	if b.rdb != nil {
		_ = b.rdb.Close()
	}
}

// engine is a bare Gin engine: no middleware, the webhook and /readyz.
func (b *baseline) engine() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.POST("/wechat", b.receive)
	r.GET("/readyz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	return r
}

// receive checks the signature, parses the XML, (bare-db) claims the MsgId and stores the
// message, and answers the fixed reply.
func (b *baseline) receive(c *gin.Context) {
	q := c.Request.URL.Query()
	want := util.Signature(b.token, q.Get("timestamp"), q.Get("nonce"))
	if subtle.ConstantTimeCompare([]byte(q.Get("signature")), []byte(want)) != 1 {
		c.String(http.StatusForbidden, "bad signature")
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20))
	if err != nil {
		c.String(http.StatusBadRequest, "cannot read body")
		return
	}
	var msg message.MixMessage
	if err := xml.Unmarshal(raw, &msg); err != nil || msg.FromUserName == "" {
		c.String(http.StatusBadRequest, "malformed push")
		return
	}
	if err := b.store(c.Request.Context(), &msg); err != nil {
		c.String(http.StatusServiceUnavailable, "unavailable")
		return
	}
	b.reply(c, &msg)
}

// store is (b)'s extra work: one SETNX and, when the claim is new, one autocommit INSERT.
func (b *baseline) store(ctx context.Context, m *message.MixMessage) error {
	if b.db == nil {
		return nil
	}
	key := fmt.Sprintf("%sm:%d", b.pfx, m.MsgID)
	fresh, err := b.rdb.SetNX(ctx, key, "1", 10*time.Minute).Result()
	if err != nil || !fresh {
		return err
	}
	_, err = b.db.ExecContext(ctx, "INSERT INTO inbound (msg_id, openid, content, created_at) VALUES (?, ?, ?, ?)",
		m.MsgID, string(m.FromUserName), m.Content, time.Unix(m.CreateTime, 0).UTC())
	return err
}

func (b *baseline) reply(c *gin.Context, m *message.MixMessage) {
	t := message.NewText(fixedReply)
	t.SetToUserName(m.FromUserName)
	t.SetFromUserName(m.ToUserName)
	t.SetCreateTime(time.Now().Unix())
	t.SetMsgType(message.MsgTypeText)
	out, err := xml.Marshal(t)
	if err != nil {
		c.String(http.StatusInternalServerError, "render")
		return
	}
	c.Data(http.StatusOK, "application/xml; charset=utf-8", out)
}
