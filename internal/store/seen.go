package store

import lru "github.com/hashicorp/golang-lru/v2"

// seenCacheSize bounds the applicants whose open conversation is kept (least recently used go
// first); a miss costs one SELECT.
const seenCacheSize = 8192

// seenCache keeps each recent applicant's open conversation row as this instance last read or
// wrote it, so that OpenConversation and SaveTurn need not read it again. A row at a given
// version never changes (every write bumps the version) and SaveTurn's write is guarded by the
// version, so a cached row is never wrong, at worst no longer current: another instance, or
// another path of this one, wrote since. SaveTurn then answers ErrStale and forgets the row,
// and the caller's next read goes to the database.
type seenCache struct {
	rows *lru.Cache[string, seenRow] // by openid
}

// seenRow is a conversation row with its profile, as stored, and the row's engine state
// opened (a cache hit costs no decryption).
type seenRow struct {
	conv    conversationRow
	profile storedProfile
	state   []byte
}

func newSeenCache() *seenCache {
	rows, _ := lru.New[string, seenRow](seenCacheSize) // fails only for a size ≤ 0
	return &seenCache{rows: rows}
}

// put remembers r as its applicant's open conversation; a closed one is forgotten.
func (c *seenCache) put(r seenRow) {
	if r.conv.OpenFor == nil {
		c.rows.Remove(r.conv.OpenID)
		return
	}
	c.rows.Add(r.conv.OpenID, r)
}

// get returns the applicant's cached open conversation.
func (c *seenCache) get(openID string) (seenRow, bool) { return c.rows.Get(openID) }

// at returns the applicant's cached row when it is conversation id at version.
func (c *seenCache) at(openID string, id, version uint64) (seenRow, bool) {
	r, ok := c.rows.Get(openID)
	return r, ok && r.conv.ID == id && r.conv.Version == version
}

// forget drops what is cached of the applicant.
func (c *seenCache) forget(openID string) { c.rows.Remove(openID) }
