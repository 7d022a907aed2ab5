package store

import "sync"

// seenCacheSize bounds the rows kept; when full the cache starts over (a miss costs one SELECT).
const seenCacheSize = 4096

// seenCache keeps the conversation rows OpenConversation returned, keyed by id and version, so
// that SaveTurn need not read again the row its turn was decided on. A row at a given version
// never changes (every write bumps the version), and SaveTurn's UPDATE is guarded by the
// version anyway, so a cached row is never wrong, at worst no longer current (ErrStale).
type seenCache struct {
	mu   sync.Mutex
	rows map[uint64]seenRow
}

// seenRow is a conversation row with its profile, as OpenConversation read them.
type seenRow struct {
	conv    conversationRow
	profile storedProfile
}

func newSeenCache() *seenCache { return &seenCache{rows: make(map[uint64]seenRow)} }

func (c *seenCache) put(r seenRow) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.rows) >= seenCacheSize {
		clear(c.rows)
	}
	c.rows[r.conv.ID] = r
}

// take removes and returns the row of conversation id when it is cached at version.
func (c *seenCache) take(id, version uint64) (seenRow, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.rows[id]
	if ok {
		delete(c.rows, id)
	}
	return r, ok && r.conv.Version == version
}
