package session

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/credential"
	"github.com/silenceper/wechat/v2/util"
)

func TestWeChatCache(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, p pair) {
		a, b := NewWeChatCache(p.a), NewWeChatCache(p.b)
		const key = "gowechat_officialaccount__access_token_wxba5fad812f8e6fb9"
		if got := b.Get(key); got != nil {
			t.Fatalf("Get before Set = %#v; want nil", got)
		}
		if err := a.Set(key, "ACCESS_TOKEN_令牌", time.Minute); err != nil {
			t.Fatal(err)
		}
		got, ok := b.Get(key).(string) // the SDK type-asserts exactly this
		if !ok || got != "ACCESS_TOKEN_令牌" {
			t.Errorf("Get = %#v; want the string", b.Get(key))
		}
		if !b.IsExist(key) {
			t.Error("IsExist after Set = false")
		}
		if err := b.Delete(key); err != nil || a.IsExist(key) {
			t.Errorf("after Delete: err %v, IsExist %v; want gone", err, a.IsExist(key))
		}
		if err := a.Set(key, []byte("bytes"), time.Minute); err != nil || b.Get(key) != "bytes" {
			t.Errorf("Set []byte: %v, Get = %#v", err, b.Get(key))
		}
		if err := a.Set(key, "stale", -time.Second); err != nil || b.IsExist(key) {
			t.Errorf("Set with timeout ≤ 0: err %v, IsExist %v; want removed", err, b.IsExist(key))
		}
		if err := a.Set(key, struct{}{}, time.Minute); err == nil {
			t.Error("Set of a struct succeeded; want an error")
		}
		if got := cache.GetContext(ctxFor(t, time.Second), a, "absent"); got != nil {
			t.Errorf("GetContext(absent) = %#v; want nil", got)
		}
	})
}

// TestWeChatAccessTokenSharedOnRedis runs the SDK's real access-token client
// on two instances: the second takes the first one's token from Redis instead
// of asking WeChat again. It sets the SDK's process-global URI modifier, so
// it does not run in parallel.
func TestWeChatAccessTokenSharedOnRedis(t *testing.T) {
	var fetched atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/cgi-bin/token" || r.URL.Query().Get("appid") != "wxba5fad812f8e6fb9" {
			http.NotFound(w, r)
			return
		}
		fetched.Add(1)
		_, _ = io.WriteString(w, `{"access_token":"TOKEN-42","expires_in":7200}`)
	}))
	defer srv.Close()
	base, _ := url.Parse(srv.URL)
	util.SetURIModifier(func(uri string) string {
		return strings.Replace(uri, "https://api.weixin.qq.com", base.String(), 1)
	})
	defer util.SetURIModifier(nil)

	p := openRedisPair(t)
	for i, st := range []Store{p.a, p.b, p.a} {
		tokens := credential.NewDefaultAccessToken("wxba5fad812f8e6fb9", "secret",
			credential.CacheKeyOfficialAccountPrefix, NewWeChatCache(st))
		got, err := tokens.GetAccessToken()
		if err != nil || got != "TOKEN-42" {
			t.Fatalf("instance %d: GetAccessToken = %q, %v; want TOKEN-42", i, got, err)
		}
	}
	if n := fetched.Load(); n != 1 {
		t.Errorf("WeChat was asked for a token %d times; want 1 (shared through Redis)", n)
	}
}
