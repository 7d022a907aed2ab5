package console

import (
	"net/http"

	"github.com/loanbot/loanbot/internal/store"
)

var queueFilters = []struct{ Code, Label string }{
	{store.QueueOpen, "全部未关闭"}, {store.QueueWaiting, "等待人工"}, {store.QueueMine, "我的"},
	{store.QueueAgent, "人工接待中"}, {store.QueueClosed, "已关闭"},
}

// GET /console/queue?state=…
func (h *handler) queuePage(w http.ResponseWriter, r *http.Request) error {
	filter := r.URL.Query().Get("state")
	if filter == "" {
		filter = store.QueueOpen
	}
	lines, err := h.svc.queue(r.Context(), staffOf(r), filter)
	if err != nil {
		return err
	}
	return h.render(w, r, "queue", map[string]any{"Lines": lines, "Filter": filter, "Filters": queueFilters})
}

// GET /console/api/conversations?state=waiting|agent|mine|open|closed
func (h *handler) apiQueue(w http.ResponseWriter, r *http.Request) error {
	lines, err := h.svc.queue(r.Context(), staffOf(r), r.URL.Query().Get("state"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"conversations": lines})
	return nil
}
