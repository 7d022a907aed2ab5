package console

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// send makes a JSON request with any method.
func (b *browser) send(method, path string, body any) (int, string) {
	b.t.Helper()
	var r io.Reader
	if body != nil {
		j, _ := json.Marshal(body)
		r = strings.NewReader(string(j))
	}
	req, _ := http.NewRequest(method, b.base+path, r)
	req.Header.Set("Content-Type", "application/json")
	return b.do(req)
}

// withPhrases gives every instance of e a phrase service over its own store: the default pack
// published as version 1, the live filter also judging agents' replies.
func withPhrases(e *env) {
	e.tune = func(d *Deps) {
		st := d.Store.(*store.Store)
		ctx := context.Background()
		if _, err := phrasebook.EnsurePublished(ctx, st); err != nil {
			e.t.Fatal(err)
		}
		live, err := phrasebook.NewLive(ctx, st, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		b, err := phrasebook.New(phrasebook.Deps{Store: st, Live: live, Notify: d.Sessions})
		if err != nil {
			e.t.Fatal(err)
		}
		d.Phrases, d.Filter = b, live.Filter()
	}
}

// phraseStaff signs in one browser per role.
func phraseStaff(t *testing.T, in *instance) map[string]*browser {
	out := map[string]*browser{"": in.browser(t)}
	for _, r := range []string{store.RoleAgent, store.RoleCompliance, store.RoleAdmin} {
		in.account(t, r+"1", r)
		out[r] = in.browser(t)
		out[r].login(r + "1")
	}
	return out
}

// An agent gets 403 on every phrase route but the false-positive mark; compliance and admin
// get in; without a session pages redirect and the API answers 401.
func TestPhraseRoutesRoles(t *testing.T) {
	e := newEnv(t, embedded)
	withPhrases(e)
	in := e.instance()
	bs := phraseStaff(t, in)
	for _, rt := range (&handler{}).phraseRoutes() {
		method, path, _ := strings.Cut(rt.pattern, " ")
		path = strings.NewReplacer("{id}", "1", "{version}", "1").Replace(path)
		for _, role := range []string{"", store.RoleAgent, store.RoleCompliance, store.RoleAdmin} {
			t.Run(rt.pattern+"/"+role, func(t *testing.T) {
				b := bs[role]
				b.t = t
				status, body := b.send(method, path, map[string]any{})
				want := func(ok bool) {
					if !ok {
						t.Fatalf("%q: %d %.200s", role, status, body)
					}
				}
				switch {
				case role == "" && rt.kind == page:
					want(status == http.StatusSeeOther)
				case role == "":
					want(status == http.StatusUnauthorized)
				case role == store.RoleAgent && rt.roles != nil:
					want(status == http.StatusForbidden)
				default:
					want(status != http.StatusForbidden && status != http.StatusUnauthorized && status < 500)
				}
			})
		}
	}
}

func TestPhraseAPI(t *testing.T) {
	e := newEnv(t, embedded)
	withPhrases(e)
	in := e.instance()
	bs := phraseStaff(t, in)
	c := bs[store.RoleCompliance]
	const sentence = "关于熊猫贷的问题请咨询人工"

	for _, bad := range []map[string]any{
		{"text": "熊猫贷", "category": "F07", "action": "block"},                     // no reason
		{"text": "熊猫贷", "category": "F99", "action": "block", "reason": "x"},      // unknown family
		{"text": "", "category": "F07", "action": "block", "reason": "x"},         // empty
		{"text": "熊猫贷", "category": "F07", "action": "block|flag", "reason": "x"}, // unknown action
	} {
		if status, body := c.send("POST", "/console/api/phrases", bad); status != http.StatusBadRequest || !strings.Contains(body, "error") {
			t.Errorf("create %v: %d %s, want 400", bad, status, body)
		}
	}
	status, body := c.send("POST", "/console/api/phrases", map[string]any{"text": "熊猫贷", "category": "F07",
		"action": "block", "scope": "outbound", "reason": "监管通报的诈骗平台"})
	var created store.Phrase
	if status != http.StatusCreated || json.Unmarshal([]byte(body), &created) != nil || created.ID == 0 {
		t.Fatalf("create: %d %s", status, body)
	}
	if _, body := c.get("/console/api/phrases?q=熊猫&state=changed"); !strings.Contains(body, `"state":"new"`) || !strings.Contains(body, `"total":1`) {
		t.Errorf("list filtered: %s", body)
	}
	checkVerdict(t, c, sentence, false, "allow")
	checkVerdict(t, c, sentence, true, "block")

	// The gate: a regression line the draft flips.
	if status, body := c.send("POST", "/console/api/phrases/regressions", map[string]any{"text": sentence, "scope": "outbound",
		"expect": "allow", "reason": "常规回复"}); status != http.StatusCreated {
		t.Fatalf("add regression: %d %s", status, body)
	}
	status, body = c.send("POST", "/console/api/phrases/publish", map[string]any{"reason": "新增熊猫贷"})
	if status != http.StatusConflict || !strings.Contains(body, `"flips":1`) {
		t.Fatalf("unconfirmed publish: %d %s", status, body)
	}
	status, body = c.send("POST", "/console/api/phrases/publish", map[string]any{"reason": "新增熊猫贷", "confirm": true,
		"confirm_reason": "此句现在应当拦截"})
	if status != http.StatusOK || !strings.Contains(body, `"version":2`) || !strings.Contains(body, "熊猫贷") {
		t.Fatalf("publish: %d %s", status, body)
	}
	checkVerdict(t, c, sentence, false, "block")
	if _, body := c.get("/console/api/phrases/versions"); !strings.Contains(body, `"version":2`) || !strings.Contains(body, "此句现在应当拦截") {
		t.Errorf("versions: %s", body)
	}
	if _, body := c.get("/console/api/phrases/diff?from=1&to=2"); !strings.Contains(body, `"added":[{`) {
		t.Errorf("diff: %s", body)
	}

	// Edit and delete need reasons too; the rollback restores version 1 as version 3.
	if status, _ := c.send("PUT", fmt.Sprintf("/console/api/phrases/%d", created.ID), map[string]any{"enabled": false}); status != http.StatusBadRequest {
		t.Errorf("disable without a reason: %d", status)
	}
	if status, body := c.send("DELETE", fmt.Sprintf("/console/api/phrases/%d", created.ID), map[string]any{"reason": "改为回滚"}); status != http.StatusOK {
		t.Errorf("delete: %d %s", status, body)
	}
	status, body = c.send("POST", "/console/api/phrases/rollback/1", map[string]any{"reason": "误操作"})
	if status != http.StatusOK || !strings.Contains(body, `"version":3`) {
		t.Fatalf("rollback: %d %s", status, body)
	}
	checkVerdict(t, c, sentence, false, "allow")

	// The audit trail: who, what, why, from where; CSV too.
	_, body = c.get("/console/api/phrases/audit?by=compliance1")
	for _, want := range []string{`"action":"create"`, `"action":"publish"`, `"action":"gate_flip"`, `"action":"delete"`,
		`"action":"restore"`, `"address":"127.0.0.1"`, "监管通报的诈骗平台"} {
		if !strings.Contains(body, want) {
			t.Errorf("audit lacks %s: %.500s", want, body)
		}
	}
	if status, body := c.get("/console/phrases/audit.csv?action=publish"); status != http.StatusOK || !strings.Contains(body, "新增熊猫贷") {
		t.Errorf("audit csv: %d %.300s", status, body)
	}
}

func checkVerdict(t *testing.T, b *browser, text string, draft bool, want string) {
	t.Helper()
	status, body := b.send("POST", "/console/api/check", map[string]any{"text": text, "draft": draft})
	var res phrasebook.CheckResult
	if status != http.StatusOK || json.Unmarshal([]byte(body), &res) != nil {
		t.Fatalf("check: %d %s", status, body)
	}
	if string(res.Verdict.Verdict) != want || res.Explain == "" || res.Hits == nil {
		t.Fatalf("check %q (draft %v) = %s, want %s", text, draft, body, want)
	}
}

func TestPhraseImportAndPages(t *testing.T) {
	e := newEnv(t, embedded)
	withPhrases(e)
	in := e.instance()
	c := phraseStaff(t, in)[store.RoleCompliance]
	csv := "text,category,action\nＶＩＰ 通道,F05,flag\n秒批卡,F99,block\n"
	req, _ := http.NewRequest("POST", c.base+"/console/api/phrases/import?reason=月度更新", strings.NewReader(csv))
	req.Header.Set("Content-Type", "text/csv")
	status, body := c.do(req)
	if status != http.StatusBadRequest || !strings.Contains(body, "unknown_family") || !strings.Contains(body, `"applied":false`) {
		t.Errorf("import with an error: %d %s", status, body)
	}
	req, _ = http.NewRequest("POST", c.base+"/console/api/phrases/import?reason=月度更新", strings.NewReader("text,category,action\nＶＩＰ 通道,F05,flag\n"))
	status, body = c.do(req)
	if status != http.StatusOK || !strings.Contains(body, `"created":1`) || !strings.Contains(body, "normalised") {
		t.Errorf("import: %d %s", status, body)
	}
	for _, p := range []string{"/console/phrases?q=VIP", "/console/phrases/bench", "/console/phrases/publish", "/console/phrases/versions",
		"/console/phrases/regressions", "/console/phrases/audit", "/console/phrases/hits", "/console/phrases/1/edit"} {
		if status, body := c.get(p); status != http.StatusOK {
			t.Errorf("GET %s: %d %.300s", p, status, body)
		}
	}
	if _, body := c.get("/console/phrases?q=VIP"); !strings.Contains(body, "VIP通道") {
		t.Errorf("the list does not show the imported phrase")
	}
}

// An agent marks a refused reply as a false positive from the conversation; compliance finds
// it in the review queue (text masked) and closes it with an exception added to the draft.
func TestFalsePositiveReview(t *testing.T) {
	e := newEnv(t, embedded)
	withPhrases(e)
	in := e.instance()
	bs := phraseStaff(t, in)
	agent, c := bs[store.RoleAgent], bs[store.RoleCompliance]
	id := in.handOff(t, "oFalsePositive0001", "ask_human")
	if status, body := agent.post(fmt.Sprintf("/console/api/conversations/%d/claim", id), nil); status != http.StatusOK {
		t.Fatalf("claim: %d %s", status, body)
	}
	status, body := agent.post(fmt.Sprintf("/console/api/conversations/%d/messages", id), map[string]any{"text": "您的流水13800138000都包过"})
	if status != http.StatusOK || !strings.Contains(body, `"status":"blocked"`) {
		t.Fatalf("send: %d %s", status, body)
	}
	path := fmt.Sprintf("/console/api/conversations/%d/false-positive", id)
	if status, body := agent.post(path, map[string]any{"note": "客户原话引用"}); status != http.StatusCreated {
		t.Fatalf("mark: %d %s", status, body)
	}
	if status, _ := agent.post(path, map[string]any{}); status != http.StatusNotFound {
		t.Errorf("second mark: %d, want 404 (nothing left to review)", status)
	}
	_, body = c.get("/console/api/phrases/reviews?status=open")
	var got struct {
		Reviews []phrasebook.ReviewItem `json:"reviews"`
	}
	if json.Unmarshal([]byte(body), &got) != nil || len(got.Reviews) != 1 {
		t.Fatalf("reviews: %s", body)
	}
	r := got.Reviews[0]
	if r.MarkedBy != "agent1" || strings.Contains(r.Text, "13800138000") || r.PhraseVersion != 1 {
		t.Errorf("review = %+v (want marked by agent1, the number masked, version 1)", r)
	}
	status, body = c.post(fmt.Sprintf("/console/api/phrases/reviews/%d", r.ID), map[string]any{"status": "exception",
		"exception": "流水都包过", "reason": "引用申请人原话"})
	if status != http.StatusOK || !strings.Contains(body, `"status":"exception"`) {
		t.Fatalf("resolve: %d %s", status, body)
	}
	if _, body := c.get("/console/api/phrases?state=changed"); !strings.Contains(body, "流水都包过") {
		t.Errorf("the exception is not in the draft: %.400s", body)
	}
}
