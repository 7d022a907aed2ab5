package store

import (
	"context"
	"testing"
)

func TestStaffAccounts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		hash := "$argon2id$v=19$m=65536,t=3,p=2$c2FsdA$aGFzaA"
		a, err := s.CreateStaff(ctx, Staff{Username: "wang.li", DisplayName: "王丽 👩‍💼", Role: RoleAgent, PasswordHash: hash})
		if err != nil || a.ID == 0 {
			t.Fatalf("CreateStaff = %+v, %v", a, err)
		}
		tests := []struct {
			name string
			st   Staff
			want error
		}{
			{"taken", Staff{Username: "wang.li", Role: RoleAdmin, PasswordHash: hash}, ErrConflict},
			{"bad role", Staff{Username: "x", Role: "root", PasswordHash: hash}, ErrInvalid},
			{"no hash", Staff{Username: "x", Role: RoleAgent}, ErrInvalid},
		}
		for _, tt := range tests {
			if _, err := s.CreateStaff(ctx, tt.st); !errorsIs(err, tt.want) {
				t.Errorf("%s: CreateStaff = %v, want %v", tt.name, err, tt.want)
			}
		}
		if err := s.UpdateStaff(ctx, Staff{Username: "wang.li", DisplayName: "王丽", Role: RoleCompliance}); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordLogin(ctx, "wang.li"); err != nil {
			t.Fatal(err)
		}
		got, err := s.StaffByUsername(ctx, "wang.li")
		if err != nil || got.Role != RoleCompliance || got.PasswordHash != hash || got.DisplayName != "王丽" || got.LastLoginAt == nil {
			t.Errorf("StaffByUsername = %+v, %v", got, err)
		}
		if _, err := s.StaffByUsername(ctx, "WANG.LI"); !errorsIs(err, ErrNotFound) {
			t.Errorf("usernames are exact: StaffByUsername(WANG.LI) = %v, want ErrNotFound", err)
		}
		if err := s.UpdateStaff(ctx, Staff{Username: "nobody", Role: RoleAgent}); !errorsIs(err, ErrNotFound) {
			t.Errorf("UpdateStaff(unknown) = %v, want ErrNotFound", err)
		}
		if all, err := s.ListStaff(ctx); err != nil || len(all) != 1 {
			t.Errorf("ListStaff = %+v, %v", all, err)
		}
	})
}
