package console

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/phrasebook"
)

// family is a family code and its name, for the pages' selects.
type family struct{ Code, Name string }

func families() []family {
	var out []family
	for _, c := range compliance.Categories() {
		out = append(out, family{c, compliance.CategoryName(c)})
	}
	return out
}

func familyNames() map[string]string {
	out := map[string]string{}
	for _, f := range families() {
		out[f.Code] = f.Name
	}
	return out
}

// back redirects to a page with a notice (the pages show ?ok= and ?err=).
func back(w http.ResponseWriter, r *http.Request, path, key, msg string) error {
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	http.Redirect(w, r, path+sep+key+"="+url.QueryEscape(msg), http.StatusSeeOther)
	return nil
}

// phrasesPage: GET /console/phrases — the draft with search and filters, pending changes,
// the create form and CSV import/export.
func (h *handler) phrasesPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	f := listFilter(r)
	list, err := b.List(r.Context(), f)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	return h.render(w, r, "phrases", map[string]any{"List": list, "F": f, "Since": q.Get("since"),
		"Families": families(), "Names": familyNames(), "OK": q.Get("ok"), "Err": q.Get("err"), "Live": b.LiveStatus(),
		"Next": f.Offset + len(list.Rows)})
}

// phraseForm reads the create and edit forms.
func phraseForm(r *http.Request) phrasebook.PhraseInput {
	in := phrasebook.PhraseInput{Text: r.PostFormValue("text"), Category: r.PostFormValue("category"),
		Action: r.PostFormValue("action"), Scope: r.PostFormValue("scope"), Note: r.PostFormValue("note"),
		Reason: r.PostFormValue("reason")}
	in.Severity, _ = strconv.Atoi(r.PostFormValue("severity"))
	in.Version, _ = strconv.Atoi(r.PostFormValue("version"))
	if r.PostForm.Has("exceptions") {
		in.Exceptions = splitLines(r.PostFormValue("exceptions"))
	}
	if r.PostForm.Has("variants") {
		in.Variants = splitLines(r.PostFormValue("variants"))
	}
	if r.PostForm.Has("form") { // checkboxes are absent when unticked
		pinyin, enabled := r.PostFormValue("pinyin") != "", r.PostFormValue("enabled") != ""
		in.Pinyin, in.Enabled = &pinyin, &enabled
	}
	return in
}

func splitLines(s string) []string {
	out := []string{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// phraseCreateSubmit: POST /console/phrases (the create form).
func (h *handler) phraseCreateSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	p, err := b.Create(r.Context(), phraseForm(r), actorOf(r))
	if err != nil {
		return back(w, r, "/console/phrases", "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases?q="+url.QueryEscape(p.Text), "ok", fmt.Sprintf("已加入草稿：%s（发布后生效）", p.Text))
}

// message is what a page shows of an error.
func message(err error) string {
	_, msg := statusOf(err)
	return msg
}

// phraseEditPage: GET /console/phrases/{id}/edit.
func (h *handler) phraseEditPage(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	p, err := b.Phrase(r.Context(), id)
	if err != nil {
		return err
	}
	return h.render(w, r, "phrase_edit", map[string]any{"P": p, "Families": families(), "Err": r.URL.Query().Get("err"),
		"Exceptions": strings.Join(p.Exceptions, "\n"), "Variants": strings.Join(p.Variants, "\n")})
}

// phraseEditSubmit: POST /console/phrases/{id}/edit (edit, disable or enable).
func (h *handler) phraseEditSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	p, err := b.Update(r.Context(), id, phraseForm(r), actorOf(r))
	if err != nil {
		return back(w, r, fmt.Sprintf("/console/phrases/%d/edit", id), "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases?q="+url.QueryEscape(p.Text), "ok", "已保存到草稿："+p.Text)
}

// phraseDeleteSubmit: POST /console/phrases/{id}/delete.
func (h *handler) phraseDeleteSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := b.Delete(r.Context(), id, r.PostFormValue("reason"), actorOf(r)); err != nil {
		return back(w, r, fmt.Sprintf("/console/phrases/%d/edit", id), "err", message(shown(err)))
	}
	return back(w, r, "/console/phrases", "ok", "已从草稿删除（发布后生效）")
}

// phraseImportSubmit: POST /console/phrases/import (multipart: file, reason, dry_run) → the
// validation report page.
func (h *handler) phraseImportSubmit(w http.ResponseWriter, r *http.Request) error {
	b, err := h.book()
	if err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, 8<<20)
	file, _, err := r.FormFile("file")
	if err != nil {
		return errorf(http.StatusBadRequest, "请选择要导入的 CSV 文件")
	}
	defer file.Close()
	rep, err := b.Import(r.Context(), file, r.FormValue("reason"), r.FormValue("dry_run") != "", actorOf(r))
	data := map[string]any{"Report": rep, "DryRun": r.FormValue("dry_run") != ""}
	if err != nil {
		data["Err"] = message(shown(err))
	}
	return h.render(w, r, "phrases_import", data)
}
