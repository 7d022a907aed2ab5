package console

import (
	"net/http"
	"net/url"

	"github.com/loanbot/loanbot/internal/store"
)

// phraseAuditPage: GET /console/phrases/audit?by=&action=&since=&until= — the phrase audit
// trail (read-only), with a CSV export of the same filter.
func (h *handler) phraseAuditPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	entries, err := b.Audit(r.Context(), auditFilter(r))
	if err != nil {
		return err
	}
	q := r.URL.Query()
	csv := url.Values{}
	for _, k := range []string{"by", "action", "since", "until", "phrase_id"} {
		if v := q.Get(k); v != "" {
			csv.Set(k, v)
		}
	}
	return h.render(w, r, "phrases_audit", map[string]any{"Entries": entries, "Q": q, "CSV": csv.Encode(),
		"Actions": auditActions})
}

// auditActions are the actions the audit filter offers.
var auditActions = []string{store.PhraseSeeded, store.PhraseCreated, store.PhraseUpdated, store.PhraseDisabled,
	store.PhraseEnabled, store.PhraseDeleted, store.PhraseImported, store.PhraseRolledBack, store.PhrasePublished,
	store.PhraseListRestore, store.PhraseGateFlip, store.RegressionAdded, store.RegressionDeleted, store.ReviewResolved}
