package session

import (
	"context"
	"time"
)

// subBuffer is how many undelivered messages a subscriber may lag behind
// before Publish drops messages for it (pub/sub is at most once, as in Redis,
// and a slow reader must not stall the publisher).
const subBuffer = 256

// memSub is one subscription of a Memory store.
type memSub struct {
	c chan []byte
}

// memRate is the sliding-window log of one rate-limit key.
type memRate struct {
	window time.Duration
	events []time.Time // oldest first
}

// idle reports whether every logged event has left the window.
func (r *memRate) idle(now time.Time) bool {
	return len(r.events) == 0 || now.Sub(r.events[len(r.events)-1]) >= r.window
}

// Publish hands payload to every subscriber of channel.
func (m *Memory) Publish(ctx context.Context, channel string, payload []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for s := range m.subs[channel] {
		select {
		case s.c <- clone(payload):
		default: // the subscriber lags subBuffer messages behind: drop
		}
	}
	return nil
}

// Subscribe delivers the messages published on channel until ctx ends.
func (m *Memory) Subscribe(ctx context.Context, channel string) (<-chan []byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := &memSub{c: make(chan []byte, subBuffer)}
	m.mu.Lock()
	set := m.subs[channel]
	if set == nil {
		set = make(map[*memSub]struct{})
		m.subs[channel] = set
	}
	set[s] = struct{}{}
	m.mu.Unlock()

	go func() {
		select {
		case <-ctx.Done():
		case <-m.done:
		}
		m.unsubscribe(channel, s)
	}()
	return s.c, nil
}

// unsubscribe removes s and closes its channel, unless Close already did.
func (m *Memory) unsubscribe(channel string, s *memSub) {
	m.mu.Lock()
	defer m.mu.Unlock()
	set := m.subs[channel]
	if _, ok := set[s]; !ok {
		return
	}
	delete(set, s)
	if len(set) == 0 {
		delete(m.subs, channel)
	}
	close(s.c)
}

// Allow counts one event for key if fewer than limit happened in the last window.
func (m *Memory) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error) {
	if err := validWindow(key, window); err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if limit <= 0 {
		return false, nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	r := m.rates[key]
	if r == nil {
		r = &memRate{}
		m.rates[key] = r
	}
	r.window = window
	r.events = dropBefore(r.events, now.Add(-window))
	if len(r.events) >= limit {
		return false, nil
	}
	r.events = append(r.events, now)
	m.wroteLocked()
	return true, nil
}

// dropBefore removes the events at or before cutoff (they left the window).
func dropBefore(events []time.Time, cutoff time.Time) []time.Time {
	i := 0
	for i < len(events) && !events[i].After(cutoff) {
		i++
	}
	return append(events[:0], events[i:]...)
}
