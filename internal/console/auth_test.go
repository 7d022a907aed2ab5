package console

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// Every route of the table, for every role and for no session: the status it must answer.
func TestRoleTable(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	id := in.handOff(t, "oRoleTable000001", "ask_human")
	browsers := map[string]*browser{"": in.browser(t)}
	for _, r := range []string{"agent", "compliance", "admin"} {
		in.account(t, r+"1", r)
		browsers[r] = in.browser(t)
		browsers[r].login(r + "1")
	}
	allowed := func(rs roleSet, role string) bool {
		if rs == nil {
			return true
		}
		for _, r := range rs {
			if r == role {
				return true
			}
		}
		return false
	}
	for _, rt := range (&handler{}).table() {
		if rt.kind == public || strings.HasSuffix(rt.pattern, "/events") {
			continue
		}
		method, path, _ := strings.Cut(rt.pattern, " ")
		path = strings.ReplaceAll(strings.ReplaceAll(path, "{id}", fmt.Sprint(id)), "{$}", "")
		for _, role := range []string{"", "agent", "compliance", "admin"} {
			t.Run(rt.pattern+"/"+role, func(t *testing.T) {
				b := browsers[role]
				b.t = t
				var status int
				switch method {
				case "GET":
					status, _ = b.get(path)
				case "POST":
					status, _ = b.post(path, map[string]any{"text": "您好"})
				default: // PUT, DELETE (phrases_routes.go)
					status, _ = b.send(method, path, map[string]any{"text": "您好"})
				}
				switch {
				case role == "" && rt.kind == page:
					if status != http.StatusSeeOther {
						t.Fatalf("no session: %d, want a redirect to the login page", status)
					}
				case role == "":
					if status != http.StatusUnauthorized {
						t.Fatalf("no session: %d, want 401", status)
					}
				case !allowed(rt.roles, role):
					if status != http.StatusForbidden {
						t.Fatalf("%s: %d, want 403", role, status)
					}
				default:
					if status == http.StatusForbidden || status == http.StatusUnauthorized || (status >= 500 && status != http.StatusNotImplemented) { // 501: a feature not configured
						t.Fatalf("%s: %d, want access", role, status)
					}
				}
			})
		}
	}
}

// A state-changing request a browser marks as cross-site is refused, even with a valid session.
func TestCrossSiteRefused(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	id := in.handOff(t, "oCrossSite000001", "ask_human")
	in.account(t, "agent1", "agent")
	b := in.browser(t)
	b.login("agent1")
	path := fmt.Sprintf("/console/api/conversations/%d/claim", id)
	for _, h := range [][]string{{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}} {
		if status, body := b.post(path, nil, h...); status != http.StatusForbidden {
			t.Fatalf("%s: %d %s, want 403", h[0], status, body)
		}
	}
	if status, body := b.post(path, nil, "Sec-Fetch-Site", "same-origin"); status != http.StatusOK {
		t.Fatalf("same-origin claim: %d %s", status, body)
	}
}

func TestLogin(t *testing.T) {
	e := newEnv(t, embedded)
	in := e.instance()
	in.account(t, "王芳", "agent")
	b := in.browser(t)
	if status, _ := b.loginStatus("王芳", "错误的密码0000"); status != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d", status)
	}
	if status, _ := b.loginStatus("nobody", testPassword); status != http.StatusUnauthorized {
		t.Fatalf("unknown user: %d", status)
	}
	b.login("王芳")
	if status, body := b.get("/console/api/me"); status != http.StatusOK || !strings.Contains(body, `"role":"agent"`) {
		t.Fatalf("me: %d %s", status, body)
	}
	if status, _ := b.post("/console/logout", nil); status != http.StatusOK && status != http.StatusSeeOther {
		t.Fatalf("logout: %d", status)
	}
	if status, _ := b.get("/console/api/me"); status != http.StatusUnauthorized {
		t.Fatalf("after logout: %d", status)
	}
	// The per-account limit: attempts beyond it are refused even with the right password.
	for range loginPerAccount {
		b.loginStatus("王芳", "错误的密码0000")
	}
	if status, _ := b.loginStatus("王芳", testPassword); status != http.StatusTooManyRequests {
		t.Fatalf("after %d attempts: %d, want 429", loginPerAccount, status)
	}
}

// Static files are public (the login page needs them) but list no directory.
func TestStatic(t *testing.T) {
	in := newEnv(t, embedded).instance()
	b := in.browser(t)
	if status, body := b.get("/console/static/console.css"); status != http.StatusOK || !strings.Contains(body, "body{") {
		t.Fatalf("css: %d", status)
	}
	if status, _ := b.get("/console/static/"); status != http.StatusNotFound {
		t.Fatalf("directory listing: %d, want 404", status)
	}
}
