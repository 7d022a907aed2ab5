package store

import (
	"fmt"

	"gorm.io/gorm"
)

// Migration 0009, frozen: the engine state sealed at rest.
//
// conversations.engine_state held the bot's JSON state (slots, tentative values, warnings, a
// summary) in clear. The migration seals every state still in clear — a JSON object, '{' first —
// with the data key, AES-GCM, label conversations.engine_state, in batches by id; its rollback
// opens them again for a binary that does not seal. Each row is rewritten only if its version
// did not change meanwhile (an instance still writing it keeps its write; reads accept a state
// in clear, and the next turn seals it). The version is not bumped: the state is the same.

const (
	v9Label = "conversations.engine_state"
	v9Batch = 500
)

type v9State struct {
	ID          uint64
	EngineState []byte
	Version     uint64
}

// migrateV9 seals the states stored in clear.
func migrateV9(seal *sealer) func(tx *gorm.DB) error {
	return func(tx *gorm.DB) error {
		return v9Rewrite(tx, func(stored []byte) ([]byte, bool, error) {
			if len(stored) == 0 || stored[0] != '{' {
				return nil, false, nil
			}
			return seal.seal(v9Label, stored), true, nil
		})
	}
}

// rollbackV9 opens the sealed states back to JSON in clear.
func rollbackV9(seal *sealer) func(tx *gorm.DB) error {
	return func(tx *gorm.DB) error {
		return v9Rewrite(tx, func(stored []byte) ([]byte, bool, error) {
			if len(stored) == 0 || stored[0] != sealVersion {
				return nil, false, nil
			}
			plain, err := seal.open(v9Label, stored)
			return plain, err == nil, err
		})
	}
}

// v9Rewrite passes every stored state through change and writes back the ones it changes.
func v9Rewrite(tx *gorm.DB, change func(stored []byte) ([]byte, bool, error)) error {
	var after uint64
	for {
		var rows []v9State
		err := tx.Table("conversations").Select("id, engine_state, version").
			Where("id > ? AND engine_state IS NOT NULL", after).Order("id").Limit(v9Batch).Find(&rows).Error
		if err != nil {
			return fmt.Errorf("read engine states after %d: %w", after, err)
		}
		if len(rows) == 0 {
			return nil
		}
		for _, r := range rows {
			next, ok, err := change(r.EngineState)
			if err != nil {
				return fmt.Errorf("conversation %d: %w", r.ID, err)
			}
			if !ok {
				continue
			}
			err = tx.Exec("UPDATE conversations SET engine_state = ? WHERE id = ? AND version = ?",
				next, r.ID, r.Version).Error
			if err != nil {
				return fmt.Errorf("rewrite engine state of conversation %d: %w", r.ID, err)
			}
		}
		after = rows[len(rows)-1].ID
	}
}
