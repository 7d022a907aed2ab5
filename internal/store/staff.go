package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Staff roles.
const (
	RoleAgent      = "agent"
	RoleCompliance = "compliance"
	RoleAdmin      = "admin"
)

// Staff is a console account. PasswordHash is produced and checked by the caller (the store
// never sees a password).
type Staff struct {
	ID           uint64
	Username     string
	DisplayName  string
	Role         string // agent | compliance | admin
	PasswordHash string
	Disabled     bool
	LastLoginAt  *time.Time
	CreatedAt    time.Time
}

func validRole(r string) bool { return r == RoleAgent || r == RoleCompliance || r == RoleAdmin }

// CreateStaff adds an account: ErrConflict when the username is taken, ErrInvalid for an empty
// username or hash or an unknown role.
func (s *Store) CreateStaff(ctx context.Context, st Staff) (Staff, error) {
	st.Username = strings.TrimSpace(st.Username)
	if st.Username == "" || st.PasswordHash == "" || !validRole(st.Role) {
		return Staff{}, fmt.Errorf("create staff %q (role %q): username, password hash and role are required: %w",
			st.Username, st.Role, ErrInvalid)
	}
	now := s.clock()
	r := staffRow{Username: st.Username, DisplayName: st.DisplayName, Role: st.Role,
		PasswordHash: st.PasswordHash, Disabled: st.Disabled, CreatedAt: now, UpdatedAt: now}
	if err := s.db.WithContext(ctx).Create(&r).Error; err != nil {
		if isDuplicate(err) {
			err = ErrConflict
		}
		return Staff{}, fmt.Errorf("create staff %q: %w", st.Username, err)
	}
	return r.toStaff(), nil
}

// StaffByUsername returns the account, or ErrNotFound.
func (s *Store) StaffByUsername(ctx context.Context, username string) (Staff, error) {
	var r staffRow
	if err := s.db.WithContext(ctx).Where("username = ?", username).Take(&r).Error; err != nil {
		return Staff{}, fmt.Errorf("load staff %q: %w", username, notFound(err))
	}
	return r.toStaff(), nil
}

// ListStaff returns every account by username.
func (s *Store) ListStaff(ctx context.Context) ([]Staff, error) {
	var rows []staffRow
	if err := s.db.WithContext(ctx).Order("username").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list staff: %w", err)
	}
	out := make([]Staff, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toStaff())
	}
	return out, nil
}

// UpdateStaff changes an account's display name, role, password hash (when not empty) and
// disabled flag; ErrNotFound for an unknown username.
func (s *Store) UpdateStaff(ctx context.Context, st Staff) error {
	if !validRole(st.Role) {
		return fmt.Errorf("update staff %q: role %q: %w", st.Username, st.Role, ErrInvalid)
	}
	set := map[string]any{"display_name": st.DisplayName, "role": st.Role, "disabled": st.Disabled,
		"updated_at": s.clock()}
	if st.PasswordHash != "" {
		set["password_hash"] = st.PasswordHash
	}
	res := s.db.WithContext(ctx).Model(&staffRow{}).Where("username = ?", st.Username).Updates(set)
	if res.Error == nil && res.RowsAffected == 0 {
		res.Error = ErrNotFound
	}
	return wrapErr(res.Error, fmt.Sprintf("update staff %q", st.Username))
}

// RecordLogin stamps the account's last login.
func (s *Store) RecordLogin(ctx context.Context, username string) error {
	now := s.clock()
	res := s.db.WithContext(ctx).Model(&staffRow{}).Where("username = ?", username).
		Updates(map[string]any{"last_login_at": now, "updated_at": now})
	if res.Error == nil && res.RowsAffected == 0 {
		res.Error = ErrNotFound
	}
	return wrapErr(res.Error, fmt.Sprintf("record login of %q", username))
}

func (r staffRow) toStaff() Staff {
	st := Staff{ID: r.ID, Username: r.Username, DisplayName: r.DisplayName, Role: r.Role,
		PasswordHash: r.PasswordHash, Disabled: r.Disabled, CreatedAt: r.CreatedAt.UTC()}
	if r.LastLoginAt != nil {
		t := r.LastLoginAt.UTC()
		st.LastLoginAt = &t
	}
	return st
}
