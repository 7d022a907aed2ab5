package console

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/loanbot/loanbot/internal/phrasebook"
)

// publishPage: GET /console/phrases/publish — the pending changes and the regression gate.
func (h *handler) publishPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	list, err := b.List(r.Context(), phrasebook.ListFilter{Limit: 1})
	if err != nil {
		return err
	}
	gate, err := b.Gate(r.Context())
	if err != nil {
		return err
	}
	claims, err := b.Claims(r.Context())
	if err != nil {
		return err
	}
	return h.render(w, r, "phrases_publish", map[string]any{"Pending": list.Pending, "Published": list.Published,
		"Gate": gate, "Claims": claims, "Err": r.URL.Query().Get("err")})
}

// publishSubmit: POST /console/phrases/publish (reason, confirm, confirm_reason).
func (h *handler) publishSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	in := phrasebook.PublishInput{Reason: r.PostFormValue("reason"), Confirm: r.PostFormValue("confirm") != "",
		ConfirmReason: r.PostFormValue("confirm_reason")}
	res, err := b.Publish(r.Context(), in, actorOf(r))
	if err != nil {
		return back(w, r, "/console/phrases/publish", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases/versions", "ok", fmt.Sprintf("已发布版本 %d：新增 %d，删除 %d，修改 %d；各实例 1 秒内生效",
		res.Version, len(res.Changes.Added), len(res.Changes.Removed), len(res.Changes.Changed)))
}

// versionsPage: GET /console/phrases/versions?from=&to= — every version, a diff of two.
func (h *handler) versionsPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	vs, err := b.Versions(r.Context())
	if err != nil {
		return err
	}
	q := r.URL.Query()
	data := map[string]any{"Versions": vs, "OK": q.Get("ok"), "Err": q.Get("err"), "Live": b.LiveStatus()}
	if q.Has("from") {
		from, _ := strconv.ParseUint(q.Get("from"), 10, 64)
		to, _ := strconv.ParseUint(q.Get("to"), 10, 64)
		d, err := b.DiffVersions(r.Context(), from, to)
		if err != nil {
			data["Err"] = message(shown(err))
		} else {
			data["Diff"] = d
		}
	}
	return h.render(w, r, "phrases_versions", data)
}

// rollbackSubmit: POST /console/phrases/rollback (version, reason).
func (h *handler) rollbackSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	v, _ := strconv.ParseUint(r.PostFormValue("version"), 10, 64)
	res, err := b.Rollback(r.Context(), v, r.PostFormValue("reason"), actorOf(r))
	if err != nil {
		return back(w, r, "/console/phrases/versions", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases/versions", "ok", fmt.Sprintf("已将版本 %d 重新发布为版本 %d", v, res.Version))
}

// regressionsPage: GET /console/phrases/regressions — the gate's sentences.
func (h *handler) regressionsPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	rs, err := b.Regressions(r.Context())
	if err != nil {
		return err
	}
	q := r.URL.Query()
	return h.render(w, r, "phrases_regressions", map[string]any{"Lines": rs, "OK": q.Get("ok"), "Err": q.Get("err")})
}
