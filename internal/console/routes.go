package console

import (
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// handler holds what every page and API handler needs.
type handler struct {
	svc      *service
	tpl      *templates
	log      *slog.Logger
	hub      *hub
	sessions Sessions
	now      func() time.Time
	idle     time.Duration
}

// route is one line of the route table: method and path (net/http pattern), how refusals are
// answered (public, page, api), who may use it, and the handler.
type route struct {
	pattern string
	kind    kind
	roles   roleSet
	fn      handlerFunc
}

// table is every console route. Tests walk it to check each role against each route.
func (h *handler) table() []route {
	return append([]route{
		{"GET /console/login", public, nil, h.loginPage},
		{"POST /console/login", public, nil, h.loginSubmit},
		{"POST /console/logout", public, nil, h.logout},
		{"GET /console/password", page, anyone, h.passwordPage},
		{"POST /console/password", page, anyone, h.passwordSubmit},
		{"GET /console/{$}", page, anyone, h.home},
		{"GET /console/queue", page, agents, h.queuePage},
		{"GET /console/conversations/{id}", page, agents, h.conversationPage},
		{"GET /console/audit", page, admins, h.auditPage},

		{"GET /console/api/me", api, anyone, h.apiMe},
		{"GET /console/api/conversations", api, agents, h.apiQueue},
		{"GET /console/api/conversations/{id}", api, agents, h.apiConversation},
		{"POST /console/api/conversations/{id}/claim", api, agents, h.apiClaim},
		{"POST /console/api/conversations/{id}/messages", api, agents, h.apiSend},
		{"POST /console/api/conversations/{id}/notes", api, agents, h.apiNote},
		{"POST /console/api/conversations/{id}/suggest", api, agents, h.apiSuggest},
		{"POST /console/api/conversations/{id}/handback", api, agents, h.apiHandBack},
		{"POST /console/api/conversations/{id}/close", api, agents, h.apiClose},
		{"POST /console/api/conversations/{id}/reveal", api, admins, h.apiReveal},
		{"GET /console/api/audit", api, admins, h.apiAudit},
		{"GET /console/api/events", api, agents, h.apiEvents},
	}, h.phraseRoutes()...)
}

// routes builds the console's mux, wrapped in cross-origin protection: a state-changing request
// a browser marks as cross-site (Sec-Fetch-Site, or an Origin that is not this host) gets 403.
func (h *handler) routes() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range h.table() {
		fn := h.page(rt.fn)
		if rt.kind == api {
			fn = h.api(rt.fn)
		}
		mux.Handle(rt.pattern, h.authenticate(rt.kind, rt.roles, fn))
	}
	static, _ := fs.Sub(assets, "static") // the embedded directory exists
	mux.Handle("GET /console/static/", http.StripPrefix("/console/static/", cacheStatic(http.FileServerFS(static))))
	mux.Handle("/console/", h.api(func(http.ResponseWriter, *http.Request) error {
		return errorf(http.StatusNotFound, "页面不存在")
	}))
	mux.Handle("/console", http.RedirectHandler("/console/", http.StatusSeeOther))
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "拒绝跨站请求"})
	}))
	return securityHeaders(cop.Handler(mux))
}

// cacheStatic serves embedded files with a short cache lifetime and no directory listings.
func cacheStatic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=300")
		next.ServeHTTP(w, r)
	})
}

// securityHeaders: no framing, no sniffing, scripts and styles only from the console itself.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}
