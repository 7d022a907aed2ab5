package console

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/internal/store"
)

// service is what pages and the API share: every action on conversations and accounts.
type service struct {
	d      Deps
	lines  lines
	canned []Canned
	// dummy is a hash at the accounts' cost, compared against when an account does not exist so
	// that an unknown username takes as long to refuse as a wrong password.
	dummy []byte
}

// Event is what the console publishes on EventsChannel (the pipeline publishes the same shape).
type Event struct {
	ConversationID uint64   `json:"conversation_id"`
	Kind           string   `json:"kind"` // waiting | flagged | message | claimed | reply | handback | closed | note
	Flags          []string `json:"flags,omitempty"`
	By             string   `json:"by,omitempty"`
}

func (s *service) publish(ctx context.Context, e Event) {
	b, _ := json.Marshal(e) // plain fields always marshal
	if err := s.d.Sessions.Publish(ctx, EventsChannel, b); err != nil {
		s.d.Log.WarnContext(ctx, "console event not published", "err", err)
	}
}

func (s *service) audit(ctx context.Context, st Staff, action string, id uint64, detail, addr string) {
	if err := s.d.Store.AddAudit(ctx, store.Audit{Actor: st.Username, Action: action, ConversationID: id,
		Detail: detail, Address: addr}); err != nil {
		s.d.Log.ErrorContext(ctx, "console audit not recorded", "action", action, "conversation", id, "err", err)
	}
}

// login checks a username and password under the rate limits and returns the account.
func (s *service) login(ctx context.Context, username, password, addr string) (Staff, error) {
	username = strings.TrimSpace(username)
	if username == "" || password == "" || len(username) > 64 || len(password) > 128 {
		return Staff{}, errorf(http.StatusBadRequest, "请输入用户名和密码")
	}
	for _, key := range []struct {
		k string
		n int
	}{{"console:login:account:" + username, loginPerAccount}, {"console:login:addr:" + addr, loginPerAddress}} {
		ok, err := s.d.Sessions.Allow(ctx, key.k, key.n, loginWindow)
		if err != nil {
			return Staff{}, fmt.Errorf("login rate limit: %w", err)
		}
		if !ok {
			return Staff{}, errorf(http.StatusTooManyRequests, "登录尝试过多，请15分钟后再试")
		}
	}
	acct, err := s.d.Store.StaffByUsername(ctx, username)
	if errors.Is(err, store.ErrNotFound) {
		_ = bcrypt.CompareHashAndPassword(s.dummy, []byte(password))
		return Staff{}, errorf(http.StatusUnauthorized, "用户名或密码错误")
	}
	if err != nil {
		return Staff{}, err
	}
	if bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(password)) != nil || acct.Disabled {
		return Staff{}, errorf(http.StatusUnauthorized, "用户名或密码错误")
	}
	must, err := s.d.Store.MustChangePassword(ctx, username)
	if err != nil {
		return Staff{}, err
	}
	if err := s.d.Store.RecordLogin(ctx, username); err != nil {
		return Staff{}, err
	}
	st := Staff{ID: acct.ID, Username: acct.Username, Display: acct.DisplayName, Role: acct.Role, MustChange: must}
	s.audit(ctx, st, store.AuditLogin, 0, "", addr)
	return st, nil
}

// HashPassword is the bcrypt hash, at bcrypt's default cost, of a password the console accepts
// (at least 10 characters).
func HashPassword(password string) (string, error) {
	return HashPasswordCost(password, bcrypt.DefaultCost)
}

// HashPasswordCost is HashPassword at a given bcrypt cost, 0 meaning the default (tests use
// bcrypt.MinCost: the default cost takes seconds under the race detector).
func HashPasswordCost(password string, cost int) (string, error) {
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	if utf8.RuneCountInString(password) < minPasswordRunes {
		return "", errorf(http.StatusBadRequest, "密码至少需要%d个字符", minPasswordRunes)
	}
	if len(password) > 72 {
		return "", errorf(http.StatusBadRequest, "密码太长（最多72字节）")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), cost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// changePassword sets a new password after checking the current one.
func (s *service) changePassword(ctx context.Context, st Staff, current, next string) error {
	acct, err := s.d.Store.StaffByUsername(ctx, st.Username)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(current)) != nil {
		return errorf(http.StatusBadRequest, "当前密码不正确")
	}
	if next == current {
		return errorf(http.StatusBadRequest, "新密码不能与当前密码相同")
	}
	hash, err := HashPasswordCost(next, s.d.PasswordCost)
	if err != nil {
		return err
	}
	return s.d.Store.SetPassword(ctx, st.Username, hash, false)
}

// queueLimit is how many conversations one queue view lists, most urgent and longest waiting
// first (a 1366×768 screen shows about 15).
const queueLimit = 50

// queue lists conversations for the signed-in account.
func (s *service) queue(ctx context.Context, st Staff, filter string) ([]QueueLine, error) {
	if filter == "" {
		filter = store.QueueOpen
	}
	switch filter {
	case store.QueueWaiting, store.QueueAgent, store.QueueMine, store.QueueOpen, store.QueueClosed:
	default:
		return nil, errorf(http.StatusBadRequest, "state 只能是 waiting、agent、mine、open 或 closed")
	}
	items, err := s.d.Store.Queue(ctx, filter, st.Username, queueLimit)
	if err != nil {
		return nil, err
	}
	now := s.d.Now()
	out := make([]QueueLine, 0, len(items))
	for _, it := range items {
		out = append(out, queueLine(it, now))
	}
	return out, nil
}

// claim gives the conversation to the agent and tells the applicant who serves them.
func (s *service) claim(ctx context.Context, st Staff, id uint64, addr string) error {
	notice := s.lines.render(lineJoined, map[string]string{"agent": st.Number()})
	if _, err := s.d.Store.Claim(ctx, id, st.Username, notice); err != nil {
		if errors.Is(err, store.ErrHeld) {
			return errorf(http.StatusConflict, "该会话已由其他顾问接管")
		}
		return err
	}
	s.d.Kick()
	s.audit(ctx, st, store.AuditClaim, id, "", addr)
	s.publish(ctx, Event{ConversationID: id, Kind: "claimed", By: st.Username})
	return nil
}

// handBack returns the conversation to the bot and tells the applicant.
func (s *service) handBack(ctx context.Context, st Staff, id uint64, addr string) error {
	_, err := s.d.Store.HandBack(ctx, id, st.Username, st.Role == store.RoleAdmin, s.handBackNotice(ctx, id))
	if err != nil {
		return heldBySomeoneElse(err)
	}
	s.d.Kick()
	s.audit(ctx, st, store.AuditHandBack, id, "", addr)
	s.publish(ctx, Event{ConversationID: id, Kind: "handback", By: st.Username})
	return nil
}

// close closes the conversation.
func (s *service) close(ctx context.Context, st Staff, id uint64, addr string) error {
	if _, err := s.d.Store.CloseConversation(ctx, id, st.Username, st.Role == store.RoleAdmin, ""); err != nil {
		return heldBySomeoneElse(err)
	}
	s.audit(ctx, st, store.AuditClose, id, "", addr)
	s.publish(ctx, Event{ConversationID: id, Kind: "closed", By: st.Username})
	return nil
}

func heldBySomeoneElse(err error) error {
	if errors.Is(err, store.ErrHeld) {
		return errorf(http.StatusConflict, "该会话由其他顾问处理中，或已不在可操作的状态")
	}
	return err
}

// note stores a private note.
func (s *service) note(ctx context.Context, st Staff, id uint64, text, addr string) (store.Note, error) {
	if utf8.RuneCountInString(text) > maxReplyRunes {
		return store.Note{}, errorf(http.StatusBadRequest, "备注最多%d个字", maxReplyRunes)
	}
	n, err := s.d.Store.AddNote(ctx, id, st.Username, text)
	if errors.Is(err, store.ErrInvalid) {
		return n, errorf(http.StatusBadRequest, "备注不能为空")
	}
	if err != nil {
		return n, err
	}
	s.audit(ctx, st, store.AuditNote, id, fmt.Sprintf("note %d", n.ID), addr)
	s.publish(ctx, Event{ConversationID: id, Kind: "note", By: st.Username})
	return n, nil
}

// sweep tells waiting applicants when advisers are available: after ClaimWait without a claim,
// or at once outside working hours. Every instance sweeps; TellWaiting's conditional update
// tells each applicant once.
func (s *service) sweep(ctx context.Context) {
	tick := time.NewTicker(sweepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			s.sweepOnce(ctx)
		}
	}
}

const sweepEvery = 2 * time.Second

func (s *service) sweepOnce(ctx context.Context) {
	now := s.d.Now()
	cutoff, key := now.Add(-s.d.ClaimWait), lineWait
	if !s.d.Hours.Open(now) {
		cutoff, key = now.Add(time.Second), lineOffHours
	}
	ids, err := s.d.Store.Overdue(ctx, cutoff, 100)
	if err != nil {
		s.d.Log.WarnContext(ctx, "console sweep", "err", err)
		return
	}
	notice := s.lines.render(key, map[string]string{"hours": s.d.Hours.String()})
	told := false
	for _, id := range ids {
		ok, err := s.d.Store.TellWaiting(ctx, id, notice)
		if err != nil {
			s.d.Log.WarnContext(ctx, "console sweep", "conversation", id, "err", err)
			continue
		}
		told = told || ok
	}
	if told {
		s.d.Kick()
	}
}

// handBackNotice is the hand-back line, followed by the question the bot was waiting on (the
// bot resumes the pending step).
func (s *service) handBackNotice(ctx context.Context, id uint64) string {
	notice := s.lines.render(lineHandBack, nil)
	c, err := s.d.Store.Conversation(ctx, id)
	if err != nil {
		return notice
	}
	sum, err := bot.Summarize(c.EngineState)
	if err != nil || sum.Pending == "" {
		return notice
	}
	for _, step := range s.d.Knowledge.Flow.Steps {
		if step.Slot != sum.Pending || step.Ask == "" {
			continue
		}
		if q := s.lines.render(step.Ask, nil); q != "" {
			if again := s.lines.render("return_to_step", map[string]string{"question": q}); again != "" {
				return notice + "\n" + again
			}
		}
	}
	return notice
}
