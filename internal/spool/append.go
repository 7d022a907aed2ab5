package spool

import (
	"fmt"
	"os"
)

// Append writes one entry and fsyncs it before returning its sequence number: when Append
// returns nil the entry survives a crash of the process or the machine. Concurrent appends share
// fsyncs (group commit).
func (s *Spool) Append(group string, data []byte) (uint64, error) {
	seq, at, err := s.appendRecord(group, data)
	if err != nil {
		return 0, err
	}
	if err := s.syncTo(at); err != nil {
		return 0, err
	}
	return seq, nil
}

// position is a place in the segments; durable is the furthest one fsynced.
type position struct {
	seg uint64
	off int64
}

func (p position) after(q position) bool { return p.seg > q.seg || (p.seg == q.seg && p.off > q.off) }

func (s *Spool) appendRecord(group string, data []byte) (uint64, position, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, position{}, ErrClosed
	}
	if err := s.ensureActive(); err != nil {
		return 0, position{}, err
	}
	stored := data
	if s.seal != nil {
		stored = s.seal.seal(group, data)
	}
	seq := s.nextSeq
	if err := s.write(record{kind: kindEntry, seq: seq, group: group, data: stored}.encode()); err != nil {
		return 0, position{}, err
	}
	at := position{s.activeID, s.size}
	s.nextSeq++
	s.pending[seq] = pendingEntry{Entry: Entry{Seq: seq, Group: group, Data: append([]byte(nil), data...)}, seg: s.activeID}
	s.perSeg[s.activeID]++
	s.groups[group]++
	if s.size >= s.maxSize {
		s.roll()
	}
	return seq, at, nil
}

// syncTo returns once everything up to at is fsynced. One caller at a time fsyncs; those that
// wrote meanwhile find their records covered by the next fsync, one for all of them.
func (s *Spool) syncTo(at position) error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.Lock()
	if !at.after(s.durable) {
		s.mu.Unlock()
		return nil
	}
	if s.active == nil || s.activeID != at.seg {
		s.mu.Unlock()
		return fmt.Errorf("spool: fsync: segment %d closed before it was synced", at.seg)
	}
	f, target := s.active, position{s.activeID, s.size}
	s.mu.Unlock()
	err := f.Sync()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !at.after(s.durable) { // a roll synced and closed the segment meanwhile
		return nil
	}
	if err != nil {
		return fmt.Errorf("spool: fsync: %w", err)
	}
	s.durable = target
	return nil
}

// Done acknowledges a drained entry. The acknowledgement is not fsynced: after a crash the entry
// may come back, and draining it again must be harmless (the pipeline's dedup key sees to it).
func (s *Spool) Done(seq uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	p, ok := s.pending[seq]
	if !ok {
		return nil
	}
	if err := s.ensureActive(); err != nil {
		return err
	}
	if err := s.write(record{kind: kindAck, seq: seq}.encode()); err != nil {
		return err
	}
	delete(s.pending, seq)
	s.perSeg[p.seg]--
	if s.groups[p.Group]--; s.groups[p.Group] <= 0 {
		delete(s.groups, p.Group)
	}
	return s.cleanup()
}

// write appends b to the active segment; on a failed write the segment is cut back so that no
// partial record stays in front of the next one.
func (s *Spool) write(b []byte) error {
	if _, err := s.active.Write(b); err != nil {
		_ = s.active.Truncate(s.size)
		_, _ = s.active.Seek(s.size, 0)
		return fmt.Errorf("spool: write: %w", err)
	}
	s.size += int64(len(b))
	return nil
}

// ensureActive opens a new segment when there is none, and makes its directory entry durable.
func (s *Spool) ensureActive() error {
	if s.active != nil {
		return nil
	}
	id := s.activeID + 1
	f, err := os.OpenFile(s.segPath(id), os.O_CREATE|os.O_EXCL|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("spool: new segment: %w", err)
	}
	if err := syncDir(s.dir); err != nil {
		f.Close()
		return err
	}
	s.active, s.activeID, s.size = f, id, 0
	s.perSeg[id] += 0
	return nil
}

// roll fsyncs and closes the active segment; the next write starts a new one.
func (s *Spool) roll() {
	if s.active != nil {
		if err := s.active.Sync(); err == nil {
			if end := (position{s.activeID, s.size}); end.after(s.durable) {
				s.durable = end
			}
		}
		_ = s.active.Close()
		s.active = nil
	}
}

// cleanup deletes drained segments: all of them when nothing is pending, otherwise the oldest
// ones whose entries are all acknowledged (their acknowledgements then refer only to entries in
// segments deleted with them).
func (s *Spool) cleanup() error {
	if len(s.pending) == 0 {
		s.roll()
	}
	for _, id := range s.segIDs() {
		if s.perSeg[id] > 0 || (id == s.activeID && s.active != nil) {
			break
		}
		if err := os.Remove(s.segPath(id)); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("spool: remove drained segment: %w", err)
		}
		delete(s.perSeg, id)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("spool: open dir: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("spool: fsync dir: %w", err)
	}
	return nil
}
