package phrasebook

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/loanbot/loanbot/internal/store"
)

// Audit returns the phrase audit trail matching f, newest first (read-only: nothing edits it).
func (b *Book) Audit(ctx context.Context, f store.PhraseAuditFilter) ([]store.PhraseAuditEntry, error) {
	return b.d.Store.PhraseAudit(ctx, f)
}

// AuditCSV writes the entries matching f (at most 5,000) as CSV, UTF-8 with a BOM.
func (b *Book) AuditCSV(ctx context.Context, w io.Writer, f store.PhraseAuditFilter) error {
	f.Limit = 5000
	entries, err := b.Audit(ctx, f)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "at", "by", "address", "action", "phrase_id", "version", "reason", "before", "after"})
	for _, e := range entries {
		_ = cw.Write([]string{strconv.FormatUint(e.ID, 10), e.At.Format(time.RFC3339), cell(e.By), e.Address, e.Action,
			strconv.FormatUint(e.PhraseID, 10), strconv.FormatUint(e.ListVersion, 10), cell(e.Reason), e.Before, e.After})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write audit csv: %w", err)
	}
	return nil
}

// cell keeps a spreadsheet from reading free text as a formula (=, +, -, @ first): the audit
// export is opened in Excel, and reasons are typed by people.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
