package article

import (
	"bytes"
	"fmt"
	"math"
	"unicode/utf8"
)

// sniffLen is how much of a file the binary check looks at.
const sniffLen = 8 << 10

// checkText returns why data cannot be article text ("binary file",
// "not UTF-8 text (byte offset N)"), or "" when it can. base is added to
// reported offsets, for data that does not start a file.
func checkText(data []byte, base int64) string {
	if isBinary(data) {
		return "binary file"
	}
	if !utf8.Valid(data) {
		return fmt.Sprintf("not UTF-8 text (byte offset %d)", base+int64(invalidUTF8At(data)))
	}
	return ""
}

// isBinary reports whether data looks binary: it has a NUL byte, or more
// than a tenth of its first sniffLen bytes are control characters or
// broken UTF-8.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	head := data[:min(len(data), sniffLen)]
	bad := 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	return bad*10 > len(head)
}

// invalidUTF8At returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// sizeMsg says that an article of n bytes is above the limit max. Both
// figures are in one unit: MiB when the limit is at least 1 MiB, else
// bytes.
func sizeMsg(n, max int64) string {
	return fmt.Sprintf("article is %s, above the %s limit", sizeIn(n, max), sizeIn(max, max))
}

// overMsg says that an article whose full size is not known, since reading
// stopped at the limit, is above the limit max.
func overMsg(max int64) string {
	return fmt.Sprintf("article is over the %s limit (reading stopped there)", sizeIn(max, max))
}

// sizeIn words n bytes in the unit that suits the limit max: bytes below
// 1 MiB, else MiB, rounded up so that a size above the limit never reads
// as the limit itself.
func sizeIn(n, max int64) string {
	if max < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%.1f MiB", math.Ceil(float64(n)*10/(1<<20))/10)
}
