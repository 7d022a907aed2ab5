package console

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// cookieName is the console's session cookie.
const cookieName = "loanbot_console"

// Staff is the signed-in account as the session remembers it.
type Staff struct {
	ID         uint64 `json:"id"`
	Username   string `json:"username"`
	Display    string `json:"display_name"`
	Role       string `json:"role"`
	MustChange bool   `json:"must_change"`
	Token      string `json:"-"`
	Seen       int64  `json:"seen,omitempty"` // unix ms of the session's last refresh
}

// Name is what agents and the audit trail call the account.
func (s Staff) Name() string {
	if s.Display != "" {
		return s.Display
	}
	return s.Username
}

// Number is the adviser number the applicant is told ("顾问 7 号").
func (s Staff) Number() string { return fmt.Sprint(s.ID) }

type staffKey struct{}

// staffOf returns the signed-in account of an authenticated request.
func staffOf(r *http.Request) Staff {
	s, _ := r.Context().Value(staffKey{}).(Staff)
	return s
}

func sessionKey(token string) string { return "console:session:" + token }

// kind says how a route answers when access is refused: pages redirect or show an error page,
// the API answers JSON.
type kind int

const (
	public kind = iota // no session needed
	page
	api
)

// roleSet lists the roles that may use a route; nil = any signed-in account.
type roleSet []string

func roles(r ...string) roleSet { return r }

var (
	agents = roles(store.RoleAgent, store.RoleAdmin)
	admins = roles(store.RoleAdmin)
	anyone roleSet
)

// authenticate wraps a route: it loads the session (refreshing its idle timeout), re-reads the
// account (a disabled account is signed out at once), enforces the password change and the roles.
func (h *handler) authenticate(k kind, allowed roleSet, next http.HandlerFunc) http.HandlerFunc {
	if k == public {
		return next
	}
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := h.session(r)
		if err != nil {
			h.log.WarnContext(r.Context(), "console session check failed", "err", err)
		}
		if st.Username == "" {
			h.refuse(w, r, k, http.StatusUnauthorized, "请先登录")
			return
		}
		if st.MustChange && r.URL.Path != "/console/password" && r.URL.Path != "/console/logout" {
			if k == page {
				http.Redirect(w, r, "/console/password", http.StatusSeeOther)
				return
			}
			h.refuse(w, r, k, http.StatusForbidden, "请先修改初始密码")
			return
		}
		if allowed != nil && !slices.Contains(allowed, st.Role) {
			h.refuse(w, r, k, http.StatusForbidden, "无权访问")
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), staffKey{}, st)))
	}
}

// refuse answers a request that may not proceed.
func (h *handler) refuse(w http.ResponseWriter, r *http.Request, k kind, status int, msg string) {
	switch {
	case k == api:
		writeJSON(w, status, map[string]string{"error": msg})
	case status == http.StatusUnauthorized:
		next := r.URL.RequestURI()
		http.Redirect(w, r, "/console/login?next="+url.QueryEscape(next), http.StatusSeeOther)
	default:
		h.renderStatus(w, r, status, "error", map[string]any{"Status": status, "Message": msg})
	}
}

// session returns the request's signed-in account (zero when there is none).
func (h *handler) session(r *http.Request) (Staff, error) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value == "" || len(c.Value) > 64 {
		return Staff{}, nil
	}
	ctx := r.Context()
	b, ok, err := h.sessions.Get(ctx, sessionKey(c.Value))
	if err != nil || !ok {
		return Staff{}, err
	}
	var st Staff
	if err := json.Unmarshal(b, &st); err != nil {
		return Staff{}, fmt.Errorf("session record: %w", err)
	}
	acct, err := h.svc.d.Store.StaffByUsername(ctx, st.Username)
	if err != nil || acct.Disabled {
		_ = h.sessions.Del(ctx, sessionKey(c.Value))
		if errors.Is(err, store.ErrNotFound) {
			err = nil
		}
		return Staff{}, err
	}
	st.Role, st.Display, st.Token = acct.Role, acct.DisplayName, c.Value
	// Slide the idle timeout, at most every tenth of it (one write less per request).
	if now := h.now().UnixMilli(); now-st.Seen >= h.idle.Milliseconds()/10 {
		st.Seen = now
		b, _ = json.Marshal(st)
		if err := h.sessions.Set(ctx, sessionKey(c.Value), b, h.idle); err != nil {
			return Staff{}, err
		}
	}
	return st, nil
}

// startSession stores a new session and sets its cookie.
func (h *handler) startSession(w http.ResponseWriter, r *http.Request, st Staff) error {
	st.Token, st.Seen = rand.Text(), h.now().UnixMilli()
	b, _ := json.Marshal(st) // a struct of strings, numbers and a bool always marshals
	if err := h.sessions.Set(r.Context(), sessionKey(st.Token), b, h.idle); err != nil {
		return fmt.Errorf("store session: %w", err)
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: st.Token, Path: "/console", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: secure(r)})
	return nil
}

// endSession deletes the session and its cookie.
func (h *handler) endSession(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(cookieName); err == nil && c.Value != "" {
		_ = h.sessions.Del(r.Context(), sessionKey(c.Value))
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/console", MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: secure(r)})
}

// secure reports whether the browser reached us over TLS (directly or through a proxy).
func secure(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// clientAddr is the request's remote address without the port.
func clientAddr(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		return host
	}
	return r.RemoteAddr
}

// Login limits: attempts per account and per address in a sliding window.
const (
	loginWindow      = 15 * time.Minute
	loginPerAccount  = 10
	loginPerAddress  = 100
	minPasswordRunes = 10
)
