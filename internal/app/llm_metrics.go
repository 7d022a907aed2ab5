package app

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// draftMetrics counts LLM drafts on the app's registry.
type draftMetrics struct {
	drafts   *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	deferred *prometheus.CounterVec
}

func newDraftMetrics(reg prometheus.Registerer) *draftMetrics {
	m := &draftMetrics{
		drafts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "loanbot_llm_drafts_total",
			Help: "Drafted answers by kind (faq, no_source, model) and outcome (ok or the failure)."}, []string{"kind", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "loanbot_llm_draft_seconds",
			Help:    "Time to draft an answer (retrieval, model calls, checks), by whether it missed the reply budget.",
			Buckets: []float64{0.05, 0.25, 0.5, 1, 2, 3, 4, 6, 10, 20, 40}}, []string{"deferred"}),
		deferred: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "loanbot_llm_deferred_total",
			Help: "Answers finished after the interim line: sent, cancelled, expired, unfinished (left to the sweep)."}, []string{"result"}),
	}
	reg.MustRegister(m.drafts, m.latency, m.deferred)
	return m
}

func (m *draftMetrics) Drafted(kind, failure string, deferred bool, latency time.Duration) {
	outcome := failure
	if outcome == "" {
		outcome = "ok"
	}
	m.drafts.WithLabelValues(kind, outcome).Inc()
	d := "no"
	if deferred {
		d = "yes"
	}
	m.latency.WithLabelValues(d).Observe(latency.Seconds())
}

func (m *draftMetrics) Deferred(result string) { m.deferred.WithLabelValues(result).Inc() }
