package app

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/loanbot/loanbot/internal/store"
)

// retentionEvery is how often the retention job runs after its run at start.
const retentionEvery = time.Hour

// purger deletes what is kept longer than promised (*store.Store).
type purger interface {
	PurgeExpired(ctx context.Context, o store.PurgeOptions) (store.PurgeResult, error)
}

// retentionJob deletes the personal data of conversations idle longer than LOANBOT_RETENTION,
// at start and then every retentionEvery. Several instances may run it: the store lets one
// work at a time, and a run that dies is finished by the next.
type retentionJob struct {
	store     purger
	retention time.Duration
	every     time.Duration
	log       *slog.Logger
	removed   *prometheus.CounterVec // rows deleted, by kind
	runs      *prometheus.CounterVec // runs, by result
}

func newRetentionJob(p purger, retention, every time.Duration, log *slog.Logger, reg prometheus.Registerer) *retentionJob {
	j := &retentionJob{store: p, retention: retention, every: every, log: log,
		removed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_retention_removed_total",
			Help: "Rows deleted by the retention job, by kind: conversations, messages, profiles, outbox, hits, applicants, drafts.",
		}, []string{"kind"}),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "loanbot_retention_runs_total",
			Help: "Retention job runs by result: done, skipped (another instance was running it), error.",
		}, []string{"result"}),
	}
	if reg != nil {
		j.removed, j.runs = registered(reg, j.removed), registered(reg, j.runs)
	}
	return j
}

// registered registers c, or returns the same collector registered before (a second
// ServeListener on one App).
func registered(reg prometheus.Registerer, c *prometheus.CounterVec) *prometheus.CounterVec {
	var are prometheus.AlreadyRegisteredError
	if err := reg.Register(c); errors.As(err, &are) {
		if old, ok := are.ExistingCollector.(*prometheus.CounterVec); ok {
			return old
		}
	}
	return c
}

// runRetention runs the retention job until ctx ends (started by ServeListener).
func (a *App) runRetention(ctx context.Context) {
	newRetentionJob(a.Store, a.cfg.Retention, retentionEvery, a.log, a.Metrics.Registry()).run(ctx)
}

// run purges at once, then on every tick, until ctx ends.
func (j *retentionJob) run(ctx context.Context) {
	tick := time.NewTicker(j.every)
	defer tick.Stop()
	for {
		j.once(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// once is one purge, logged with what it removed (counts only) and counted.
func (j *retentionJob) once(ctx context.Context) {
	res, err := j.store.PurgeExpired(ctx, store.PurgeOptions{Retention: j.retention})
	j.count(res.Removed)
	switch {
	case err != nil && errors.Is(err, context.Canceled) && ctx.Err() != nil:
		j.log.Info("retention: stopped; the next run continues", removedAttrs(res)...)
	case err != nil:
		j.runs.WithLabelValues("error").Inc()
		j.log.Error("retention: purge failed; the next run continues", append(removedAttrs(res), "err", err)...)
	case res.Skipped:
		j.runs.WithLabelValues("skipped").Inc()
		j.log.Debug("retention: another instance is running it")
	default:
		j.runs.WithLabelValues("done").Inc()
		j.log.Info("retention: purged", removedAttrs(res)...)
	}
}

func (j *retentionJob) count(r store.Removed) {
	for kind, n := range map[string]int64{"conversations": r.Conversations, "messages": r.Messages,
		"profiles": r.Profiles, "outbox": r.Outbox, "hits": r.Hits, "applicants": r.Applicants, "drafts": r.Drafts} {
		j.removed.WithLabelValues(kind).Add(float64(n))
	}
}

func removedAttrs(res store.PurgeResult) []any {
	r := res.Removed
	return []any{"retention_batches", res.Batches, "conversations", r.Conversations, "messages", r.Messages,
		"profiles", r.Profiles, "outbox", r.Outbox, "hits", r.Hits, "applicants", r.Applicants, "drafts", r.Drafts}
}
