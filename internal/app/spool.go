package app

import (
	"context"
	"fmt"
	"time"

	"github.com/loanbot/loanbot/internal/spool"
)

// Draining the spool: how often the spools are looked at, and how often the slots of dead
// instances are looked for.
const (
	spoolPoll  = time.Second
	adoptEvery = 30 * time.Second
)

// openSpool opens this instance's slot under LOANBOT_SPOOL_DIR: where messages go while storage
// is down. Entries are sealed with the personal-data key.
func (a *App) openSpool(context.Context) error {
	key, err := dataKey(a.cfg, a.log)
	if err != nil {
		return err
	}
	a.spoolOpt = spool.Options{Key: key}
	if a.Spool, err = spool.OpenSlot(a.cfg.SpoolDir, a.spoolOpt); err != nil {
		return fmt.Errorf("LOANBOT_SPOOL_DIR: %w", err)
	}
	a.closers = append(a.closers, a.Spool.Close)
	if n := a.Spool.Repaired(); n > 0 {
		a.log.Warn("spool: cut a damaged tail (a crash during a write)", "dir", a.Spool.Dir(), "bytes", n)
	}
	if d := a.Spool.Depth(); d > 0 {
		a.log.Warn("spool: messages from before a restart will be drained", "dir", a.Spool.Dir(), "depth", d)
	}
	return nil
}

// drainSpools answers spooled messages while storage answers: this instance's spool and the
// spools of instances that died with messages in them (adopted, drained, released).
func (a *App) drainSpools(ctx context.Context) {
	ticker := time.NewTicker(spoolPoll)
	defer ticker.Stop()
	var orphans []*spool.Spool
	defer func() {
		for _, o := range orphans {
			_ = o.Close()
		}
	}()
	var adopted time.Time
	for {
		if time.Since(adopted) >= adoptEvery {
			orphans, adopted = append(orphans, a.adopt()...), time.Now()
		}
		a.drainOnce(ctx, append([]*spool.Spool{a.Spool}, orphans...))
		orphans = releaseDrained(orphans)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// DrainSpool drains this instance's spool once (tests and the drain loop).
func (a *App) DrainSpool(ctx context.Context) (int, error) {
	return a.Service.DrainSpool(ctx, a.Spool)
}

func (a *App) drainOnce(ctx context.Context, spools []*spool.Spool) {
	for _, sp := range spools {
		if sp.Depth() == 0 {
			continue
		}
		if err := a.Store.Ping(ctx); err != nil {
			return // still down; the next tick looks again
		}
		n, err := a.Service.DrainSpool(ctx, sp)
		if err != nil && ctx.Err() == nil {
			a.log.Warn("spool: drain pass stopped", "dir", sp.Dir(), "drained", n, "left", sp.Depth(), "err", err)
		} else if n > 0 {
			a.log.Info("spool: drained", "dir", sp.Dir(), "drained", n, "left", sp.Depth())
		}
	}
}

func (a *App) adopt() []*spool.Spool {
	orphans, err := spool.Orphans(a.cfg.SpoolDir, a.spoolOpt)
	if err != nil {
		a.log.Warn("spool: looking for orphaned spools", "err", err)
	}
	for _, o := range orphans {
		a.log.Warn("spool: adopted the spool of a stopped instance", "dir", o.Dir(), "depth", o.Depth())
	}
	return orphans
}

// releaseDrained closes the adopted spools that are empty, so a restarted owner can have them.
func releaseDrained(orphans []*spool.Spool) []*spool.Spool {
	kept := orphans[:0]
	for _, o := range orphans {
		if o.Depth() == 0 {
			_ = o.Close()
			continue
		}
		kept = append(kept, o)
	}
	return kept
}
