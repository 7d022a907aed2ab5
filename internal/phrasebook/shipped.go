package phrasebook

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/loanbot/loanbot/internal/store"
)

// OfferShippedClaims brings the claim patterns shipped with a release to compliance staff: when
// shipped differs from the newest published set and the draft holds no pending claim edit, it
// becomes the draft claim set, signed by the system with a reason naming its digest. Staff then
// see the diff in the console and publish it through the regression gate like their own edits,
// or put the draft back. Each shipped text is offered once (the audit trail remembers the
// digest), so a discarded offer does not return at the next start. Reports whether the draft
// was written.
func OfferShippedClaims(ctx context.Context, s *store.Store, shipped []byte) (bool, error) {
	v, err := s.LatestPhraseVersion(ctx)
	if err != nil || v == 0 {
		return false, err
	}
	pub, _, err := s.PhraseVersionPhrases(ctx, v)
	if err != nil {
		return false, err
	}
	draft, err := s.DraftClaims(ctx)
	if err != nil {
		return false, err
	}
	text := string(shipped)
	if orDefault(pub.Claims) == text || orDefault(draft) != orDefault(pub.Claims) {
		return false, nil // nothing new, or staff are editing the claims: never overwrite their draft
	}
	mark := shippedMark(shipped)
	if done, err := offeredBefore(ctx, s, store.PhraseClaimsEdited, mark); err != nil || done {
		return false, err
	}
	reason := "随新版本发布的声明规则，待合规审核后发布 (claim patterns shipped with this release, " + mark + ")"
	changed, err := s.EditClaims(ctx, text, systemActor.meta(reason))
	if err != nil {
		return false, fmt.Errorf("offer the shipped claim patterns: %w", err)
	}
	return changed, nil
}

// shippedMark names a shipped claim set in the audit trail.
func shippedMark(shipped []byte) string {
	sum := sha256.Sum256(shipped)
	return "shipped sha256:" + hex.EncodeToString(sum[:6])
}
