package phrasebook

import (
	"context"
	"errors"
	"testing"

	"github.com/loanbot/loanbot/internal/store"
)

// A new phrase goes through the whole life: draft, bench, gate, confirmed publish, live
// enforcement, rollback.
func TestPhraseLifecycle(t *testing.T) {
	onBothStores(t, testLifecycle)
}

func testLifecycle(t *testing.T, s *store.Store) {
	ctx := context.Background()
	b, live := newBook(t, s)
	const sentence = "关于熊猫贷的问题请咨询人工"
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict != "allow" {
		t.Fatalf("before: %s", r.Explain)
	}
	for _, bad := range []PhraseInput{
		{Text: "熊猫贷", Category: "F07", Action: "block"},                          // no reason
		{Text: "  ", Category: "F07", Action: "block", Reason: "x"},              // empty
		{Text: "熊猫贷", Category: "F99", Action: "block", Reason: "x"},             // unknown family
		{Text: "熊猫贷", Category: "F07", Action: "delete", Reason: "x"},            // unknown action
		{Text: "熊猫贷", Category: "F07", Action: "block", Scope: "x", Reason: "x"}, // unknown scope
	} {
		if _, err := b.Create(ctx, bad, staff); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Create(%+v) = %v, want ErrInvalid", bad, err)
		}
	}
	p, err := b.Create(ctx, PhraseInput{Text: "熊猫 贷", Category: "f07", Action: "block", Reason: "监管通报的诈骗平台"}, staff)
	if err != nil || p.Text != "熊猫贷" || p.Scope != "outbound" || p.Severity != 3 || p.Category != "F07" {
		t.Fatalf("Create = %+v, %v", p, err)
	}
	bench, err := b.Bench(ctx, sentence, false)
	if err != nil || bench.Published.Verdict != "allow" || bench.Draft.Verdict != "block" || !bench.Differs {
		t.Fatalf("Bench = %+v, %v", bench, err)
	}
	if h := bench.Draft.Hits[0]; h.Covered != "熊猫贷" || h.Category != "F07" || h.Family == "" {
		t.Errorf("draft hit = %+v", h)
	}
	if !hasSpan(bench.Draft.Spans, "熊猫贷", true) {
		t.Errorf("draft spans %+v do not highlight 熊猫贷", bench.Draft.Spans)
	}
	excused, _ := b.Bench(ctx, "我们从不和熊猫贷合作", false)
	if excused.Draft.Verdict != "allow" || len(excused.Draft.Hits) == 0 || excused.Draft.Hits[0].ExcusedBy == "" {
		t.Errorf("negated mention: %+v", excused.Draft)
	}
	if _, err := b.AddRegression(ctx, store.Regression{Text: sentence}, "这句原本允许", staff); err != nil {
		t.Fatal(err)
	}
	_, err = b.Publish(ctx, PublishInput{Reason: "新增熊猫贷"}, staff)
	rep, gated := IsGate(err)
	if !gated || rep.Flips != 1 || len(rep.Changes) != 1 || rep.Changes[0].Draft != "block" {
		t.Fatalf("unconfirmed publish: %v, report %+v", err, rep)
	}
	if _, err := b.Publish(ctx, PublishInput{Reason: "新增熊猫贷", Confirm: true}, staff); !errors.Is(err, ErrGate) {
		t.Errorf("confirm without a reason: %v, want ErrGate", err)
	}
	pub, err := b.Publish(ctx, PublishInput{Reason: "新增熊猫贷", Confirm: true, ConfirmReason: "这句现在就该拦截"}, staff)
	if err != nil || pub.Version != 2 || len(pub.Changes.Added) != 1 || pub.Changes.Added[0].Text != "熊猫贷" {
		t.Fatalf("Publish = %+v, %v", pub, err)
	}
	if live.Version() != 2 {
		t.Errorf("live version %d after publish, want 2", live.Version())
	}
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict != "block" || r.Version != 2 {
		t.Errorf("after publish: %s (version %d)", r.Explain, r.Version)
	}
	d, err := b.DiffVersions(ctx, 1, 2)
	if err != nil || d.Changes.Count() != 1 {
		t.Errorf("DiffVersions(1, 2) = %+v, %v", d, err)
	}
	rb, err := b.Rollback(ctx, 1, "误操作，回到首个版本", staff)
	if err != nil || rb.Version != 3 || len(rb.Changes.Removed) != 1 {
		t.Fatalf("Rollback = %+v, %v", rb, err)
	}
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict != "allow" || r.Version != 3 {
		t.Errorf("after rollback: %s (version %d)", r.Explain, r.Version)
	}
	if _, err := b.Rollback(ctx, 99, "不存在", staff); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("rollback to an unknown version: %v", err)
	}
}

func hasSpan(spans []Span, text string, counted bool) bool {
	for _, s := range spans {
		if s.Text == text && s.Counted == counted && len(s.Hits) > 0 {
			return true
		}
	}
	return false
}

func TestLiveKeepsVersionWhenDatabaseFails(t *testing.T) {
	ctx := context.Background()
	s := openSQLite(t)
	b, live := newBook(t, s)
	if _, err := b.Create(ctx, PhraseInput{Text: "熊猫贷", Category: "F07", Action: "block", Reason: "诈骗平台"}, staff); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PublishDraft(ctx, store.PublishRequest{ChangeMeta: store.ChangeMeta{By: "x", Reason: "y"}}); err != nil {
		t.Fatal(err)
	}
	if changed, err := live.Sync(ctx); !changed || err != nil || live.Version() != 2 {
		t.Fatalf("Sync = %v, %v; version %d", changed, err, live.Version())
	}
	s.Close()
	if _, err := live.Sync(ctx); err == nil {
		t.Fatal("Sync with the database closed succeeded")
	}
	st := live.Status()
	if !st.Stale || st.Error == "" || st.Version != 2 {
		t.Errorf("Status = %+v, want stale at version 2", st)
	}
	if v := live.Filter().CheckOutbound("试试熊猫贷").Verdict; v != "block" {
		t.Errorf("the last version is not enforced: %s", v)
	}
}
