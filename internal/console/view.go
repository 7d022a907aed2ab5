package console

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/loanbot/loanbot/bot"
	"github.com/loanbot/loanbot/bot/screen"
	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// window is WeChat's customer-service window: 客服消息 may be sent for 48 hours after the
// applicant's last message.
const window = 48 * time.Hour

// ConversationView is everything the conversation page shows (and GET …/conversations/{id} returns).
type ConversationView struct {
	ID            uint64          `json:"id"`
	Applicant     string          `json:"applicant"`
	State         string          `json:"state"`
	StateLabel    string          `json:"state_label"`
	Agent         string          `json:"assigned_agent,omitempty"`
	Flags         []Flag          `json:"flags"`
	Grade         string          `json:"grade,omitempty"`
	GradeReasons  []ReasonView    `json:"grade_reasons"`
	Summary       string          `json:"summary"`
	Handoff       string          `json:"handoff_reason,omitempty"`
	Pending       string          `json:"pending,omitempty"`
	Profile       []Field         `json:"profile"`
	Tentative     []Field         `json:"tentative"`
	Warnings      []bot.Warning   `json:"warnings"`
	Matched       []ProductView   `json:"products_matched"`
	Excluded      []ProductView   `json:"products_excluded"`
	Messages      []MessageView   `json:"messages"`
	Hits          []HitView       `json:"hits"`
	Notes         []store.Note    `json:"notes"`
	LastInbound   time.Time       `json:"last_inbound,omitzero"`
	WindowEnds    time.Time       `json:"window_ends,omitzero"`
	WindowOpen    bool            `json:"window_open"`
	Can           map[string]bool `json:"can"` // claim, reply, handback, close, reveal
	Canned        []Canned        `json:"canned"`
	Version       uint64          `json:"version"`
	SummaryFailed bool            `json:"-"`
}

// ReasonView is one pre-screen finding.
type ReasonView struct {
	Code   string `json:"code"`
	Grade  string `json:"grade"`
	Text   string `json:"text"`
	Detail string `json:"detail,omitempty"`
}

// ProductView is a product checked against the profile, with why it fits or not.
type ProductView struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Lender string   `json:"lender"`
	Why    []string `json:"why"`
}

// MessageView is one line of the transcript.
type MessageView struct {
	ID          uint64    `json:"id"`
	Sender      string    `json:"sender"`
	SenderLabel string    `json:"sender_label"`
	Text        string    `json:"text"`
	Verdict     string    `json:"verdict,omitempty"`
	Blocked     bool      `json:"blocked,omitempty"`
	Segments    []Segment `json:"segments,omitempty"`    // blocked drafts: the text cut at the hits
	HitPhrases  []string  `json:"hit_phrases,omitempty"` // compliance hits recorded on this message
	At          time.Time `json:"at"`
}

// Segment is a piece of a blocked text; Hit marks a banned phrase, Why says which rule.
type Segment struct {
	Text string `json:"text"`
	Hit  bool   `json:"hit,omitempty"`
	Why  string `json:"why,omitempty"`
}

// HitView is a recorded compliance hit.
type HitView struct {
	Direction string    `json:"direction"`
	Phrase    string    `json:"phrase"`
	Category  string    `json:"category"`
	Name      string    `json:"category_name"`
	Action    string    `json:"action"`
	At        time.Time `json:"at"`
}

// view assembles the conversation page.
func (s *service) view(ctx context.Context, st Staff, id uint64, reveal bool) (ConversationView, error) {
	c, err := s.d.Store.Conversation(ctx, id)
	if err != nil {
		return ConversationView{}, err
	}
	v := ConversationView{ID: c.ID, Applicant: maskID(c.OpenID), State: c.State, StateLabel: stateLabels[c.State],
		Agent: c.AssignedAgent, Flags: flagsOf(c.FlagReasons), Grade: c.Grade, Version: c.Version, Canned: s.canned}
	if err := s.fillTranscript(ctx, &v); err != nil {
		return v, err
	}
	s.fillSummary(&v, c, reveal)
	now := s.d.Now()
	if v.LastInbound, err = s.d.Store.LastInbound(ctx, id); err != nil {
		return v, err
	}
	if !v.LastInbound.IsZero() {
		v.WindowEnds = v.LastInbound.Add(window)
		v.WindowOpen = now.Before(v.WindowEnds)
	}
	mine := c.State == store.StateAgent && c.AssignedAgent == st.Username
	admin := st.Role == store.RoleAdmin
	v.Can = map[string]bool{
		"claim":    c.State == store.StateWaiting || (c.State == store.StateBot && len(c.FlagReasons) > 0),
		"reply":    mine && v.WindowOpen,
		"note":     true,
		"handback": mine || (admin && (c.State == store.StateAgent || c.State == store.StateWaiting)),
		"close":    c.State != store.StateClosed && (c.State != store.StateAgent || mine || admin),
		"reveal":   admin && !reveal,
		"suggest":  mine && v.WindowOpen && s.d.Copilot != nil,
	}
	return v, nil
}

func (s *service) fillTranscript(ctx context.Context, v *ConversationView) error {
	msgs, err := s.d.Store.Messages(ctx, v.ID)
	if err != nil {
		return err
	}
	hits, err := s.d.Store.Hits(ctx, v.ID)
	if err != nil {
		return err
	}
	marked := map[uint64][]string{} // message id → the phrases it hit (inbound hits name their message)
	for _, h := range hits {
		v.Hits = append(v.Hits, HitView{Direction: h.Direction, Phrase: h.Phrase, Category: h.Category,
			Name: compliance.CategoryName(h.Category), Action: h.Action, At: h.CreatedAt})
		if h.MessageID != nil {
			marked[*h.MessageID] = append(marked[*h.MessageID], h.Phrase)
		}
	}
	for _, m := range msgs {
		mv := MessageView{ID: m.ID, Sender: m.Sender, SenderLabel: senderLabels[m.Sender], Text: m.Text,
			Verdict: m.Verdict, Blocked: m.Verdict == store.VerdictBlock, HitPhrases: marked[m.ID], At: m.CreatedAt}
		if mv.Blocked {
			mv.Segments = segments(m.Text, s.d.Filter.CheckOutbound(m.Text))
		}
		v.Messages = append(v.Messages, mv)
	}
	v.Notes, err = s.d.Store.Notes(ctx, v.ID)
	return err
}

// fillSummary reads the engine's hand-off summary and recomputes the grade and product fit
// from the stated slots.
func (s *service) fillSummary(v *ConversationView, c store.Conversation, reveal bool) {
	sum, err := bot.Summarize(c.EngineState)
	if err != nil {
		v.SummaryFailed = true
		return
	}
	v.Summary, v.Handoff, v.Pending, v.Warnings = sum.Text, sum.Handoff, sum.Pending, sum.Warnings
	v.Profile, v.Tentative = fields(sum.Slots, reveal), fields(sum.Tentative, reveal)
	if v.Grade == "" {
		v.Grade = sum.Grade
	}
	res := screen.Prescreen(sum.Slots, s.d.Now())
	for _, r := range res.Reasons {
		v.GradeReasons = append(v.GradeReasons, ReasonView{Code: r.Code, Grade: string(r.Grade), Text: r.Text, Detail: r.Detail})
	}
	m := screen.Match(sum.Slots, s.d.Knowledge.Products)
	for _, c := range m.Eligible {
		v.Matched = append(v.Matched, ProductView{ID: c.Product.ID, Name: c.Product.Name, Lender: c.Product.Lender, Why: c.Fits})
	}
	for _, c := range m.Excluded {
		pv := ProductView{ID: c.Product.ID, Name: c.Product.Name, Lender: c.Product.Lender}
		for _, miss := range c.Misses {
			pv.Why = append(pv.Why, miss.Text)
		}
		v.Excluded = append(v.Excluded, pv)
	}
}

// segments cuts text at the counted hits of a verdict.
func segments(text string, v compliance.Verdict) []Segment {
	runes := []rune(text)
	var out []Segment
	at := 0
	for _, h := range v.Counted() {
		if h.Start < at || h.End > len(runes) || h.Start >= h.End {
			continue
		}
		if h.Start > at {
			out = append(out, Segment{Text: string(runes[at:h.Start])})
		}
		out = append(out, Segment{Text: string(runes[h.Start:h.End]), Hit: true, Why: whyOf(h)})
		at = h.End
	}
	if at < len(runes) {
		out = append(out, Segment{Text: string(runes[at:])})
	}
	return out
}

func whyOf(h compliance.Hit) string {
	name := compliance.CategoryName(h.Category)
	if name == "" {
		name = h.Category
	}
	return name + "（规则 " + h.Rule + "）"
}

// reveal returns the unmasked profile (admins only; audited).
func (s *service) reveal(ctx context.Context, st Staff, id uint64, addr string) ([]Field, error) {
	if st.Role != store.RoleAdmin {
		return nil, errorf(http.StatusForbidden, "只有管理员可以查看完整个人信息")
	}
	c, err := s.d.Store.Conversation(ctx, id)
	if err != nil {
		return nil, err
	}
	sum, err := bot.Summarize(c.EngineState)
	if err != nil {
		return nil, errors.Join(errorf(http.StatusInternalServerError, "无法读取会话资料"), err)
	}
	s.audit(ctx, st, store.AuditReveal, id, "profile", addr)
	return append(fields(sum.Slots, true), fields(sum.Tentative, true)...), nil
}
