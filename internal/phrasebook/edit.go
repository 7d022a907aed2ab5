package phrasebook

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// PhraseInput is a create or an edit of one phrase. On an edit, empty strings and nil fields
// keep what the phrase has. Reason (why this change) is always required.
type PhraseInput struct {
	Text       string   `json:"text"`
	Category   string   `json:"category"` // family code, F01…F19 or I01…I03
	Action     string   `json:"action"`   // block | flag
	Scope      string   `json:"scope"`    // outbound | inbound | both
	Severity   int      `json:"severity,omitempty"`
	Exceptions []string `json:"exceptions,omitempty"`
	Variants   []string `json:"variants,omitempty"`
	Pinyin     *bool    `json:"pinyin,omitempty"`
	Enabled    *bool    `json:"enabled,omitempty"`
	Note       string   `json:"note,omitempty"` // the phrase's own explanation (default: the reason)
	Reason     string   `json:"reason"`
	Version    int      `json:"version,omitempty"` // the row version the editor saw (stale → 409)
}

// Actor is who makes a change and from where.
type Actor struct {
	By      string
	Address string
}

func (a Actor) meta(reason string) store.ChangeMeta {
	return store.ChangeMeta{By: a.By, Reason: strings.TrimSpace(reason), Address: a.Address}
}

// CleanText normalises a phrase text as typed or imported: full-width letters, digits and
// punctuation become half-width, and every space (also ideographic, zero-width, CR/LF) is
// removed — the matcher ignores them, and a stray one is a classic "never matches" row.
func CleanText(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
}

func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if c := CleanText(s); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// validate checks a phrase as the store and the filter will take it.
func validate(p store.Phrase) error {
	switch {
	case p.Text == "":
		return Invalid("the text is empty")
	case !utf8.ValidString(p.Text):
		return Invalid("the text is not valid UTF-8")
	case utf8.RuneCountInString(p.Text) > 191:
		return Invalid("the text is longer than 191 characters")
	case compliance.CategoryName(p.Category) == "":
		return Invalid("unknown family %q", p.Category)
	}
	if err := ToFilter([]store.Phrase{p})[0].Validate(); err != nil {
		return Invalid("%v", err)
	}
	return nil
}

// apply merges in onto p (a new phrase starts from defaults).
func (in PhraseInput) apply(p store.Phrase) store.Phrase {
	if in.Text != "" {
		p.Text = CleanText(in.Text)
	}
	set := func(dst *string, v string) {
		if v = strings.TrimSpace(v); v != "" {
			*dst = v
		}
	}
	set(&p.Category, strings.ToUpper(in.Category))
	set(&p.Action, strings.ToLower(in.Action))
	set(&p.Scope, strings.ToLower(in.Scope))
	set(&p.Reason, in.Note)
	if in.Severity != 0 {
		p.Severity = in.Severity
	}
	if in.Exceptions != nil {
		p.Exceptions = cleanList(in.Exceptions)
	}
	if in.Variants != nil {
		p.Variants = cleanList(in.Variants)
	}
	if in.Pinyin != nil {
		p.Pinyin = *in.Pinyin
	}
	if in.Enabled != nil {
		p.Enabled = *in.Enabled
	}
	return p
}

// newPhrase is the starting point of a create: enabled, outbound, severity by action.
func newPhrase(in PhraseInput) store.Phrase {
	p := in.apply(store.Phrase{Scope: string(compliance.Outbound), Enabled: true})
	if p.Severity == 0 {
		p.Severity = 2
		if p.Action == string(compliance.Block) {
			p.Severity = 3
		}
	}
	return p
}

// Create adds a phrase to the draft.
func (b *Book) Create(ctx context.Context, in PhraseInput, a Actor) (store.Phrase, error) {
	p := newPhrase(in)
	if err := validate(p); err != nil {
		return store.Phrase{}, err
	}
	saved, err := b.d.Store.EditPhrase(ctx, p, a.meta(in.Reason))
	if err != nil {
		return store.Phrase{}, fmt.Errorf("create phrase: %w", err)
	}
	return saved, nil
}

// Update edits a phrase of the draft.
func (b *Book) Update(ctx context.Context, id uint64, in PhraseInput, a Actor) (store.Phrase, error) {
	cur, err := b.d.Store.DraftPhrase(ctx, id)
	if err != nil {
		return store.Phrase{}, err
	}
	p := in.apply(cur)
	p.Version = in.Version
	if err := validate(p); err != nil {
		return store.Phrase{}, err
	}
	saved, err := b.d.Store.EditPhrase(ctx, p, a.meta(in.Reason))
	if err != nil {
		return store.Phrase{}, fmt.Errorf("update phrase %d: %w", id, err)
	}
	return saved, nil
}

// SetEnabled disables or re-enables a phrase in the draft.
func (b *Book) SetEnabled(ctx context.Context, id uint64, enabled bool, reason string, a Actor) (store.Phrase, error) {
	return b.Update(ctx, id, PhraseInput{Enabled: &enabled, Reason: reason}, a)
}

// Delete removes a phrase from the draft.
func (b *Book) Delete(ctx context.Context, id uint64, reason string, a Actor) error {
	if err := b.d.Store.DeletePhrase(ctx, id, a.meta(reason)); err != nil {
		return fmt.Errorf("delete phrase %d: %w", id, err)
	}
	return nil
}

// Phrase returns one phrase of the draft.
func (b *Book) Phrase(ctx context.Context, id uint64) (store.Phrase, error) {
	return b.d.Store.DraftPhrase(ctx, id)
}
