package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxSafeInteger is the largest integer that every JSON implementation
// (IEEE 754 doubles) represents exactly.
const maxSafeInteger = 1<<53 - 1

// CanonicalJSON encodes v (anything encoding/json can marshal) as canonical
// JSON, the byte string that specHash and resultHash are computed from. The
// encoding is the JSON Canonicalization Scheme of RFC 8785 restricted to
// integers:
//
//   - no white space between tokens;
//   - object members sorted by their names compared as UTF-16 code units,
//     each name at most once;
//   - strings in UTF-8, escaping only '"' and '\' (as \" and \\) and the
//     control characters U+0000 to U+001F (as \b, \t, \n, \f, \r, or \u00xx
//     with lowercase hex); everything else, including non-ASCII, '<', '>'
//     and '&', is written as is;
//   - numbers must be integers within ±(2^53−1), written in decimal without
//     sign for positives, leading zeros, fraction or exponent; other numbers
//     are an error (amounts of wei are decimal strings instead);
//   - true, false and null as literals; arrays keep their order.
//
// For the document types of this package the result is also what
// json.Marshal produces once keys are sorted, since every field has a
// distinct name and no float.
func CanonicalJSON(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("storage: canonical JSON: %w", err)
	}
	return Canonicalize(raw)
}

// Canonicalize re-encodes the JSON text raw canonically (see
// [CanonicalJSON]). It rejects invalid UTF-8, duplicate member names and
// non-integer or unsafe numbers.
func Canonicalize(raw []byte) ([]byte, error) {
	if !utf8.Valid(raw) {
		return nil, fmt.Errorf("storage: canonical JSON: input is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out bytes.Buffer
	if err := canonValue(dec, &out); err != nil {
		return nil, fmt.Errorf("storage: canonical JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("storage: canonical JSON: trailing data after the value")
	}
	return out.Bytes(), nil
}

// canonValue reads one value from dec and writes it canonically.
func canonValue(dec *json.Decoder, out *bytes.Buffer) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			return canonObject(dec, out)
		case '[':
			out.WriteByte('[')
			for i := 0; dec.More(); i++ {
				if i > 0 {
					out.WriteByte(',')
				}
				if err := canonValue(dec, out); err != nil {
					return err
				}
			}
			_, err := dec.Token() // ']'
			out.WriteByte(']')
			return err
		}
		return fmt.Errorf("unexpected %q", t)
	case string:
		writeCanonString(out, t)
	case json.Number:
		n, err := strconv.ParseInt(string(t), 10, 64)
		if err != nil || n > maxSafeInteger || n < -maxSafeInteger {
			return fmt.Errorf("number %s is not an integer within ±(2^53-1); write large amounts as decimal strings", t)
		}
		out.WriteString(strconv.FormatInt(n, 10))
	case bool:
		out.WriteString(strconv.FormatBool(t))
	case nil:
		out.WriteString("null")
	default:
		return fmt.Errorf("unexpected token %v", tok)
	}
	return nil
}

func canonObject(dec *json.Decoder, out *bytes.Buffer) error {
	type member struct {
		key  string
		k16  []uint16
		body []byte
	}
	var members []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("object key %v is not a string", tok)
		}
		var body bytes.Buffer
		if err := canonValue(dec, &body); err != nil {
			return err
		}
		members = append(members, member{key: key, k16: utf16.Encode([]rune(key)), body: body.Bytes()})
	}
	if _, err := dec.Token(); err != nil { // '}'
		return err
	}
	slices.SortFunc(members, func(a, b member) int { return slices.Compare(a.k16, b.k16) })
	out.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			if members[i-1].key == m.key {
				return fmt.Errorf("duplicate member %q", m.key)
			}
			out.WriteByte(',')
		}
		writeCanonString(out, m.key)
		out.WriteByte(':')
		out.Write(m.body)
	}
	out.WriteByte('}')
	return nil
}

func writeCanonString(out *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	out.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			out.WriteString(`\"`)
		case c == '\\':
			out.WriteString(`\\`)
		case c == '\b':
			out.WriteString(`\b`)
		case c == '\t':
			out.WriteString(`\t`)
		case c == '\n':
			out.WriteString(`\n`)
		case c == '\f':
			out.WriteString(`\f`)
		case c == '\r':
			out.WriteString(`\r`)
		case c < 0x20:
			out.WriteString(`\u00`)
			out.WriteByte(hex[c>>4])
			out.WriteByte(hex[c&0xf])
		default:
			out.WriteByte(c)
		}
	}
	out.WriteByte('"')
}
