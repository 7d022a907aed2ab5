package phrasebook

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/loanbot/loanbot/internal/store"
)

func TestParseCSVReport(t *testing.T) {
	in := "\ufefftext,category,action,scope,severity,exceptions,variants,pinyin,enabled,note\n" +
		"熊猫贷,F07,block,outbound,3,,,,,诈骗平台\n" +
		"ＶＩＰ　通道 ,F05,flag,outbound,,,,,,全角和空格\n" + // full-width and stray spaces
		"熊猫贷,F07,block,outbound,3,,,,,诈骗平台\n" + // exact duplicate: skipped
		"熊猫贷,F07,flag,outbound,2,,,,,\n" + // same key, other values: error
		" ,F07,block,,,,,,,\n" + // empty text
		"秒批卡,F99,block,,,,,,,\n" + // unknown family
		"包下款,F01,block,outbound,7,,,maybe,,\n" + // bad severity and pinyin
		",,,,,,,,,\n" // a blank row is not a phrase
	ps, rep, err := ParseCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[1].Text != "VIP通道" || ps[1].Severity != 2 || !ps[1].Enabled {
		t.Errorf("phrases = %+v", ps)
	}
	kinds := func(is []Issue) []string {
		var out []string
		for _, i := range is {
			out = append(out, i.Kind)
		}
		return out
	}
	if diff := cmp.Diff([]string{"conflict", "empty", "unknown_family", "invalid"}, kinds(rep.Errors)); diff != "" {
		t.Errorf("errors (-want +got):\n%s\n%+v", diff, rep.Errors)
	}
	if diff := cmp.Diff([]string{"normalised", "duplicate"}, kinds(rep.Warnings)); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if rep.Warnings[0].Before != "ＶＩＰ　通道 " || rep.Warnings[0].Line != 3 {
		t.Errorf("normalised warning = %+v", rep.Warnings[0])
	}
	if rep.Rows != 7 || rep.Valid != 2 {
		t.Errorf("rows %d valid %d, want 7 and 2", rep.Rows, rep.Valid)
	}
}

func TestImportExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openSQLite(t)
	b, _ := newBook(t, s)
	bad := "text,category,action\n熊猫贷,F99,block\n"
	if rep, err := b.Import(ctx, strings.NewReader(bad), "导入", false, staff); !errors.Is(err, ErrImport) || len(rep.Errors) != 1 {
		t.Fatalf("import with errors = %+v, %v", rep, err)
	}
	good := "text,category,action,note\n熊猫贷,F07,block,诈骗平台\nVIP通道,F05,flag,\n"
	rep, err := b.Import(ctx, strings.NewReader(good), "月度名单更新", false, staff)
	if err != nil || !rep.Applied || rep.Result.Created != 2 {
		t.Fatalf("Import = %+v, %v", rep, err)
	}
	var buf bytes.Buffer
	if err := b.Export(ctx, &buf, 0); err != nil {
		t.Fatal(err)
	}
	again, err := b.Import(ctx, bytes.NewReader(buf.Bytes()), "原样导回", false, staff)
	if err != nil || again.Result.Created != 0 || again.Result.Updated != 0 {
		t.Errorf("re-import of the export = %+v, %v", again.Result, err)
	}
	audit, _ := b.Audit(ctx, store.PhraseAuditFilter{Action: store.PhraseImported})
	if len(audit) != 2 || audit[0].Reason != "月度名单更新" || audit[0].Address != staff.Address {
		t.Errorf("import audit = %+v", audit)
	}
}

func TestMaskText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"我电话138 0013 8000，月入8000", "我电话*************，月入****"},
		{"年化12%，包过", "年化12%，包过"},
		{"身份证号110101199003071234", "身份证号******************"},
		{"没有数字的消息", "没有数字的消息"},
	} {
		if got := MaskText(tt.in); got != tt.want {
			t.Errorf("MaskText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
