package app

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/store"
)

// staffClient is a signed-in console client of one instance.
type staffClient struct {
	t    *testing.T
	base string
	c    *http.Client
}

// signIn creates the account when missing and signs in on srv.
func signIn(t *testing.T, a *App, srv *httptest.Server, username, role string) *staffClient {
	t.Helper()
	hash, err := console.HashPasswordCost(testAgentPassword, bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	_, err = a.Store.CreateStaff(context.Background(), store.Staff{Username: username, DisplayName: username, Role: role, PasswordHash: hash})
	if err != nil && !strings.Contains(err.Error(), "conflict") {
		t.Fatal(err)
	}
	jar, _ := cookiejar.New(nil)
	sc := &staffClient{t: t, base: srv.URL, c: &http.Client{Jar: jar, Timeout: 20 * time.Second}}
	req, _ := http.NewRequest("POST", srv.URL+"/console/login",
		strings.NewReader(url.Values{"username": {username}, "password": {testAgentPassword}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if status, body := sc.do(req); status != http.StatusOK {
		t.Fatalf("login %s: %d %s", username, status, body)
	}
	return sc
}

func (sc *staffClient) do(req *http.Request) (int, string) {
	sc.t.Helper()
	resp, err := sc.c.Do(req)
	if err != nil {
		sc.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (sc *staffClient) json(method, path string, body any) (int, string) {
	sc.t.Helper()
	j, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, sc.base+path, strings.NewReader(string(j)))
	req.Header.Set("Content-Type", "application/json")
	return sc.do(req)
}

// verdict asks an instance's live filter about text.
func (sc *staffClient) verdict(text string) (string, uint64) {
	sc.t.Helper()
	status, body := sc.json("POST", "/console/api/check", map[string]any{"text": text})
	var res struct {
		Verdict string `json:"verdict"`
		Version uint64 `json:"version"`
	}
	if status != http.StatusOK || json.Unmarshal([]byte(body), &res) != nil {
		sc.t.Fatalf("check: %d %s", status, body)
	}
	return res.Verdict, res.Version
}

// Two instances share MariaDB and Redis: a phrase published on one is enforced by the other
// through pub/sub — the deadline (10 s) is well inside the 30-second version check, so only the
// announcement can make it; the time it took is logged (no wall-clock assertion: README has the
// figures).
func TestPublishReachesOtherInstance(t *testing.T) {
	e := newEnv(t, real, false)
	a1, srv1 := e.instance(Options{})
	a2, srv2 := e.instance(Options{})
	serveBackground(t, a1)
	serveBackground(t, a2)
	one := signIn(t, a1, srv1, "hegui", store.RoleCompliance)
	two := signIn(t, a2, srv2, "hegui2", store.RoleCompliance)
	const sentence = "关于熊猫贷的问题请咨询人工"
	if v, _ := two.verdict(sentence); v != "allow" {
		t.Fatalf("before: %s", v)
	}
	if status, body := one.json("POST", "/console/api/phrases", map[string]any{"text": "熊猫贷", "category": "F07",
		"action": "block", "scope": "outbound", "reason": "监管通报"}); status != http.StatusCreated {
		t.Fatalf("create: %d %s", status, body)
	}
	status, body := one.json("POST", "/console/api/phrases/publish", map[string]any{"reason": "新增熊猫贷"})
	if status != http.StatusOK {
		t.Fatalf("publish: %d %s", status, body)
	}
	published := time.Now()
	deadline := published.Add(10 * time.Second) // generous, only to catch a hang; the figure is logged
	for {
		v, version := two.verdict(sentence)
		if v == "block" && version == 2 {
			t.Logf("the other instance enforced version 2 after %s", time.Since(published))
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the other instance still says %s (version %d) after 10 s", v, version)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// /readyz names the enforced version; with the database gone it says the last version is
// still enforced.
func TestReadyzReportsPhraseVersion(t *testing.T) {
	e := newEnv(t, embedded, false)
	a, srv := e.instance(Options{})
	if status, body := get(t, srv, "/readyz"); status != http.StatusOK || !strings.Contains(body, `"phrases":{"version":1`) {
		t.Fatalf("readyz: %d %s", status, body)
	}
	a.Store.Close()
	_, body := get(t, srv, "/readyz")
	if !strings.Contains(body, "enforcing the last version") || !strings.Contains(body, `"version":1`) {
		t.Fatalf("readyz with the database closed: %s", body)
	}
	if v := a.Filter.CheckOutbound("我们这边包过").Verdict; v != "block" {
		t.Errorf("the filter stopped enforcing: %s", v)
	}
}
