package store

import (
	"context"
	"fmt"
)

// CountStaff returns how many accounts exist (the first start creates an admin when none).
func (s *Store) CountStaff(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.WithContext(ctx).Model(&staffRow{}).Count(&n).Error
	return n, wrapErr(err, "count staff")
}

// MustChangePassword reports whether the account must set a new password before anything else.
func (s *Store) MustChangePassword(ctx context.Context, username string) (bool, error) {
	var must []bool
	err := s.db.WithContext(ctx).Model(&staffRow{}).Where("username = ?", username).Pluck("must_change", &must).Error
	if err == nil && len(must) == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return false, fmt.Errorf("must-change of %q: %w", username, err)
	}
	return must[0], nil
}

// SetPassword replaces an account's password hash; mustChange makes the next login change it.
func (s *Store) SetPassword(ctx context.Context, username, hash string, mustChange bool) error {
	if hash == "" {
		return fmt.Errorf("set password of %q: empty hash: %w", username, ErrInvalid)
	}
	res := s.db.WithContext(ctx).Model(&staffRow{}).Where("username = ?", username).
		Updates(map[string]any{"password_hash": hash, "must_change": mustChange, "updated_at": s.clock()})
	if res.Error == nil && res.RowsAffected == 0 {
		res.Error = ErrNotFound
	}
	return wrapErr(res.Error, fmt.Sprintf("set password of %q", username))
}

// SetDisabled disables or enables an account.
func (s *Store) SetDisabled(ctx context.Context, username string, disabled bool) error {
	res := s.db.WithContext(ctx).Model(&staffRow{}).Where("username = ?", username).
		Updates(map[string]any{"disabled": disabled, "updated_at": s.clock()})
	if res.Error == nil && res.RowsAffected == 0 {
		res.Error = ErrNotFound
	}
	return wrapErr(res.Error, fmt.Sprintf("disable %q", username))
}
