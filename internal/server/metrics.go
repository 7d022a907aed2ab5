package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds loanbot's Prometheus collectors on a registry of its own (no global state).
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	dedup    *prometheus.CounterVec
}

// NewMetrics creates and registers the collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_http_requests_total", Help: "HTTP requests by route and outcome.",
		}, []string{"route", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "loanbot_http_request_duration_seconds", Help: "HTTP latency by route and outcome.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 4, 5},
		}, []string{"route", "outcome"}),
		dedup: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_dedup_total",
			Help: "Inbound messages by dedup result: new, cached (retry answered from cache), waited (retry waited for the first), wait_timeout, stored_duplicate, claim_error.",
		}, []string{"result"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.dedup,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry lets other components register their collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Dedup counts one dedup result (conversation.Observer).
func (m *Metrics) Dedup(result string) { m.dedup.WithLabelValues(result).Inc() }

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

func (m *Metrics) middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		outcome := c.GetString(outcomeKey)
		if outcome == "" {
			outcome = strconv.Itoa(c.Writer.Status()/100) + "xx"
		}
		m.requests.WithLabelValues(route, outcome).Inc()
		m.latency.WithLabelValues(route, outcome).Observe(time.Since(start).Seconds())
	}
}
