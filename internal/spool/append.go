package spool

import (
	"fmt"
	"os"
)

// Append writes one entry and fsyncs it before returning its sequence number: when Append
// returns nil the entry survives a crash of the process or the machine.
func (s *Spool) Append(group string, data []byte) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, ErrClosed
	}
	if err := s.ensureActive(); err != nil {
		return 0, err
	}
	stored := data
	if s.seal != nil {
		stored = s.seal.seal(group, data)
	}
	seq := s.nextSeq
	if err := s.write(record{kind: kindEntry, seq: seq, group: group, data: stored}.encode(), true); err != nil {
		return 0, err
	}
	s.nextSeq++
	s.pending[seq] = pendingEntry{Entry: Entry{Seq: seq, Group: group, Data: append([]byte(nil), data...)}, seg: s.activeID}
	s.perSeg[s.activeID]++
	s.groups[group]++
	if s.size >= s.maxSize {
		s.roll()
	}
	return seq, nil
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
	if err := s.write(record{kind: kindAck, seq: seq}.encode(), false); err != nil {
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
func (s *Spool) write(b []byte, sync bool) error {
	if _, err := s.active.Write(b); err != nil {
		_ = s.active.Truncate(s.size)
		_, _ = s.active.Seek(s.size, 0)
		return fmt.Errorf("spool: write: %w", err)
	}
	s.size += int64(len(b))
	if sync {
		if err := s.active.Sync(); err != nil {
			return fmt.Errorf("spool: fsync: %w", err)
		}
	}
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

// roll closes the active segment; the next write starts a new one.
func (s *Spool) roll() {
	if s.active != nil {
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
