package console

import (
	"context"
	"net/http"
)

// POST /console/api/conversations/{id}/claim — 409 when someone else holds it.
func (h *handler) apiClaim(w http.ResponseWriter, r *http.Request) error {
	return h.act(w, r, h.svc.claim, "claimed")
}

// POST /console/api/conversations/{id}/handback — the bot resumes.
func (h *handler) apiHandBack(w http.ResponseWriter, r *http.Request) error {
	return h.act(w, r, h.svc.handBack, "handed back")
}

// POST /console/api/conversations/{id}/close
func (h *handler) apiClose(w http.ResponseWriter, r *http.Request) error {
	return h.act(w, r, h.svc.close, "closed")
}

// act runs one state change and answers {"status": done}.
func (h *handler) act(w http.ResponseWriter, r *http.Request, do func(ctx context.Context, st Staff, id uint64, addr string) error, done string) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	if err := do(r.Context(), staffOf(r), id, clientAddr(r)); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": done})
	return nil
}

// POST /console/api/conversations/{id}/messages {"text": …, "private": false}
func (h *handler) apiSend(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	var req SendRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	res, err := h.svc.send(r.Context(), staffOf(r), id, req, clientAddr(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// POST /console/api/conversations/{id}/notes {"text": …}
func (h *handler) apiNote(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	var req SendRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	n, err := h.svc.note(r.Context(), staffOf(r), id, req.Text, clientAddr(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, n)
	return nil
}

// POST /console/api/conversations/{id}/reveal — admins; audited.
func (h *handler) apiReveal(w http.ResponseWriter, r *http.Request) error {
	id, err := idOf(r)
	if err != nil {
		return err
	}
	f, err := h.svc.reveal(r.Context(), staffOf(r), id, clientAddr(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"profile": f})
	return nil
}
