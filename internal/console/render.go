package console

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

//go:embed templates/*.html static/*
var assets embed.FS

// templates holds one parsed template per page, each with the layout.
type templates struct {
	pages map[string]*template.Template
}

var shanghai = time.FixedZone("CST", 8*3600)

var funcs = template.FuncMap{
	"clock": func(t time.Time) string {
		if t.IsZero() {
			return "—"
		}
		return t.In(shanghai).Format("01-02 15:04:05")
	},
	"iso":  func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"wait": waitText,
}

// waitText renders seconds as 3分12秒 / 1小时5分.
func waitText(sec int64) string {
	switch {
	case sec < 60:
		return fmt.Sprintf("%d秒", max(sec, 0))
	case sec < 3600:
		return fmt.Sprintf("%d分%d秒", sec/60, sec%60)
	}
	return fmt.Sprintf("%d小时%d分", sec/3600, sec%3600/60)
}

func parseTemplates() (*templates, error) {
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	t := &templates{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		p, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("console: template %s: %w", name, err)
		}
		t.pages[name] = p
	}
	return t, nil
}

// render writes page name with data (200).
func (h *handler) render(w http.ResponseWriter, r *http.Request, name string, data map[string]any) error {
	return h.write(w, r, http.StatusOK, name, data)
}

// renderStatus writes a page with a status; a failure to render is logged (the status is sent).
func (h *handler) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, data map[string]any) {
	if err := h.write(w, r, status, name, data); err != nil {
		h.log.ErrorContext(r.Context(), "render console page", "page", name, "err", err)
		http.Error(w, "服务器内部错误", http.StatusInternalServerError)
	}
}

// write renders to a buffer first, so a template error never sends half a page.
func (h *handler) write(w http.ResponseWriter, r *http.Request, status int, name string, data map[string]any) error {
	p, ok := h.tpl.pages[name]
	if !ok {
		return fmt.Errorf("console: no page %q", name)
	}
	if data == nil {
		data = map[string]any{}
	}
	st := staffOf(r)
	if st.Username != "" {
		data["Me"] = st
	}
	var buf bytes.Buffer
	if err := p.Execute(&buf, data); err != nil {
		return fmt.Errorf("console: render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}
