package console

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/loanbot/loanbot/internal/store"
)

// Error is a client-facing error: a status and a message safe to show.
type Error struct {
	Status  int
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Message) }

// errorf makes a client error.
func errorf(status int, format string, args ...any) error {
	return &Error{Status: status, Message: fmt.Sprintf(format, args...)}
}

// handlerFunc is a handler that returns its error instead of writing it.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// statusOf maps an error to a status and a message safe to show.
func statusOf(err error) (int, string) {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e.Status, e.Message
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "不存在"
	case errors.Is(err, store.ErrHeld):
		return http.StatusConflict, "会话已由其他顾问接管或状态已变化"
	case errors.Is(err, store.ErrConflict):
		return http.StatusConflict, "冲突：数据已被修改"
	case errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, "请求无效"
	}
	return http.StatusInternalServerError, "服务器内部错误，请稍后再试"
}

// api adapts a handler of the JSON API: errors become {"error": …}.
func (h *handler) api(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			status, msg := h.logError(r, err)
			writeJSON(w, status, map[string]string{"error": msg})
		}
	}
}

// page adapts a page handler: errors become an error page.
func (h *handler) page(f handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			status, msg := h.logError(r, err)
			h.renderStatus(w, r, status, "error", map[string]any{"Status": status, "Message": msg})
		}
	}
}

func (h *handler) logError(r *http.Request, err error) (int, string) {
	status, msg := statusOf(err)
	if status >= 500 {
		h.log.ErrorContext(r.Context(), "console request failed", "path", r.URL.Path, "err", err)
	} else {
		h.log.InfoContext(r.Context(), "console request refused", "path", r.URL.Path, "status", status, "err", err)
	}
	return status, msg
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// decodeJSON reads a JSON body of at most 64 KiB into v.
func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 64<<10))
	if err := dec.Decode(v); err != nil {
		return errorf(http.StatusBadRequest, "请求体不是有效的 JSON：%v", err)
	}
	return nil
}
