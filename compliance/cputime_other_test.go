//go:build !linux

package compliance

import "time"

// threadCPU is not available here; benchmarks then report 0 cpu-ns/op.
func threadCPU() time.Duration { return 0 }
