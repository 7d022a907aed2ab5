package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/loanbot/loanbot/internal/phrasebook"
	"github.com/loanbot/loanbot/internal/session"
)

// phrasesCommand administers the banned-phrase list from the command line: loanbot phrases
// import|export|publish|versions|rollback|seed-regressions. It works on whatever
// LOANBOT_DATABASE names (SQLite or MySQL) and announces publishes on LOANBOT_REDIS_URL.
func phrasesCommand(ctx context.Context, getenv func(string) string, io Stdio) *cobra.Command {
	cmd := &cobra.Command{Use: "phrases", Short: "Administer the banned-phrase list (draft, versions, CSV)"}
	var by string
	cmd.PersistentFlags().StringVar(&by, "by", "", "who makes the change (default $USER, or cli)")
	actor := func() phrasebook.Actor {
		name := by
		if name == "" {
			name = getenv("USER")
		}
		if name == "" {
			name = "cli"
		}
		return phrasebook.Actor{By: name, Address: "cli"}
	}
	run := func(fn func(*phrasebook.Book) error) error { return withPhrasebook(ctx, getenv, io, fn) }
	cmd.AddCommand(importCommand(run, actor, io), exportCommand(run, io), publishCommand(run, actor, io),
		versionsCommand(run, io), rollbackCommand(run, actor, io), seedRegressionsCommand(run, io))
	return cmd
}

func importCommand(run func(func(*phrasebook.Book) error) error, actor func() phrasebook.Actor, io Stdio) *cobra.Command {
	var reason string
	var dryRun, asJSON bool
	c := &cobra.Command{
		Use:   "import FILE --reason WHY",
		Short: "Validate a UTF-8 CSV and upsert its rows into the draft (by text and scope); prints the validation report",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			return run(func(b *phrasebook.Book) error {
				rep, err := b.Import(context.Background(), f, reason, dryRun, actor())
				printImportReport(io.Out, rep, asJSON)
				return err
			})
		},
	}
	c.Flags().StringVar(&reason, "reason", "", "why (required unless --dry-run; kept in the audit trail)")
	c.Flags().BoolVar(&dryRun, "dry-run", false, "only validate")
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return c
}

func printImportReport(w io.Writer, rep phrasebook.ImportReport, asJSON bool) {
	if asJSON {
		_ = json.NewEncoder(w).Encode(rep)
		return
	}
	for _, is := range rep.Errors {
		fmt.Fprintf(w, "line %d: error (%s) %q: %s\n", is.Line, is.Kind, is.Text, is.Message)
	}
	for _, is := range rep.Warnings {
		if is.Kind == "normalised" {
			fmt.Fprintf(w, "line %d: normalised %q → %q\n", is.Line, is.Before, is.Text)
			continue
		}
		fmt.Fprintf(w, "line %d: %s %q: %s\n", is.Line, is.Kind, is.Text, is.Message)
	}
	fmt.Fprintf(w, "%d rows, %d valid, %d errors, %d warnings", rep.Rows, rep.Valid, len(rep.Errors), len(rep.Warnings))
	if rep.Applied {
		fmt.Fprintf(w, "; draft: %d created, %d updated, %d unchanged (publish to enforce)", rep.Result.Created,
			rep.Result.Updated, rep.Result.Unchanged)
	}
	fmt.Fprintln(w)
}

func exportCommand(run func(func(*phrasebook.Book) error) error, io Stdio) *cobra.Command {
	var version uint64
	c := &cobra.Command{
		Use:   "export FILE",
		Short: "Write the draft (or --version N) as a UTF-8 CSV; FILE - is stdout",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return run(func(b *phrasebook.Book) error {
				if args[0] == "-" {
					return b.Export(context.Background(), io.Out, version)
				}
				f, err := os.Create(args[0])
				if err != nil {
					return err
				}
				if err := b.Export(context.Background(), f, version); err != nil {
					f.Close()
					return err
				}
				return f.Close()
			})
		},
	}
	c.Flags().Uint64Var(&version, "version", 0, "a published version instead of the draft")
	return c
}

func publishCommand(run func(func(*phrasebook.Book) error) error, actor func() phrasebook.Actor, io Stdio) *cobra.Command {
	var in phrasebook.PublishInput
	c := &cobra.Command{
		Use:   "publish --reason WHY [--confirm WHY]",
		Short: "Run the regression gate and publish the draft as the next version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			in.Confirm = in.ConfirmReason != ""
			return run(func(b *phrasebook.Book) error {
				res, err := b.Publish(context.Background(), in, actor())
				if rep, gated := phrasebook.IsGate(err); gated {
					for _, l := range rep.Changes {
						fmt.Fprintf(io.Out, "%-8s expected %-5s published %-5s draft %-5s %q\n", flipMark(l.Flip), l.Expect,
							l.Published, l.Draft, l.Text)
					}
				}
				if err != nil {
					return err
				}
				fmt.Fprintf(io.Out, "published version %d: %d added, %d removed, %d changed\n", res.Version,
					len(res.Changes.Added), len(res.Changes.Removed), len(res.Changes.Changed))
				return nil
			})
		},
	}
	c.Flags().StringVar(&in.Reason, "reason", "", "why (required)")
	c.Flags().StringVar(&in.ConfirmReason, "confirm", "", "accept flipped expected verdicts, with this reason")
	return c
}

func flipMark(flip bool) string {
	if flip {
		return "FLIP"
	}
	return "change"
}

func versionsCommand(run func(func(*phrasebook.Book) error) error, io Stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "versions",
		Short: "List the published versions, newest first",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return run(func(b *phrasebook.Book) error {
				vs, err := b.Versions(context.Background())
				for _, v := range vs {
					fmt.Fprintf(io.Out, "%d\t%s\t%s\t%s\t%d phrases\t%s\n", v.Version, v.At.Format("2006-01-02 15:04:05"), v.Kind,
						v.By, v.Phrases, v.Reason)
				}
				return err
			})
		},
	}
}

func rollbackCommand(run func(func(*phrasebook.Book) error) error, actor func() phrasebook.Actor, io Stdio) *cobra.Command {
	var reason string
	c := &cobra.Command{
		Use:   "rollback VERSION --reason WHY",
		Short: "Publish an old version again as the next version (the draft is reset to it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			to, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("version %q: %w", args[0], err)
			}
			return run(func(b *phrasebook.Book) error {
				res, err := b.Rollback(context.Background(), to, reason, actor())
				if err == nil {
					fmt.Fprintf(io.Out, "published version %d (= version %d)\n", res.Version, to)
				}
				return err
			})
		},
	}
	c.Flags().StringVar(&reason, "reason", "", "why (required)")
	return c
}

func seedRegressionsCommand(run func(func(*phrasebook.Book) error) error, io Stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "seed-regressions [DIR]",
		Short: "Fill an empty regression set from the compliance corpus (default compliance/testdata)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir := "compliance/testdata"
			if len(args) == 1 {
				dir = args[0]
			}
			return run(func(b *phrasebook.Book) error {
				n, err := b.SeedRegressions(context.Background(), os.DirFS(dir))
				if err == nil {
					fmt.Fprintf(io.Out, "%d regression lines added\n", n)
				}
				return err
			})
		},
	}
}

// withPhrasebook opens the store (migrated, with a published version) and, when Redis is
// configured, the session store to announce publishes, and runs fn.
func withPhrasebook(ctx context.Context, getenv func(string) string, io Stdio, fn func(*phrasebook.Book) error) error {
	a, err := cliApp(ctx, getenv, io)
	if err != nil {
		return err
	}
	defer a.Close()
	if _, err := phrasebook.EnsurePublished(ctx, a.Store); err != nil {
		return err
	}
	d := phrasebook.Deps{Store: a.Store, Log: a.log}
	if a.cfg.RedisURL != "" {
		s, err := session.Open(a.cfg.RedisURL, "loanbot:")
		if err != nil {
			return fmt.Errorf("LOANBOT_REDIS_URL: %w", err)
		}
		a.closers = append(a.closers, s.Close)
		d.Notify = s
	}
	b, err := phrasebook.New(d)
	if err != nil {
		return err
	}
	return explain(fn(b))
}

// explain turns the service's refusals into a sentence for the terminal.
func explain(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, phrasebook.ErrGate):
		return fmt.Errorf("the draft flips expected verdicts (FLIP lines above); rerun with --confirm WHY to publish anyway")
	case errors.Is(err, phrasebook.ErrImport):
		return fmt.Errorf("the file has errors (listed above); nothing was imported")
	}
	return err
}
