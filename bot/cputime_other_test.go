//go:build !linux

package bot

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
