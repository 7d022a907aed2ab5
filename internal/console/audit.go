package console

import (
	"net/http"
	"strconv"
)

// GET /console/audit?conversation=ID — admins.
func (h *handler) auditPage(w http.ResponseWriter, r *http.Request) error {
	conv, _ := strconv.ParseUint(r.URL.Query().Get("conversation"), 10, 64)
	list, err := h.svc.d.Store.Audits(r.Context(), conv, 300)
	if err != nil {
		return err
	}
	return h.render(w, r, "audit", map[string]any{"Audits": list, "Conversation": conv})
}

// GET /console/api/audit?conversation=ID&limit=N — admins.
func (h *handler) apiAudit(w http.ResponseWriter, r *http.Request) error {
	conv, _ := strconv.ParseUint(r.URL.Query().Get("conversation"), 10, 64)
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	list, err := h.svc.d.Store.Audits(r.Context(), conv, limit)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"audits": list})
	return nil
}
