package session

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"
)

// Notice kinds sent on a Redis store's notify channel.
const (
	noticeDone     = 'd' // a claim was completed; payload is the reply
	noticeReleased = 'r' // a claim was released
	noticeUnlocked = 'u' // a lock was freed
)

// Topic classes: what a notice is about.
const (
	topicClaim = "c"
	topicLock  = "l"
)

// notice is one decoded message of the notify channel.
type notice struct {
	kind    byte
	payload []byte
}

// encodeNotice builds the message kind|len(topic)|:|topic|payload, so that
// keys may hold any byte.
func encodeNotice(kind byte, topic string, payload []byte) string {
	var b strings.Builder
	b.Grow(len(topic) + len(payload) + 8)
	b.WriteByte(kind)
	b.WriteString(strconv.Itoa(len(topic)))
	b.WriteByte(':')
	b.WriteString(topic)
	b.Write(payload)
	return b.String()
}

// decodeNotice reverses encodeNotice; ok is false for a foreign message.
func decodeNotice(msg string) (topic string, n notice, ok bool) {
	if len(msg) < 3 {
		return "", notice{}, false
	}
	colon := strings.IndexByte(msg, ':')
	if colon < 2 {
		return "", notice{}, false
	}
	size, err := strconv.Atoi(msg[1:colon])
	if err != nil || size < 0 || colon+1+size > len(msg) {
		return "", notice{}, false
	}
	topic = msg[colon+1 : colon+1+size]
	return topic, notice{kind: msg[0], payload: []byte(msg[colon+1+size:])}, true
}

// notifier is a Redis store's single subscription to its notify channel. It
// fans notices out to the waiters of this process, so that WaitReply and
// Lock wake as soon as another instance completes, releases or unlocks,
// without one Redis subscription per waiter and without polling.
type notifier struct {
	client  *redis.Client
	channel string

	startMu sync.Mutex // serialises the lazy start
	ps      *redis.PubSub

	mu       sync.Mutex
	closed   bool
	watchers map[string]map[*watcher]struct{}
}

// watcher receives the notices of one topic; a full buffer means a wake-up
// is already pending, so further notices are dropped.
type watcher struct {
	c chan notice
}

func newNotifier(client *redis.Client, channel string) *notifier {
	return &notifier{client: client, channel: channel, watchers: make(map[string]map[*watcher]struct{})}
}

// watch registers interest in topic; stop must be called when done. The
// subscription is active when watch returns, so a notice published after
// that is delivered.
func (n *notifier) watch(ctx context.Context, topic string) (w *watcher, stop func(), err error) {
	if err := n.start(ctx); err != nil {
		return nil, nil, err
	}
	w = &watcher{c: make(chan notice, 1)}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil, nil, ErrClosed
	}
	set := n.watchers[topic]
	if set == nil {
		set = make(map[*watcher]struct{})
		n.watchers[topic] = set
	}
	set[w] = struct{}{}
	return w, func() { n.unwatch(topic, w) }, nil
}

func (n *notifier) unwatch(topic string, w *watcher) {
	n.mu.Lock()
	defer n.mu.Unlock()
	set := n.watchers[topic]
	delete(set, w)
	if len(set) == 0 {
		delete(n.watchers, topic)
	}
}

// start subscribes on first use and waits for Redis to confirm.
func (n *notifier) start(ctx context.Context) error {
	n.startMu.Lock()
	defer n.startMu.Unlock()
	if n.ps != nil {
		return nil
	}
	n.mu.Lock()
	closed := n.closed
	n.mu.Unlock()
	if closed {
		return ErrClosed
	}
	ps := n.client.Subscribe(ctx, n.channel)
	if _, err := ps.Receive(ctx); err != nil {
		_ = ps.Close()
		return fmt.Errorf("session: subscribe to %s: %w", n.channel, err)
	}
	n.ps = ps
	go n.dispatch(ps.Channel())
	return nil
}

// dispatch hands each notice to the watchers of its topic until the
// subscription closes. go-redis resubscribes after a reconnect; notices lost
// meanwhile are caught by the waiters' slow fallback polls.
func (n *notifier) dispatch(msgs <-chan *redis.Message) {
	for msg := range msgs {
		topic, nt, ok := decodeNotice(msg.Payload)
		if !ok {
			continue
		}
		n.mu.Lock()
		for w := range n.watchers[topic] {
			select {
			case w.c <- nt:
			default:
			}
		}
		n.mu.Unlock()
	}
}

// close ends the subscription.
func (n *notifier) close() error {
	n.mu.Lock()
	n.closed = true
	n.mu.Unlock()
	n.startMu.Lock()
	defer n.startMu.Unlock()
	if n.ps == nil {
		return nil
	}
	err := n.ps.Close()
	n.ps = nil
	return err
}
