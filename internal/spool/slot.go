package spool

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// maxSlots bounds the numbered directories under a root (instances sharing one data dir).
const maxSlots = 64

// OpenSlot opens the first numbered directory under root that no live process owns. A restarted
// instance usually gets its old slot back and drains it.
func OpenSlot(root string, opt Options) (*Spool, error) {
	for i := range maxSlots {
		s, err := Open(filepath.Join(root, strconv.Itoa(i)), opt)
		if errors.Is(err, ErrLocked) {
			continue
		}
		return s, err
	}
	return nil, fmt.Errorf("spool: all %d slots under %s are in use", maxSlots, root)
}

// Orphans opens the slots under root that nobody owns and that still hold entries: what an
// instance spooled before it died. The caller drains and closes them.
func Orphans(root string, opt Options) ([]*Spool, error) {
	dirs, err := os.ReadDir(root)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("spool: list %s: %w", root, err)
	}
	var out []*Spool
	var errs []error
	for _, d := range dirs {
		if _, err := strconv.Atoi(d.Name()); err != nil || !d.IsDir() {
			continue
		}
		s, err := Open(filepath.Join(root, d.Name()), opt)
		switch {
		case errors.Is(err, ErrLocked):
		case err != nil:
			errs = append(errs, err)
		case s.Depth() == 0:
			_ = s.Close()
		default:
			out = append(out, s)
		}
	}
	return out, errors.Join(errs...)
}
