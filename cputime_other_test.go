//go:build windows || plan9 || js || wasip1

package crosscheck

// cpuSeconds is not measured on this platform.
func cpuSeconds() float64 { return 0 }
