package console

import (
	"net/http"
	"strings"

	"github.com/loanbot/loanbot/internal/store"
)

// GET /console/login
func (h *handler) loginPage(w http.ResponseWriter, r *http.Request) error {
	return h.render(w, r, "login", map[string]any{"Next": safeNext(r.URL.Query().Get("next"))})
}

// POST /console/login (form username, password [, next]). A browser gets redirected; a script
// asking for JSON (Accept: application/json) gets the account.
func (h *handler) loginSubmit(w http.ResponseWriter, r *http.Request) error {
	next := safeNext(r.FormValue("next"))
	st, err := h.svc.login(r.Context(), r.FormValue("username"), r.FormValue("password"), clientAddr(r))
	if err != nil {
		status, msg := h.logError(r, err)
		if wantsJSON(r) {
			writeJSON(w, status, map[string]string{"error": msg})
			return nil
		}
		h.renderStatus(w, r, status, "login", map[string]any{"Error": msg, "Next": next,
			"Username": r.FormValue("username")})
		return nil
	}
	if err := h.startSession(w, r, st); err != nil {
		return err
	}
	if wantsJSON(r) {
		writeJSON(w, http.StatusOK, st)
		return nil
	}
	if st.MustChange {
		next = "/console/password"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

// POST /console/logout
func (h *handler) logout(w http.ResponseWriter, r *http.Request) error {
	h.endSession(w, r)
	if wantsJSON(r) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "signed out"})
		return nil
	}
	http.Redirect(w, r, "/console/login", http.StatusSeeOther)
	return nil
}

// GET /console/password
func (h *handler) passwordPage(w http.ResponseWriter, r *http.Request) error {
	return h.render(w, r, "password", nil)
}

// POST /console/password (form current, new, confirm)
func (h *handler) passwordSubmit(w http.ResponseWriter, r *http.Request) error {
	st := staffOf(r)
	next, confirm := r.FormValue("new"), r.FormValue("confirm")
	var err error
	if next != confirm {
		err = errorf(http.StatusBadRequest, "两次输入的新密码不一致")
	} else {
		err = h.svc.changePassword(r.Context(), st, r.FormValue("current"), next)
	}
	if err != nil {
		status, msg := h.logError(r, err)
		h.renderStatus(w, r, status, "password", map[string]any{"Error": msg})
		return nil
	}
	// A new session: the old token (and its must-change mark) is dropped.
	h.endSession(w, r)
	st.MustChange = false
	if err := h.startSession(w, r, st); err != nil {
		return err
	}
	http.Redirect(w, r, "/console/", http.StatusSeeOther)
	return nil
}

// GET /console/ — the start page of each role.
func (h *handler) home(w http.ResponseWriter, r *http.Request) error {
	if st := staffOf(r); st.Role == store.RoleAgent || st.Role == store.RoleAdmin {
		http.Redirect(w, r, "/console/queue", http.StatusSeeOther)
		return nil
	}
	return h.render(w, r, "home", nil)
}

// GET /console/api/me
func (h *handler) apiMe(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, staffOf(r))
	return nil
}

// safeNext keeps a redirect target inside the console.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/console/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/console/"
	}
	return next
}

func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "application/json")
}
