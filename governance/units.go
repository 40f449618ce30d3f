package governance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/agijobs/agijobs-go/internal/units"
)

// Duration is a length of time as config files write it: "1d", "90m",
// "2h30m", "45s", "3600" (seconds) or the JSON number 3600 (seconds). The
// zero value means "not set". It marshals back as a string of whole units
// ("1d", "90m", "3600s").
type Duration struct {
	d   time.Duration
	set bool
}

// Dur returns d as a set Duration.
func Dur(d time.Duration) Duration { return Duration{d: d, set: true} }

// ParseDuration reads s in the forms Duration accepts. Days ("d") may be
// combined with other units ("1d12h"); fractions and negative values are
// refused.
func ParseDuration(s string) (Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Duration{}, errors.New(`empty duration; write e.g. "1d", "90m" or a number of seconds`)
	}
	if n, err := strconv.ParseUint(s, 10, 63); err == nil {
		if n > uint64(1<<63-1)/uint64(time.Second) {
			return Duration{}, fmt.Errorf("duration %q is too long", s)
		}
		return Dur(time.Duration(n) * time.Second), nil
	}
	var total time.Duration
	rest := s
	if i := strings.IndexByte(rest, 'd'); i >= 0 {
		days, err := strconv.ParseUint(rest[:i], 10, 32)
		if err != nil {
			return Duration{}, fmt.Errorf(`duration %q: days must be a whole number, e.g. "2d"`, s)
		}
		total = time.Duration(days) * 24 * time.Hour
		rest = rest[i+1:]
	}
	if rest != "" {
		if strings.ContainsAny(rest, ".-+") {
			return Duration{}, fmt.Errorf(`duration %q: use whole positive units such as "90m" or "1d12h"`, s)
		}
		d, err := time.ParseDuration(rest)
		if err != nil {
			return Duration{}, fmt.Errorf(`duration %q: not understood; write e.g. "1d", "12h", "90m", "45s" or seconds`, s)
		}
		total += d
	}
	if total%time.Second != 0 {
		return Duration{}, fmt.Errorf("duration %q: the chain counts whole seconds", s)
	}
	return Dur(total), nil
}

// IsSet reports whether a value was given.
func (d Duration) IsSet() bool { return d.set }

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return d.d }

// Seconds returns the duration in whole seconds, as the contracts take it.
func (d Duration) Seconds() *big.Int { return big.NewInt(int64(d.d / time.Second)) }

// String writes the duration in the largest whole unit: "1d", "90m", "45s".
func (d Duration) String() string { return formatSeconds(int64(d.d / time.Second)) }

func formatSeconds(s int64) string {
	switch {
	case s != 0 && s%86400 == 0:
		return strconv.FormatInt(s/86400, 10) + "d"
	case s != 0 && s%3600 == 0:
		return strconv.FormatInt(s/3600, 10) + "h"
	case s != 0 && s%60 == 0:
		return strconv.FormatInt(s/60, 10) + "m"
	}
	return strconv.FormatInt(s, 10) + "s"
}

// MarshalJSON writes the duration as a string, e.g. "1d".
func (d Duration) MarshalJSON() ([]byte, error) {
	if !d.set {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON accepts a string in the forms of ParseDuration or a whole
// number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*d = Duration{}
		return nil
	}
	var s string
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	} else {
		s = string(b)
	}
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// TokenDecimals is the number of decimals of AGIALPHA and of every amount
// in config files.
const TokenDecimals = 18

// TokenAmount is an amount of an 18-decimal token written in token units
// as a decimal string ("1000", "0.5", "1_000_000" is refused): never a float,
// so no precision is lost. The zero value means "not set".
type TokenAmount struct {
	wei *big.Int
}

// Tokens parses a decimal token amount such as "1000" or "12.5".
func Tokens(s string) (TokenAmount, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return TokenAmount{}, errors.New(`empty amount; write token units as a string, e.g. "1000" or "0.5"`)
	}
	v, err := units.Parse(s, TokenDecimals)
	if err != nil {
		return TokenAmount{}, fmt.Errorf("amount %w", err)
	}
	return TokenAmount{wei: v}, nil
}

// MustTokens is Tokens for constants; it panics on a malformed amount.
func MustTokens(s string) TokenAmount {
	t, err := Tokens(s)
	if err != nil {
		panic(err)
	}
	return t
}

// Wei returns an amount given in wei (the smallest unit); a nil v gives an
// unset amount.
func Wei(v *big.Int) TokenAmount {
	if v == nil {
		return TokenAmount{}
	}
	return TokenAmount{wei: new(big.Int).Set(v)}
}

// IsSet reports whether a value was given.
func (t TokenAmount) IsSet() bool { return t.wei != nil }

// Wei returns the amount in wei (a copy; nil when unset).
func (t TokenAmount) Wei() *big.Int {
	if t.wei == nil {
		return nil
	}
	return new(big.Int).Set(t.wei)
}

// String writes the amount in token units without trailing zeros, e.g. "12.5".
func (t TokenAmount) String() string {
	if t.wei == nil {
		return "unset"
	}
	return FormatTokens(t.wei)
}

// FormatTokens writes wei as a decimal number of 18-decimal tokens.
func FormatTokens(wei *big.Int) string { return units.Format(wei, TokenDecimals) }

// MarshalJSON writes the amount as a string of token units.
func (t TokenAmount) MarshalJSON() ([]byte, error) {
	if t.wei == nil {
		return []byte("null"), nil
	}
	return json.Marshal(t.String())
}

// UnmarshalJSON accepts only a JSON string of token units: a JSON number
// could have been rounded by whatever wrote it.
func (t *TokenAmount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*t = TokenAmount{}
		return nil
	}
	if len(b) == 0 || b[0] != '"' {
		return fmt.Errorf(`amount %s must be a string of token units, e.g. "%s", so that no precision is lost`, b, b)
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := Tokens(s)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Units is an amount of a token of any decimals, written in whole token
// units as a decimal string ("1", "2.5"): the per-token reward limits. It
// is converted into the token's smallest units with the decimals the token
// reports on chain (Units.Base), so the same "1" is 10^6 for USDC and
// 10^18 for an 18-decimal token. The zero value means "not set".
type Units struct {
	s string
}

// ParseUnits reads a decimal amount of whole tokens such as "1" or "0.25".
func ParseUnits(s string) (Units, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Units{}, errors.New(`empty amount; write whole token units as a string, e.g. "1" or "0.5"`)
	}
	// Validated against the most decimals any allowlisted token can have;
	// Base converts with the token's own decimals.
	if _, err := units.Parse(s, units.MaxDecimals); err != nil {
		return Units{}, fmt.Errorf("amount %w", err)
	}
	return Units{s: s}, nil
}

// MustUnits is ParseUnits for constants; it panics on a malformed amount.
func MustUnits(s string) Units {
	u, err := ParseUnits(s)
	if err != nil {
		panic(err)
	}
	return u
}

// IsSet reports whether a value was given.
func (u Units) IsSet() bool { return u.s != "" }

// String returns the amount as written, or "unset".
func (u Units) String() string {
	if u.s == "" {
		return "unset"
	}
	return u.s
}

// Base converts the amount into smallest units for a token of the given
// decimals; it fails when the amount has more fractional digits than the
// token.
func (u Units) Base(decimals uint8) (*big.Int, error) {
	return units.Parse(u.s, decimals)
}

// rat returns the amount as a rational, for comparisons that do not
// depend on decimals.
func (u Units) rat() *big.Rat {
	r, _ := new(big.Rat).SetString(u.s)
	return r
}

// MarshalJSON writes the amount as a string.
func (u Units) MarshalJSON() ([]byte, error) {
	if u.s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(u.s)
}

// UnmarshalJSON accepts only a JSON string of whole token units.
func (u *Units) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		*u = Units{}
		return nil
	}
	if len(b) == 0 || b[0] != '"' {
		return fmt.Errorf(`amount %s must be a string of whole token units, e.g. "%s", so that no precision is lost`, b, b)
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseUnits(s)
	if err != nil {
		return err
	}
	*u = v
	return nil
}
