package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Labels of the sealed columns of llm_drafts.
const (
	labelDraftQuestion = "llm_drafts.question"
	labelDraftText     = "llm_drafts.text"
)

// Statuses of a pending draft.
const (
	DraftPending   = "pending"   // being drafted
	DraftReady     = "ready"     // drafted, not yet queued (its turn was not stored yet)
	DraftSent      = "sent"      // queued in the outbox with the message it answers
	DraftCancelled = "cancelled" // answered otherwise (a retry answered within the budget)
	DraftExpired   = "expired"   // could not be delivered (turn never stored, 48-hour window, quota)
)

// PendingDraft is an answer being drafted after the passive budget ran out.
type PendingDraft struct {
	ID         uint64
	DedupKey   string // of the inbound message it answers
	OpenID     string
	Question   string
	Text       string // when Status is ready
	Status     string
	Attempts   int
	ReceivedAt time.Time
	CreatedAt  time.Time
}

type draftRow struct {
	ID          uint64
	DedupKey    string
	OpenID      string
	QuestionEnc []byte
	TextEnc     []byte
	Status      string
	Owner       string
	LeaseUntil  time.Time
	Attempts    int
	ReceivedAt  time.Time
	FinishedAt  *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

func (draftRow) TableName() string { return "llm_drafts" }

// HoldDraft records that message dedupKey's answer is being drafted by owner until leaseUntil.
// A row for the same message already there (a retry, another instance) is kept as it is and its
// id returned.
func (s *Store) HoldDraft(ctx context.Context, d PendingDraft, owner string, leaseUntil time.Time) (id uint64, err error) {
	defer wrapf(&err, "hold draft for %q", d.DedupKey)
	now := s.clock()
	row := draftRow{DedupKey: dedupKey(d.DedupKey), OpenID: d.OpenID, Status: DraftPending, Owner: owner,
		QuestionEnc: s.seal.sealString(labelDraftQuestion, d.Question), LeaseUntil: dbTime(leaseUntil),
		ReceivedAt: dbTime(d.ReceivedAt), CreatedAt: now, UpdatedAt: now}
	if row.ReceivedAt.IsZero() {
		row.ReceivedAt = now
	}
	db := s.db.WithContext(ctx)
	if err := db.Clauses(clause.OnConflict{DoNothing: true}).Create(&row).Error; err != nil {
		return 0, err
	}
	var got draftRow
	if err := db.Select("id").Where("dedup_key = ?", row.DedupKey).Take(&got).Error; err != nil {
		return 0, notFound(err)
	}
	return got.ID, nil
}

// DraftReady keeps the finished text of a draft that could not be queued yet.
func (s *Store) DraftReady(ctx context.Context, id uint64, text string) error {
	err := s.db.WithContext(ctx).Model(&draftRow{}).Where("id = ? AND status = ?", id, DraftPending).
		Updates(map[string]any{"status": DraftReady, "text_enc": s.seal.sealString(labelDraftText, text),
			"updated_at": s.clock()}).Error
	return wrapErr(err, fmt.Sprintf("draft %d ready", id))
}

// CancelDraft gives up a pending draft of message dedupKey (it was answered otherwise). It
// reports whether a draft was cancelled.
func (s *Store) CancelDraft(ctx context.Context, key string) (bool, error) {
	res := s.db.WithContext(ctx).Model(&draftRow{}).
		Where("dedup_key = ? AND status IN ?", dedupKey(key), []string{DraftPending, DraftReady}).
		Updates(map[string]any{"status": DraftCancelled, "updated_at": s.clock()})
	return res.RowsAffected > 0, wrapErr(res.Error, "cancel draft")
}

// LeaseDrafts takes up to limit unfinished drafts whose lease has expired (their drafter is gone)
// for owner until leaseUntil, counting an attempt on each.
func (s *Store) LeaseDrafts(ctx context.Context, owner string, leaseUntil time.Time, limit int) (_ []PendingDraft, err error) {
	defer wrapf(&err, "lease drafts")
	now := s.clock()
	db := s.db.WithContext(ctx)
	var due []draftRow
	if err := db.Where("status IN ? AND lease_until < ?", []string{DraftPending, DraftReady}, now).
		Order("lease_until").Limit(limit).Find(&due).Error; err != nil {
		return nil, err
	}
	var out []PendingDraft
	for _, r := range due {
		res := db.Model(&draftRow{}).Where("id = ? AND lease_until = ? AND status IN ?", r.ID, r.LeaseUntil,
			[]string{DraftPending, DraftReady}).
			Updates(map[string]any{"owner": owner, "lease_until": dbTime(leaseUntil),
				"attempts": gorm.Expr("attempts + 1"), "updated_at": now})
		if res.Error != nil {
			return out, res.Error
		}
		if res.RowsAffected == 0 {
			continue // another instance took it
		}
		r.Attempts++
		d, err := s.openDraft(r)
		if err != nil {
			return out, err
		}
		out = append(out, d)
	}
	return out, nil
}

func (s *Store) openDraft(r draftRow) (PendingDraft, error) {
	q, err := s.seal.openString(labelDraftQuestion, r.QuestionEnc)
	if err != nil {
		return PendingDraft{}, fmt.Errorf("draft %d question: %w", r.ID, err)
	}
	d := PendingDraft{ID: r.ID, DedupKey: r.DedupKey, OpenID: r.OpenID, Question: q, Status: r.Status,
		Attempts: r.Attempts, ReceivedAt: r.ReceivedAt, CreatedAt: r.CreatedAt}
	if len(r.TextEnc) > 0 {
		if d.Text, err = s.seal.openString(labelDraftText, r.TextEnc); err != nil {
			return PendingDraft{}, fmt.Errorf("draft %d text: %w", r.ID, err)
		}
	}
	return d, nil
}

// DraftByKey returns the draft of message dedupKey, or ErrNotFound.
func (s *Store) DraftByKey(ctx context.Context, key string) (PendingDraft, error) {
	var r draftRow
	if err := s.db.WithContext(ctx).Where("dedup_key = ?", dedupKey(key)).Take(&r).Error; err != nil {
		return PendingDraft{}, fmt.Errorf("draft %q: %w", key, notFound(err))
	}
	return s.openDraft(r)
}

// Finishing a draft.
type DraftFinish struct {
	ID       uint64
	Text     string   // the answer to queue
	Flags    []string // reason codes to add to the conversation (llm_failure)
	Hits     []Hit    // compliance hits of blocked drafts
	MaxQueue int      // follow-up messages allowed per inbound message (WeChat: 5)
	Window   time.Duration
	GiveUp   time.Duration // a draft whose turn is still not stored after this long expires
	// Expect, when set, must be in one of the stored replies to the message (the interim line): a
	// turn stored without it answered the message otherwise (another instance drafted in time), and
	// the draft is cancelled (ErrDraftDone).
	Expect string
}

// Results of FinishDraft.
var (
	ErrDraftDone      = errors.New("store: draft already finished")      // sent, cancelled or expired before
	ErrDraftNotStored = errors.New("store: draft's turn not stored yet") // retry later
	ErrDraftExpired   = errors.New("store: draft can no longer be delivered")
)

// FinishDraft queues a draft's answer exactly once: in one transaction it checks the draft is
// still unfinished, its turn stored and no agent holding the conversation (else it is cancelled), then stores the answer as a reply to the inbound message
// (with its outbox row), the flags and hits, and marks the draft sent. The 48-hour window and the
// per-message quota are checked against what is stored; a draft that cannot be delivered is
// marked expired (ErrDraftExpired).
func (s *Store) FinishDraft(ctx context.Context, f DraftFinish) (err error) {
	defer wrapf(&err, "finish draft %d", f.ID)
	now := s.clock()
	var expired error
	cancelled := false
	err = s.inTx(ctx, func(tx *gorm.DB) error {
		expired, cancelled = nil, false
		var d draftRow
		if err := s.forUpdate(tx).Take(&d, f.ID).Error; err != nil {
			return notFound(err)
		}
		if d.Status != DraftPending && d.Status != DraftReady {
			return ErrDraftDone
		}
		o, why, err := s.draftOutcome(tx, d, f, now)
		switch {
		case errors.Is(err, ErrDraftDone):
			cancelled = true
			return markDraft(tx, d.ID, DraftCancelled, now)
		case err != nil:
			return err
		case why != nil:
			expired = why
			return markDraft(tx, d.ID, DraftExpired, now)
		}
		conv, err := s.lockedConversation(tx, o.ConversationID)
		if err != nil {
			return err
		}
		if conv.State == StateAgent {
			cancelled = true // an agent holds the conversation now: the bot stays silent
			return markDraft(tx, d.ID, DraftCancelled, now)
		}
		s.seen.forget(conv.OpenID)
		if err := s.insertReplies(tx, conv, o, now); err != nil {
			return err
		}
		if len(o.AddFlags) > 0 {
			if err := updateConversation(tx, conv, o, now); err != nil {
				return err
			}
		}
		if err := s.insertHits(tx, conv, o, now); err != nil {
			return err
		}
		return markDraft(tx, d.ID, DraftSent, now)
	})
	switch {
	case err == nil && expired != nil:
		return expired
	case err == nil && cancelled:
		return fmt.Errorf("the message was answered otherwise: %w", ErrDraftDone)
	}
	return err
}

// draftOutcome is the outcome that delivers a draft, or why it cannot be delivered.
func (s *Store) draftOutcome(tx *gorm.DB, d draftRow, f DraftFinish, now time.Time) (Outcome, error, error) {
	var in messageRow
	err := tx.Where("dedup_key = ?", d.DedupKey).Take(&in).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if f.GiveUp > 0 && now.Sub(d.CreatedAt) > f.GiveUp {
			return Outcome{}, fmt.Errorf("turn never stored: %w", ErrDraftExpired), nil
		}
		return Outcome{}, nil, ErrDraftNotStored
	}
	if err != nil {
		return Outcome{}, nil, err
	}
	var replies, queued int64
	if err := tx.Model(&messageRow{}).Where("inbound_id = ?", in.ID).Count(&replies).Error; err != nil {
		return Outcome{}, nil, err
	}
	if replies == 0 {
		return Outcome{}, nil, ErrDraftNotStored // only the message was kept; its turn comes with the retry
	}
	if f.Expect != "" {
		ok, err := s.repliesContain(tx, in.ID, f.Expect)
		if err != nil {
			return Outcome{}, nil, err
		}
		if !ok {
			return Outcome{}, nil, ErrDraftDone
		}
	}
	if err := tx.Model(&messageRow{}).Where("inbound_id = ? AND passive = ?", in.ID, false).Count(&queued).Error; err != nil {
		return Outcome{}, nil, err
	}
	switch {
	case f.Window > 0 && now.Sub(d.ReceivedAt) > f.Window:
		return Outcome{}, fmt.Errorf("the 48-hour window has passed: %w", ErrDraftExpired), nil
	case f.MaxQueue > 0 && int(queued) >= f.MaxQueue:
		return Outcome{}, fmt.Errorf("%d follow-ups already queued: %w", queued, ErrDraftExpired), nil
	}
	return Outcome{ConversationID: in.ConversationID, InboundID: in.ID, AddFlags: f.Flags, Hits: f.Hits,
		Replies: []Reply{{Text: f.Text, Sender: SenderBot, Verdict: VerdictAllow}}}, nil, nil
}

// repliesContain reports whether one of the stored replies to inbound message id contains text.
func (s *Store) repliesContain(tx *gorm.DB, id uint64, text string) (bool, error) {
	var rows []messageRow
	if err := tx.Select("id", "text_enc").Where("inbound_id = ?", id).Find(&rows).Error; err != nil {
		return false, err
	}
	for _, r := range rows {
		t, err := s.seal.openString(labelMessageText, r.TextEnc)
		if err != nil {
			return false, fmt.Errorf("reply %d: %w", r.ID, err)
		}
		if strings.Contains(t, text) {
			return true, nil
		}
	}
	return false, nil
}

func markDraft(tx *gorm.DB, id uint64, status string, now time.Time) error {
	err := tx.Model(&draftRow{}).Where("id = ?", id).
		Updates(map[string]any{"status": status, "finished_at": now, "updated_at": now}).Error
	return wrapErr(err, "mark draft")
}

// DraftAudit is the record of one drafted reply.
type DraftAudit struct {
	DedupKey         string
	OpenID           string
	Purpose          string // answer | copilot
	Kind             string // faq | no_source | model
	Failure          string
	PromptVersion    string
	Model            string
	Sources          []string
	Latency          time.Duration
	PromptTokens     int
	CompletionTokens int
	Attempts         int
	FilterVerdict    string
	JudgeVerdict     string
	Deferred         bool
	CreatedAt        time.Time
}

type draftAuditRow struct {
	ID               uint64
	DedupKey         string
	OpenID           string
	Purpose          string
	Kind             string
	Failure          string
	PromptVersion    string
	Model            string
	Sources          string
	LatencyMs        int64
	PromptTokens     int
	CompletionTokens int
	Attempts         int
	FilterVerdict    string
	JudgeVerdict     string
	Deferred         bool
	CreatedAt        time.Time
}

func (draftAuditRow) TableName() string { return "llm_audits" }

// SaveDraftAudit records one drafted reply.
func (s *Store) SaveDraftAudit(ctx context.Context, a DraftAudit) error {
	src, err := json.Marshal(append([]string{}, a.Sources...))
	if err != nil {
		return fmt.Errorf("draft audit sources: %w", err)
	}
	row := draftAuditRow{DedupKey: dedupKey(a.DedupKey), OpenID: a.OpenID, Purpose: a.Purpose, Kind: a.Kind,
		Failure: a.Failure, PromptVersion: a.PromptVersion, Model: a.Model, Sources: string(src),
		LatencyMs: a.Latency.Milliseconds(), PromptTokens: a.PromptTokens, CompletionTokens: a.CompletionTokens,
		Attempts: a.Attempts, FilterVerdict: a.FilterVerdict, JudgeVerdict: a.JudgeVerdict, Deferred: a.Deferred,
		CreatedAt: s.clock()}
	return wrapErr(s.db.WithContext(ctx).Create(&row).Error, "save draft audit")
}

// DraftAudits returns the audit records of message dedupKey, oldest first.
func (s *Store) DraftAudits(ctx context.Context, key string) ([]DraftAudit, error) {
	var rows []draftAuditRow
	if err := s.db.WithContext(ctx).Where("dedup_key = ?", dedupKey(key)).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("draft audits: %w", err)
	}
	out := make([]DraftAudit, len(rows))
	for i, r := range rows {
		var src []string
		_ = json.Unmarshal([]byte(r.Sources), &src) // written by SaveDraftAudit
		out[i] = DraftAudit{DedupKey: r.DedupKey, OpenID: r.OpenID, Purpose: r.Purpose, Kind: r.Kind,
			Failure: r.Failure, PromptVersion: r.PromptVersion, Model: r.Model, Sources: src,
			Latency: time.Duration(r.LatencyMs) * time.Millisecond, PromptTokens: r.PromptTokens,
			CompletionTokens: r.CompletionTokens, Attempts: r.Attempts, FilterVerdict: r.FilterVerdict,
			JudgeVerdict: r.JudgeVerdict, Deferred: r.Deferred, CreatedAt: r.CreatedAt}
	}
	return out, nil
}
