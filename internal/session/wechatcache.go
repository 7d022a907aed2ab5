package session

import (
	"context"
	"fmt"
	"time"

	"github.com/silenceper/wechat/v2/cache"
)

// weChatCacheTimeout bounds one call of the SDK's ctx-less cache methods.
const weChatCacheTimeout = 2 * time.Second

// weChatSpace keeps the SDK's keys apart from the conversation-state cache.
const weChatSpace = "wechat:"

// WeChatCache adapts a Store to the silenceper/wechat/v2 cache.Cache (and
// cache.ContextCache), so that every instance shares one access token. Get
// returns the value as a string, because the SDK type-asserts it.
type WeChatCache struct {
	store Store
}

var _ cache.ContextCache = (*WeChatCache)(nil)

// NewWeChatCache returns the SDK cache backed by store.
func NewWeChatCache(store Store) *WeChatCache { return &WeChatCache{store: store} }

// Get returns the string stored under key, or nil when it is absent or the
// store fails (the SDK then fetches a fresh token).
func (c *WeChatCache) Get(key string) any {
	ctx, cancel := context.WithTimeout(context.Background(), weChatCacheTimeout)
	defer cancel()
	return c.GetContext(ctx, key)
}

// GetContext is Get with a ctx.
func (c *WeChatCache) GetContext(ctx context.Context, key string) any {
	val, ok, err := c.store.Get(ctx, weChatSpace+key)
	if err != nil || !ok {
		return nil
	}
	return string(val)
}

// Set stores val (a string, []byte or fmt.Stringer; the SDK stores strings)
// for timeout. A timeout ≤ 0 means the value is already stale: the key is
// removed instead.
func (c *WeChatCache) Set(key string, val any, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), weChatCacheTimeout)
	defer cancel()
	return c.SetContext(ctx, key, val, timeout)
}

// SetContext is Set with a ctx.
func (c *WeChatCache) SetContext(ctx context.Context, key string, val any, timeout time.Duration) error {
	if timeout <= 0 {
		return c.DeleteContext(ctx, key)
	}
	var b []byte
	switch v := val.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	case fmt.Stringer:
		b = []byte(v.String())
	default:
		return fmt.Errorf("session: wechat cache %q: unsupported value type %T", key, val)
	}
	if err := c.store.Set(ctx, weChatSpace+key, b, timeout); err != nil {
		return fmt.Errorf("session: wechat cache: %w", err)
	}
	return nil
}

// IsExist reports whether key holds a value.
func (c *WeChatCache) IsExist(key string) bool { return c.Get(key) != nil }

// IsExistContext is IsExist with a ctx.
func (c *WeChatCache) IsExistContext(ctx context.Context, key string) bool {
	return c.GetContext(ctx, key) != nil
}

// Delete removes key.
func (c *WeChatCache) Delete(key string) error {
	ctx, cancel := context.WithTimeout(context.Background(), weChatCacheTimeout)
	defer cancel()
	return c.DeleteContext(ctx, key)
}

// DeleteContext is Delete with a ctx.
func (c *WeChatCache) DeleteContext(ctx context.Context, key string) error {
	if err := c.store.Del(ctx, weChatSpace+key); err != nil {
		return fmt.Errorf("session: wechat cache: %w", err)
	}
	return nil
}
