package conversation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/loanbot/loanbot/internal/session"
	"github.com/loanbot/loanbot/internal/spool"
	"github.com/loanbot/loanbot/internal/store"
)

// SpoolQueue is a spool being drained (*spool.Spool).
type SpoolQueue interface {
	Pending() []spool.Entry
	Done(seq uint64) error
}

const (
	// drainParallel is how many applicants are drained at once.
	drainParallel = 4
	// drainLockWait bounds waiting for an applicant's lock while draining.
	drainLockWait = 10 * time.Second
	// answerWindow is how long after a message WeChat accepts 客服消息 to its sender (48 h),
	// less a margin for the outbox's own retries.
	answerWindow = 47 * time.Hour
)

// DrainSpool answers what q holds: each applicant's messages in the order they were sent, each
// exactly once (storage's unique dedup key; a Redis claim keeps two drains of one message apart),
// the answer through the outbox. An applicant's later messages wait while an earlier one fails.
// It returns how many entries were drained; err joins the failures (storage still down).
func (s *Service) DrainSpool(ctx context.Context, q SpoolQueue) (int, error) {
	groups, order := s.drainGroups(q)
	var (
		mu   sync.Mutex
		n    int
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, drainParallel)
	)
	for _, g := range order {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			done, err := s.drainGroup(ctx, q, groups[g])
			mu.Lock()
			n += done
			if err != nil {
				errs = append(errs, err)
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	return n, errors.Join(errs...)
}

type spooled struct {
	seq uint64
	in  Inbound
}

// drainGroups decodes the pending entries and groups them per applicant, each group in the
// order its messages were sent (then spooled). Unreadable entries are dropped.
func (s *Service) drainGroups(q SpoolQueue) (map[string][]spooled, []string) {
	groups := map[string][]spooled{}
	var order []string
	for _, e := range q.Pending() {
		var in Inbound
		if err := json.Unmarshal(e.Data, &in); err != nil || in.OpenID == "" {
			s.d.Log.Error("unreadable spool entry dropped", "seq", e.Seq, "err", err)
			_ = q.Done(e.Seq)
			spoolObserver(s.d.Observer).Drained("unreadable")
			continue
		}
		if _, ok := groups[in.OpenID]; !ok {
			order = append(order, in.OpenID)
		}
		groups[in.OpenID] = append(groups[in.OpenID], spooled{seq: e.Seq, in: in})
	}
	for _, g := range groups {
		slices.SortStableFunc(g, func(a, b spooled) int { return a.in.ReceivedAt.Compare(b.in.ReceivedAt) })
	}
	return groups, order
}

func (s *Service) drainGroup(ctx context.Context, q SpoolQueue, entries []spooled) (int, error) {
	for i, e := range entries {
		if ctx.Err() != nil {
			return i, ctx.Err()
		}
		result, err := s.replay(ctx, e.in)
		if err != nil {
			return i, fmt.Errorf("conversation: drain %s: %w", e.in.DedupKey, err)
		}
		if err := q.Done(e.seq); err != nil {
			return i, fmt.Errorf("conversation: acknowledge drained %s: %w", e.in.DedupKey, err)
		}
		spoolObserver(s.d.Observer).Drained(result)
	}
	return len(entries), nil
}

// replay runs one spooled message holding its applicant's lock, like Handle, under a claim of its
// own ("drain:") so that two instances that both spooled it do not both answer it.
func (s *Service) replay(ctx context.Context, in Inbound) (string, error) {
	claimCtx, cancel := context.WithTimeout(ctx, drainLockWait)
	defer cancel()
	state, _, lease, err := s.d.Sessions.ClaimLocked(claimCtx, "drain:"+in.DedupKey, claimTTL, "applicant:"+in.OpenID, lockTTL)
	switch {
	case err != nil && claimCtx.Err() != nil:
		return "", fmt.Errorf("wait for the applicant: %w", err)
	case err != nil: // the session store is down: storage's unique key still stops doubles
		return s.replayTurn(ctx, in)
	case state == session.ClaimDone:
		return "duplicate", nil
	case state == session.ClaimInFlight: // another instance spooled it too and drains it now
		if _, err := s.d.Sessions.WaitReply(claimCtx, "drain:"+in.DedupKey); err != nil {
			return "", fmt.Errorf("being drained by another instance: %w", err)
		}
		return "duplicate", nil
	}
	result, err := s.replayTurn(ctx, in)
	bg, cancelBg := context.WithTimeout(context.WithoutCancel(ctx), workTimeout)
	defer cancelBg()
	if err != nil {
		_ = lease.Release(bg)
		return "", err
	}
	if cerr := lease.Complete(bg, []byte(result), replyTTL); cerr != nil {
		s.d.Log.WarnContext(ctx, "complete drain claim", "err", cerr)
	}
	return result, nil
}

// replayTurn decides and stores the turn of a spooled message; every reply goes through the
// outbox (the passive answer was the holding line). A message storage already answered is left
// alone; one it kept alone gets its turn now. Past WeChat's 48-hour window the message is stored
// without an answer (WeChat would refuse it).
func (s *Service) replayTurn(ctx context.Context, in Inbound) (string, error) {
	work, cancel := context.WithTimeout(ctx, workTimeout)
	defer cancel()
	expired := s.d.Now().Sub(in.ReceivedAt) > answerWindow
	for attempt := 0; ; attempt++ {
		conv, err := s.conversation(work, in.OpenID)
		if err != nil {
			return "", err
		}
		t := s.turn(work, in, conv)
		if expired {
			t.texts = nil
		}
		late, stop := context.WithCancel(work)
		stop() // a spent context makes deliver queue every text for the outbox
		s.deliver(late, &t.outcome, t.texts)
		res, err := s.d.Store.SaveTurn(work, s.storedTurn(in, conv, t.outcome))
		switch {
		case errors.Is(err, store.ErrStale) && attempt == 0:
			continue
		case err != nil:
			return "", fmt.Errorf("store turn: %w", err)
		case res.Duplicate && len(res.Replies) > 0:
			return s.redeliver(work, in, res)
		case res.Duplicate:
			t.outcome.ConversationID, t.outcome.InboundID = res.Conversation.ID, res.MessageID
			if err := s.d.Store.SaveOutcome(work, t.outcome); err != nil {
				return "", fmt.Errorf("store outcome: %w", err)
			}
		default:
			t.outcome.ConversationID = res.Conversation.ID
		}
		s.after(work, t)
		if expired {
			return "expired", nil
		}
		return "answered", nil
	}
}

// unsentPassive is what the drain needs of a store that can tell which passive replies never
// went out (*store.Store).
type unsentPassive interface {
	UnsentPassive(ctx context.Context, key string) ([]string, error)
}

// redeliver handles a spooled message whose turn storage already has. The applicant got the
// holding line for it, so a passive reply stored with the turn (a write that committed although
// its connection died, or one answered after WeChat had hung up) never reached them: it is
// queued for the outbox, once. Replies already in the outbox go out on their own.
func (s *Service) redeliver(ctx context.Context, in Inbound, res store.TurnResult) (string, error) {
	st, ok := s.d.Store.(unsentPassive)
	if !ok {
		return "duplicate", nil
	}
	texts, err := st.UnsentPassive(ctx, in.DedupKey)
	if err != nil {
		return "", fmt.Errorf("stored replies: %w", err)
	}
	if len(texts) == 0 || s.d.Now().Sub(in.ReceivedAt) > answerWindow {
		return "duplicate", nil
	}
	o := store.Outcome{ConversationID: res.Conversation.ID, InboundID: res.MessageID, OpenID: in.OpenID}
	for _, t := range texts {
		o.Replies = append(o.Replies, store.Reply{Text: t, Sender: store.SenderBot, Verdict: store.VerdictAllow})
	}
	if err := s.d.Store.SaveOutcome(ctx, o); err != nil {
		return "", fmt.Errorf("queue the stored answer: %w", err)
	}
	s.d.Queued()
	return "redelivered", nil
}
