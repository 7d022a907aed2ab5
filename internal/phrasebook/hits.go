package phrasebook

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// StatsFilter selects the hits of the statistics page.
type StatsFilter struct {
	Days     int // the last N days (UTC), default 30, at most 366
	Category string
	Phrase   string
}

// Series is the daily hit counts of one family or phrase.
type Series struct {
	Key    string `json:"key"`
	Label  string `json:"label"`
	Counts []int  `json:"counts"` // one per day of Stats.Days
	Total  int    `json:"total"`
}

// Stats is hits per family and per phrase, day by day.
type Stats struct {
	Days     []string `json:"days"` // YYYY-MM-DD, oldest first
	Total    int      `json:"total"`
	ByFamily []Series `json:"by_family"`
	ByPhrase []Series `json:"by_phrase"` // the 20 phrases with most hits
	SVG      string   `json:"-"`         // the chart (families), inline SVG
}

// Stats counts recorded hits per day, family and phrase.
func (b *Book) Stats(ctx context.Context, f StatsFilter) (Stats, error) {
	if f.Days <= 0 {
		f.Days = 30
	}
	f.Days = min(f.Days, 366)
	today := b.d.Now().UTC().Truncate(24 * time.Hour)
	since := today.AddDate(0, 0, -(f.Days - 1))
	counts, err := b.d.Store.HitCounts(ctx, store.HitFilter{Since: since, Category: f.Category, Phrase: f.Phrase})
	if err != nil {
		return Stats{}, err
	}
	st := Stats{}
	for d := since; !d.After(today); d = d.AddDate(0, 0, 1) {
		st.Days = append(st.Days, d.Format(time.DateOnly))
	}
	fam, phr := map[string]*Series{}, map[string]*Series{}
	for _, c := range counts {
		i := int(c.Day.Sub(since) / (24 * time.Hour))
		if i < 0 || i >= len(st.Days) {
			continue
		}
		st.Total += c.Count
		bump(fam, c.Category, familyLabel(c.Category), len(st.Days), i, c.Count)
		bump(phr, c.Phrase, c.Phrase+" ("+c.Category+")", len(st.Days), i, c.Count)
	}
	st.ByFamily = ranked(fam, 0)
	st.ByPhrase = ranked(phr, 20)
	st.SVG = chartSVG(st.Days, st.ByFamily)
	return st, nil
}

func familyLabel(code string) string {
	if name := compliance.CategoryName(code); name != "" {
		return code + " " + name
	}
	return code
}

func bump(m map[string]*Series, key, label string, days, i, n int) {
	s, ok := m[key]
	if !ok {
		s = &Series{Key: key, Label: label, Counts: make([]int, days)}
		m[key] = s
	}
	s.Counts[i] += n
	s.Total += n
}

func ranked(m map[string]*Series, limit int) []Series {
	out := make([]Series, 0, len(m))
	for _, s := range m {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Series) int {
		if a.Total != b.Total {
			return b.Total - a.Total
		}
		return strings.Compare(a.Key, b.Key)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// HitView is a recorded hit as the console lists it: the text masked.
type HitView struct {
	store.HitRecord
	Family string `json:"family"`
}

// Hits lists the newest hits of the filter, their texts masked.
func (b *Book) Hits(ctx context.Context, f StatsFilter, limit int) ([]HitView, error) {
	recs, err := b.d.Store.HitRecords(ctx, store.HitFilter{Category: f.Category, Phrase: f.Phrase, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]HitView, len(recs))
	for i, r := range recs {
		r.Text = MaskText(r.Text)
		out[i] = HitView{HitRecord: r, Family: compliance.CategoryName(r.Category)}
	}
	return out, nil
}

// MaskText hides what may be personal data in a message shown in lists: every run of three or
// more digits (phone numbers, ID numbers, amounts, account numbers) becomes ＊, and the text
// is cut to 200 characters.
func MaskText(s string) string {
	r := []rune(s)
	if len(r) > 200 {
		r = append(r[:200], '…')
	}
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && (unicode.IsDigit(r[j]) || j > i && (r[j] == ' ' || r[j] == '-') && j+1 < len(r) && unicode.IsDigit(r[j+1])) {
			j++
		}
		if digits(r[i:j]) >= 3 {
			for k := i; k < j; k++ {
				r[k] = '*'
			}
		}
		i = max(j, i+1)
	}
	return string(r)
}

func digits(r []rune) int {
	n := 0
	for _, c := range r {
		if unicode.IsDigit(c) {
			n++
		}
	}
	return n
}

// MarkFalsePositive puts a hit in the review queue (any staff role: agents mark from their
// conversation view).
func (b *Book) MarkFalsePositive(ctx context.Context, hitID uint64, note string, a Actor) (store.FalsePositive, error) {
	return b.d.Store.MarkFalsePositive(ctx, hitID, a.By, note)
}

// ReviewItem is a false-positive review with the hit's text, masked.
type ReviewItem struct {
	store.FalsePositive
	Text string `json:"text"`
}

// Reviews lists the false-positive reviews in status ("" = all).
func (b *Book) Reviews(ctx context.Context, status string) ([]ReviewItem, error) {
	fps, err := b.d.Store.FalsePositives(ctx, status, 200)
	if err != nil {
		return nil, err
	}
	out := make([]ReviewItem, len(fps))
	for i, fp := range fps {
		out[i] = ReviewItem{FalsePositive: fp}
		if rec, err := b.d.Store.HitRecordByID(ctx, fp.HitID); err == nil {
			out[i].Text = MaskText(rec.Text)
		} else {
			out[i].Text = "（消息已删除）"
		}
	}
	return out, nil
}

// Resolution closes a review: "exception" adds Exception to the phrase in the draft,
// "regression" saves Regression (the text staff wrote, with its expected verdict), "dismissed"
// only closes it.
type Resolution struct {
	Status     string           `json:"status"`
	Reason     string           `json:"reason"`
	Exception  string           `json:"exception,omitempty"`
	Regression store.Regression `json:"regression,omitempty"`
}

// Resolve applies a resolution to a review.
func (b *Book) Resolve(ctx context.Context, id uint64, res Resolution, a Actor) (store.FalsePositive, error) {
	fp, err := b.d.Store.FalsePositiveByID(ctx, id)
	if err != nil {
		return fp, err
	}
	if fp.Status != store.ReviewOpen {
		return fp, fmt.Errorf("review %d is %s: %w", id, fp.Status, store.ErrConflict)
	}
	switch res.Status {
	case store.ReviewException:
		err = b.addException(ctx, fp, res, a)
	case store.ReviewRegression:
		_, err = b.AddRegression(ctx, res.Regression, res.Reason, a)
	}
	if err != nil {
		return fp, err
	}
	return b.d.Store.ResolveFalsePositive(ctx, id, res.Status, a.meta(res.Reason))
}

func (b *Book) addException(ctx context.Context, fp store.FalsePositive, res Resolution, a Actor) error {
	exc := CleanText(res.Exception)
	if exc == "" {
		return Invalid("the exception is empty")
	}
	draft, err := b.d.Store.Phrases(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(draft, func(p store.Phrase) bool { return p.Text == fp.Phrase })
	if i < 0 {
		return Invalid("phrase %q is not in the draft", fp.Phrase)
	}
	p := draft[i]
	_, err = b.Update(ctx, p.ID, PhraseInput{Exceptions: append(slices.Clone(p.Exceptions), exc), Reason: res.Reason}, a)
	return err
}

// MarkConversationBlock puts the newest unreviewed block of a conversation in the review queue.
func (b *Book) MarkConversationBlock(ctx context.Context, conversationID uint64, note string, a Actor) (store.FalsePositive, error) {
	return b.d.Store.MarkLatestBlock(ctx, conversationID, a.By, note)
}
