package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		var out []time.Duration
		for _, v := range n {
			out = append(out, time.Duration(v)*time.Millisecond)
		}
		return out
	}
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		q      float64
		want   time.Duration
	}{
		{"empty", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of 4 is the 2nd", ms(1, 2, 3, 4), 0.5, 2 * time.Millisecond},
		{"p99 of 100", hundred, 0.99, 99 * time.Millisecond},
		{"p50 of 100", hundred, 0.5, 50 * time.Millisecond},
		{"max", hundred, 1, 100 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := percentile(tt.sorted, tt.q); got != tt.want {
			t.Errorf("%s: percentile(q=%v) = %v, want %v", tt.name, tt.q, got, tt.want)
		}
	}
}

func TestHasText(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"<xml><Content><![CDATA[您好]]></Content></xml>", true},
		{"<xml><Content>hi</Content></xml>", true},
		{"<xml><Content><![CDATA[]]></Content></xml>", false},
		{"<xml><Content></Content></xml>", false},
		{"success", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasText([]byte(tt.body)); got != tt.want {
			t.Errorf("hasText(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}

// TestDriveBareServer drives the (a) baseline in-process: every push is accepted (so the
// signature and the XML are what the server expects) and counted.
func TestDriveBareServer(t *testing.T) {
	b, err := newBaseline(context.Background(), serveConfig{kind: "bare", token: "tok"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(b.engine())
	defer srv.Close()
	pushes, _ := newPushMaker("tok", 50, time.Now)
	res, err := drive(context.Background(), driveConfig{url: srv.URL + "/wechat", conns: 4,
		warmup: 50 * time.Millisecond, requests: 300, pushes: pushes})
	if err != nil {
		t.Fatal(err)
	}
	if res.requests != 300 || res.errorCount() != 0 || res.issued < 300 || res.throughput() <= 0 {
		t.Errorf("requests %d issued %d errors %v (%s) throughput %.0f; want 300 clean", res.requests, res.issued,
			res.errors, res.firstErr, res.throughput())
	}
	for i := 1; i < len(res.latencies); i++ {
		if res.latencies[i] < res.latencies[i-1] {
			t.Fatal("latencies not sorted")
		}
	}
}

// TestDriveCountsFailures checks that a wrong token (403) and a "success" reply are errors.
func TestDriveCountsFailures(t *testing.T) {
	b, _ := newBaseline(context.Background(), serveConfig{kind: "bare", token: "right"})
	bare := httptest.NewServer(b.engine())
	defer bare.Close()
	success := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("success"))
	}))
	defer success.Close()
	tests := []struct {
		name, url, kind string
	}{
		{"bad signature", bare.URL + "/wechat", "status 403"},
		{"no reply text", success.URL, "empty reply"},
	}
	for _, tt := range tests {
		pushes, _ := newPushMaker("wrong", 5, time.Now)
		res, err := drive(context.Background(), driveConfig{url: tt.url, conns: 2, requests: 20, pushes: pushes})
		if err != nil {
			t.Fatal(err)
		}
		if res.errors[tt.kind] != 20 {
			t.Errorf("%s: errors %v, want %s ×20", tt.name, res.errors, tt.kind)
		}
	}
}
