// Package spool is loanbot's durable local queue for messages storage could not take. It lives
// in a directory on the instance's own disk: entries are appended to segment files and fsynced
// before Append returns, so a message the webhook accepted survives the database, Redis and the
// process dying together. Entries are sealed (AES-256-GCM) when a key is given, read back in
// order after a restart, and acknowledged one by one as they drain; fully drained segments are
// deleted. A torn or corrupt tail (a crash in the middle of a write) is cut off on open.
//
// One process owns a directory at a time (an exclusive flock on its LOCK file). OpenSlot picks
// a free numbered directory under a root, and Orphans finds the slots of instances that died
// with entries still pending, so a restarted or surviving instance drains them.
package spool

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// ErrLocked means another process (or another Spool in this one) owns the directory.
var ErrLocked = errors.New("spool: directory in use by another process")

// ErrClosed is returned by a Spool after Close.
var ErrClosed = errors.New("spool: closed")

// Entry is one spooled item. Group orders entries: Pending lists each group's entries in the
// order they were appended (the pipeline uses the applicant's openid).
type Entry struct {
	Seq   uint64
	Group string
	Data  []byte
}

// Options adjust Open.
type Options struct {
	Key         []byte // 32-byte AES key; nil stores data unsealed
	SegmentSize int64  // roll to a new segment past this many bytes; 0 = 4 MiB
}

// Spool is one spool directory. Safe for concurrent use.
type Spool struct {
	dir     string
	seal    *sealer
	maxSize int64
	lock    *os.File

	syncMu   sync.Mutex // one fsync at a time (group commit)
	mu       sync.Mutex
	durable  position // everything before it is fsynced
	closed   bool
	active   *os.File
	activeID uint64
	size     int64
	nextSeq  uint64
	pending  map[uint64]pendingEntry
	perSeg   map[uint64]int // segment id → pending entries in it
	groups   map[string]int // group → pending entries
	repaired int64          // bytes cut off corrupt tails when opened
}

type pendingEntry struct {
	Entry
	seg uint64
}

// Open opens (creating it if needed) the spool in dir, taking its lock, reading what is pending
// and cutting off a corrupt tail. ErrLocked means another owner holds it.
func Open(dir string, opt Options) (*Spool, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("spool: create %s: %w", dir, err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	s := &Spool{dir: dir, lock: lock, maxSize: opt.SegmentSize, pending: map[uint64]pendingEntry{},
		perSeg: map[uint64]int{}, groups: map[string]int{}}
	if s.maxSize <= 0 {
		s.maxSize = 4 << 20
	}
	if opt.Key != nil {
		if s.seal, err = newSealer(opt.Key); err != nil {
			_ = unlockDir(lock)
			return nil, err
		}
	}
	if err := s.load(); err != nil {
		_ = unlockDir(lock)
		return nil, err
	}
	return s, nil
}

// Dir is the spool's directory.
func (s *Spool) Dir() string { return s.dir }

// Repaired is how many bytes of corrupt or torn tail were cut off when the spool was opened.
func (s *Spool) Repaired() int64 { return s.repaired }

// Depth is how many entries are pending.
func (s *Spool) Depth() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Holds reports whether group has pending entries.
func (s *Spool) Holds(group string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.groups[group] > 0
}

// Pending returns the pending entries in the order they were appended.
func (s *Spool) Pending() []Entry {
	s.mu.Lock()
	out := make([]Entry, 0, len(s.pending))
	for _, p := range s.pending {
		out = append(out, p.Entry)
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Entry) int { return compareSeq(a.Seq, b.Seq) })
	return out
}

func compareSeq(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Close releases the directory. Pending entries stay on disk for the next owner.
func (s *Spool) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var errs []error
	if s.active != nil {
		errs = append(errs, s.active.Close())
	}
	errs = append(errs, unlockDir(s.lock))
	return errors.Join(errs...)
}

func (s *Spool) segPath(id uint64) string {
	return filepath.Join(s.dir, fmt.Sprintf("seg-%016d.log", id))
}
