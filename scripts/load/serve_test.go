package main

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"
)

const (
	testMySQL = "mysql://root@127.0.0.1:3306"
	testRedis = "redis://127.0.0.1:6379/0"
)

// TestBareDBStoresEachMessageOnce runs the (b) baseline on the real MariaDB and Redis: each
// push costs one claim and one row, a replayed MsgId no second row; the database and the keys
// are gone afterwards.
func TestBareDBStoresEachMessageOnce(t *testing.T) {
	ctx := context.Background()
	dbs := openServices(t)
	name := "loanbot_load_test_" + time.Now().Format("150405")
	url, err := dbs.create(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	prefix := "loanbot-load:test-" + name + ":"
	t.Cleanup(func() {
		if err := dbs.close(context.Background()); err != nil {
			t.Error(err)
		}
		if err := deleteKeys(context.Background(), testRedis, prefix); err != nil {
			t.Error(err)
		}
	})
	b, err := newBaseline(ctx, serveConfig{kind: "bare-db", token: "tok", mysql: url, redis: testRedis, prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	srv := httptest.NewServer(b.engine())
	defer srv.Close()
	pushes, _ := newPushMaker("tok", 4, time.Now) // 40 pushes: lines 0–9, the last four with an emoji
	for round := range 2 {                        // the second round replays the same MsgIds
		res, err := drive(ctx, driveConfig{url: srv.URL + "/wechat", conns: 4, requests: 40, pushes: pushes})
		if err != nil || res.errorCount() != 0 {
			t.Fatalf("round %d: %v, errors %v (%s)", round, err, res.errors, res.firstErr)
		}
	}
	var rows, emoji int
	if err := b.db.QueryRowContext(ctx, "SELECT COUNT(*), SUM(content LIKE '%😊%') FROM inbound").Scan(&rows, &emoji); err != nil {
		t.Fatal(err)
	}
	if rows != 40 || emoji != 4 {
		t.Errorf("rows %d (with 😊 %d), want 40 distinct messages, 4 with 😊 intact", rows, emoji)
	}
	if n := b.rdb.Keys(ctx, prefix+"*").Val(); len(n) != 40 {
		t.Errorf("%d claims under %s, want 40", len(n), prefix)
	}
}

// openServices connects to the local MariaDB and Redis, or skips (fails under
// LOANBOT_REQUIRE_SERVICES) naming the script that starts them.
func openServices(t *testing.T) *databases {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dbs, err := openDatabases(ctx, testMySQL)
	if err == nil {
		if err = checkRedis(ctx, testRedis); err != nil {
			dbs.close(ctx)
		}
	}
	if err != nil {
		msg := "MariaDB/Redis not reachable (start them with bash scripts/services.sh): " + err.Error()
		if os.Getenv("LOANBOT_REQUIRE_SERVICES") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return dbs
}
