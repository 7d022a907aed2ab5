package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// phrasesCLI runs loanbot against one database (dsn) and returns stdout and the error.
func phrasesCLI(t *testing.T, dsn string, args ...string) (string, error) {
	t.Helper()
	env := map[string]string{"LOANBOT_DATABASE": dsn, "USER": "hegui",
		"LOANBOT_DATA_KEY": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="}
	var out, errOut bytes.Buffer
	err := Main(context.Background(), args, func(k string) string { return env[k] }, Stdio{In: strings.NewReader(""), Out: &out, Err: &errOut})
	return out.String(), err
}

// import → report, publish behind the gate, check enforces it, export round-trips; on SQLite
// and on MariaDB.
func TestPhrasesCommand(t *testing.T) {
	for _, tc := range []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "loanbot.db") }},
		{"mysql", func(t *testing.T) string { return createMySQL(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dsn, dir := tc.dsn(t), t.TempDir()
			bad := filepath.Join(dir, "bad.csv")
			os.WriteFile(bad, []byte("text,category,action\n熊猫贷,F99,block\n,F07,block\n"), 0o600)
			out, err := phrasesCLI(t, dsn, "phrases", "import", bad, "--reason", "月度更新")
			if err == nil || !strings.Contains(out, "unknown_family") || !strings.Contains(out, "(empty)") {
				t.Fatalf("import of a bad file: %v\n%s", err, out)
			}
			good := filepath.Join(dir, "good.csv")
			os.WriteFile(good, []byte("\ufefftext,category,action,note\n熊猫贷 ,F07,block,诈骗平台\n"), 0o600)
			out, err = phrasesCLI(t, dsn, "phrases", "import", good, "--reason", "月度更新")
			if err != nil || !strings.Contains(out, "1 created") || !strings.Contains(out, `normalised "熊猫贷 " → "熊猫贷"`) {
				t.Fatalf("import: %v\n%s", err, out)
			}
			if out, err = phrasesCLI(t, dsn, "phrases", "publish", "--reason", "新增熊猫贷"); err != nil || !strings.Contains(out, "published version 2") {
				t.Fatalf("publish: %v\n%s", err, out)
			}
			if out, _ := phrasesCLI(t, dsn, "check", "关于熊猫贷的问题请咨询人工"); !strings.Contains(out, `"verdict":"block"`) {
				t.Errorf("check after publish: %s", out)
			}
			if out, _ = phrasesCLI(t, dsn, "phrases", "export", "-", "--version", "2"); !strings.Contains(out, "熊猫贷,F07,block,outbound,3") {
				t.Errorf("export: %.300s", out)
			}
			if out, err = phrasesCLI(t, dsn, "phrases", "rollback", "1", "--reason", "回滚"); err != nil || !strings.Contains(out, "version 3") {
				t.Errorf("rollback: %v %s", err, out)
			}
		})
	}
}
