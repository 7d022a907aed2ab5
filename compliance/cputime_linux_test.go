package compliance

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time used by the calling OS thread (the caller
// locks itself to the thread). Unlike ns/op it does not grow when other
// processes compete for the CPU.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
