package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/loanbot/loanbot/internal/config"
	"github.com/loanbot/loanbot/internal/server"
)

// Stdio are the command's standard streams.
type Stdio struct {
	In       io.Reader
	Out, Err io.Writer
}

// Main runs the loanbot command line with args (without the program name).
func Main(ctx context.Context, args []string, getenv func(string) string, io Stdio) error {
	root := &cobra.Command{
		Use:           "loanbot",
		Short:         "Backend of the loan-consultation WeChat official account",
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE:          func(cmd *cobra.Command, _ []string) error { return serve(ctx, getenv, io) },
	}
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.AddCommand(
		&cobra.Command{Use: "serve", Short: "Run the service (the default)", Args: cobra.NoArgs,
			RunE: func(*cobra.Command, []string) error { return serve(ctx, getenv, io) }},
		&cobra.Command{Use: "migrate", Short: "Apply database migrations and exit", Args: cobra.NoArgs,
			RunE: func(*cobra.Command, []string) error { return migrate(ctx, getenv, io) }},
		chatCommand(ctx, getenv, io),
		checkCommand(ctx, getenv, io),
		extractCommand(io),
		applicantCommand(ctx, getenv, io),
		userCommand(ctx, getenv, io),
		phrasesCommand(ctx, getenv, io),
	)
	return root.ExecuteContext(ctx)
}

func newLogger(w io.Writer) *slog.Logger {
	return slog.New(server.RequestIDHandler{Handler: slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})})
}

func serve(ctx context.Context, getenv func(string) string, io Stdio) error {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return err
	}
	log := newLogger(io.Err)
	if cfg.DevToken {
		log.Warn("LOANBOT_WECHAT_TOKEN not set: using the development token", "token", config.DevToken)
	}
	if limit, ok := memoryLimit(getenv); ok {
		debug.SetMemoryLimit(limit)
	}
	a, err := New(ctx, cfg, log, Options{})
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Serve(ctx)
}

// defaultMemoryLimit is the service's soft memory limit when GOMEMLIMIT is
// not set. The compiled phrase and claim sets leave startup garbage, and
// GOGC's headroom alone took the peak RSS of `bash scripts/load.sh` to
// 170–175 MB; with this limit the GC returns that memory first. The limit is
// a performance parameter too: when the live heap nears it the GC runs
// constantly (the fifth session's claim data put it there: CPU per request
// rose from ~0.9 ms to ~1.4 ms, and the limit went to 110 MiB). Since the
// class words' sets and the patterns' links were made compact (live heap
// after start 67.9 → 59.3 MB), 100 MiB costs no CPU against 110 MiB
// (627 against 645 µs per request) and keeps the peak RSS at ~141 MB
// (144 MB at 110 MiB); the peak is the startup's, the idle RSS.
const defaultMemoryLimit = 100 << 20

// memoryLimit returns the soft memory limit serve sets: none when GOMEMLIMIT
// is set (the runtime has applied it already).
func memoryLimit(getenv func(string) string) (int64, bool) {
	if getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	return defaultMemoryLimit, true
}

func migrate(ctx context.Context, getenv func(string) string, io Stdio) error {
	cfg, err := config.FromEnv(getenv)
	if err != nil {
		return err
	}
	log := newLogger(io.Err)
	a := &App{cfg: cfg, log: log}
	defer a.Close()
	if err := a.openStore(ctx); err != nil {
		return err
	}
	fmt.Fprintln(io.Out, "migrations applied to", a.Store.Dialect(), "database")
	return nil
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
