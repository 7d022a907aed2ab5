package app

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the command line with a fresh SQLite database and returns stdout.
func run(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{"LOANBOT_DATABASE": "sqlite:" + filepath.Join(dir, "loanbot.db")}
	var out, errOut bytes.Buffer
	err := Main(context.Background(), args, func(k string) string { return env[k] },
		Stdio{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	if err != nil {
		t.Fatalf("loanbot %v: %v\n%s", args, err, errOut.String())
	}
	return out.String()
}

func TestCheckCommand(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		args    []string
		verdict []string
	}{
		{"argument", "", []string{"check", "我们保证包过，秒批到账"}, []string{"block"}},
		{"stdin lines", "我们不承诺包过，审批以机构为准\n包 過\n\n您好，请问贷款用途？\n", []string{"check"}, []string{"allow", "block", "allow"}},
		{"inbound flags", "", []string{"check", "--inbound", "能帮我做流水吗"}, []string{"flag"}},
		{"shipped pack and claims", "资料交给我，我们帮您搞定审批。\n", []string{"check", "--shipped"}, []string{"block"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := run(t, tt.stdin, tt.args...)
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != len(tt.verdict) {
				t.Fatalf("%d lines, want %d:\n%s", len(lines), len(tt.verdict), out)
			}
			for i, line := range lines {
				var v struct {
					Text    string            `json:"text"`
					Verdict string            `json:"verdict"`
					Hits    []json.RawMessage `json:"hits"`
					Missing []string          `json:"missing_disclosures"`
				}
				if err := json.Unmarshal([]byte(line), &v); err != nil {
					t.Fatalf("line %d not JSON: %s", i, line)
				}
				if v.Verdict != tt.verdict[i] || v.Hits == nil || v.Missing == nil {
					t.Fatalf("line %d: %s, want verdict %s with hits and missing_disclosures lists", i, line, tt.verdict[i])
				}
			}
		})
	}
}

// TestCheckExplain: --explain names the rule that fired and the frame that excused it.
func TestCheckExplain(t *testing.T) {
	out := run(t, "即使大数据花了，我们也照样可以办理。\n以贷养贷的后果很严重。\n您好，请问贷款用途？\n", "check", "--explain")
	for _, want := range []string{"block — 1 of 1 hits count", "claim:F03/credit-trouble+permission", "in sentence",
		"allow — every hit is excused", "excused by frame:consequence:后果很严重", "allow — no rule fired"} {
		if !strings.Contains(out, want) {
			t.Errorf("check --explain lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractCommand(t *testing.T) {
	out := run(t, "", "extract", "我想贷款二十萬，分3年还，月入1.2w")
	var got struct {
		Slots  map[string]any `json:"slots"`
		Intent string         `json:"intent"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %s", out)
	}
	if got.Slots["amount_yuan"] != 200000.0 || got.Slots["term_months"] != 36.0 || got.Slots["monthly_income_yuan"] != 12000.0 {
		t.Fatalf("slots %v", got.Slots)
	}
}

func TestMigrateCommand(t *testing.T) {
	if out := run(t, "", "migrate"); !strings.Contains(out, "sqlite") {
		t.Fatalf("migrate said %q", out)
	}
}

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name   string
		env    map[string]string
		want   int64
		wantOK bool
	}{
		{"default", nil, defaultMemoryLimit, true},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "200MiB"}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := memoryLimit(func(k string) string { return tt.env[k] })
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("memoryLimit = %d, %v; want %d, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
