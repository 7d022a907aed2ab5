// Package server builds loanbot's Gin engine: routes, and the middleware every request passes
// (request id, panic recovery, structured logging, Prometheus metrics).
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Webhook is the WeChat endpoint.
type Webhook interface {
	Verify(c *gin.Context)
	Receive(c *gin.Context)
}

// Pinger is a dependency /readyz checks.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Deps are the engine's collaborators.
type Deps struct {
	Webhook Webhook
	Metrics *Metrics
	Log     *slog.Logger
	Ready   map[string]Pinger   // name → dependency that must answer for /readyz
	Mount   func(r *gin.Engine) // optional: more routes (the console)
	// Spool, when set, is where messages go while storage is down: a database outage is then
	// reported with the spool's depth and 200 (the instance still takes every message).
	Spool Spool
	// Report adds named lines to /readyz that never fail it (the phrase list's version).
	Report map[string]func(ctx context.Context) any
}

// Spool is the local spool as /readyz reports it.
type Spool interface {
	Depth() int
}

// New returns the Gin engine with every route.
func New(d Deps) *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(requestID(), recovery(d.Log), d.Metrics.middleware(), logging(d.Log))
	r.GET("/wechat", d.Webhook.Verify)
	r.POST("/wechat", d.Webhook.Receive)
	r.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	r.GET("/readyz", readiness(d.Ready, d.Spool, d.Report))
	r.GET("/metrics", gin.WrapH(d.Metrics.Handler()))
	if d.Mount != nil {
		d.Mount(r)
	}
	r.NoRoute(func(c *gin.Context) { c.JSON(http.StatusNotFound, gin.H{"error": "not found"}) })
	return r
}

func readiness(deps map[string]Pinger, spool Spool, extra map[string]func(context.Context) any) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
		defer cancel()
		status, report := http.StatusOK, gin.H{}
		for name, p := range deps {
			if err := p.Ping(ctx); err != nil {
				report[name] = err.Error()
				if name == "database" && spool != nil {
					report["status"] = "spooling" // messages are kept and answered when it returns
					continue
				}
				status = http.StatusServiceUnavailable
				continue
			}
			report[name] = "ok"
		}
		if spool != nil {
			report["spool_depth"] = spool.Depth()
		}
		for name, f := range extra {
			report[name] = f(ctx)
		}
		c.JSON(status, report)
	}
}
