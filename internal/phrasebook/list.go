package phrasebook

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// ListFilter selects phrases of the draft; zero fields select everything.
type ListFilter struct {
	Query    string    // substring of the text, a variant, an exception or the note
	Category string    // family code
	Action   string    // block | flag
	Scope    string    // outbound | inbound | both
	Enabled  string    // "yes" | "no" | ""
	Since    time.Time // changed at or after
	State    string    // "changed" = differs from the published version (new or edited)
	Offset   int
	Limit    int // default 100, at most 1000
}

// Row is a phrase of the draft with how it stands against the published version.
type Row struct {
	store.Phrase
	State string `json:"state"` // published | new | changed
}

// Listing is one page of the draft and the draft's pending changes.
type Listing struct {
	Total     int     `json:"total"` // rows matching the filter (all pages)
	Rows      []Row   `json:"phrases"`
	Published uint64  `json:"published_version"`
	Pending   Changes `json:"pending"` // the draft against the published version
}

// List returns the phrases of the draft matching f.
func (b *Book) List(ctx context.Context, f ListFilter) (Listing, error) {
	draft, err := b.d.Store.Phrases(ctx)
	if err != nil {
		return Listing{}, err
	}
	v, pub, err := b.latest(ctx)
	if err != nil {
		return Listing{}, err
	}
	pending := Diff(pub, draft)
	state := map[uint64]string{}
	for _, p := range pending.Added {
		state[p.ID] = "new"
	}
	for _, c := range pending.Changed {
		state[c.After.ID] = "changed"
	}
	var rows []Row
	for _, p := range draft {
		r := Row{Phrase: p, State: state[p.ID]}
		if r.State == "" {
			r.State = "published"
		}
		if f.match(r) {
			rows = append(rows, r)
		}
	}
	out := Listing{Total: len(rows), Published: v, Pending: pending}
	out.Rows = page(rows, f.Offset, f.Limit)
	return out, nil
}

// latest returns the newest version's number and phrases (0, nil when none).
func (b *Book) latest(ctx context.Context) (uint64, []store.Phrase, error) {
	v, err := b.d.Store.LatestPhraseVersion(ctx)
	if err != nil || v == 0 {
		return 0, nil, err
	}
	_, ps, err := b.d.Store.PhraseVersionPhrases(ctx, v)
	return v, ps, err
}

func (f ListFilter) match(r Row) bool {
	switch {
	case f.Category != "" && !strings.EqualFold(r.Category, f.Category),
		f.Action != "" && r.Action != f.Action,
		f.Scope != "" && r.Scope != f.Scope,
		f.Enabled == "yes" && !r.Enabled,
		f.Enabled == "no" && r.Enabled,
		!f.Since.IsZero() && r.UpdatedAt.Before(f.Since),
		f.State == "changed" && r.State == "published":
		return false
	}
	return f.Query == "" || matchesQuery(r.Phrase, CleanText(f.Query))
}

func matchesQuery(p store.Phrase, q string) bool {
	if q == "" || strings.Contains(p.Text, q) || strings.Contains(p.Reason, q) {
		return true
	}
	return slices.ContainsFunc(append(slices.Clone(p.Variants), p.Exceptions...), func(s string) bool {
		return strings.Contains(s, q)
	})
}

func page[T any](rows []T, offset, limit int) []T {
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	offset = max(offset, 0)
	if offset >= len(rows) {
		return []T{}
	}
	return rows[offset:min(len(rows), offset+limit)]
}

// Change is one phrase that differs between two lists.
type Change struct {
	Before store.Phrase `json:"before"`
	After  store.Phrase `json:"after"`
	Fields []string     `json:"fields"` // which fields differ
}

// Changes is what turns list a into list b.
type Changes struct {
	Added   []store.Phrase `json:"added"`
	Removed []store.Phrase `json:"removed"`
	Changed []Change       `json:"changed"`
}

// Count is the number of phrases that differ.
func (c Changes) Count() int { return len(c.Added) + len(c.Removed) + len(c.Changed) }

// Diff compares two lists by phrase id (edits keep ids; a rollback restores them).
func Diff(a, b []store.Phrase) Changes {
	out := Changes{Added: []store.Phrase{}, Removed: []store.Phrase{}, Changed: []Change{}}
	before := make(map[uint64]store.Phrase, len(a))
	for _, p := range a {
		before[p.ID] = p
	}
	for _, p := range b {
		old, ok := before[p.ID]
		delete(before, p.ID)
		if !ok {
			out.Added = append(out.Added, p)
			continue
		}
		if fields := differing(old, p); len(fields) > 0 {
			out.Changed = append(out.Changed, Change{Before: old, After: p, Fields: fields})
		}
	}
	for _, p := range a {
		if _, gone := before[p.ID]; gone {
			out.Removed = append(out.Removed, p)
		}
	}
	return out
}

func differing(a, b store.Phrase) []string {
	var out []string
	add := func(name string, differ bool) {
		if differ {
			out = append(out, name)
		}
	}
	add("text", a.Text != b.Text)
	add("category", a.Category != b.Category)
	add("action", a.Action != b.Action)
	add("scope", a.Scope != b.Scope)
	add("severity", a.Severity != b.Severity)
	add("exceptions", !slices.Equal(a.Exceptions, b.Exceptions))
	add("variants", !slices.Equal(a.Variants, b.Variants))
	add("pinyin", a.Pinyin != b.Pinyin)
	add("enabled", a.Enabled != b.Enabled)
	add("note", a.Reason != b.Reason)
	return out
}
