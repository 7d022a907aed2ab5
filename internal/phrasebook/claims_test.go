package phrasebook

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// Claim patterns live through the phrase list's life: edited in the draft (reason, audit,
// validation), judged on the bench against the draft only, gated and published together with
// the phrases, enforced by every instance's live filter, rolled back.
func TestClaimLifecycle(t *testing.T) {
	onBothStores(t, testClaimLifecycle)
}

// withTrialClaim adds a class pair and a claim to a claim set.
func withTrialClaim(yaml string) string {
	yaml = strings.Replace(yaml, "\nclasses:\n", "\nclasses:\n  试验谁: [小编]\n  试验承诺: [陪您喝茶聊天]\n", 1)
	return strings.TrimRight(yaml, "\n") + "\n  - {family: F01, name: 试验, order: [试验谁, 试验承诺]}\n"
}

func testClaimLifecycle(t *testing.T, s *store.Store) {
	ctx := context.Background()
	b, live := newBook(t, s)
	other, err := NewLive(ctx, s, nil) // a second instance on the same database
	if err != nil {
		t.Fatal(err)
	}
	const sentence = "小编今天陪您喝茶聊天！"
	v1, err := b.Claims(ctx)
	if err != nil || v1.YAML != string(compliance.DefaultClaimsYAML()) || v1.Pending || v1.Published != 1 || v1.Claims == 0 {
		t.Fatalf("fresh Claims = pending %v, version %d, %d claims, %v", v1.Pending, v1.Published, v1.Claims, err)
	}
	for name, bad := range map[string]struct{ yaml, reason, want string }{
		"no reason":     {withTrialClaim(v1.YAML), " ", "reason"},
		"unknown class": {strings.Replace(withTrialClaim(v1.YAML), "order: [试验谁, 试验承诺]", "order: [试验谁, 没有这类]", 1), "x", "没有这类"},
		"empty":         {"", "x", "empty"},
	} {
		if _, err := b.EditClaims(ctx, bad.yaml, bad.reason, staff); !errors.Is(err, store.ErrInvalid) || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: EditClaims = %v, want ErrInvalid naming %q", name, err, bad.want)
		}
	}
	draft, err := b.EditClaims(ctx, withTrialClaim(v1.YAML), "新话术：陪您喝茶聊天", staff)
	if err != nil || !draft.Pending || draft.Claims != v1.Claims+1 || len(draft.Diff) == 0 {
		t.Fatalf("EditClaims = pending %v, %d claims, %d diff lines, %v", draft.Pending, draft.Claims, len(draft.Diff), err)
	}
	if !diffHas(draft.Diff, "+", "  试验谁: [小编]") {
		t.Errorf("diff %+v lacks the added class", draft.Diff)
	}
	log, _ := b.Audit(ctx, store.PhraseAuditFilter{Action: store.PhraseClaimsEdited, By: staff.By})
	if len(log) != 1 || !strings.Contains(log[0].After, "试验承诺") || log[0].Reason != "新话术：陪您喝茶聊天" || log[0].Address != staff.Address {
		t.Errorf("audit = %+v", log)
	}
	if d, err := b.DiffVersions(ctx, 1, 0); err != nil || !diffHas(d.Claims, "+", "  试验承诺: [陪您喝茶聊天]") {
		t.Errorf("version 1 → draft claims diff = %+v, %v", d.Claims, err)
	}
	bench, err := b.Bench(ctx, sentence, false)
	if err != nil || bench.Published.Verdict == "block" || bench.Draft.Verdict != "block" { // the second opinion may flag it
		t.Fatalf("Bench = published %s, draft %s, %v", bench.Published.Verdict, bench.Draft.Verdict, err)
	}
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict == "block" {
		t.Fatalf("live filter obeys the draft: %s", r.Explain)
	}
	if _, err := b.AddRegression(ctx, store.Regression{Text: sentence}, "原本允许", staff); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Publish(ctx, PublishInput{Reason: "新话术"}, staff); !errors.Is(err, ErrGate) {
		t.Fatalf("publish past the gate: %v, want ErrGate (the claim flips a regression line)", err)
	}
	pub, err := b.Publish(ctx, PublishInput{Reason: "新话术", Confirm: true, ConfirmReason: "这句现在就该拦截"}, staff)
	if err != nil || pub.Version != 2 {
		t.Fatalf("Publish = %+v, %v", pub, err)
	}
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict != "block" || live.Version() != 2 {
		t.Errorf("after publish: %s (version %d)", r.Explain, live.Version())
	}
	if changed, err := other.Sync(ctx); err != nil || !changed || other.Filter().CheckOutbound(sentence).Verdict != compliance.Block {
		t.Errorf("the other instance after its version check: changed %v, %v, verdict %s", changed, err,
			other.Filter().CheckOutbound(sentence).Verdict)
	}
	if c, _ := b.Claims(ctx); c.Pending {
		t.Errorf("claims still pending after publish")
	}
	if _, err := b.Rollback(ctx, 1, "撤回新话术", staff); err != nil {
		t.Fatal(err)
	}
	if r, _ := b.Check(ctx, sentence, false, false); r.Verdict.Verdict == "block" || live.Version() != 3 {
		t.Errorf("after rollback: %s (version %d)", r.Explain, live.Version())
	}
	if c, _ := b.Claims(ctx); c.YAML != v1.YAML || c.Pending {
		t.Errorf("rollback did not restore the draft claims (pending %v)", c.Pending)
	}
	if _, err := other.Sync(ctx); err != nil || other.Filter().CheckOutbound(sentence).Verdict == compliance.Block {
		t.Errorf("the other instance after rollback: %v", err)
	}
}

func diffHas(d []DiffLine, op, text string) bool {
	for _, l := range d {
		if l.Op == op && l.Text == text {
			return true
		}
	}
	return false
}

func TestLineDiff(t *testing.T) {
	cases := []struct {
		a, b string
		want string // op+text per line, joined by |
	}{
		{"a\nb\nc", "a\nb\nc", ""},
		{"a\nb\nc\nd\ne\nf", "a\nb\nc\nX\ne\nf", " b| c|-d|+X| e| f"},
		{"classes:\n  谁: [我们]", "classes:\n  谁: [我们, 小编]\n  新: [包]", " classes:|-  谁: [我们]|+  谁: [我们, 小编]|+  新: [包]"},
		{"", "x", "-|+x"},
	}
	for _, c := range cases {
		var got []string
		for _, l := range LineDiff(c.a, c.b, 2) {
			got = append(got, l.Op+l.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("LineDiff(%q, %q) = %q, want %q", c.a, c.b, g, c.want)
		}
	}
}
