package console

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// The 话术模式 page and API: the draft claims as YAML, validation errors, the diff, the bench
// on the draft, publish enforcing the new pattern; agents get 403.
func TestClaimsAPI(t *testing.T) {
	for _, be := range backends() {
		t.Run(be.name, func(t *testing.T) {
			e := newEnv(t, be)
			withPhrases(e)
			in := e.instance()
			bs := phraseStaff(t, in)
			c := bs[store.RoleCompliance]
			for _, path := range []string{"/console/api/claims", "/console/phrases/claims"} {
				if status, _ := bs[store.RoleAgent].get(path); status != http.StatusForbidden {
					t.Errorf("agent GET %s: %d, want 403", path, status)
				}
			}
			if status, _ := bs[store.RoleAgent].send("PUT", "/console/api/claims", map[string]any{"yaml": "x", "reason": "x"}); status != http.StatusForbidden {
				t.Errorf("agent PUT: %d, want 403", status)
			}
			var draft phrasebook.ClaimsDraft
			status, body := c.get("/console/api/claims")
			if err := json.Unmarshal([]byte(body), &draft); status != http.StatusOK || err != nil || draft.Pending || draft.Claims == 0 {
				t.Fatalf("GET claims: %d %.200s", status, body)
			}
			edited := strings.Replace(draft.YAML, "\nclasses:\n", "\nclasses:\n  试验谁: [小编]\n  试验承诺: [陪您喝茶聊天]\n", 1)
			edited = strings.TrimRight(edited, "\n") + "\n  - {family: F01, name: 试验, order: [试验谁, 试验承诺]}\n"
			broken := strings.Replace(edited, "order: [试验谁, 试验承诺]", "order: [试验谁, 无此词类]", 1)
			if status, body := c.send("PUT", "/console/api/claims", map[string]any{"yaml": broken, "reason": "试验"}); status != http.StatusBadRequest || !strings.Contains(body, "无此词类") {
				t.Errorf("PUT with an undefined class: %d %.300s", status, body)
			}
			if status, body := c.send("PUT", "/console/api/claims", map[string]any{"yaml": edited}); status != http.StatusBadRequest {
				t.Errorf("PUT without a reason: %d %.300s", status, body)
			}
			// The page shows a refused set again, with the error.
			form := url.Values{"yaml": {broken}, "reason": {"试验"}}
			req, _ := http.NewRequest("POST", c.base+"/console/phrases/claims", strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if status, page := c.do(req); status != http.StatusOK || !strings.Contains(page, "无此词类") || strings.Contains(page, "no value") {
				t.Errorf("page save of a broken set: %d, error shown %v", status, strings.Contains(page, "无此词类"))
			}
			huge := url.Values{"yaml": {strings.Repeat("x", maxClaimsBody+1)}, "reason": {"试验"}}
			req, _ = http.NewRequest("POST", c.base+"/console/phrases/claims", strings.NewReader(huge.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if status, _ := c.do(req); status != http.StatusRequestEntityTooLarge {
				t.Errorf("page save of an oversized set: %d, want 413", status)
			}
			status, body = c.send("PUT", "/console/api/claims", map[string]any{"yaml": edited, "reason": "新话术：陪您喝茶聊天"})
			if err := json.Unmarshal([]byte(body), &draft); status != http.StatusOK || err != nil || !draft.Pending || len(draft.Diff) == 0 {
				t.Fatalf("PUT claims: %d %.300s", status, body)
			}
			const sentence = "小编今天陪您喝茶聊天！"
			status, body = c.post("/console/api/phrases/bench", map[string]any{"text": sentence})
			var bench phrasebook.BenchResult
			if err := json.Unmarshal([]byte(body), &bench); status != http.StatusOK || err != nil ||
				bench.Published.Verdict == "block" || bench.Draft.Verdict != "block" { // the second opinion may flag it
				t.Fatalf("bench: %d %.300s", status, body)
			}
			if status, page := c.get("/console/phrases/claims"); status != http.StatusOK || !strings.Contains(page, "试验承诺") || !strings.Contains(page, "尚未发布") {
				t.Errorf("claims page: %d", status)
			}
			if status, page := c.get("/console/phrases/publish"); status != http.StatusOK || !strings.Contains(page, "claims-pending") {
				t.Errorf("publish page does not mention the claims change: %d", status)
			}
			if status, page := c.get("/console/phrases/versions?from=1&to=0"); status != http.StatusOK || !strings.Contains(page, "试验承诺") {
				t.Errorf("versions diff does not show the claims: %d", status)
			}
			if status, body := c.post("/console/api/phrases/publish", map[string]any{"reason": "新话术"}); status != http.StatusOK {
				t.Fatalf("publish: %d %.300s", status, body)
			}
			status, body = c.post("/console/api/check", map[string]any{"text": sentence})
			if status != http.StatusOK || !strings.Contains(body, `"verdict":"block"`) || !strings.Contains(body, "claim:F01/试验") {
				t.Errorf("check after publish: %d %.300s", status, body)
			}
		})
	}
}
