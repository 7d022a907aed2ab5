package compliance

import (
	"bytes"
	"fmt"
)

// Claims is a parsed, validated claim set (word classes, void words and the
// orders of classes that make a promise; the format of pack/claims.yaml). The
// zero value stands for the embedded default set. Claims is immutable and
// safe to share.
type Claims struct{ set *claimSet }

// ParseClaims reads and validates a claim set: an order naming an undefined or
// empty class, a class no claim uses, two claims with the same family/name, an
// unknown family or field, or YAML that does not parse give an error naming
// the item. The words themselves are checked when a filter compiles them. The
// embedded text itself gives the embedded set, whose class words are prepared
// once per process.
func ParseClaims(data []byte) (Claims, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Claims{}, fmt.Errorf("parse claim patterns: the text is empty")
	}
	if bytes.Equal(data, claimsYAML) { // the store's first version: the embedded set, prepared once for every compile
		if t, err := sharedTables(); err == nil {
			return Claims{set: t.claims}, nil
		}
	}
	cs, err := parseClaims(data)
	if err != nil {
		return Claims{}, err
	}
	return Claims{set: cs}, nil
}

// DefaultClaimsYAML returns a copy of the embedded claim set (pack/claims.yaml):
// what a fresh phrase list starts from.
func DefaultClaimsYAML() []byte { return bytes.Clone(claimsYAML) }

// Len is the number of claims in the set (of the default set for the zero value).
func (c Claims) Len() int {
	if c.set == nil {
		t, err := sharedTables()
		if err != nil {
			return 0
		}
		return len(t.claims.claims)
	}
	return len(c.set.claims)
}

// Option configures NewFilter and Replace.
type Option func(*filterOptions)

type filterOptions struct {
	claims *claimSet // nil = the embedded default
}

// WithClaims compiles the filter with this claim set instead of the embedded
// default (the zero Claims keeps the default).
func WithClaims(c Claims) Option {
	return func(o *filterOptions) { o.claims = c.set }
}

// claimsOf applies opts and returns the claim set to compile.
func claimsOf(t *tables, opts []Option) *claimSet {
	var o filterOptions
	for _, opt := range opts {
		opt(&o)
	}
	if o.claims == nil {
		return t.claims
	}
	return o.claims
}
