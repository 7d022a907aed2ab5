package console

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// compliancePeople may administer the phrase list; agents get 403.
var compliancePeople = roles(store.RoleCompliance, store.RoleAdmin)

// phraseRoutes are the phrase-administration pages and API (phrases*.go, bench.go,
// versions.go, audit_phrases.go, hits.go, claims.go). Agents reach only the false-positive mark.
func (h *handler) phraseRoutes() []route {
	c := compliancePeople
	return []route{
		{"GET /console/phrases", page, c, h.phrasesPage},
		{"POST /console/phrases", page, c, h.phraseCreateSubmit},
		{"GET /console/phrases/{id}/edit", page, c, h.phraseEditPage},
		{"POST /console/phrases/{id}/edit", page, c, h.phraseEditSubmit},
		{"POST /console/phrases/{id}/delete", page, c, h.phraseDeleteSubmit},
		{"POST /console/phrases/import", page, c, h.phraseImportSubmit},
		{"GET /console/phrases/export.csv", page, c, h.phraseExport},
		{"GET /console/phrases/bench", page, c, h.benchPage},
		{"POST /console/phrases/bench", page, c, h.benchPage},
		{"GET /console/phrases/publish", page, c, h.publishPage},
		{"POST /console/phrases/publish", page, c, h.publishSubmit},
		{"GET /console/phrases/versions", page, c, h.versionsPage},
		{"POST /console/phrases/rollback", page, c, h.rollbackSubmit},
		{"GET /console/phrases/regressions", page, c, h.regressionsPage},
		{"POST /console/phrases/regressions", page, c, h.regressionSubmit},
		{"POST /console/phrases/regressions/{id}/delete", page, c, h.regressionDeleteSubmit},
		{"GET /console/phrases/audit", page, c, h.phraseAuditPage},
		{"GET /console/phrases/audit.csv", page, c, h.phraseAuditCSV},
		{"GET /console/phrases/hits", page, c, h.hitsPage},
		{"GET /console/phrases/claims", page, c, h.claimsPage},
		{"POST /console/phrases/claims", page, c, h.claimsSubmit},
		{"POST /console/phrases/claims/bench", page, c, h.claimsBench},
		{"POST /console/phrase-reviews/{id}", page, c, h.reviewSubmit},

		{"GET /console/api/phrases", api, c, h.apiPhrases},
		{"POST /console/api/phrases", api, c, h.apiPhraseCreate},
		{"PUT /console/api/phrases/{id}", api, c, h.apiPhraseUpdate},
		{"DELETE /console/api/phrases/{id}", api, c, h.apiPhraseDelete},
		{"POST /console/api/phrases/import", api, c, h.apiPhraseImport},
		{"GET /console/api/phrases/export", api, c, h.phraseExport},
		{"GET /console/api/phrases/gate", api, c, h.apiGate},
		{"POST /console/api/phrases/publish", api, c, h.apiPublish},
		{"GET /console/api/phrases/versions", api, c, h.apiVersions},
		{"GET /console/api/phrases/diff", api, c, h.apiDiff},
		{"POST /console/api/phrases/rollback/{version}", api, c, h.apiRollback},
		{"GET /console/api/phrases/status", api, c, h.apiPhraseStatus},
		{"POST /console/api/phrases/bench", api, c, h.apiBench},
		{"POST /console/api/check", api, c, h.apiCheck},
		{"GET /console/api/phrases/regressions", api, c, h.apiRegressions},
		{"POST /console/api/phrases/regressions", api, c, h.apiRegressionAdd},
		{"DELETE /console/api/phrases/regressions/{id}", api, c, h.apiRegressionDelete},
		{"GET /console/api/phrases/audit", api, c, h.apiPhraseAudit},
		{"GET /console/api/phrases/hits", api, c, h.apiHits},
		{"GET /console/api/claims", api, c, h.apiClaims},
		{"PUT /console/api/claims", api, c, h.apiClaimsPut},
		{"GET /console/api/phrases/reviews", api, c, h.apiReviews},
		{"POST /console/api/phrases/reviews/{id}", api, c, h.apiResolve},
		{"POST /console/api/hits/{id}/false-positive", api, anyone, h.apiFalsePositive},
		{"POST /console/api/conversations/{id}/false-positive", api, anyone, h.apiConversationFalsePositive},
	}
}

// book is the phrase service; consoles built without it answer 404 on these routes.
func (h *handler) book() (*phrasebook.Book, error) {
	if b := h.svc.d.Phrases; b != nil {
		return b, nil
	}
	return nil, errorf(http.StatusNotFound, "敏感词管理未启用")
}

// actorOf is who makes a change and from where.
func actorOf(r *http.Request) phrasebook.Actor {
	return phrasebook.Actor{By: staffOf(r).Username, Address: clientAddr(r)}
}

// pathID parses a numeric path value.
func pathID(r *http.Request, name string) (uint64, error) {
	id, err := strconv.ParseUint(r.PathValue(name), 10, 64)
	if err != nil || id == 0 {
		return 0, errorf(http.StatusBadRequest, "无效的编号")
	}
	return id, nil
}

// shown turns the service's refusals into client errors that keep their explanation (the
// generic adapter would only say 请求无效 / 冲突).
func shown(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, sentinel := range []error{store.ErrInvalid, store.ErrConflict} {
		msg = strings.TrimSuffix(msg, ": "+sentinel.Error())
	}
	switch {
	case errors.Is(err, phrasebook.ErrGate):
		return errorf(http.StatusConflict, "发布会改变回归语句的预期结果，请确认并填写理由：%s", msg)
	case errors.Is(err, store.ErrInvalid):
		return errorf(http.StatusBadRequest, "请求无效：%s", msg)
	case errors.Is(err, store.ErrConflict):
		return errorf(http.StatusConflict, "冲突：%s", msg)
	}
	return err
}

// listFilter reads the phrase list's filters from the query.
func listFilter(r *http.Request) phrasebook.ListFilter {
	q := r.URL.Query()
	f := phrasebook.ListFilter{Query: q.Get("q"), Category: q.Get("category"), Action: q.Get("action"),
		Scope: q.Get("scope"), Enabled: q.Get("enabled"), State: q.Get("state")}
	f.Offset, _ = strconv.Atoi(q.Get("offset"))
	f.Limit, _ = strconv.Atoi(q.Get("limit"))
	if t, err := time.Parse(time.DateOnly, q.Get("since")); err == nil {
		f.Since = t
	}
	return f
}

// auditFilter reads the audit trail's filters from the query.
func auditFilter(r *http.Request) store.PhraseAuditFilter {
	q := r.URL.Query()
	f := store.PhraseAuditFilter{By: q.Get("by"), Action: q.Get("action")}
	f.PhraseID, _ = strconv.ParseUint(q.Get("phrase_id"), 10, 64)
	f.BeforeID, _ = strconv.ParseUint(q.Get("before"), 10, 64)
	f.Limit, _ = strconv.Atoi(q.Get("limit"))
	if t, err := time.Parse(time.DateOnly, q.Get("since")); err == nil {
		f.Since = t
	}
	if t, err := time.Parse(time.DateOnly, q.Get("until")); err == nil {
		f.Until = t.AddDate(0, 0, 1) // the whole day
	}
	return f
}

// phraseVersion is the published phrase-list version this instance enforces (0 without the
// phrase service), stamped on the hits of agents' replies.
func (s *service) phraseVersion() uint64 {
	if s.d.Phrases == nil {
		return 0
	}
	return s.d.Phrases.LiveStatus().Version
}
