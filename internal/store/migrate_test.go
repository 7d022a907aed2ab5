package store

import (
	"context"
	"testing"
)

// keptIndexes are the secondary indexes a query or a foreign key uses (schema_v4.go says which).
var keptIndexes = map[string][]string{
	"messages":      {"uq_messages_dedup_key", "idx_messages_conversation", "idx_messages_inbound"},
	"conversations": {"uq_conversations_open_for", "idx_conversations_applicant", "idx_conversations_open_id"},
	"applicants":    {"uq_applicants_open_id"},
	"profiles":      {"uq_profiles_conversation"},
	"outbox":        {"idx_outbox_conversation", "idx_outbox_open_id", "idx_outbox_due", "idx_outbox_claim"},
}

// Migration 0004 drops the unused indexes and keeps the used ones; its rollback restores them,
// and migrating again drops them again.
func TestMigrateDropsUnusedIndexes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		m := s.db.Migrator()
		check := func(when string, wantDropped bool) {
			t.Helper()
			for _, ix := range v4DroppedIndexes() {
				if m.HasIndex(ix.model, ix.name) == wantDropped {
					t.Errorf("%s: index %s present = %v", when, ix.name, !wantDropped)
				}
			}
			for table, names := range keptIndexes {
				for _, name := range names {
					if !m.HasIndex(table, name) {
						t.Errorf("%s: index %s.%s is missing", when, table, name)
					}
				}
			}
		}
		check("after Migrate", true)
		v4 := migrations(s.seal)[3]
		if err := v4.Rollback(s.db); err != nil {
			t.Fatalf("rollback %s: %v", v4.ID, err)
		}
		check("after the rollback", false)
		if err := s.db.Exec("DELETE FROM schema_migrations WHERE id = ?", v4.ID).Error; err != nil {
			t.Fatal(err)
		}
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		check("migrated again", true)
	})
}
