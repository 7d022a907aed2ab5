package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Retention: the consent notice promises deletion 180 days after the consultation ends. A
// conversation has ended for retention when it has been idle that long: no write to the row
// (every turn, agent message, flag or close bumps updated_at), no message stored, and it was not
// closed within the period. Such a conversation is deleted with everything that hangs off it
// (messages, profile, outbox rows, compliance hits, agents' notes — the schema's cascading
// foreign keys), after its anonymous counts are added to retention_counts in the same
// transaction. An applicant left with no conversation and not seen within the period goes too.
//
// Work goes in batches of conversations by ascending id, each batch one transaction, so a run
// that is killed loses at most its open batch (rolled back) and the next run finds the rest.
// On MySQL one run at a time holds a named server lock (GET_LOCK, freed when its connection
// dies); others skip. Correctness does not depend on the lock: a batch locks its conversations
// and checks them again before counting, so two runs never count one conversation twice.

// outboxWindow is how long WeChat accepts 客服消息 after the applicant's message: a row queued
// within it may still be delivered, and is never purged whatever the retention period.
const outboxWindow = 48 * time.Hour

// retentionLockExpr names the MySQL lock held by the one running purge (SQL). Named locks are
// server-wide: the name carries the database's (hashed to fit the 64 characters a name may have),
// so that deployments sharing a server do not hold each other's runs back.
const retentionLockExpr = "CONCAT('loanbot_retention_', MD5(DATABASE()))"

// defaultPurgeBatch is how many conversations one purge transaction deletes.
const defaultPurgeBatch = 200

// PurgeOptions configure PurgeExpired.
type PurgeOptions struct {
	Retention time.Duration // conversations idle longer than this are deleted; required, > 0
	Batch     int           // conversations (and applicants) per transaction; ≤ 0 = 200
	// Progress, when set, is called after each committed batch with the totals so far.
	Progress func(Removed)
}

// PurgeResult says what one PurgeExpired call did.
type PurgeResult struct {
	Removed
	Batches int
	Skipped bool // another instance holds the run (MySQL); nothing was done
}

// PurgeExpired deletes the conversations idle longer than the retention period and the
// applicants left with nothing, keeping only anonymous daily counts (see DailyCounts). It is
// safe to call from several instances at once and resumable: ctx ending stops it between
// batches, and what it committed stays done.
func (s *Store) PurgeExpired(ctx context.Context, o PurgeOptions) (res PurgeResult, err error) {
	defer wrapf(&err, "purge expired data")
	if o.Retention <= 0 {
		return res, fmt.Errorf("retention %s: %w", o.Retention, ErrInvalid)
	}
	if o.Batch <= 0 {
		o.Batch = defaultPurgeBatch
	}
	unlock, ok, err := s.tryRunLock(ctx)
	if err != nil || !ok {
		return PurgeResult{Skipped: err == nil}, err
	}
	defer unlock()
	now := s.clock()
	p := purge{s: s, opt: o, cutoff: now.Add(-o.Retention), window: now.Add(-outboxWindow), now: now}
	for _, step := range []func(context.Context, *PurgeResult) error{p.conversations, p.applicants, p.side} {
		if err := step(ctx, &res); err != nil {
			return res, err
		}
	}
	return res, nil
}

// tryRunLock takes the purge's named lock on MySQL without waiting; ok is false when another
// session holds it. SQLite needs none: each batch holds the database's write lock.
func (s *Store) tryRunLock(ctx context.Context) (unlock func(), ok bool, err error) {
	if s.dialect != DialectMySQL {
		return func() {}, true, nil
	}
	conn, err := s.sqlDB.Conn(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("lock the retention run: %w", err)
	}
	var got sql.NullInt64
	if err := conn.QueryRowContext(ctx, "SELECT GET_LOCK("+retentionLockExpr+", 0)").Scan(&got); err != nil {
		conn.Close()
		return nil, false, fmt.Errorf("lock the retention run: %w", err)
	}
	if got.Int64 != 1 {
		conn.Close()
		return nil, false, nil
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), "DO RELEASE_LOCK("+retentionLockExpr+")")
		conn.Close()
	}, true, nil
}

// purge is one PurgeExpired run.
type purge struct {
	s      *Store
	opt    PurgeOptions
	cutoff time.Time // idle since before this = expired
	window time.Time // outbox rows queued since are kept (outboxWindow)
	now    time.Time
}

// idleWhere selects expired conversations (table conversations) by the row alone; args: cutoff ×2.
const idleWhere = "conversations.updated_at < ? AND (conversations.closed_at IS NULL OR conversations.closed_at < ?)"

// activeWhere finds a conversation that is still active however old its row: a message stored
// since the cutoff, or an outbox row still deliverable within WeChat's window; args: cutoff,
// pending, sending, window.
const activeWhere = "(EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id AND m.created_at >= ?)" +
	" OR EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = conversations.id AND o.status IN (?, ?) AND o.created_at >= ?))"

// conversations walks the conversations by id, a batch at a time.
func (p *purge) conversations(ctx context.Context, res *PurgeResult) error {
	var after uint64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var ids []uint64
		err := p.s.db.WithContext(ctx).Model(&conversationRow{}).
			Where("conversations.id > ? AND "+idleWhere+" AND NOT "+activeWhere, after, p.cutoff, p.cutoff,
				p.cutoff, outboxPending, outboxSending, p.window).
			Order("conversations.id").Limit(p.opt.Batch).Pluck("conversations.id", &ids).Error
		if err != nil {
			return fmt.Errorf("find expired conversations: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		removed, err := p.conversationBatch(ctx, ids)
		if err != nil {
			return err
		}
		p.done(res, removed)
		if len(ids) < p.opt.Batch {
			return nil
		}
		after = ids[len(ids)-1]
	}
}

func (p *purge) done(res *PurgeResult, r Removed) {
	res.Removed = res.Removed.Add(r)
	res.Batches++
	if p.opt.Progress != nil {
		p.opt.Progress(res.Removed)
	}
}

// conversationBatch deletes the candidates that are still expired once locked, in one
// transaction with their counts.
func (p *purge) conversationBatch(ctx context.Context, ids []uint64) (removed Removed, err error) {
	var gone []doomedConversation
	err = p.s.retentionTx(ctx, func(tx *gorm.DB) error {
		convs, err := p.lockExpired(tx, ids)
		if err != nil || len(convs) == 0 {
			removed = Removed{}
			return err
		}
		days, r, err := countDoomed(tx, convs)
		if err != nil {
			return err
		}
		if err := p.s.addCounts(tx, days, p.now); err != nil {
			return err
		}
		removed, gone = r, convs
		return deleteConversations(tx, convs)
	})
	for _, c := range gone {
		p.s.seen.forget(c.OpenID)
	}
	return removed, err
}

// lockExpired locks the candidates (MySQL: FOR UPDATE, then every read in the transaction sees
// the latest committed rows) and keeps those still expired: every writer of a conversation's
// messages, hits and outbox locks the conversation first, so nothing is added to them until commit.
func (p *purge) lockExpired(tx *gorm.DB, ids []uint64) ([]doomedConversation, error) {
	var locked []doomedConversation
	err := p.s.forUpdate(tx).Model(&conversationRow{}).
		Select("id, open_id, grade, flag_reasons, created_at").
		Where("id IN ? AND "+idleWhere, ids, p.cutoff, p.cutoff).Order("id").Find(&locked).Error
	if err != nil || len(locked) == 0 {
		return nil, wrapErr(err, "lock expired conversations")
	}
	var busy []uint64
	err = tx.Model(&conversationRow{}).
		Where("conversations.id IN ? AND "+activeWhere, idsOf(locked), p.cutoff, outboxPending, outboxSending, p.window).
		Pluck("conversations.id", &busy).Error
	if err != nil {
		return nil, fmt.Errorf("recheck expired conversations: %w", err)
	}
	return without(locked, busy), nil
}

func idsOf(convs []doomedConversation) []uint64 {
	ids := make([]uint64, len(convs))
	for i, c := range convs {
		ids[i] = c.ID
	}
	return ids
}

// without returns convs minus those whose id is in drop.
func without(convs []doomedConversation, drop []uint64) []doomedConversation {
	if len(drop) == 0 {
		return convs
	}
	skip := make(map[uint64]bool, len(drop))
	for _, id := range drop {
		skip[id] = true
	}
	kept := convs[:0:0]
	for _, c := range convs {
		if !skip[c.ID] {
			kept = append(kept, c)
		}
	}
	return kept
}

// deleteConversations deletes the rows; their messages, profile, outbox rows, hits and notes
// go with them (ON DELETE CASCADE).
func deleteConversations(tx *gorm.DB, convs []doomedConversation) error {
	err := tx.Where("id IN ?", idsOf(convs)).Delete(&conversationRow{}).Error
	return wrapErr(err, "delete conversations")
}

// retentionTx runs fn in a transaction, retried on deadlock. On MySQL it reads committed
// data: after its locking read, every read sees the latest rows, not a snapshot from before
// the locks were granted, and its cascading deletes take no gap locks, so live turns inserting
// beside the deleted rows do not wait for it. (READ COMMITTED needs binlog_format ROW or MIXED,
// the defaults of MySQL 8 and MariaDB; STATEMENT refuses the writes.)
func (s *Store) retentionTx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	var opts []*sql.TxOptions
	if s.dialect == DialectMySQL {
		opts = append(opts, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	}
	return s.retrying(ctx, func() error { return s.db.WithContext(ctx).Transaction(fn, opts...) })
}

// applicants deletes the applicants not seen within the period who have no conversation left.
func (p *purge) applicants(ctx context.Context, res *PurgeResult) error {
	var after uint64
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rows []applicantRow
		err := p.s.db.WithContext(ctx).Select("id, open_id").Where("applicants.id > ? AND "+orphanWhere, after, p.cutoff).
			Order("id").Limit(p.opt.Batch).Find(&rows).Error
		if err != nil {
			return fmt.Errorf("find expired applicants: %w", err)
		}
		if len(rows) == 0 {
			return nil
		}
		n, err := p.applicantBatch(ctx, rows)
		if err != nil {
			return err
		}
		p.done(res, Removed{Applicants: n})
		if len(rows) < p.opt.Batch {
			return nil
		}
		after = rows[len(rows)-1].ID
	}
}

// orphanWhere selects applicants (table applicants) not seen since the cutoff and with no
// conversation left; args: cutoff.
const orphanWhere = "applicants.last_seen_at < ? AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.applicant_id = applicants.id)"

// applicantBatch deletes the candidates that are still orphans once locked: the row lock waits
// for a turn opening a conversation for the applicant (it upserts the applicant first), and
// NOT EXISTS then sees that conversation.
func (p *purge) applicantBatch(ctx context.Context, rows []applicantRow) (n int64, err error) {
	ids := make([]uint64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	err = p.s.retentionTx(ctx, func(tx *gorm.DB) error {
		var locked []uint64
		if err := p.s.forUpdate(tx).Model(&applicantRow{}).Where("id IN ?", ids).Pluck("id", &locked).Error; err != nil {
			return fmt.Errorf("lock expired applicants: %w", err)
		}
		del := tx.Where("id IN ? AND "+orphanWhere, ids, p.cutoff).Delete(&applicantRow{})
		n = del.RowsAffected
		return wrapErr(del.Error, "delete expired applicants")
	})
	for _, r := range rows {
		p.s.seen.forget(r.OpenID)
	}
	return n, err
}
