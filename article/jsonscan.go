package article

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// jsonScanner cuts a stream of JSON text into top-level values without
// decoding them, so that each value can be held to the article size limit
// as it is read: a value above the limit is skipped to its end, never held.
// It knows where each value starts (line and byte offset); what is inside a
// value is checked later by encoding/json.
type jsonScanner struct {
	br   *bufio.Reader
	max  int64  // values longer than this are measured, not kept
	line int    // line of the next byte, 1-based
	off  int64  // offset of the next byte in the stream
	buf  []byte // the value being read, reused
	// rec, when not nil, receives every byte consumed, up to recMax.
	rec    *[]byte
	recMax int
}

// newJSONScanner scans br, whose first byte is at line line and offset off.
func newJSONScanner(br *bufio.Reader, max int64, line int, off int64) *jsonScanner {
	return &jsonScanner{br: br, max: max, line: line, off: off}
}

// errJSONEOF is a stream that ends inside a value.
var errJSONEOF = errors.New("malformed JSON: unexpected end of input")

// readByte returns the next byte, keeping count of lines and offset.
func (s *jsonScanner) readByte() (byte, error) {
	c, err := s.br.ReadByte()
	if err != nil {
		return 0, err
	}
	s.consumed(c)
	return c, nil
}

// consumed counts c, read from the stream, and records it when asked.
func (s *jsonScanner) consumed(c byte) {
	s.off++
	if c == '\n' {
		s.line++
	}
	if s.rec != nil && len(*s.rec) < s.recMax {
		*s.rec = append(*s.rec, c)
	}
}

// errTooMuchSpace is a run of white space longer than an article may be:
// padding, not JSON anyone wrote, and reading stops there.
type errTooMuchSpace struct{ max int64 }

func (e errTooMuchSpace) Error() string {
	return fmt.Sprintf("malformed JSON: more than %s of white space in a row; the rest is not read", sizeIn(e.max, e.max))
}

// skipSpace moves past white space and returns the next byte without
// reading it; io.EOF at the end of the stream. A run of white space longer
// than the limit is an error.
func (s *jsonScanner) skipSpace() (byte, error) {
	var run int64
	for {
		c, err := s.br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			s.consumed(c)
			if run++; run > s.max {
				return 0, errTooMuchSpace{s.max}
			}
		default:
			s.br.UnreadByte()
			return c, nil
		}
	}
}

// keep appends c to the value unless it has grown past the limit.
func (s *jsonScanner) keep(c byte, size int64) {
	if size <= s.max {
		s.buf = append(s.buf, c)
	}
}

// value reads the value that starts at the next byte (white space already
// skipped). It returns the value's bytes, nil when it is longer than max,
// and its length in bytes either way. The bytes are valid until the next
// call.
func (s *jsonScanner) value() ([]byte, int64, error) {
	s.buf = s.buf[:0]
	var size int64
	depth := 0
	inString, escaped := false, false
	for {
		c, err := s.br.ReadByte()
		if err == io.EOF {
			if depth == 0 && !inString && size > 0 {
				return s.result(size), size, nil // a scalar that ends the stream
			}
			return nil, size, errJSONEOF
		}
		if err != nil {
			return nil, size, err
		}
		if !inString && depth == 0 && size > 0 && isDelim(c) {
			s.br.UnreadByte() // the end of a scalar
			return s.result(size), size, nil
		}
		s.consumed(c)
		size++
		s.keep(c, size)
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
				if depth == 0 {
					return s.result(size), size, nil
				}
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth <= 0 {
				return s.result(size), size, nil
			}
		}
	}
}

// result is the value read, or nil when it went past the limit.
func (s *jsonScanner) result(size int64) []byte {
	if size > s.max {
		return nil
	}
	return s.buf
}

// isDelim reports whether c ends a scalar value.
func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ']', '}', '[', '{', '"':
		return true
	}
	return false
}

// afterElement reads what follows an array element: it reports whether
// another element follows (after a ",") or the array ended (at "]").
func (s *jsonScanner) afterElement() (more bool, err error) {
	c, err := s.skipSpace()
	if err == io.EOF {
		return false, errJSONEOF
	}
	if err != nil {
		return false, err
	}
	s.readByte()
	switch c {
	case ',':
		return true, nil
	case ']':
		return false, nil
	}
	return false, fmt.Errorf("malformed JSON: invalid character %q after array element", c)
}

// end checks that nothing but white space follows the last value.
func (s *jsonScanner) end() error {
	c, err := s.skipSpace()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return err
	}
	return fmt.Errorf("malformed JSON: invalid character %q after top-level value", c)
}
