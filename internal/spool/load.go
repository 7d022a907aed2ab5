package spool

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// segIDs lists the known segments, oldest first.
func (s *Spool) segIDs() []uint64 {
	ids := make([]uint64, 0, len(s.perSeg))
	for id := range s.perSeg {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// load reads every segment in order: entries become pending, acknowledgements remove them, and
// a segment is cut at its first damaged record.
func (s *Spool) load() error {
	ids, err := listSegments(s.dir)
	if err != nil {
		return err
	}
	s.nextSeq = 1
	for _, id := range ids {
		if err := s.loadSegment(id); err != nil {
			return err
		}
		s.activeID = id
	}
	return s.cleanup()
}

func listSegments(dir string) ([]uint64, error) {
	names, err := filepath.Glob(filepath.Join(dir, "seg-*.log"))
	if err != nil {
		return nil, fmt.Errorf("spool: list segments: %w", err)
	}
	var ids []uint64
	for _, n := range names {
		id, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(n), "seg-"), ".log"), 10, 64)
		if err == nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

func (s *Spool) loadSegment(id uint64) error {
	path := s.segPath(id)
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("spool: read segment: %w", err)
	}
	s.perSeg[id] += 0
	off := 0
	for off < len(b) {
		r, n, err := decodeRecord(b[off:])
		if err != nil {
			break
		}
		off += n
		s.nextSeq = max(s.nextSeq, r.seq+1)
		s.apply(id, r)
	}
	if off < len(b) {
		s.repaired += int64(len(b) - off)
		if err := os.Truncate(path, int64(off)); err != nil {
			return fmt.Errorf("spool: cut corrupt tail of %s: %w", path, err)
		}
	}
	return nil
}

func (s *Spool) apply(seg uint64, r record) {
	if r.kind == kindAck {
		if p, ok := s.pending[r.seq]; ok {
			delete(s.pending, r.seq)
			s.perSeg[p.seg]--
			if s.groups[p.Group]--; s.groups[p.Group] <= 0 {
				delete(s.groups, p.Group)
			}
		}
		return
	}
	data := r.data
	if s.seal != nil {
		plain, err := s.seal.open(r.group, r.data)
		if err != nil {
			s.repaired += int64(len(r.data)) // sealed with another key or damaged: unreadable
			return
		}
		data = plain
	}
	s.pending[r.seq] = pendingEntry{Entry: Entry{Seq: r.seq, Group: r.group, Data: data}, seg: seg}
	s.perSeg[seg]++
	s.groups[r.group]++
}
