package store

import (
	"context"
	"fmt"
)

// DeleteApplicant erases an applicant and everything stored about them — conversations,
// messages, profiles, queued messages and compliance hits — through the schema's cascading
// foreign keys (PIPL Art. 47: deletion on request or when consent is withdrawn). The phrase
// audit trail and staff data are not personal data of the applicant and stay. ErrNotFound
// when the openid is unknown.
func (s *Store) DeleteApplicant(ctx context.Context, openID string) error {
	defer s.seen.forget(openID)
	res := s.db.WithContext(ctx).Where("open_id = ?", openID).Delete(&applicantRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		res.Error = ErrNotFound
	}
	return wrapErr(res.Error, fmt.Sprintf("delete applicant %s", openID))
}
