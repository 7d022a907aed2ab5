package app

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loanbot/loanbot/internal/store"
)

// user add / passwd / disable against one SQLite database.
func TestUserCommands(t *testing.T) {
	env := map[string]string{"LOANBOT_DATABASE": "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db")}
	loanbot := func(stdin string, args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := Main(context.Background(), args, func(k string) string { return env[k] },
			Stdio{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
		return out.String(), err
	}
	if out, err := loanbot("很长的中文密码abc123\n", "user", "add", "--role", "agent", "--name", "李娜", "lina"); err != nil ||
		!strings.Contains(out, "created lina (role agent") || strings.Contains(out, "one-time") {
		t.Fatalf("add with a password from stdin: %q %v", out, err)
	}
	if _, err := loanbot("x\n", "user", "add", "--role", "boss", "wang"); err == nil {
		t.Fatal("an unknown role was accepted")
	}
	if _, err := loanbot("short\n", "user", "add", "wang"); err == nil {
		t.Fatal("a short password was accepted")
	}
	out, err := loanbot("", "user", "add", "--role", "admin", "wang")
	if err != nil || !strings.Contains(out, "one-time password") {
		t.Fatalf("add with a generated password: %q %v", out, err)
	}
	if _, err := loanbot("", "user", "add", "wang"); err == nil {
		t.Fatal("a duplicate username was accepted")
	}
	if out, err := loanbot("", "user", "passwd", "lina"); err != nil || !strings.Contains(out, "one-time password") {
		t.Fatalf("passwd: %q %v", out, err)
	}
	if out, err := loanbot("", "user", "disable", "lina"); err != nil || !strings.Contains(out, "lina disabled") {
		t.Fatalf("disable: %q %v", out, err)
	}
	err = withStore(context.Background(), func(k string) string { return env[k] }, Stdio{Err: &bytes.Buffer{}}, func(st *store.Store) error {
		acct, err := st.StaffByUsername(context.Background(), "lina")
		must, _ := st.MustChangePassword(context.Background(), "lina")
		if err != nil || !acct.Disabled || !must || acct.DisplayName != "李娜" {
			t.Fatalf("lina after the commands: %+v must-change %v %v", acct, must, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
