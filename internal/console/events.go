package console

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// hub fans the events of EventsChannel out to this instance's SSE clients. It holds one
// subscription to the session store (Redis pub/sub between instances), resubscribing when it ends.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]struct{}
	done    chan struct{}
}

// clientBuffer is how many events a slow browser may lag before it misses some (it reloads the
// queue on the next one anyway).
const clientBuffer = 64

func newHub(ctx context.Context, sub Sessions, log *slog.Logger) (*hub, error) {
	h := &hub{clients: map[chan []byte]struct{}{}, done: make(chan struct{})}
	ch, err := sub.Subscribe(ctx, EventsChannel)
	if err != nil {
		// The session store is down: the console still serves pages; the hub keeps trying.
		log.Warn("console events: subscribe failed; retrying", "err", err)
		closed := make(chan []byte)
		close(closed)
		ch = closed
	}
	go h.run(ctx, sub, ch, log)
	return h, nil
}

func (h *hub) run(ctx context.Context, sub Sessions, ch <-chan []byte, log *slog.Logger) {
	defer close(h.done)
	for {
		for msg := range ch {
			h.broadcast(msg)
		}
		if ctx.Err() != nil {
			return
		}
		log.Warn("console events subscription ended; subscribing again")
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
		var err error
		if ch, err = sub.Subscribe(ctx, EventsChannel); err != nil {
			log.Warn("console events: subscribe", "err", err)
			c := make(chan []byte)
			close(c)
			ch = c
		}
	}
}

func (h *hub) broadcast(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c <- msg:
		default:
		}
	}
}

func (h *hub) add() chan []byte {
	c := make(chan []byte, clientBuffer)
	h.mu.Lock()
	h.clients[c] = struct{}{}
	h.mu.Unlock()
	return c
}

func (h *hub) remove(c chan []byte) {
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
}

func (h *hub) wait() { <-h.done }

// heartbeat keeps idle SSE connections (and proxies) open.
const heartbeat = 20 * time.Second

// GET /console/api/events — Server-Sent Events: each console event as "event: <kind>" with
// the JSON payload. The stream ends when the session is signed out or the client leaves.
func (h *handler) apiEvents(w http.ResponseWriter, r *http.Request) error {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{}) // the server's write timeout must not cut the stream
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	c := h.hub.add()
	defer h.hub.remove(c)
	if _, err := fmt.Fprint(w, "retry: 2000\n: connected\n\n"); err != nil {
		return nil
	}
	if err := rc.Flush(); err != nil {
		return nil
	}
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return nil
		case <-h.hub.done:
			return nil
		case msg := <-c:
			_, err = fmt.Fprintf(w, "event: console\ndata: %s\n\n", msg)
		case <-tick.C:
			if !h.stillSignedIn(r) {
				return nil
			}
			_, err = fmt.Fprint(w, ": ping\n\n")
		}
		if err == nil {
			err = rc.Flush()
		}
		if err != nil {
			return nil
		}
	}
}

// stillSignedIn reports whether the stream's session still exists (not signed out, not idle past
// the timeout); a session store that cannot answer keeps the stream.
func (h *handler) stillSignedIn(r *http.Request) bool {
	_, ok, err := h.sessions.Get(r.Context(), sessionKey(staffOf(r).Token))
	return ok || err != nil
}
