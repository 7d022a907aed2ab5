package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func seedList() []Phrase {
	return []Phrase{
		{Text: "包过", Category: "guarantee", Action: "block", Severity: 3, Scope: "out", Exceptions: []string{"不包过"}, Pinyin: true, Enabled: true, Reason: "承诺放款"},
		{Text: "無視征信", Category: "credit", Action: "block", Severity: 3, Scope: "both", Enabled: true, Variants: []string{"无视征信", "无视徵信"}},
		{Text: "内部渠道", Category: "channel", Action: "flag", Severity: 2, Scope: "out", Enabled: true},
	}
}

var ignorePhraseStamps = cmpopts.IgnoreFields(Phrase{}, "ID", "UpdatedAt")

func TestSeedPhrasesOnlyWhenEmpty(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		n, err := s.SeedPhrases(ctx, seedList())
		if err != nil || n != 3 {
			t.Fatalf("SeedPhrases = %d, %v; want 3", n, err)
		}
		if n, err := s.SeedPhrases(ctx, []Phrase{{Text: "另一个"}}); err != nil || n != 0 {
			t.Errorf("second SeedPhrases = %d, %v; want 0, nil", n, err)
		}
		got, err := s.Phrases(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := seedList()
		for i := range want {
			want[i].Version, want[i].UpdatedBy = 1, PhraseSeeded
		}
		want[1].Exceptions, want[2].Exceptions = []string{}, []string{}
		if diff := cmp.Diff(want, got, ignorePhraseStamps, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("phrases (-want +got):\n%s", diff)
		}
		history, _ := s.PhraseHistory(ctx, 0)
		if len(history) != 3 || history[0].Action != PhraseSeeded || history[0].Before != nil {
			t.Errorf("history after seeding = %+v", history)
		}
	})
}

// Two instances starting on an empty database at once: one seeds, the other inserts nothing.
func TestSeedPhrasesConcurrently(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		var wg sync.WaitGroup
		var counts [2]int
		for i := range counts {
			wg.Go(func() {
				var err error
				if counts[i], err = s.SeedPhrases(context.Background(), seedList()); err != nil {
					t.Errorf("SeedPhrases #%d: %v", i, err)
				}
			})
		}
		wg.Wait()
		if counts[0]+counts[1] != len(seedList()) {
			t.Errorf("seeded %v, want %d in total", counts, len(seedList()))
		}
		dup := append(seedList(), seedList()[0])
		empty := backendLike(t, s)
		if _, err := empty.SeedPhrases(context.Background(), dup); !errorsIs(err, ErrConflict) {
			t.Errorf("seeding a list with a repeated phrase = %v, want ErrConflict", err)
		}
	})
}

func TestSeedPhrasesLargeList(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ps := make([]Phrase, 1000)
		for i := range ps {
			ps[i] = Phrase{Text: fmt.Sprintf("违规词%04d", i), Category: "test", Action: "block", Scope: "out", Enabled: true}
		}
		if n, err := s.SeedPhrases(context.Background(), ps); err != nil || n != len(ps) {
			t.Fatalf("SeedPhrases = %d, %v", n, err)
		}
	})
}

func TestEditPhraseAudit(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		by := func(who, why string) ChangeMeta { return ChangeMeta{By: who, Reason: why, Address: "10.0.0.1"} }
		created, err := s.EditPhrase(ctx, Phrase{Text: " 百分百下款 ", Category: "guarantee", Action: "block", Scope: "out", Enabled: true}, by("合规-王", "新话术"))
		if err != nil {
			t.Fatal(err)
		}
		if created.ID == 0 || created.Version != 1 || created.Text != "百分百下款" || created.UpdatedBy != "合规-王" {
			t.Fatalf("created = %+v", created)
		}
		edit := created
		edit.Severity, edit.Exceptions = 3, []string{"不能保证百分百下款"}
		updated, err := s.EditPhrase(ctx, edit, by("合规-李", "加例外"))
		if err != nil || updated.Version != 2 || updated.Severity != 3 {
			t.Fatalf("update = %+v, %v", updated, err)
		}
		// Someone still holding version 1 loses.
		stale := created
		stale.Action = "flag"
		if _, err := s.EditPhrase(ctx, stale, by("合规-王", "改为提示")); !errorsIs(err, ErrConflict) {
			t.Errorf("stale save = %v, want ErrConflict", err)
		}
		// Saving without a change writes nothing.
		if same, err := s.EditPhrase(ctx, updated, by("合规-李", "无变化")); err != nil || same.Version != 2 {
			t.Errorf("unchanged save = %+v, %v; want version 2", same, err)
		}
		off := updated
		off.Enabled, off.Reason = false, "误伤正常话术"
		disabled, err := s.EditPhrase(ctx, off, by("合规-赵", "误伤正常话术"))
		if err != nil || disabled.Enabled || disabled.Version != 3 {
			t.Fatalf("disable = %+v, %v", disabled, err)
		}
		history, err := s.PhraseHistory(ctx, created.ID)
		if err != nil {
			t.Fatal(err)
		}
		var actions, who []string
		for _, h := range history {
			actions, who = append(actions, h.Action), append(who, h.By)
		}
		if diff := cmp.Diff([]string{PhraseCreated, PhraseUpdated, PhraseDisabled}, actions); diff != "" {
			t.Errorf("actions (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"合规-王", "合规-李", "合规-赵"}, who); diff != "" {
			t.Errorf("who (-want +got):\n%s", diff)
		}
		if h := history[1]; h.Before == nil || h.Before.Severity != 0 || h.After.Severity != 3 {
			t.Errorf("update entry before/after = %+v / %+v", h.Before, h.After)
		}
		if h := history[2]; !h.Before.Enabled || h.After.Enabled || h.After.Reason != "误伤正常话术" {
			t.Errorf("disable entry = %+v", h)
		}
	})
}

func TestEditPhraseRejects(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		meta := ChangeMeta{By: "admin", Reason: "测试"}
		if _, err := s.EditPhrase(ctx, Phrase{Text: "砍头息", Scope: "out", Enabled: true}, meta); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name string
			p    Phrase
			m    ChangeMeta
			want error
		}{
			{"same text and scope", Phrase{Text: "砍头息", Scope: "out"}, meta, ErrConflict},
			{"empty text", Phrase{Text: "  "}, meta, ErrInvalid},
			{"nobody", Phrase{Text: "新词"}, ChangeMeta{Reason: "测试"}, ErrInvalid},
			{"no reason", Phrase{Text: "新词"}, ChangeMeta{By: "admin"}, ErrInvalid},
			{"unknown id", Phrase{ID: 777, Text: "新词"}, meta, ErrNotFound},
		}
		for _, tt := range tests {
			if _, err := s.EditPhrase(ctx, tt.p, tt.m); !errorsIs(err, tt.want) {
				t.Errorf("%s: EditPhrase = %v, want %v", tt.name, err, tt.want)
			}
		}
		// Same text, other scope is a different phrase; exact match (not case or width folded).
		for _, text := range []string{"砍头息", "ＶＩＰ通道", "VIP通道", "vip通道"} {
			if _, err := s.EditPhrase(ctx, Phrase{Text: text, Scope: "in", Enabled: true}, meta); err != nil {
				t.Errorf("EditPhrase(%q, in): %v", text, err)
			}
		}
	})
}
