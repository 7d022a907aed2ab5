package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Group commit (MySQL): turns that arrive while a writer is busy are written together, in one
// transaction and one round trip, so that they share its commit and its wake-ups on both sides.
// If the group fails — a stale or duplicate turn among them, a deadlock — each of its turns is
// written again alone, and gets its own answer.
const (
	groupWriters = 1                // the turns queued while it writes make the next group; more writers made smaller groups that cost more per turn
	groupMax     = 16               // turns per transaction at most
	groupTimeout = 10 * time.Second // bounds one group's transaction
)

// errStoreClosed answers a turn still queued when the store closes.
var errStoreClosed = errors.New("store: closed")

// turnGroup hands queued turns to its writers.
type turnGroup struct {
	s       *Store
	queue   chan *groupItem
	done    chan struct{}
	wg      sync.WaitGroup
	grouped atomic.Int64 // turns written in a group of two or more
}

// groupItem is one queued turn and where its answer goes.
type groupItem struct {
	ctx context.Context
	t   *batchTurn
	res chan error
}

func newTurnGroup(s *Store) *turnGroup {
	g := &turnGroup{s: s, queue: make(chan *groupItem), done: make(chan struct{})}
	g.wg.Add(groupWriters)
	for range groupWriters {
		go g.run()
	}
	return g
}

// write queues t and waits until it is written (or refused).
func (g *turnGroup) write(ctx context.Context, t *batchTurn) error {
	it := &groupItem{ctx: ctx, t: t, res: make(chan error, 1)}
	select {
	case g.queue <- it:
	case <-ctx.Done():
		return ctx.Err()
	case <-g.done:
		return errStoreClosed
	}
	return <-it.res
}

// close stops the writers after the groups they are writing.
func (g *turnGroup) close() {
	close(g.done)
	g.wg.Wait()
}

// run takes a turn, adds every turn queued meanwhile (up to groupMax) and writes them.
func (g *turnGroup) run() {
	defer g.wg.Done()
	for {
		var items []*groupItem
		select {
		case <-g.done:
			return
		case it := <-g.queue:
			items = append(items, it)
		}
	collect:
		for len(items) < groupMax {
			select {
			case it := <-g.queue:
				items = append(items, it)
			default:
				break collect
			}
		}
		g.flush(items)
	}
}

// flush writes the items' turns as one group, or alone when the group fails.
func (g *turnGroup) flush(items []*groupItem) {
	live := items[:0]
	for _, it := range items {
		if err := it.ctx.Err(); err != nil {
			it.res <- err
			continue
		}
		live = append(live, it)
	}
	if len(live) > 1 {
		ctx, cancel := context.WithTimeout(context.Background(), groupTimeout)
		turns := make([]*batchTurn, len(live))
		for i, it := range live {
			turns[i] = it.t
		}
		err := g.s.writeBatch(ctx, turns)
		cancel()
		if err == nil {
			g.grouped.Add(int64(len(live)))
			for _, it := range live {
				it.res <- nil
			}
			return
		}
	}
	for _, it := range live {
		it.res <- g.s.writeOne(it.ctx, it.t)
	}
}
