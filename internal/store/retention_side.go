package store

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// Personal data kept beside the conversations, by openid rather than through a foreign key,
// so the cascade does not reach it:
//
//   - llm_drafts: the sealed question and answer of a reply drafted after the passive budget.
//     Deleted when older than the retention period (and than WeChat's 48-hour window, past which
//     it cannot be delivered anyway), and with its applicant.
//   - llm_audits: one row per drafted reply, no text, but the openid. The audit stays; the openid
//     is blanked at the same times.
//
// console_audits and phrase_fp_reviews name a conversation id only (no openid, no text): once
// the conversation is gone they lead to nobody, and they stay.

// eraseSide removes what the side tables hold of openID, inside the erasure's transaction.
func eraseSide(tx *gorm.DB, openID string) (drafts int64, err error) {
	del := tx.Where("open_id = ?", openID).Delete(&draftRow{})
	if del.Error != nil {
		return 0, fmt.Errorf("delete drafts: %w", del.Error)
	}
	err = tx.Model(&draftAuditRow{}).Where("open_id = ?", openID).Update("open_id", "").Error
	return del.RowsAffected, wrapErr(err, "unlink draft audits")
}

// side purges the side tables' rows older than the retention period, a batch at a time.
func (p *purge) side(ctx context.Context, res *PurgeResult) error {
	if err := p.drafts(ctx, res); err != nil {
		return err
	}
	return p.draftAudits(ctx, res)
}

// drafts deletes the drafts older than the period and than WeChat's window.
func (p *purge) drafts(ctx context.Context, res *PurgeResult) error {
	before := p.cutoff
	if p.window.Before(before) {
		before = p.window
	}
	for after := uint64(0); ; {
		var ids []uint64
		if err := p.sideBatch(ctx, &draftRow{}, after, "created_at < ?", before, &ids); err != nil {
			return fmt.Errorf("find expired drafts: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		del := p.s.db.WithContext(ctx).Where("id IN ? AND created_at < ?", ids, before).Delete(&draftRow{})
		if del.Error != nil {
			return fmt.Errorf("delete expired drafts: %w", del.Error)
		}
		p.done(res, Removed{Drafts: del.RowsAffected})
		after = ids[len(ids)-1]
	}
}

// draftAudits blanks the openid of the draft audits older than the period.
func (p *purge) draftAudits(ctx context.Context, res *PurgeResult) error {
	for after := uint64(0); ; {
		var ids []uint64
		if err := p.sideBatch(ctx, &draftAuditRow{}, after, "created_at < ? AND open_id <> ''", p.cutoff, &ids); err != nil {
			return fmt.Errorf("find expired draft audits: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		err := p.s.db.WithContext(ctx).Model(&draftAuditRow{}).Where("id IN ?", ids).Update("open_id", "").Error
		if err != nil {
			return fmt.Errorf("unlink expired draft audits: %w", err)
		}
		p.done(res, Removed{})
		after = ids[len(ids)-1]
	}
}

// sideBatch reads the ids of the next batch of model's rows matching where, after id after.
func (p *purge) sideBatch(ctx context.Context, model any, after uint64, where string, arg any, ids *[]uint64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.s.db.WithContext(ctx).Model(model).Where("id > ? AND "+where, after, arg).
		Order("id").Limit(p.opt.Batch).Pluck("id", ids).Error
}
