package console

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/store"
)

// A sentence the rules allow but the statistical second opinion flags (S01) is sent, and compliance
// staff find it in the review queue of the hits page — masked, with its list version — and can
// confirm it with a regression line; agents cannot see that page.
func TestSecondOpinionFlagReachesReview(t *testing.T) {
	e := newEnv(t, embedded)
	withPhrases(e)
	in := e.instance()
	bs := phraseStaff(t, in)
	agent, c := bs[store.RoleAgent], bs[store.RoleCompliance]
	id := in.handOff(t, "oSecondOpinion0001", "ask_human")
	if status, body := agent.post(fmt.Sprintf("/console/api/conversations/%d/claim", id), nil); status != http.StatusOK {
		t.Fatalf("claim: %d %s", status, body)
	}
	text := flaggedTestimonial(t, e.filter)
	status, body := agent.post(fmt.Sprintf("/console/api/conversations/%d/messages", id), map[string]any{"text": text})
	if status != http.StatusOK || !strings.Contains(body, `"status":"sent"`) {
		t.Fatalf("send: %d %s", status, body)
	}
	if !strings.Contains(body, "S01") {
		t.Fatalf("the sample is not flagged: %s", body)
	}
	status, page := c.get("/console/phrases/hits")
	reviews := page[strings.Index(page, `id="reviews"`):]
	if status != http.StatusOK || !strings.Contains(reviews, "scorer:promise-like") || !strings.Contains(reviews, "尾号****的客户") ||
		strings.Contains(page, "8000") || !strings.Contains(reviews, "v1") {
		t.Fatalf("hits page %d: the flag is not in the review queue, masked, with its version:\n%.2000s", status, reviews)
	}
	if status, _ := agent.get("/console/phrases/hits"); status != http.StatusForbidden {
		t.Errorf("agent on the hits page: %d, want 403", status)
	}
	_, body = c.get("/console/api/phrases/reviews?status=open")
	var got struct {
		Reviews []phrasebook.ReviewItem `json:"reviews"`
	}
	if json.Unmarshal([]byte(body), &got) != nil || len(got.Reviews) != 1 {
		t.Fatalf("reviews: %s", body)
	}
	r := got.Reviews[0]
	if r.MarkedBy != store.FlagReviewer || r.Category != "S01" || r.PhraseVersion != 1 || strings.Contains(r.Text, "8000") {
		t.Errorf("review = %+v", r)
	}
	status, body = c.post(fmt.Sprintf("/console/api/phrases/reviews/%d", r.ID), map[string]any{"status": "regression",
		"reason": "确属承诺被拒率", "regression": map[string]any{"text": "您这种情况我们办过很多，没有一个被拒的",
			"scope": "outbound", "expect": "flag"}})
	if status != http.StatusOK || !strings.Contains(body, `"status":"regression"`) {
		t.Fatalf("resolve: %d %s", status, body)
	}
	if _, page := c.get("/console/phrases/hits"); strings.Contains(page[strings.Index(page, `id="reviews"`):], "scorer:promise-like") {
		t.Errorf("the confirmed flag is still open")
	}
}

// flaggedTestimonial returns a testimonial the rules let through and the
// embedded second opinion flags without blocking (没有一个被拒 is a promise
// the claim patterns block; a confident score blocks): which one depends on
// the trained model, so it is chosen by asking the filter.
func flaggedTestimonial(t *testing.T, f *compliance.Filter) string {
	t.Helper()
	for _, s := range []string{
		"您这种情况我们办过很多，尾号8000的客户上周也办下来了",
		"尾号8000的客户和您情况差不多，上个月也下款了",
		"尾号8000的客户跟您一样是个体户，后来也办成了",
		"上周尾号8000的客户资料和您差不多，已经放款了",
		"尾号8000的客户也是这个情况，最后顺利拿到了钱",
		"尾号8000的客户上周也办下来了",
		"尾号8000的客户条件跟您类似，很快就办好了",
		"尾号8000的客户上周也办了，流程挺快",
		"尾号8000的客户和您差不多，他那笔很快就有结果了",
		"尾号8000的客户跟您情况类似，他后来挺顺利的",
		"尾号8000的客户上周也来问过，后来他挺满意的",
	} {
		if f.CheckOutbound(s).Verdict == compliance.Flag {
			return s
		}
	}
	t.Skip("the second opinion flags none of the samples without blocking it")
	return ""
}
