package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/loanbot/loanbot/bot/extract"
	"github.com/loanbot/loanbot/compliance"
)

// checkCommand: `loanbot check [TEXT…]` prints one JSON verdict per text (arguments, or stdin lines).
func checkCommand(ctx context.Context, getenv func(string) string, io Stdio) *cobra.Command {
	var inbound, text, shipped bool
	cmd := &cobra.Command{
		Use:   "check [TEXT…]",
		Short: "Judge texts with the compliance filter (the configured phrase store); one JSON line each",
		RunE: func(_ *cobra.Command, args []string) error {
			f, done, err := checkFilter(ctx, getenv, io, shipped)
			if err != nil {
				return err
			}
			defer done()
			check := f.CheckOutbound
			if inbound {
				check = f.CheckInbound
			}
			if text {
				return explainLines(args, io, check)
			}
			return eachLine(args, io, func(text string) any { return newCheckLine(text, check(text)) })
		},
	}
	cmd.Flags().BoolVar(&inbound, "inbound", false, "judge as an applicant's message (reason flags) instead of an outgoing reply")
	cmd.Flags().BoolVar(&text, "explain", false, "print each verdict's explanation as text instead of JSON")
	cmd.Flags().BoolVar(&shipped, "shipped", false, "judge with the phrase pack and claim patterns this build ships, not the store's published version")
	return cmd
}

// checkFilter is the published filter of the configured store, or with shipped the embedded
// pack and claims (what a release brings; the store keeps what compliance staff published).
func checkFilter(ctx context.Context, getenv func(string) string, io Stdio, shipped bool) (*compliance.Filter, func(), error) {
	if shipped {
		pack, err := compliance.DefaultPack()
		if err != nil {
			return nil, nil, fmt.Errorf("shipped phrase pack: %w", err)
		}
		f, err := compliance.NewFilter(pack)
		return f, func() {}, err
	}
	a, err := cliApp(ctx, getenv, io)
	if err != nil {
		return nil, nil, err
	}
	if err := a.loadFilter(ctx); err != nil {
		a.Close()
		return nil, nil, err
	}
	return a.Filter, func() { _ = a.Close() }, nil
}

type checkLine struct {
	Text string `json:"text"`
	compliance.Verdict
	Explain string `json:"explain"` // the verdict for people: each hit's rule, what excused it, the sentence to rewrite
}

// newCheckLine prints empty lists as [] rather than null.
func newCheckLine(text string, v compliance.Verdict) checkLine {
	if v.Hits == nil {
		v.Hits = []compliance.Hit{}
	}
	if v.MissingDisclosures == nil {
		v.MissingDisclosures = []string{}
	}
	return checkLine{Text: text, Verdict: v, Explain: v.Explain(text)}
}

// explainLines prints the text and its verdict's explanation, a blank line between texts.
func explainLines(args []string, io Stdio, check func(string) compliance.Verdict) error {
	emit := func(text string) error {
		if _, err := fmt.Fprintf(io.Out, "%s\n%s\n\n", text, check(text).Explain(text)); err != nil {
			return fmt.Errorf("write result: %w", err)
		}
		return nil
	}
	if len(args) > 0 {
		return emit(strings.Join(args, " "))
	}
	return scanLines(io.In, emit)
}

// extractCommand: `loanbot extract TEXT` prints the slots and the intent the text states.
func extractCommand(io Stdio) *cobra.Command {
	var expecting string
	cmd := &cobra.Command{
		Use:   "extract [TEXT…]",
		Short: "Print the slots and intent a text states, as JSON (arguments, or stdin lines)",
		RunE: func(_ *cobra.Command, args []string) error {
			x := extract.New()
			return eachLine(args, io, func(text string) any {
				r := x.Extract(text, expecting)
				return extractLine{Slots: r.Slots, Tentative: r.Tentative, Intent: r.Intent, ProhibitedUse: r.ProhibitedUse, Signals: r.Signals}
			})
		},
	}
	cmd.Flags().StringVar(&expecting, "expecting", "", "the slot key the flow just asked for")
	return cmd
}

type extractLine struct {
	Slots         any      `json:"slots"`
	Tentative     any      `json:"tentative"` // approximate values (七八万), to be confirmed
	Intent        string   `json:"intent"`
	ProhibitedUse string   `json:"prohibited_use,omitempty"`
	Signals       []string `json:"signals,omitempty"`
}

// eachLine applies fn to each argument, or to each stdin line when there are none, printing JSON.
func eachLine(args []string, io Stdio, fn func(string) any) error {
	enc := json.NewEncoder(io.Out)
	enc.SetEscapeHTML(false)
	emit := func(text string) error {
		if err := enc.Encode(fn(text)); err != nil {
			return fmt.Errorf("write result: %w", err)
		}
		return nil
	}
	if len(args) > 0 {
		return emit(strings.Join(args, " "))
	}
	return scanLines(io.In, emit)
}

func scanLines(r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if line := strings.TrimRight(sc.Text(), "\r"); strings.TrimSpace(line) != "" {
			if err := fn(line); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}
