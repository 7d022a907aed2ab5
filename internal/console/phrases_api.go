package console

import (
	"context"
	"net/http"
	"strconv"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// apiPhrases: GET /console/api/phrases?q=&category=&action=&scope=&enabled=&since=&state=
func (h *handler) apiPhrases(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	list, err := b.List(r.Context(), listFilter(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list)
	return nil
}

// apiPhraseCreate: POST /console/api/phrases {"text","category","action","scope","reason"} → a
// draft change.
func (h *handler) apiPhraseCreate(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in phrasebook.PhraseInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	p, err := b.Create(r.Context(), in, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusCreated, p)
	return nil
}

// apiPhraseUpdate: PUT /console/api/phrases/{id} (fields to change, "reason" required).
func (h *handler) apiPhraseUpdate(w http.ResponseWriter, r *http.Request) error {
	return changeByID(h, w, r, (*phrasebook.Book).Update)
}

// changeByID serves a JSON route that changes the item named by the path's {id}: the body is
// decoded into In, call makes the change as the signed-in staff member, and its result is the
// answer.
func changeByID[In, Out any](h *handler, w http.ResponseWriter, r *http.Request,
	call func(*phrasebook.Book, context.Context, uint64, In, phrasebook.Actor) (Out, error)) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var in In
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	out, err := call(b, r.Context(), id, in, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// reasonBody is a request that only carries why.
type reasonBody struct {
	Reason string `json:"reason"`
}

// apiPhraseDelete: DELETE /console/api/phrases/{id} {"reason"} (or ?reason=).
func (h *handler) apiPhraseDelete(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	body := reasonBody{Reason: r.URL.Query().Get("reason")}
	if body.Reason == "" {
		if err := decodeJSON(r, &body); err != nil {
			return err
		}
	}
	if err := b.Delete(r.Context(), id, body.Reason, actorOf(r)); err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"deleted": id})
	return nil
}

// apiPhraseImport: POST /console/api/phrases/import?reason=&dry_run=1 with the CSV as the body
// → the validation report (400 with the report when the file has errors).
func (h *handler) apiPhraseImport(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	q := r.URL.Query()
	body := http.MaxBytesReader(w, r.Body, 8<<20)
	rep, err := b.Import(r.Context(), body, q.Get("reason"), q.Get("dry_run") == "1", actorOf(r))
	if err != nil && len(rep.Errors) == 0 {
		return shown(err)
	}
	status := http.StatusOK
	if len(rep.Errors) > 0 {
		status = http.StatusBadRequest
	}
	writeJSON(w, status, rep)
	return nil
}

// phraseExport: the draft (or ?version=N) as a CSV download.
func (h *handler) phraseExport(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	v, _ := strconv.ParseUint(r.URL.Query().Get("version"), 10, 64)
	name := "phrases-draft.csv"
	if v != 0 {
		name = "phrases-v" + strconv.FormatUint(v, 10) + ".csv"
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	return b.Export(r.Context(), w, v)
}

// apiGate: GET /console/api/phrases/gate → the draft against the regression lines.
func (h *handler) apiGate(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	rep, err := b.Gate(r.Context())
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, rep)
	return nil
}

// apiPublish: POST /console/api/phrases/publish {"reason", "confirm", "confirm_reason"} →
// {"version", "changes", "gate"}; 409 with the gate report when expected verdicts would flip.
func (h *handler) apiPublish(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in phrasebook.PublishInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	res, err := b.Publish(r.Context(), in, actorOf(r))
	if rep, gated := phrasebook.IsGate(err); gated {
		writeJSON(w, http.StatusConflict, map[string]any{"error": "发布会改变回归语句的预期结果，请确认（confirm）并填写理由（confirm_reason）", "gate": rep})
		return nil
	}
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// apiVersions: GET /console/api/phrases/versions, newest first.
func (h *handler) apiVersions(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	vs, err := b.Versions(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"versions": vs})
	return nil
}

// apiDiff: GET /console/api/phrases/diff?from=A&to=B (to=0 or absent: the draft).
func (h *handler) apiDiff(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	from, _ := strconv.ParseUint(r.URL.Query().Get("from"), 10, 64)
	to, _ := strconv.ParseUint(r.URL.Query().Get("to"), 10, 64)
	d, err := b.DiffVersions(r.Context(), from, to)
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// apiRollback: POST /console/api/phrases/rollback/{version} {"reason"} → the new version.
func (h *handler) apiRollback(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	v, err := pathID(r, "version")
	if err != nil {
		return err
	}
	var body reasonBody
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	res, err := b.Rollback(r.Context(), v, body.Reason, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// apiPhraseStatus: GET /console/api/phrases/status → the version this instance enforces.
func (h *handler) apiPhraseStatus(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, b.LiveStatus())
	return nil
}

// checkBody is a text to judge.
type checkBody struct {
	Text    string `json:"text"`
	Draft   bool   `json:"draft"`
	Inbound bool   `json:"inbound"`
}

// apiCheck: POST /console/api/check {"text", "draft": false} → the verdict JSON of `loanbot
// check`, from this instance's live filter (or the draft).
func (h *handler) apiCheck(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in checkBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	res, err := b.Check(r.Context(), in.Text, in.Inbound, in.Draft)
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// apiBench: POST /console/api/phrases/bench {"text", "inbound"} → published and draft side by side.
func (h *handler) apiBench(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in checkBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	res, err := b.Bench(r.Context(), in.Text, in.Inbound)
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// apiRegressions: GET /console/api/phrases/regressions.
func (h *handler) apiRegressions(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	rs, err := b.Regressions(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"regressions": rs})
	return nil
}

// regressionBody adds a regression line.
type regressionBody struct {
	store.Regression
	Reason string `json:"reason"`
}

// apiRegressionAdd: POST /console/api/phrases/regressions {"text","scope","expect","reason"}.
func (h *handler) apiRegressionAdd(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in regressionBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	in.Regression.Source = store.RegressionStaff
	reg, err := b.AddRegression(r.Context(), in.Regression, in.Reason, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusCreated, reg)
	return nil
}

// apiRegressionDelete: DELETE /console/api/phrases/regressions/{id}?reason=.
func (h *handler) apiRegressionDelete(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := b.DeleteRegression(r.Context(), id, r.URL.Query().Get("reason"), actorOf(r)); err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, map[string]any{"deleted": id})
	return nil
}

// apiPhraseAudit: GET /console/api/phrases/audit?by=&action=&since=&until=&phrase_id=&format=csv.
func (h *handler) apiPhraseAudit(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("format") == "csv" {
		return h.phraseAuditCSV(w, r)
	}
	b, err := h.book()
	if err != nil {
		return err
	}
	entries, err := b.Audit(r.Context(), auditFilter(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": entries})
	return nil
}

// phraseAuditCSV: the audit trail matching the filters as a CSV download.
func (h *handler) phraseAuditCSV(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="phrase-audit.csv"`)
	return b.AuditCSV(r.Context(), w, auditFilter(r))
}

// apiHits: GET /console/api/phrases/hits?days=&category=&phrase= → statistics and the newest
// hits, texts masked.
func (h *handler) apiHits(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	f := statsFilter(r)
	st, err := b.Stats(r.Context(), f)
	if err != nil {
		return err
	}
	hits, err := b.Hits(r.Context(), f, 100)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"stats": st, "hits": hits})
	return nil
}

func statsFilter(r *http.Request) phrasebook.StatsFilter {
	q := r.URL.Query()
	days, _ := strconv.Atoi(q.Get("days"))
	if days <= 0 {
		days = 30
	}
	return phrasebook.StatsFilter{Days: days, Category: q.Get("category"), Phrase: q.Get("phrase")}
}

// apiReviews: GET /console/api/phrases/reviews?status=open.
func (h *handler) apiReviews(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	items, err := b.Reviews(r.Context(), r.URL.Query().Get("status"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"reviews": items})
	return nil
}

// apiResolve: POST /console/api/phrases/reviews/{id} {"status","reason","exception","regression"}.
func (h *handler) apiResolve(w http.ResponseWriter, r *http.Request) error {
	return changeByID(h, w, r, (*phrasebook.Book).Resolve)
}

// apiFalsePositive: POST /console/api/hits/{id}/false-positive {"note"} — any staff member
// (agents from their conversation view) puts a blocked hit in the review queue.
func (h *handler) apiFalsePositive(w http.ResponseWriter, r *http.Request) error {
	return h.markFalsePositive(w, r, (*phrasebook.Book).MarkFalsePositive)
}

// apiConversationFalsePositive: POST /console/api/conversations/{id}/false-positive {"note"} —
// the agent's "误报" button under a refused reply: the newest unreviewed block of the
// conversation goes to the review queue.
func (h *handler) apiConversationFalsePositive(w http.ResponseWriter, r *http.Request) error {
	return h.markFalsePositive(w, r, (*phrasebook.Book).MarkConversationBlock)
}

// markFalsePositive reads the path id and the optional note and files the review with mark.
func (h *handler) markFalsePositive(w http.ResponseWriter, r *http.Request,
	mark func(*phrasebook.Book, context.Context, uint64, string, phrasebook.Actor) (store.FalsePositive, error)) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var in struct {
		Note string `json:"note"`
	}
	if err := decodeJSON(r, &in); err != nil && r.ContentLength > 0 {
		return err
	}
	fp, err := mark(b, r.Context(), id, in.Note, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusCreated, fp)
	return nil
}
