package store

import "context"

// DeleteApplicant erases an applicant and everything stored about them — conversations,
// messages, profiles, queued messages and compliance hits — through the schema's cascading
// foreign keys (PIPL Art. 47: deletion on request or when consent is withdrawn), keeping only
// anonymous counts (EraseApplicant). The phrase audit trail and staff data are not personal
// data of the applicant and stay. ErrNotFound when the openid is unknown.
func (s *Store) DeleteApplicant(ctx context.Context, openID string) error {
	_, err := s.EraseApplicant(ctx, openID)
	return err
}
