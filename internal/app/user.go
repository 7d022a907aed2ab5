package app

import (
	"bufio"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/console"
	"github.com/loanbot/loanbot/internal/store"
)

// userCommand manages console accounts: loanbot user add|disable|enable|passwd.
func userCommand(ctx context.Context, getenv func(string) string, io Stdio) *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Manage staff console accounts"}
	var role, display string
	add := &cobra.Command{
		Use:   "add --role agent|compliance|admin NAME",
		Short: "Create an account; the password is read from stdin, or generated and printed once",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return withStore(ctx, getenv, io, func(st *store.Store) error {
				password, hash, generated, err := newPassword(io)
				if err != nil {
					return err
				}
				name := display
				if name == "" {
					name = args[0]
				}
				acct, err := st.CreateStaff(ctx, store.Staff{Username: args[0], DisplayName: name, Role: role, PasswordHash: hash})
				if errors.Is(err, store.ErrConflict) {
					return fmt.Errorf("user %q exists already", args[0])
				}
				if err == nil && generated {
					err = st.SetPassword(ctx, args[0], hash, true)
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(io.Out, "created %s (role %s, adviser number %d)\n", acct.Username, acct.Role, acct.ID)
				printGenerated(io, generated, password)
				return nil
			})
		},
	}
	add.Flags().StringVar(&role, "role", store.RoleAgent, "agent | compliance | admin")
	add.Flags().StringVar(&display, "name", "", "display name (default: the username)")
	disable := &cobra.Command{Use: "disable NAME", Short: "Disable an account (its sessions end at their next request)",
		Args: cobra.ExactArgs(1), RunE: func(_ *cobra.Command, args []string) error {
			return setDisabled(ctx, getenv, io, args[0], true)
		}}
	enable := &cobra.Command{Use: "enable NAME", Short: "Enable a disabled account", Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return setDisabled(ctx, getenv, io, args[0], false) }}
	passwd := &cobra.Command{
		Use:   "passwd NAME",
		Short: "Set a password from stdin, or generate one (printed once; must be changed at the next login)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return withStore(ctx, getenv, io, func(st *store.Store) error {
				password, hash, generated, err := newPassword(io)
				if err != nil {
					return err
				}
				if err := st.SetPassword(ctx, args[0], hash, generated); err != nil {
					return err
				}
				fmt.Fprintf(io.Out, "password of %s changed\n", args[0])
				printGenerated(io, generated, password)
				return nil
			})
		},
	}
	cmd.AddCommand(add, disable, enable, passwd)
	return cmd
}

func setDisabled(ctx context.Context, getenv func(string) string, io Stdio, name string, disabled bool) error {
	return withStore(ctx, getenv, io, func(st *store.Store) error {
		if err := st.SetDisabled(ctx, name, disabled); err != nil {
			return err
		}
		state := "enabled"
		if disabled {
			state = "disabled"
		}
		fmt.Fprintf(io.Out, "%s %s\n", name, state)
		return nil
	})
}

// newPassword reads a password from stdin, or generates one, and hashes it.
func newPassword(io Stdio) (password, hash string, generated bool, err error) {
	password, generated, err = readPassword(io)
	if err != nil {
		return "", "", false, err
	}
	hash, err = console.HashPassword(password)
	return password, hash, generated, err
}

// withStore opens and migrates the configured database for one command.
func withStore(ctx context.Context, getenv func(string) string, io Stdio, fn func(*store.Store) error) error {
	a, err := cliApp(ctx, getenv, io)
	if err != nil {
		return err
	}
	defer a.Close()
	return fn(a.Store)
}

// cliApp reads the configuration and opens (and migrates) the configured database for one
// command; the caller closes it.
func cliApp(ctx context.Context, getenv func(string) string, io Stdio) (*App, error) {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return nil, err
	}
	a := &App{cfg: cfg, log: newLogger(io.Err)}
	if err := a.openStore(ctx); err != nil {
		_ = a.Close()
		return nil, err
	}
	return a, nil
}

// readPassword reads the first line of stdin; an interactive terminal or empty input gets a
// generated password instead.
func readPassword(io Stdio) (password string, generated bool, err error) {
	if io.In != nil && !isTerminal(io.In) {
		line, err := bufio.NewReader(io.In).ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line != "" {
			return line, false, nil
		}
		if err != nil && err.Error() != "EOF" {
			return "", false, fmt.Errorf("read password: %w", err)
		}
	}
	return rand.Text()[:16], true, nil
}

func printGenerated(io Stdio, generated bool, password string) {
	if generated {
		fmt.Fprintf(io.Out, "one-time password (shown once; it must be changed at the first login): %s\n", password)
	}
}
