package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/go-gormigrate/gormigrate/v2"
	"gorm.io/gorm"
)

// mysqlTableOptions: utf8mb4 for emoji; the binary collation because openids, dedup keys and
// phrases are compared exactly (a _ci collation would call "oAbc" and "oabc", or "Ａ" and "A",
// the same).
const mysqlTableOptions = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"

// migrateLockName serialises concurrent Migrate calls on MySQL (two instances starting at once).
const migrateLockName = "loanbot_migrate"

// migrations is the ordered, append-only list of schema changes. Never edit or reorder a
// migration that has shipped; add a new one. seal is the data key (0009 seals stored states).
func migrations(seal *sealer) []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID:      "0001_initial",
			Migrate: func(tx *gorm.DB) error { return tx.AutoMigrate(v1Tables()...) },
			Rollback: func(tx *gorm.DB) error {
				tables := v1Tables()
				for i := len(tables) - 1; i >= 0; i-- {
					if err := tx.Migrator().DropTable(tables[i]); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{
			ID: "0002_phrase_variants",
			Migrate: func(tx *gorm.DB) error {
				if tx.Migrator().HasColumn(&v2PhraseVariants{}, "Variants") {
					return nil
				}
				return tx.Migrator().AddColumn(&v2PhraseVariants{}, "Variants")
			},
			Rollback: func(tx *gorm.DB) error { return tx.Migrator().DropColumn(&v2PhraseVariants{}, "Variants") },
		},
		{
			ID: "0003_conversation_version",
			Migrate: func(tx *gorm.DB) error {
				if tx.Migrator().HasColumn(&v3ConversationVersion{}, "Version") {
					return nil
				}
				return tx.Migrator().AddColumn(&v3ConversationVersion{}, "Version")
			},
			Rollback: func(tx *gorm.DB) error {
				return tx.Migrator().DropColumn(&v3ConversationVersion{}, "Version")
			},
		},
		{
			ID: "0004_drop_unused_indexes",
			Migrate: func(tx *gorm.DB) error {
				for _, ix := range v4DroppedIndexes() {
					if !tx.Migrator().HasIndex(ix.model, ix.name) {
						continue
					}
					if err := tx.Migrator().DropIndex(ix.model, ix.name); err != nil {
						return fmt.Errorf("drop index %s: %w", ix.name, err)
					}
				}
				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				for _, ix := range v4DroppedIndexes() {
					if tx.Migrator().HasIndex(ix.model, ix.name) {
						continue
					}
					if err := tx.Migrator().CreateIndex(ix.model, ix.name); err != nil {
						return fmt.Errorf("create index %s: %w", ix.name, err)
					}
				}
				return nil
			},
		},
		{ID: "0005_console", Migrate: migrateV5, Rollback: rollbackV5},
		{
			ID:       "0007_retention",
			Migrate:  func(tx *gorm.DB) error { return tx.AutoMigrate(&v7RetentionCount{}) },
			Rollback: func(tx *gorm.DB) error { return tx.Migrator().DropTable(&v7RetentionCount{}) },
		},
		{ID: "0006_phrase_versions", Migrate: migrateV6, Rollback: rollbackV6},
		{ID: "0008_llm_drafts", Migrate: migrateV8, Rollback: rollbackV8},
		{ID: "0009_seal_engine_state", Migrate: migrateV9(seal), Rollback: rollbackV9(seal)},
		{ID: "0010_claim_versions", Migrate: migrateV10, Rollback: rollbackV10},
	}
}

// Migrate brings the schema up to date. It is idempotent and safe to run from several
// instances at once.
func (s *Store) Migrate(ctx context.Context) error { return s.migrateTo(ctx, "") }

// migrateTo applies the migrations up to and including id ("" = all).
func (s *Store) migrateTo(ctx context.Context, id string) (err error) {
	defer wrapf(&err, "migrate %s", s.dialect)
	db := s.db.WithContext(ctx)
	if s.dialect == DialectMySQL {
		unlock, err := s.mysqlLock(ctx, migrateLockName)
		if err != nil {
			return err
		}
		defer unlock()
		// Set returns a chain, not a session: without Session every later statement would share it.
		db = db.Set("gorm:table_options", mysqlTableOptions).Session(&gorm.Session{})
	}
	m := gormigrate.New(db, &gormigrate.Options{
		TableName:                 "schema_migrations",
		IDColumnName:              "id",
		IDColumnSize:              255,
		ValidateUnknownMigrations: false, // an older binary may run beside a newer schema (migrations are additive)
	}, migrations(s.seal))
	if id != "" {
		return m.MigrateTo(id)
	}
	return m.Migrate()
}

// mysqlLock takes a named server lock on a dedicated connection (GET_LOCK is per session).
func (s *Store) mysqlLock(ctx context.Context, name string) (unlock func(), err error) {
	conn, err := s.sqlDB.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	var got sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK(?, 60)", name).Scan(&got); err != nil || got.Int64 != 1 {
		conn.Close()
		if err == nil {
			err = fmt.Errorf("timed out after 60s")
		}
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), "DO RELEASE_LOCK(?)", name)
		conn.Close()
	}, nil
}
