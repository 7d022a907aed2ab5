package spool

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
)

var testKey = bytes.Repeat([]byte{7}, 32)

func mustOpen(t *testing.T, dir string, opt Options) *Spool {
	t.Helper()
	s, err := Open(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func mustAppend(t *testing.T, s *Spool, group, data string) uint64 {
	t.Helper()
	seq, err := s.Append(group, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return seq
}

func texts(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Group+"/"+string(e.Data))
	}
	return out
}

func TestAppendReopenDone(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"sealed", Options{Key: testKey}},
		{"plain", Options{}},
		{"tiny segments", Options{Key: testKey, SegmentSize: 64}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := mustOpen(t, dir, tt.opt)
			lines := []struct{ group, text string }{
				{"oA", "你好，我想贷款20万"}, {"oB", "３０万可以吗　期限３年"}, {"oA", "請問需要準備哪些材料？"},
				{"oB", "好的谢谢😊"}, {"oA", "什么时候能放款啊比较急"},
			}
			var seqs []uint64
			for _, l := range lines {
				seqs = append(seqs, mustAppend(t, s, l.group, l.text))
			}
			if err := s.Done(seqs[1]); err != nil {
				t.Fatal(err)
			}
			if s.Depth() != 4 || !s.Holds("oB") || s.Holds("oC") {
				t.Fatalf("depth %d, holds oB %v", s.Depth(), s.Holds("oB"))
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			r := mustOpen(t, dir, tt.opt)
			want := []string{"oA/你好，我想贷款20万", "oA/請問需要準備哪些材料？", "oB/好的谢谢😊", "oA/什么时候能放款啊比较急"}
			if got := texts(r.Pending()); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("after reopen %q, want %q", got, want)
			}
			next := mustAppend(t, r, "oC", "新消息")
			if next <= seqs[len(seqs)-1] {
				t.Fatalf("sequence went back: %d after %d", next, seqs[len(seqs)-1])
			}
			for _, e := range r.Pending() {
				if err := r.Done(e.Seq); err != nil {
					t.Fatal(err)
				}
			}
			if segs, _ := listSegments(dir); r.Depth() != 0 || len(segs) != 0 {
				t.Fatalf("drained spool keeps depth %d and segments %v", r.Depth(), segs)
			}
		})
	}
}

func TestSealedOnDisk(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, Options{Key: testKey})
	mustAppend(t, s, "oA", "月收入一万五，征信有逾期")
	segs, _ := listSegments(dir)
	b, err := os.ReadFile(s.segPath(segs[0]))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("月收入")) {
		t.Fatal("message text is stored in clear")
	}
	_ = s.Close()
	if _, err := Open(dir, Options{Key: bytes.Repeat([]byte{8}, 32)}); err != nil {
		t.Fatalf("a wrong key must not stop the instance: %v", err)
	}
}

func TestCorruptTailTolerated(t *testing.T) {
	tests := []struct {
		name   string
		damage func(b []byte) []byte
		want   int // entries still readable
	}{
		{"torn last record", func(b []byte) []byte { return b[:len(b)-5] }, 2},
		{"garbage after", func(b []byte) []byte { return append(b, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6) }, 3},
		{"flipped byte in last", func(b []byte) []byte { b[len(b)-2] ^= 0xff; return b }, 2},
		{"zeroed tail", func(b []byte) []byte { return append(b, make([]byte, 4096)...) }, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := mustOpen(t, dir, Options{Key: testKey})
			for _, text := range []string{"一", "二", "三"} {
				mustAppend(t, s, "oA", text)
			}
			_ = s.Close()
			segs, _ := listSegments(dir)
			path := s.segPath(segs[0])
			b, _ := os.ReadFile(path)
			if err := os.WriteFile(path, tt.damage(b), 0o600); err != nil {
				t.Fatal(err)
			}
			r := mustOpen(t, dir, Options{Key: testKey})
			if r.Depth() != tt.want || r.Repaired() == 0 {
				t.Fatalf("depth %d (want %d), repaired %d bytes", r.Depth(), tt.want, r.Repaired())
			}
			mustAppend(t, r, "oA", "四")
			_ = r.Close()
			again := mustOpen(t, dir, Options{Key: testKey})
			if again.Depth() != tt.want+1 || again.Repaired() != 0 {
				t.Fatalf("after repair and append: depth %d, repaired %d", again.Depth(), again.Repaired())
			}
		})
	}
}

func TestOneOwnerAndOrphans(t *testing.T) {
	root := t.TempDir()
	a, err := OpenSlot(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenSlot(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dir() == b.Dir() {
		t.Fatal("two owners of one slot")
	}
	if _, err := Open(a.Dir(), Options{}); !errors.Is(err, ErrLocked) {
		t.Fatalf("second open of a live slot: %v", err)
	}
	mustAppend(t, b, "oA", "你好")
	if orphans, err := Orphans(root, Options{}); err != nil || len(orphans) != 0 {
		t.Fatalf("live slots reported as orphans: %d %v", len(orphans), err)
	}
	_ = b.Close() // b's instance dies
	orphans, err := Orphans(root, Options{})
	if err != nil || len(orphans) != 1 || orphans[0].Dir() != b.Dir() || orphans[0].Depth() != 1 {
		t.Fatalf("orphans %v %v", orphans, err)
	}
	_ = orphans[0].Close()
	_ = a.Close()
}

// TestSurvivesKill appends from a child process that is then SIGKILLed: every entry Append
// acknowledged is there after.
func TestSurvivesKill(t *testing.T) {
	if dir := os.Getenv("SPOOL_TEST_CHILD"); dir != "" {
		s, err := Open(dir, Options{Key: testKey})
		if err != nil {
			os.Exit(3)
		}
		for i := 0; ; i++ {
			if _, err := s.Append("o"+strconv.Itoa(i%3), []byte("消息"+strconv.Itoa(i))); err != nil {
				os.Exit(4)
			}
			fmt.Println(i) // acknowledged
		}
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSurvivesKill$")
	cmd.Env = append(os.Environ(), "SPOOL_TEST_CHILD="+dir)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	acked := bytes.Count(out.Bytes(), []byte("\n"))
	if acked == 0 {
		t.Fatal("the child acknowledged nothing")
	}
	s := mustOpen(t, dir, Options{Key: testKey})
	if s.Depth() < acked {
		t.Fatalf("%d entries after the kill, %d were acknowledged", s.Depth(), acked)
	}
	for i, e := range s.Pending() {
		if string(e.Data) != "消息"+strconv.Itoa(i) {
			t.Fatalf("entry %d is %q", i, e.Data)
		}
	}
	t.Logf("%d acknowledged, %d found", acked, s.Depth())
}

func BenchmarkAppend(b *testing.B) {
	s, err := Open(b.TempDir(), Options{Key: testKey})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	msg := []byte(`{"OpenID":"oLoad0123456789abcdefghij","Text":"我在深圳上班，月收入一万五左右"}`)
	for b.Loop() {
		if _, err := s.Append("oA", msg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendParallel: concurrent appends share fsyncs.
func BenchmarkAppendParallel(b *testing.B) {
	s, err := Open(b.TempDir(), Options{Key: testKey})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	msg := []byte(`{"OpenID":"oLoad0123456789abcdefghij","Text":"我在深圳上班，月收入一万五左右"}`)
	b.SetParallelism(32)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Append("oA", msg); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// Concurrent appends (sharing fsyncs, rolling segments) all come back after a reopen.
func TestConcurrentAppends(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir, Options{Key: testKey, SegmentSize: 512})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 40 {
				if _, err := s.Append(fmt.Sprintf("o%d", g), []byte(fmt.Sprintf("第%d条", i))); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	_ = s.Close()
	r := mustOpen(t, dir, Options{Key: testKey})
	if r.Depth() != 320 {
		t.Fatalf("depth %d after reopen, want 320", r.Depth())
	}
	next := map[string]int{}
	for _, e := range r.Pending() { // each group's entries in the order they were appended
		if want := fmt.Sprintf("第%d条", next[e.Group]); string(e.Data) != want {
			t.Fatalf("%s: %q, want %q", e.Group, e.Data, want)
		}
		next[e.Group]++
	}
}
