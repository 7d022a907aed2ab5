package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestWireConnReadsEveryResponseShape checks the driver's HTTP client against net/http's server:
// Content-Length, chunked (the handler flushes), Connection: close, and the request it sends.
func TestWireConnReadsEveryResponseShape(t *testing.T) {
	reply := "<xml><Content><![CDATA[您好，已收到😊]]></Content></xml>"
	mux := http.NewServeMux()
	mux.HandleFunc("POST /length", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if r.URL.Query().Get("openid") != "o1" || string(b) != "<xml>推送</xml>" || r.Header.Get("Content-Type") != "text/xml" {
			http.Error(w, "bad request "+r.URL.RawQuery+" "+string(b), http.StatusBadRequest)
			return
		}
		io.WriteString(w, reply)
	})
	mux.HandleFunc("POST /chunked", func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, reply[:10])
		w.(http.Flusher).Flush()
		io.WriteString(w, reply[10:])
	})
	mux.HandleFunc("POST /close", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Connection", "close")
		io.WriteString(w, reply)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, path := range []string{"/length", "/chunked", "/close"} {
		wc, err := newWireConn(srv.URL+path, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		for i := range 3 { // the same connection, or a new one after close
			status, err := wc.post("openid=o1&nonce=1", []byte("<xml>推送</xml>"), &body)
			if err != nil || status != http.StatusOK || body.String() != reply {
				t.Errorf("%s #%d: status %d, err %v, body %q", path, i, status, err, body.String())
			}
		}
		wc.close()
	}
	if _, err := newWireConn("https://example.com/x", time.Second); err == nil {
		t.Error("https URL accepted")
	}
}
