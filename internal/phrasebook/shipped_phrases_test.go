package phrasebook

import (
	"context"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// TestOfferShippedPhrases: the phrases a release adds reach an existing deployment as draft
// additions for staff review, once; a phrase staff removed is not offered again, and staff's
// pending edits are never mixed with an offer.
func TestOfferShippedPhrases(t *testing.T) {
	onBothStores(t, testOfferShippedPhrases)
}

func testOfferShippedPhrases(t *testing.T, s *store.Store) {
	ctx := context.Background()
	b, _ := newBook(t, s)
	pack, err := compliance.DefaultPack()
	if err != nil {
		t.Fatal(err)
	}
	trial := func(text string) compliance.Phrase {
		return compliance.Phrase{Text: text, Category: "F01", Action: compliance.Block, Severity: 3,
			Scope: compliance.Outbound, Enabled: true, Reason: "试验短语"}
	}
	release2 := append(copied(pack), trial("陪您喝茶聊天"))
	release3 := append(copied(release2), trial("周末一起钓鱼"))
	offer := func(step string, shipped []compliance.Phrase, want int) {
		t.Helper()
		if got, err := OfferShippedPhrases(ctx, s, shipped); err != nil || got != want {
			t.Fatalf("%s: offered %d, %v; want %d", step, got, err, want)
		}
	}
	offer("fresh deployment, same release", pack, 0)
	offer("a new release", release2, 1)
	if !draftHas(t, s, "陪您喝茶聊天") {
		t.Fatal("the offered phrase is not in the draft")
	}
	log, _ := b.Audit(ctx, store.PhraseAuditFilter{By: "system", Action: store.PhraseImported})
	if len(log) != 1 || !strings.Contains(log[0].Reason, "phrases shipped with this release") {
		t.Fatalf("audit of the offer = %+v", log)
	}
	if r, _ := b.Check(ctx, "陪您喝茶聊天", false, false); r.Verdict.Verdict == "block" {
		t.Fatalf("the offer is enforced before anyone published it: %s", r.Explain)
	}
	offer("the same release again", release2, 0)
	offer("a newer release while the offer waits", release3, 0)
	deleteDraft(t, b, "陪您喝茶聊天")
	offer("a newer release after staff removed the first offer", release3, 1)
	if draftHas(t, s, "陪您喝茶聊天") || !draftHas(t, s, "周末一起钓鱼") {
		t.Fatal("the second offer must hold only the phrase new in release 3")
	}
}

func copied(ps []compliance.Phrase) []compliance.Phrase {
	return append([]compliance.Phrase(nil), ps...)
}

func draftHas(t *testing.T, s *store.Store, text string) bool {
	t.Helper()
	ps, err := s.Phrases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Text == text {
			return true
		}
	}
	return false
}

func deleteDraft(t *testing.T, b *Book, text string) {
	t.Helper()
	ps, err := b.d.Store.Phrases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Text == text {
			if err := b.Delete(context.Background(), p.ID, "暂不采用", staff); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("%s is not in the draft", text)
}
