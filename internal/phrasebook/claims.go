package phrasebook

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/loanbot/loanbot/compliance"
	"github.com/loanbot/loanbot/internal/store"
)

// Claim patterns (word classes, void words and the orders of classes that make a promise;
// compliance's claims.yaml format) are edited like the phrases: into the draft with a reason,
// audited, published into the same version, rolled back with it. A stored '' is the embedded
// default set.

// maxClaimsText bounds a claim set (the embedded one is about 0.96 MB and grows with each
// blind round; the store keeps it in a LONGTEXT column).
const maxClaimsText = 4 << 20

// ClaimsDraft is the draft claim set beside the published one.
type ClaimsDraft struct {
	YAML      string     `json:"yaml"`
	Claims    int        `json:"claims"`            // claims in the draft set
	Published uint64     `json:"published_version"` // the newest version
	Pending   bool       `json:"pending"`           // the draft differs from it
	Diff      []DiffLine `json:"diff"`              // published → draft, changed lines with context
}

// claimsOption compiles a stored claim set into a filter option (” = the embedded default).
func claimsOption(yaml string) ([]compliance.Option, error) {
	if yaml == "" {
		return nil, nil
	}
	c, err := compliance.ParseClaims([]byte(yaml))
	if err != nil {
		return nil, err
	}
	return []compliance.Option{compliance.WithClaims(c)}, nil
}

// orDefault shows ” as the embedded set it stands for.
func orDefault(yaml string) string {
	if yaml == "" {
		return string(compliance.DefaultClaimsYAML())
	}
	return yaml
}

// Claims returns the draft claim set and its diff against the newest version.
func (b *Book) Claims(ctx context.Context) (ClaimsDraft, error) {
	draft, err := b.d.Store.DraftClaims(ctx)
	if err != nil {
		return ClaimsDraft{}, err
	}
	v, err := b.d.Store.LatestPhraseVersion(ctx)
	if err != nil {
		return ClaimsDraft{}, err
	}
	var pub store.PhraseVersion
	if v != 0 {
		if pub, _, err = b.d.Store.PhraseVersionPhrases(ctx, v); err != nil {
			return ClaimsDraft{}, err
		}
	}
	from, to := orDefault(pub.Claims), orDefault(draft)
	out := ClaimsDraft{YAML: to, Published: v, Pending: from != to, Diff: LineDiff(from, to, 2)}
	if c, err := compliance.ParseClaims([]byte(to)); err == nil {
		out.Claims = c.Len()
	}
	return out, nil
}

// EditClaims replaces the draft claim set. The set must parse, validate and compile with the
// draft phrases (the error says what is wrong); a reason is required.
func (b *Book) EditClaims(ctx context.Context, yaml, reason string, a Actor) (ClaimsDraft, error) {
	yaml = strings.ReplaceAll(yaml, "\r\n", "\n")
	switch {
	case strings.TrimSpace(reason) == "":
		return ClaimsDraft{}, Invalid("a reason is required")
	case !utf8.ValidString(yaml):
		return ClaimsDraft{}, Invalid("the claim patterns are not valid UTF-8")
	case len(yaml) > maxClaimsText:
		return ClaimsDraft{}, Invalid("the claim patterns are longer than %d bytes", maxClaimsText)
	}
	opts, err := claimsOption(yaml)
	if err != nil || strings.TrimSpace(yaml) == "" {
		if err == nil {
			_, err = compliance.ParseClaims([]byte(yaml))
		}
		return ClaimsDraft{}, Invalid("%v", err)
	}
	ps, err := b.d.Store.Phrases(ctx)
	if err != nil {
		return ClaimsDraft{}, err
	}
	if _, err := compliance.NewFilter(ToFilter(ps), opts...); err != nil {
		return ClaimsDraft{}, Invalid("the draft does not compile with these claim patterns: %v", err)
	}
	if _, err := b.d.Store.EditClaims(ctx, yaml, a.meta(reason)); err != nil {
		return ClaimsDraft{}, err
	}
	return b.Claims(ctx)
}
