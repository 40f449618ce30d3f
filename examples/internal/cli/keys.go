package cli

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
)

// DefaultPassEnv is the default of -keystore-pass-env.
const DefaultPassEnv = "AGIJOBS_KEYSTORE_PASSPHRASE"

// KeyFlags are how every example takes private keys: -key-env NAME (hex
// keys, comma-separated, in the environment variable NAME) or -keystore
// FILE (keystore v3 files, comma-separated, decrypted with the passphrase
// in the variable -keystore-pass-env names). A key or a passphrase is
// never a flag's value, which ps and shell histories show.
type KeyFlags struct {
	env      envFlag
	Keystore string
	passEnv  envFlag
}

// envFlag is the name of an environment variable, remembering whether it
// was given on the command line.
type envFlag struct {
	name string
	set  bool
}

func (e *envFlag) String() string { return e.name }

func (e *envFlag) Set(s string) error {
	if s == "" || strings.ContainsAny(s, "= \t") {
		return errors.New("want the name of an environment variable")
	}
	e.name, e.set = s, true
	return nil
}

// Register adds -key-env (default defaultEnv), -keystore and
// -keystore-pass-env to fs.
func (k *KeyFlags) Register(fs *flag.FlagSet, defaultEnv string) {
	k.env.name, k.passEnv.name = defaultEnv, DefaultPassEnv
	fs.Var(&k.env, "key-env", "environment variable holding the hex private key(s), comma-separated")
	fs.StringVar(&k.Keystore, "keystore", "", "keystore v3 file(s), comma-separated, instead of -key-env")
	fs.Var(&k.passEnv, "keystore-pass-env", "environment variable holding the -keystore passphrase")
}

// Env is the name of the variable -key-env names.
func (k *KeyFlags) Env() string { return k.env.name }

// Explicit reports whether the command line names a key source (-keystore
// or -key-env), as opposed to a key found under -key-env's default name.
// Examples that have a key of their own (an in-process chain's deployer)
// use a key only when it is named explicitly.
func (k *KeyFlags) Explicit() bool { return k.Keystore != "" || k.env.set }

// Keys returns the keys given: those of -keystore, else those in the
// variable -key-env names. It returns no key and no error when neither
// holds a key, unless -key-env was set explicitly: naming an empty
// variable is a mistake. Errors name the flag and the fix, never a key or
// a passphrase.
func (k *KeyFlags) Keys() ([]*ecdsa.PrivateKey, error) {
	if k.Keystore != "" {
		pass, ok := os.LookupEnv(k.passEnv.name)
		if !ok {
			return nil, fmt.Errorf("-keystore needs its passphrase in $%s: export %s, or name the variable that holds it with -keystore-pass-env",
				k.passEnv.name, k.passEnv.name)
		}
		var out []*ecdsa.PrivateKey
		for _, path := range strings.Split(k.Keystore, ",") {
			key, err := decryptKeystore(strings.TrimSpace(path), pass, k.passEnv.name)
			if err != nil {
				return nil, err
			}
			out = append(out, key)
		}
		return out, nil
	}
	raw := os.Getenv(k.env.name)
	if strings.TrimSpace(raw) == "" {
		if k.env.set {
			return nil, fmt.Errorf("-key-env %s: $%s is empty or unset; export it with the hex private key(s), or use -keystore FILE", k.env.name, k.env.name)
		}
		return nil, nil
	}
	var out []*ecdsa.PrivateKey
	for i, hexKey := range strings.Split(raw, ",") {
		key, err := parseHexKey(hexKey)
		if err != nil {
			return nil, fmt.Errorf("-key-env %s: key %d: %w", k.env.name, i+1, err)
		}
		out = append(out, key)
	}
	return out, nil
}

// Key returns the one key given; need says what needs it ("-sign") for the
// error when there is none.
func (k *KeyFlags) Key(need string) (*ecdsa.PrivateKey, error) {
	keys, err := k.Keys()
	switch {
	case err != nil:
		return nil, err
	case len(keys) == 0:
		return nil, fmt.Errorf("%s needs a private key: export %s with the hex key (or name another variable with -key-env), or pass -keystore FILE with its passphrase in $%s",
			need, k.env.name, k.passEnv.name)
	case len(keys) > 1:
		return nil, fmt.Errorf("%s takes one private key, got %d", need, len(keys))
	}
	return keys[0], nil
}

// Signers returns signers for Keys.
func (k *KeyFlags) Signers() ([]chain.Signer, error) {
	keys, err := k.Keys()
	if err != nil {
		return nil, err
	}
	out := make([]chain.Signer, 0, len(keys))
	for _, key := range keys {
		s, err := chain.NewKeySigner(key)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Signer returns a signer for Key.
func (k *KeyFlags) Signer(need string) (chain.Signer, error) {
	key, err := k.Key(need)
	if err != nil {
		return nil, err
	}
	return chain.NewKeySigner(key)
}

// errBadHexKey never includes the value.
var errBadHexKey = errors.New("not a hex private key: want 64 hex digits with an optional 0x prefix (the value is not shown)")

func parseHexKey(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if len(s) != 64 {
		return nil, errBadHexKey
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, errBadHexKey
	}
	defer clear(raw)
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		return nil, errBadHexKey
	}
	return key, nil
}

// decryptKeystore reads a keystore v3 file (what geth account new and cast
// wallet new write) with pass, found in $passEnv. Errors name the file and
// the variable, never the passphrase.
func decryptKeystore(path, pass, passEnv string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-keystore: %w", err)
	}
	k, err := keystore.DecryptKey(blob, pass)
	switch {
	case errors.Is(err, keystore.ErrDecrypt):
		return nil, fmt.Errorf("-keystore %s: the passphrase in $%s does not decrypt it", path, passEnv)
	case err != nil:
		return nil, fmt.Errorf("-keystore %s: not a keystore v3 file: %w", path, err)
	}
	return k.PrivateKey, nil
}

// Parse parses args into fs and refuses positional arguments, which the
// examples that take keys do not have: a key typed after the flags (a
// -sign KEYHEX of old) would otherwise sit in ps output, silently
// ignored. The error, already printed to fs.Output without the
// arguments, means exit status 2.
func Parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s takes flags only, got %d other argument(s) (not shown); a key goes in the variable -key-env names or in -keystore FILE\n",
			fs.Name(), fs.NArg())
		return errors.New("unexpected arguments")
	}
	return nil
}
