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
	spooled  *prometheus.CounterVec
	drained  *prometheus.CounterVec
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
		spooled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_spool_spooled_total",
			Help: "Messages kept in the local spool by reason: storage (storage failed), lock (the applicant's lock was not free within the budget), wait (a retry whose first processing ran past the budget), behind (queued behind the applicant's spooled messages).",
		}, []string{"reason"}),
		drained: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_spool_drained_total",
			Help: "Spooled messages drained by result: answered, redelivered (stored already, its passive answer never sent: queued for the outbox), duplicate (storage or another drain had it), expired (past the 48-hour window), unreadable.",
		}, []string{"result"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.dedup, m.spooled, m.drained,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry lets other components register their collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Dedup counts one dedup result (conversation.Observer).
func (m *Metrics) Dedup(result string) { m.dedup.WithLabelValues(result).Inc() }

// Spooled counts one spooled message (conversation.SpoolObserver).
func (m *Metrics) Spooled(reason string) { m.spooled.WithLabelValues(reason).Inc() }

// Drained counts one drained spool entry (conversation.SpoolObserver).
func (m *Metrics) Drained(result string) { m.drained.WithLabelValues(result).Inc() }

// SpoolDepth exports depth() as loanbot_spool_depth. Call it once.
func (m *Metrics) SpoolDepth(depth func() int) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "loanbot_spool_depth", Help: "Messages in this instance's spool waiting to be drained.",
	}, func() float64 { return float64(depth()) }))
}

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
