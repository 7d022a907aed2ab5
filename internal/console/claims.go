package console

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/loanbot/loanbot/internal/phrasebook"
)

// The 话术模式 page and its API: the draft claim patterns (word classes, void words, the orders
// that make a promise) edited as YAML with a reason, a diff against the published version, and
// the test bench on the draft.

// maxClaimsBody bounds a claims request (the set itself is bounded by phrasebook): a page form
// URL-encodes each byte of Chinese text as three, so it is three times the set's bound and more.
const maxClaimsBody = 16 << 20

// draftClaims returns the phrase book and its draft claim patterns.
func (h *handler) draftClaims(r *http.Request) (*phrasebook.Book, phrasebook.ClaimsDraft, error) {
	b, err := h.book()
	if err != nil {
		return nil, phrasebook.ClaimsDraft{}, err
	}
	c, err := b.Claims(r.Context())
	return b, c, err
}

// claimsPage: GET /console/phrases/claims — the draft claims, the diff, the bench.
func (h *handler) claimsPage(w http.ResponseWriter, r *http.Request) error {
	b, c, err := h.draftClaims(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	return h.render(w, r, "phrases_claims", map[string]any{"Claims": c, "YAML": c.YAML, "OK": q.Get("ok"),
		"Err": q.Get("err"), "Live": b.LiveStatus()})
}

// claimsSubmit: POST /console/phrases/claims (yaml, reason). A refused set is shown again with
// the error, as typed.
func (h *handler) claimsSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxClaimsBody)
	if err := r.ParseForm(); err != nil {
		if tooLarge := new(http.MaxBytesError); errors.As(err, &tooLarge) {
			return errorf(http.StatusRequestEntityTooLarge, "提交的话术模式超过 %d MB", maxClaimsBody>>20)
		}
		return errorf(http.StatusBadRequest, "表单无法解析")
	}
	yaml, reason := r.PostFormValue("yaml"), r.PostFormValue("reason")
	if _, err := b.EditClaims(r.Context(), yaml, reason, actorOf(r)); err != nil {
		c, cerr := b.Claims(r.Context())
		if cerr != nil {
			return cerr
		}
		return h.render(w, r, "phrases_claims", map[string]any{"Claims": c, "YAML": yaml, "Reason": reason,
			"Err": message(shown(err)), "Live": b.LiveStatus()})
	}
	return back(w, r, "/console/phrases/claims", "ok", "话术模式已保存到草稿；发布后各实例生效")
}

// claimsBench: POST /console/phrases/claims/bench (text, inbound) — the bench on this page:
// the published version beside the draft, whose claim patterns are the draft's.
func (h *handler) claimsBench(w http.ResponseWriter, r *http.Request) error {
	b, c, err := h.draftClaims(r)
	if err != nil {
		return err
	}
	text, inbound := r.PostFormValue("text"), r.PostFormValue("inbound") != ""
	data := map[string]any{"Claims": c, "YAML": c.YAML, "Text": text, "Inbound": inbound, "Live": b.LiveStatus()}
	if res, err := b.Bench(r.Context(), text, inbound); err != nil {
		data["BenchErr"] = message(shown(err))
	} else {
		data["Result"] = res
	}
	return h.render(w, r, "phrases_claims", data)
}

// apiClaims: GET /console/api/claims → the draft claims, the published version, the diff.
func (h *handler) apiClaims(w http.ResponseWriter, r *http.Request) error {
	_, c, err := h.draftClaims(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

// claimsInput is the body of PUT /console/api/claims.
type claimsInput struct {
	YAML   string `json:"yaml"`
	Reason string `json:"reason"`
}

// apiClaimsPut: PUT /console/api/claims {"yaml","reason"} → the draft claims after the edit.
func (h *handler) apiClaimsPut(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	var in claimsInput
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxClaimsBody)).Decode(&in); err != nil {
		return errorf(http.StatusBadRequest, "请求体不是有效的 JSON：%v", err)
	}
	c, err := b.EditClaims(r.Context(), in.YAML, in.Reason, actorOf(r))
	if err != nil {
		return shown(err)
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}
