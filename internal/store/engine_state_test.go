package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"gorm.io/gorm"
)

// engineState is a state as the bot writes it: slots, tentative values, warnings, a summary.
const engineState = `{"v":2,"phase":"collect","slots":{"monthly_income_yuan":12000,"city":"杭州",` +
	`"credit_overdue":true},"tentative":{"amount_yuan":200000},"warnings":["征信有逾期"],` +
	`"summary":"月收入１万２，征信有逾期，想贷二十万😊"}`

// rawState reads conversation id's engine_state column as stored.
func rawState(t *testing.T, s *Store, id uint64) []byte {
	t.Helper()
	var raw []byte
	if err := s.sqlDB.QueryRow("SELECT engine_state FROM conversations WHERE id = ?", id).Scan(&raw); err != nil {
		t.Fatalf("read engine_state of %d: %v", id, err)
	}
	return raw
}

// assertSealed fails unless the stored state is sealed: not JSON, no personal text in it.
func assertSealed(t *testing.T, s *Store, id uint64) {
	t.Helper()
	raw := rawState(t, s, id)
	if len(raw) == 0 || raw[0] != sealVersion || json.Valid(raw) {
		t.Errorf("conversation %d: engine_state not sealed: %q", id, raw)
	}
	for _, plain := range []string{"杭州", "征信", "monthly_income", "12000"} {
		if bytes.Contains(raw, []byte(plain)) {
			t.Errorf("conversation %d: %q stored in clear", id, plain)
		}
	}
}

// assertReadsState fails unless both read paths (OpenConversation from the database, not the
// cache, and Conversation through gorm) give want.
func assertReadsState(t *testing.T, s *Store, openID string, id uint64, want string) {
	t.Helper()
	s.seen.forget(openID)
	open, err := s.OpenConversation(context.Background(), openID)
	if err != nil || string(open.EngineState) != want {
		t.Errorf("OpenConversation(%s) = %q, %v; want %q", openID, open.EngineState, err, want)
	}
	cached, err := s.OpenConversation(context.Background(), openID)
	if err != nil || string(cached.EngineState) != want {
		t.Errorf("OpenConversation(%s) from the cache = %q, %v; want %q", openID, cached.EngineState, err, want)
	}
	c, err := s.Conversation(context.Background(), id)
	if err != nil || string(c.EngineState) != want {
		t.Errorf("Conversation(%d) = %q, %v; want %q", id, c.EngineState, err, want)
	}
}

// stateTurn is openID's turn key, carrying engineState.
func stateTurn(openID, key string, seen, version uint64) Turn {
	tr := turn(openID, key, "月收入１万２ 征信有逾期", seen, version)
	tr.Outcome.EngineState = []byte(engineState)
	return tr
}

// Every write path seals the state; every read path opens it. On MySQL a turn goes through the
// group commit, or alone (writeOne) when the store has no group; SaveOutcome is the gorm path.
func TestEngineStateSealedAtRest(t *testing.T) {
	paths := []struct {
		name  string
		alone bool // MySQL: no group commit
		write func(t *testing.T, s *Store, openID string) uint64
	}{
		{"turn", false, writeTurns},
		{"turn alone", true, writeTurns},
		{"outcome", false, func(t *testing.T, s *Store, openID string) uint64 {
			ctx := context.Background()
			in := mustSaveInbound(t, s, inbound(openID, openID+"-in", "我想贷款二十万分三年还"))
			err := s.SaveOutcome(ctx, Outcome{ConversationID: in.Conversation.ID, InboundID: in.MessageID,
				EngineState: []byte(engineState)})
			if err != nil {
				t.Fatal(err)
			}
			return in.Conversation.ID
		}},
	}
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			forEachBackend(t, func(t *testing.T, s *Store) {
				if p.alone && s.group != nil {
					s.group.close()
					s.group = nil
				}
				openID := "o状态_" + strings.ReplaceAll(p.name, " ", "_")
				id := p.write(t, s, openID)
				assertSealed(t, s, id)
				assertReadsState(t, s, openID, id, engineState)
			})
		})
	}
}

// writeTurns stores a first turn and a second one on it (the INSERT and the UPDATE of the
// conversation), then 12 other applicants' turns at once (grouped on MySQL) whose rows must be
// sealed too; it returns the first applicant's conversation.
func writeTurns(t *testing.T, s *Store, openID string) uint64 {
	ctx := context.Background()
	first, err := s.SaveTurn(ctx, stateTurn(openID, openID+"-1", 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	assertSealed(t, s, first.Conversation.ID)
	if string(first.Conversation.EngineState) != engineState {
		t.Errorf("SaveTurn's conversation has state %q", first.Conversation.EngineState)
	}
	c := first.Conversation
	if _, err := s.SaveTurn(ctx, stateTurn(openID, openID+"-2", c.ID, c.Version)); err != nil {
		t.Fatal(err)
	}
	ids := make([]uint64, 12)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Go(func() {
			res, err := s.SaveTurn(ctx, stateTurn(fmt.Sprintf("%s_%d号", openID, i), fmt.Sprint(openID, "-g", i), 0, 0))
			if err != nil {
				t.Error(err)
			}
			ids[i] = res.Conversation.ID
		})
	}
	wg.Wait()
	for _, id := range ids {
		assertSealed(t, s, id)
	}
	return c.ID
}

// A state stored in clear before sealing is read as it is, and sealed when the row is next
// written, even by a turn that leaves the state unchanged.
func TestEngineStateLegacyClear(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const openID, legacy = "o旧状态", `{"step":"income","summary":"月入八千 杭州"}`
		res, err := s.SaveTurn(ctx, stateTurn(openID, "l1", 0, 0))
		if err != nil {
			t.Fatal(err)
		}
		id := res.Conversation.ID
		if err := s.db.Exec("UPDATE conversations SET engine_state = ? WHERE id = ?", []byte(legacy), id).Error; err != nil {
			t.Fatal(err)
		}
		assertReadsState(t, s, openID, id, legacy)

		c, err := s.OpenConversation(ctx, openID)
		if err != nil {
			t.Fatal(err)
		}
		next := turn(openID, "l2", "好的", c.ID, c.Version)
		next.Outcome.EngineState = nil // unchanged
		res, err = s.SaveTurn(ctx, next)
		if err != nil {
			t.Fatal(err)
		}
		if string(res.Conversation.EngineState) != legacy {
			t.Errorf("SaveTurn's conversation has state %q, want the legacy one", res.Conversation.EngineState)
		}
		if raw := rawState(t, s, id); len(raw) == 0 || raw[0] != sealVersion || bytes.Contains(raw, []byte("杭州")) {
			t.Errorf("legacy state not sealed by the next turn: %q", raw)
		}
		assertReadsState(t, s, openID, id, legacy)
	})
}

// A state sealed with another key, or a column that is neither sealed nor JSON, fails every
// read loudly, with the column named and errBadCiphertext wrapped.
func TestEngineStateUnreadable(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(t *testing.T, s *Store, id uint64)
	}{
		{"wrong key", func(t *testing.T, s *Store, _ uint64) {
			other, err := newSealer(testKey(7))
			if err != nil {
				t.Fatal(err)
			}
			s.seal = other
		}},
		{"garbage", func(t *testing.T, s *Store, id uint64) {
			if err := s.db.Exec("UPDATE conversations SET engine_state = ? WHERE id = ?", []byte("step=income"), id).Error; err != nil {
				t.Fatal(err)
			}
		}},
		{"another column's value", func(t *testing.T, s *Store, id uint64) {
			err := s.db.Exec("UPDATE conversations SET engine_state = ? WHERE id = ?",
				s.seal.seal(labelSlots, []byte(engineState)), id).Error
			if err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEachBackend(t, func(t *testing.T, s *Store) {
				ctx := context.Background()
				openID := "o坏_" + strings.ReplaceAll(tt.name, " ", "_")
				res, err := s.SaveTurn(ctx, stateTurn(openID, openID, 0, 0))
				if err != nil {
					t.Fatal(err)
				}
				tt.spoil(t, s, res.Conversation.ID)
				s.seen.forget(openID)
				_, errOpen := s.OpenConversation(ctx, openID)
				_, errByID := s.Conversation(ctx, res.Conversation.ID)
				_, errByOpenID := s.ConversationByOpenID(ctx, openID)
				for _, err := range []error{errOpen, errByID, errByOpenID} {
					if !errorsIs(err, errBadCiphertext) || !strings.Contains(fmt.Sprint(err), labelEngineState) {
						t.Errorf("read: %v; want %v naming %s", err, errBadCiphertext, labelEngineState)
					}
				}
			})
		})
	}
}

func TestSealState(t *testing.T) {
	s, err := newSealer(testKey(1))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		plain []byte
	}{
		{"nil (unchanged)", nil},
		{"empty", []byte{}},
		{"state", []byte(engineState)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sealed := s.sealState(tt.plain)
			if (sealed == nil) != (tt.plain == nil) || !stateSealed(sealed) {
				t.Fatalf("sealState(%q) = %q", tt.plain, sealed)
			}
			got, err := s.openState(sealed)
			if err != nil || !bytes.Equal(got, tt.plain) {
				t.Errorf("openState(sealState(%q)) = %q, %v", tt.plain, got, err)
			}
		})
	}
	if stateSealed([]byte(engineState)) {
		t.Error("a plain state counts as sealed")
	}
}

// SaveOutcome's inner write refuses a state that is not sealed (llm drafts share it).
func TestUpdateConversationRefusesPlainState(t *testing.T) {
	s := openSQLiteStore(t)
	in := mustSaveInbound(t, s, inbound("o明文", "p1", "你好"))
	err := s.inTx(context.Background(), func(tx *gorm.DB) error {
		conv, err := s.lockedConversation(tx, in.Conversation.ID)
		if err != nil {
			return err
		}
		return updateConversation(tx, conv, Outcome{EngineState: []byte(engineState)}, s.clock())
	})
	if !errorsIs(err, ErrInvalid) {
		t.Errorf("plain state written: %v", err)
	}
}

// Migration 0009 seals the states stored in clear, leaves sealed and empty ones and the
// versions alone; its rollback opens them back to the same JSON.
func TestMigrationSealsEngineState(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		legacy := map[string]string{ // openid → its state in clear
			"o旧_1": `{"step":"income","summary":"月入八千 杭州"}`,
			"o旧_2": engineState,
		}
		ids := map[string]uint64{}
		versions := map[string]uint64{}
		for _, openID := range []string{"o旧_1", "o旧_2", "o新", "o空"} {
			tr := stateTurn(openID, openID, 0, 0)
			if openID == "o空" {
				tr.Outcome.EngineState = nil
			}
			res, err := s.SaveTurn(ctx, tr)
			if err != nil {
				t.Fatal(err)
			}
			ids[openID], versions[openID] = res.Conversation.ID, res.Conversation.Version
		}
		for openID, state := range legacy {
			err := s.db.Exec("UPDATE conversations SET engine_state = ? WHERE id = ?", []byte(state), ids[openID]).Error
			if err != nil {
				t.Fatal(err)
			}
		}
		sealedBefore := rawState(t, s, ids["o新"])
		if err := s.db.Exec("DELETE FROM schema_migrations WHERE id = ?", "0009_seal_engine_state").Error; err != nil {
			t.Fatal(err)
		}
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		for openID, state := range legacy {
			assertSealed(t, s, ids[openID])
			assertReadsState(t, s, openID, ids[openID], state)
		}
		if raw := rawState(t, s, ids["o新"]); !bytes.Equal(raw, sealedBefore) {
			t.Error("a sealed state was sealed again")
		}
		if raw := rawState(t, s, ids["o空"]); raw != nil {
			t.Errorf("an empty state became %q", raw)
		}
		for openID, id := range ids {
			if c, err := s.Conversation(ctx, id); err != nil || c.Version != versions[openID] {
				t.Errorf("%s: version %d, %v; want %d", openID, c.Version, err, versions[openID])
			}
		}

		if err := rollbackV9(s.seal)(s.db); err != nil {
			t.Fatal(err)
		}
		for openID, state := range legacy {
			if raw := rawState(t, s, ids[openID]); string(raw) != state {
				t.Errorf("%s after the rollback: %q, want %q", openID, raw, state)
			}
		}
		if raw := rawState(t, s, ids["o新"]); string(raw) != engineState {
			t.Errorf("o新 after the rollback: %q", raw)
		}
	})
}

// BenchmarkEngineStateSeal is the CPU a turn's state costs: one seal per write, one open per
// read from the database (a cache hit opens nothing).
//
//	go test -run '^$' -bench EngineStateSeal ./internal/store
func BenchmarkEngineStateSeal(b *testing.B) {
	s, err := newSealer(testKey(1))
	if err != nil {
		b.Fatal(err)
	}
	state := []byte(engineState)
	b.Run("seal", func(b *testing.B) {
		b.SetBytes(int64(len(state)))
		for b.Loop() {
			s.sealState(state)
		}
	})
	sealed := s.sealState(state)
	b.Run("open", func(b *testing.B) {
		b.SetBytes(int64(len(state)))
		for b.Loop() {
			if _, err := s.openState(sealed); err != nil {
				b.Fatal(err)
			}
		}
	})
}
