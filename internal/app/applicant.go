package app

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

// applicantCommand: `loanbot applicant erase OPENID` — the applicant's rights over their data.
func applicantCommand(ctx context.Context, getenv func(string) string, io Stdio) *cobra.Command {
	cmd := &cobra.Command{Use: "applicant", Short: "Act on one applicant's personal data"}
	cmd.AddCommand(&cobra.Command{
		Use:   "erase OPENID",
		Short: "Erase an applicant at once (PIPL Art. 47): conversations, messages, profiles, outbox, hits; anonymous counts stay",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return eraseApplicant(ctx, getenv, io, args[0])
		},
	})
	return cmd
}

func eraseApplicant(ctx context.Context, getenv func(string) string, io Stdio, openID string) error {
	a, err := cliApp(ctx, getenv, io)
	if err != nil {
		return err
	}
	defer a.Close()
	r, err := a.Store.EraseApplicant(ctx, openID)
	if err != nil {
		return err
	}
	fmt.Fprintf(io.Out, "erased applicant %s: %d conversations, %d messages, %d profiles, %d outbox rows, %d compliance hits, %d drafts; anonymous counts kept\n",
		openID, r.Conversations, r.Messages, r.Profiles, r.Outbox, r.Hits, r.Drafts)
	return nil
}
