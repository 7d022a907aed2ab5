package phrasebook

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/loanbot/loanbot/internal/store"
)

// csvHeader is the column order of an export; an import finds columns by name (any order;
// text, category and action are required, the rest optional).
var csvHeader = []string{"text", "category", "action", "scope", "severity", "exceptions", "variants", "pinyin", "enabled", "note"}

// listSep separates exceptions and variants inside one cell.
const listSep = "|"

// maxImportBytes bounds an uploaded CSV (10,000 phrases are about 1 MB).
const maxImportBytes = 8 << 20

// Issue is one remark of the validation report.
type Issue struct {
	Line    int    `json:"line"`
	Kind    string `json:"kind"` // empty | unknown_family | invalid | duplicate | conflict | normalised
	Text    string `json:"text"`
	Message string `json:"message"`
	Before  string `json:"before,omitempty"` // normalised: as written
}

// ImportReport is the validation report of a CSV import; nothing is written when it has errors.
type ImportReport struct {
	Rows     int                `json:"rows"`
	Valid    int                `json:"valid"`
	Errors   []Issue            `json:"errors"`
	Warnings []Issue            `json:"warnings"` // normalised values and exact duplicates (skipped)
	Applied  bool               `json:"applied"`
	Result   store.ImportResult `json:"result"`
}

// ErrImport: the CSV has errors; the report lists them and nothing was written.
var ErrImport = fmt.Errorf("the file has errors, nothing was imported: %w", store.ErrInvalid)

// Import validates a CSV and, when it has no errors and dryRun is false, upserts its rows into
// the draft (by text and scope) with reason in the audit trail.
func (b *Book) Import(ctx context.Context, r io.Reader, reason string, dryRun bool, a Actor) (ImportReport, error) {
	if strings.TrimSpace(reason) == "" && !dryRun {
		return ImportReport{}, Invalid("a reason is required")
	}
	ps, rep, err := ParseCSV(io.LimitReader(r, maxImportBytes))
	if err != nil {
		return rep, err
	}
	if len(rep.Errors) > 0 {
		return rep, ErrImport
	}
	if dryRun || len(ps) == 0 {
		return rep, nil
	}
	if err := b.keepNotes(ctx, ps); err != nil {
		return rep, err
	}
	if rep.Result, err = b.d.Store.ImportPhrases(ctx, ps, a.meta(reason)); err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	rep.Applied = true
	return rep, nil
}

// keepNotes gives rows without a note the note the phrase already has.
func (b *Book) keepNotes(ctx context.Context, ps []store.Phrase) error {
	draft, err := b.d.Store.Phrases(ctx)
	if err != nil {
		return err
	}
	notes := make(map[string]string, len(draft))
	for _, p := range draft {
		notes[p.Text+"\x00"+p.Scope] = p.Reason
	}
	for i := range ps {
		if ps[i].Reason == "" {
			ps[i].Reason = notes[ps[i].Text+"\x00"+ps[i].Scope]
		}
	}
	return nil
}

// ParseCSV reads and validates a phrase CSV (UTF-8, optional BOM, header row).
func ParseCSV(r io.Reader) ([]store.Phrase, ImportReport, error) {
	rep := ImportReport{Errors: []Issue{}, Warnings: []Issue{}}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, rep, Invalid("read the header row: %v", err)
	}
	cols, err := columns(head)
	if err != nil {
		return nil, rep, err
	}
	var out []store.Phrase
	seen := map[string]int{} // text+scope → index in out
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, rep, Invalid("line %d: %v", line, err)
		}
		if blank(rec) {
			continue // a trailing empty line is not a phrase
		}
		rep.Rows++
		p, ok := parseRow(rec, cols, line, &rep)
		if !ok {
			continue
		}
		k := p.Text + "\x00" + p.Scope
		if i, dup := seen[k]; dup {
			if len(differing(out[i], p)) == 0 {
				rep.Warnings = append(rep.Warnings, Issue{Line: line, Kind: "duplicate", Text: p.Text, Message: "与前面一行完全相同，已跳过 (same as an earlier row, skipped)"})
			} else {
				rep.Errors = append(rep.Errors, Issue{Line: line, Kind: "conflict", Text: p.Text, Message: "同一文本和范围出现两次且内容不同 (text and scope repeated with different values)"})
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, p)
	}
	rep.Valid = len(out)
	return out, rep, nil
}

func columns(head []string) (map[string]int, error) {
	cols := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if slices.Contains(csvHeader, h) {
			cols[h] = i
		}
	}
	for _, need := range []string{"text", "category", "action"} {
		if _, ok := cols[need]; !ok {
			return nil, Invalid("the header lacks column %q (columns: %s)", need, strings.Join(csvHeader, ","))
		}
	}
	return cols, nil
}

func blank(rec []string) bool {
	return !slices.ContainsFunc(rec, func(s string) bool { return strings.TrimSpace(s) != "" })
}

// parseRow turns one record into a phrase, reporting what was normalised and what is wrong.
func parseRow(rec []string, cols map[string]int, line int, rep *ImportReport) (store.Phrase, bool) {
	get := func(name string) string {
		if i, ok := cols[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	raw := strings.TrimPrefix(get("text"), "\ufeff")
	in := PhraseInput{Text: raw, Category: get("category"), Action: get("action"), Scope: get("scope"),
		Exceptions: splitList(get("exceptions")), Variants: splitList(get("variants")), Note: strings.TrimSpace(get("note"))}
	var bad []string
	in.Severity = parseInt(get("severity"), &bad)
	in.Pinyin = parseBool(get("pinyin"), false, &bad)
	in.Enabled = parseBool(get("enabled"), true, &bad)
	p := newPhrase(in)
	if p.Text != raw && p.Text != "" {
		rep.Warnings = append(rep.Warnings, Issue{Line: line, Kind: "normalised", Text: p.Text, Before: raw,
			Message: "全角字符或多余空格已规范化 (full-width characters or spaces normalised)"})
	}
	kind := "invalid"
	err := validate(p)
	switch {
	case p.Text == "":
		kind = "empty"
	case err != nil && strings.Contains(err.Error(), "unknown family"):
		kind = "unknown_family"
	}
	if err == nil && len(bad) > 0 {
		err = fmt.Errorf("%s", strings.Join(bad, "; "))
	}
	if err != nil {
		rep.Errors = append(rep.Errors, Issue{Line: line, Kind: kind, Text: p.Text,
			Message: strings.TrimSuffix(err.Error(), ": "+store.ErrInvalid.Error())})
		return p, false
	}
	return p, true
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Split(s, listSep)
}

func parseInt(s string, bad *[]string) int {
	if s = strings.TrimSpace(s); s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		*bad = append(*bad, fmt.Sprintf("severity %q is not a number", s))
	}
	return n
}

func parseBool(s string, def bool, bad *[]string) *bool {
	v := def
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
	case "1", "true", "yes", "y", "是", "启用":
		v = true
	case "0", "false", "no", "n", "否", "停用":
		v = false
	default:
		*bad = append(*bad, fmt.Sprintf("%q is not yes/no", s))
	}
	return &v
}

// Export writes the draft (version 0) or a published version as CSV, UTF-8 with a BOM (so
// spreadsheet programs read the Chinese correctly).
func (b *Book) Export(ctx context.Context, w io.Writer, version uint64) error {
	var ps []store.Phrase
	var err error
	if version == 0 {
		ps, err = b.d.Store.Phrases(ctx)
	} else {
		_, ps, err = b.d.Store.PhraseVersionPhrases(ctx, version)
	}
	if err != nil {
		return err
	}
	return WriteCSV(w, ps)
}

// WriteCSV writes phrases in the import format.
func WriteCSV(w io.Writer, ps []store.Phrase) error {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	cw := csv.NewWriter(&buf)
	_ = cw.Write(csvHeader)
	for _, p := range ps {
		_ = cw.Write([]string{p.Text, p.Category, p.Action, p.Scope, strconv.Itoa(p.Severity),
			strings.Join(p.Exceptions, listSep), strings.Join(p.Variants, listSep), strconv.FormatBool(p.Pinyin),
			strconv.FormatBool(p.Enabled), p.Reason})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
