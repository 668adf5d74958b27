package transfer

import (
	"bytes"
	"fmt"
	"io"
)

// csvReader reads CSV as RFC 4180 has it. Go's encoding/csv turns \r\n
// into \n even inside a quoted field, which would change a summary typed
// on Windows (or exported with its CRLF) on its way back in; this reader
// keeps a quoted field as it is, \r\n and all. Otherwise it reads what
// encoding/csv reads (with FieldsPerRecord -1 and no LazyQuotes): ""
// within quotes is one ", a record ends at \n or \r\n outside quotes (a
// lone \r outside quotes is text, but one at the very end of the file is
// dropped), empty lines are skipped, and a quote inside an unquoted field,
// text after a closing quote or a quote never closed is an error.
type csvReader struct {
	text  []byte
	comma byte // ',' or '\t'
	pos   int
	line  int // lines read so far
}

// csvError is a record that cannot be read: a quote where none may be, or
// one never closed. Line is the line the record starts on, from 1.
type csvError struct{ Line int }

func (e *csvError) Error() string { return fmt.Sprintf("record on line %d: bad quote", e.Line) }

func newCSVReader(text []byte, comma byte) *csvReader {
	return &csvReader{text: text, comma: comma}
}

// Read returns the next record, io.EOF after the last, or a *csvError.
func (r *csvReader) Read() ([]string, error) {
	t := r.text
	for { // skip empty lines
		switch {
		case r.pos >= len(t):
			return nil, io.EOF
		case t[r.pos] == '\n':
			r.pos++
			r.line++
			continue
		case t[r.pos] == '\r' && r.pos+1 < len(t) && t[r.pos+1] == '\n':
			r.pos += 2
			r.line++
			continue
		case t[r.pos] == '\r' && r.pos+1 == len(t):
			r.pos++
			return nil, io.EOF
		}
		break
	}
	start := r.line + 1
	var rec []string
	for {
		if r.pos < len(t) && t[r.pos] == '"' {
			r.pos++
			var field []byte
			for {
				i := bytes.IndexByte(t[r.pos:], '"')
				if i < 0 {
					r.line += bytes.Count(t[r.pos:], []byte("\n"))
					r.pos = len(t)
					return nil, &csvError{Line: start}
				}
				chunk := t[r.pos : r.pos+i]
				r.line += bytes.Count(chunk, []byte("\n"))
				field = append(field, chunk...)
				r.pos += i + 1
				if r.pos < len(t) && t[r.pos] == '"' {
					field = append(field, '"')
					r.pos++
					continue
				}
				break
			}
			rec = append(rec, string(field))
		} else {
			j := r.pos
			for j < len(t) && t[j] != r.comma && t[j] != '\n' && (t[j] != '\r' || (j+1 < len(t) && t[j+1] != '\n')) {
				j++
			}
			field := t[r.pos:j]
			if bytes.IndexByte(field, '"') >= 0 {
				return nil, &csvError{Line: start}
			}
			rec = append(rec, string(field))
			r.pos = j
		}
		switch {
		case r.pos >= len(t):
			return rec, nil
		case t[r.pos] == r.comma:
			r.pos++
		case t[r.pos] == '\n':
			r.pos++
			r.line++
			return rec, nil
		case t[r.pos] == '\r' && r.pos+1 == len(t):
			r.pos++
			return rec, nil
		case t[r.pos] == '\r' && t[r.pos+1] == '\n':
			r.pos += 2
			r.line++
			return rec, nil
		default: // text after a closing quote
			return nil, &csvError{Line: start}
		}
	}
}
