package console

import (
	"fmt"
	"html/template"
	"net/http"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// hitsPage: GET /console/phrases/hits?days=&category=&phrase= — hits per family and phrase
// over time (inline SVG), the newest hits (masked) and the false-positive review queue.
func (h *handler) hitsPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	f := statsFilter(r)
	st, err := b.Stats(r.Context(), f)
	if err != nil {
		return err
	}
	hits, err := b.Hits(r.Context(), f, 50)
	if err != nil {
		return err
	}
	reviews, err := b.Reviews(r.Context(), store.ReviewOpen)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	return h.render(w, r, "phrases_hits", map[string]any{"Stats": st, "Chart": template.HTML(st.SVG), // built from escaped labels
		"Hits": hits, "Reviews": reviews, "F": f, "DayChoices": []int{7, 30, 90, 365}, "Families": families(), "OK": q.Get("ok"), "Err": q.Get("err")})
}

// reviewSubmit: POST /console/phrase-reviews/{id} — resolve a false-positive review: add an
// exception to the phrase (draft), add a regression line, or dismiss.
func (h *handler) reviewSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	res := phrasebook.Resolution{Status: r.PostFormValue("status"), Reason: r.PostFormValue("reason"),
		Exception: r.PostFormValue("exception"),
		Regression: store.Regression{Text: r.PostFormValue("text"), Scope: "outbound", Expect: r.PostFormValue("expect"),
			Source: store.RegressionReview}}
	if _, err := b.Resolve(r.Context(), id, res, actorOf(r)); err != nil {
		return back(w, r, "/console/phrases/hits", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases/hits", "ok", fmt.Sprintf("复核 %d 已处理", id))
}

// regressionSubmit: POST /console/phrases/regressions (text, scope, expect, reason).
func (h *handler) regressionSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	reg := store.Regression{Text: r.PostFormValue("text"), Scope: r.PostFormValue("scope"), Expect: r.PostFormValue("expect"),
		Note: r.PostFormValue("note"), Source: store.RegressionStaff}
	if _, err := b.AddRegression(r.Context(), reg, r.PostFormValue("reason"), actorOf(r)); err != nil {
		return back(w, r, "/console/phrases/regressions", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases/regressions", "ok", "已添加回归语句")
}

// regressionDeleteSubmit: POST /console/phrases/regressions/{id}/delete (reason).
func (h *handler) regressionDeleteSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := b.DeleteRegression(r.Context(), id, r.PostFormValue("reason"), actorOf(r)); err != nil {
		return back(w, r, "/console/phrases/regressions", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases/regressions", "ok", "已删除回归语句")
}
