package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// phraseToRow validates p and converts it to a row stamped at now.
func phraseToRow(p Phrase, now time.Time) (phraseRow, error) {
	text := strings.TrimSpace(p.Text)
	if text == "" {
		return phraseRow{}, fmt.Errorf("%w: %w", errEmptyPhrase, ErrInvalid)
	}
	if len(text) > 191*4 || len([]rune(text)) > 191 {
		return phraseRow{}, fmt.Errorf("phrase text longer than 191 characters: %w", ErrInvalid)
	}
	var variants *string
	if len(p.Variants) > 0 {
		v := encodeFlags(p.Variants)
		variants = &v
	}
	return phraseRow{ID: p.ID, Text: text, Scope: p.Scope, Category: p.Category, Action: p.Action,
		Severity: p.Severity, Exceptions: encodeFlags(p.Exceptions), Variants: variants, Pinyin: p.Pinyin, Enabled: p.Enabled,
		Reason: truncate(p.Reason, 512), Version: p.Version, UpdatedBy: p.UpdatedBy,
		CreatedAt: now, UpdatedAt: now}, nil
}

func (r phraseRow) toPhrase() (Phrase, error) {
	exc, err := decodeFlags(r.Exceptions)
	if err != nil {
		return Phrase{}, fmt.Errorf("phrase %d exceptions: %w", r.ID, err)
	}
	var variants []string
	if r.Variants != nil {
		if variants, err = decodeFlags(*r.Variants); err != nil {
			return Phrase{}, fmt.Errorf("phrase %d variants: %w", r.ID, err)
		}
	}
	return Phrase{ID: r.ID, Text: r.Text, Category: r.Category, Action: r.Action, Severity: r.Severity,
		Scope: r.Scope, Exceptions: exc, Variants: variants, Pinyin: r.Pinyin, Enabled: r.Enabled,
		Reason: r.Reason, Version: r.Version, UpdatedBy: r.UpdatedBy, UpdatedAt: r.UpdatedAt.UTC()}, nil
}

// sameContent reports whether the editable fields are equal (version, author, times aside).
func (r phraseRow) sameContent(o phraseRow) bool {
	strip := func(p phraseRow) phraseRow {
		p.Version, p.UpdatedBy, p.CreatedAt, p.UpdatedAt, p.Variants = 0, "", time.Time{}, time.Time{}, nil
		return p
	}
	return strip(r) == strip(o) && deref(r.Variants) == deref(o.Variants)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// json is the audit snapshot of the phrase.
func (r phraseRow) json() string {
	p, _ := r.toPhrase() // the row was built from a valid phrase
	b, _ := json.Marshal(p)
	return string(b)
}
