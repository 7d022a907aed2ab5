// Package console is the staff web console served under /console: agents take over flagged
// conversations, compliance staff maintain the phrase list, admins read the audit trail. Pages
// are server-rendered (html/template, embedded with go:embed, Chinese); the JSON API under
// /console/api serves the pages' scripts and any other script, with the same service methods.
//
// # Layout
//
//   - console.go: Deps, New, Mount; routes.go: the one route table (path, roles, handler).
//   - auth.go: login sessions in the session store (cookie "loanbot_console"), roles, the
//     must-change-password gate, the idle timeout; cross-site requests are refused by
//     net/http's CrossOriginProtection around every route (403).
//   - errors.go: handlers return errors; page() and api() map them to a status and an error
//     page or a JSON {"error": …}. 500s never show internals.
//   - service.go and the files named after a page or an action (queue.go, conversation.go,
//     claim.go, reply.go …): parse the request, call one service method, render.
//   - events.go: the SSE hub; every instance subscribes once to the session store's
//     "console:events" channel (Redis pub/sub between instances) and fans events out.
//
// # Adding a page
//
//  1. Write templates/NAME.html defining {{define "title"}} and {{define "content"}}; the
//     layout (templates/layout.html) wraps it. Static files go in static/ (served at
//     /console/static/).
//  2. Write NAME.go with a method on *handler returning error:
//     func (h *handler) phrasesPage(w http.ResponseWriter, r *http.Request) error {
//     …; return h.render(w, r, "phrases", data) }
//  3. Add one line to the table in routes.go:
//     {"GET /console/phrases", page, roles(store.RoleCompliance, store.RoleAdmin), h.phrasesPage}
//     The kind (page or api) picks the error and unauthenticated behaviour (redirect to the
//     login page, or 401 JSON); roles lists who may reach it (everyone else gets 403).
//
// # Adding an API route
//
// Same table, kind api, path under /console/api/. Read JSON with decodeJSON, answer with
// writeJSON; return errorf(status, "message") for a client error. The signed-in account is
// staffOf(r). State-changing routes must use POST (or PUT/DELETE): cross-site protection only
// lets safe methods through unconditionally.
package console
