package store

import (
	"context"
	"fmt"
	"testing"
)

// A profile row is written only once there is something to keep: first contacts and turns
// before the first slot write none, Profile reads the missing row as the empty profile, and
// emptying a stored profile (consent withdrawn, restart) keeps the row, emptied.
func TestProfileRowOnlyWhenSomethingIsKept(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		steps := []struct {
			name     string
			text     string
			slots    map[string]any
			products []string
			wantRows int64
			wantSlot any // Profile().Slots["city"]
		}{
			{"first contact, nothing known", "你好😊", map[string]any{}, []string{}, 0, nil},
			{"voice text, still nothing", "我想问一下贷款的事情", map[string]any{}, nil, 0, nil},
			{"first slot", "我在杭州", map[string]any{"city": "杭州"}, []string{}, 1, "杭州"},
			{"traditional, full-width", "改成臺北，２０萬", map[string]any{"city": "臺北", "amount_yuan": 200000}, []string{"cmb-01"}, 1, "臺北"},
			{"consent withdrawn empties the row", "撤回同意", map[string]any{}, []string{}, 1, nil},
		}
		for i, st := range steps {
			conv, err := s.OpenConversation(ctx, "oProfile")
			if err != nil && !errorsIs(err, ErrNotFound) {
				t.Fatal(err)
			}
			tr := turn("oProfile", fmt.Sprint("pr", i), st.text, conv.ID, conv.Version)
			tr.Outcome.Slots, tr.Outcome.Products = st.slots, st.products
			res, err := s.SaveTurn(ctx, tr)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if n := counts(t, s)["profiles"]; n != st.wantRows {
				t.Errorf("%s: %d profile rows, want %d", st.name, n, st.wantRows)
			}
			p, err := s.Profile(ctx, res.Conversation.ID)
			if err != nil || p.ConversationID != res.Conversation.ID || p.OpenID != "oProfile" || p.Slots["city"] != st.wantSlot {
				t.Errorf("%s: Profile = %+v, %v; want city %v", st.name, p, err, st.wantSlot)
			}
			if st.wantRows == 0 && (len(p.Slots) != 0 || len(p.Products) != 0 || !p.UpdatedAt.IsZero()) {
				t.Errorf("%s: Profile without a row = %+v, want the empty profile", st.name, p)
			}
		}
		if _, err := s.Profile(ctx, 1<<40); !errorsIs(err, ErrNotFound) {
			t.Errorf("Profile of a missing conversation: %v, want ErrNotFound", err)
		}
	})
}

// The two-step path (SaveOutcome) creates no row for an empty profile either, and empties one
// that exists.
func TestSaveOutcomeEmptyProfile(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		in := mustSaveInbound(t, s, inbound("oOutcomeProfile", "op1", "你好"))
		conv := in.Conversation.ID
		steps := []struct {
			o        Outcome
			wantRows int64
			wantSlot any
		}{
			{Outcome{ConversationID: conv, Slots: map[string]any{}, Products: []string{}}, 0, nil},
			{Outcome{ConversationID: conv, Products: []string{}}, 0, nil},
			{Outcome{ConversationID: conv, Slots: map[string]any{"city": "深圳"}}, 1, "深圳"},
			{Outcome{ConversationID: conv, Slots: map[string]any{}, Products: []string{}}, 1, nil},
		}
		for i, st := range steps {
			if err := s.SaveOutcome(ctx, st.o); err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
			p, err := s.Profile(ctx, conv)
			if n := counts(t, s)["profiles"]; n != st.wantRows || err != nil || p.Slots["city"] != st.wantSlot {
				t.Errorf("step %d: %d rows, Profile = %+v, %v; want %d rows, city %v", i, n, p, err, st.wantRows, st.wantSlot)
			}
		}
	})
}
