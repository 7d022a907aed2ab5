package console

import "net/http"

// benchPage: GET shows the test bench; POST judges the typed text against the published
// version and the draft side by side (verdict, highlighted spans, the rule that fired, family,
// what excused a hit, missing disclosures).
func (h *handler) benchPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	data := map[string]any{"Live": b.LiveStatus()}
	if r.Method == http.MethodPost {
		text, inbound := r.PostFormValue("text"), r.PostFormValue("inbound") != ""
		data["Text"], data["Inbound"] = text, inbound
		res, err := b.Bench(r.Context(), text, inbound)
		if err != nil {
			data["Err"] = message(shown(err))
		} else {
			data["Result"] = res
		}
	}
	return h.render(w, r, "phrases_bench", data)
}
