package transfer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"reflect"
	"testing"
)

// readAll reads every record with our reader, or the error that stops it.
func readAll(text []byte, comma byte) ([][]string, error) {
	return drain(newCSVReader(text, comma).Read)
}

// goReadAll reads every record with encoding/csv as the import read them
// before it had a reader of its own.
func goReadAll(text []byte, comma byte) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = rune(comma)
	r.FieldsPerRecord = -1
	return drain(r.Read)
}

// drain calls read until io.EOF, collecting the records; another error
// stops it, with what was read before.
func drain(read func() ([]string, error)) ([][]string, error) {
	var out [][]string
	for {
		rec, err := read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

func TestCSVReaderKeepsCRLF(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want [][]string
	}{
		{"a,b\r\n\"一行目\r\n二行目\",\"tab\there\"\r\n", [][]string{{"a", "b"}, {"一行目\r\n二行目", "tab\there"}}},
		{"a,b\n\"x\"\"y\",\"\r\"\n", [][]string{{"a", "b"}, {`x"y`, "\r"}}},
		{"a,b\r\n\r\n\n1,2", [][]string{{"a", "b"}, {"1", "2"}}},
		{"a\rb,c\r", [][]string{{"a\rb", "c"}}},
		{"a,\"\"\r\n,", [][]string{{"a", ""}, {"", ""}}},
	} {
		got, err := readAll([]byte(tt.in), ',')
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for in, line := range map[string]int{"a,b\n1,\"2\n": 2, "a,b\n1,x\"y\n": 2, "a,b\n\"1\"x,2\n": 2,
		"a,b\n\"x\ny\",1\n1,\"2\n": 4} { // a line in a quoted field counts
		_, err := readAll([]byte(in), ',')
		var ce *csvError
		if !errors.As(err, &ce) || ce.Line != line {
			t.Errorf("%q: %v, want an error on line %d", in, err, line)
		}
	}
}

// FuzzCSV: on text with no \r (where encoding/csv changes nothing), our
// reader reads the records and fields encoding/csv reads, and fails where
// it fails, on the same line.
//
//	go test ./transfer -run '^$' -fuzz FuzzCSV -fuzztime 60s
func FuzzCSV(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"a\nb\",\"c\"\"d\"\n\n,\n", "a\tb\n\"x\ty\"\t2", "a,\"b\n", "a,b\"c\n",
		"\"a\"b\n", "\ufeffa,b\n", "日付,件名\n2025-04-21,\"訪問, 協議\"\n", ""} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, in []byte, tab bool) {
		if bytes.IndexByte(in, '\r') >= 0 {
			return
		}
		comma := byte(',')
		if tab {
			comma = '\t'
		}
		got, err := readAll(in, comma)
		want, goErr := goReadAll(in, comma)
		if (err == nil) != (goErr == nil) {
			t.Fatalf("%q: ours %v, encoding/csv %v", in, err, goErr)
		}
		if err != nil {
			var ce *csvError
			var pe *csv.ParseError
			if !errors.As(err, &ce) || !errors.As(goErr, &pe) || ce.Line != pe.StartLine {
				t.Fatalf("%q: ours %v, encoding/csv %v", in, err, goErr)
			}
		}
		if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("%q:\n ours %q\n encoding/csv %q", in, got, want)
		}
	})
}
