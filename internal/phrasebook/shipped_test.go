package phrasebook

import (
	"context"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// TestOfferShippedClaims: a release's claim patterns reach an existing deployment as a draft for
// staff review, once, and never over staff's own pending edits.
func TestOfferShippedClaims(t *testing.T) {
	onBothStores(t, testOfferShippedClaims)
}

func testOfferShippedClaims(t *testing.T, s *store.Store) {
	ctx := context.Background()
	b, _ := newBook(t, s)
	embedded := compliance.DefaultClaimsYAML()
	release := []byte(withTrialClaim(string(embedded)))
	offer := func(step string, shipped []byte, want bool) {
		t.Helper()
		if got, err := OfferShippedClaims(ctx, s, shipped); err != nil || got != want {
			t.Fatalf("%s: offered %v, %v; want %v", step, got, err, want)
		}
	}
	offer("fresh deployment, same release", embedded, false)
	offer("a new release", release, true)
	c, err := b.Claims(ctx)
	if err != nil || c.YAML != string(release) || !c.Pending || !diffHas(c.Diff, "+", "  试验承诺: [陪您喝茶聊天]") {
		t.Fatalf("draft after the offer: pending %v, %d diff lines, %v", c.Pending, len(c.Diff), err)
	}
	log, _ := b.Audit(ctx, store.PhraseAuditFilter{By: "system", Action: store.PhraseClaimsEdited})
	if len(log) == 0 || !strings.Contains(log[0].Reason, shippedMark(release)) {
		t.Fatalf("audit of the offer = %+v", log)
	}
	if r, _ := b.Check(ctx, "小编今天陪您喝茶聊天！", false, false); r.Verdict.Verdict == "block" {
		t.Fatalf("the offer is enforced before anyone published it: %s", r.Explain)
	}
	offer("the same release again", release, false)
	if _, err := b.EditClaims(ctx, string(embedded), "暂不采用新规则", staff); err != nil {
		t.Fatal(err)
	}
	offer("after staff put the draft back", release, false)
	if _, err := b.EditClaims(ctx, strings.Replace(string(release), "陪您喝茶聊天", "陪您下棋", 1), "改写试验规则", staff); err != nil {
		t.Fatal(err)
	}
	offer("staff have a pending edit", []byte(string(release)+"\n"), false)
	if c, _ := b.Claims(ctx); !strings.Contains(c.YAML, "陪您下棋") {
		t.Errorf("the staff draft was overwritten")
	}
}
