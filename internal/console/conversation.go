package console

import "net/http"

// GET /console/conversations/{id}
func (h *handler) conversationPage(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	v, err := h.svc.view(r.Context(), staffOf(r), id, false)
	if err != nil {
		return err
	}
	return h.render(w, r, "conversation", map[string]any{"C": v})
}

// GET /console/api/conversations/{id}
func (h *handler) apiConversation(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	v, err := h.svc.view(r.Context(), staffOf(r), id, false)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}
