package agijobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/configcheck"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/retry"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/telemetry"
)

// Config configures Dial: the node to dial and the parts New takes. Check
// reports every invalid field at once.
type Config struct {
	// RPCURL is the node's JSON-RPC endpoint: http, https, ws or wss. It
	// may carry an API key (in the path, the query or user information):
	// errors and logs show it masked, https://host/v3/REDACTED.
	RPCURL string `validate:"required,rpcurl"`
	// ChainID is the chain the client must talk to; Dial fails if the node
	// serves another. It is required with Addresses; with ManifestPath, 0
	// means the manifest's chain; with neither, 0 accepts any chain.
	ChainID uint64 `validate:"required_with=Addresses"`
	// ManifestPath is a deployment manifest (latest-deployment.json).
	// At most one of ManifestPath and Addresses may be set; with neither
	// the client knows no protocol and can only reach the chain and send
	// (to deploy the protocol, for instance).
	ManifestPath string `validate:"excluded_with=Addresses,omitempty,file"`
	// Addresses gives the protocol's addresses directly.
	Addresses *Addresses `validate:"excluded_with=ManifestPath,omitempty"`
	// Retry is the retry policy of the connection to RPCURL over HTTP(S),
	// the one layer of the SDK that repeats a request failed in transport
	// (see chain.Dial): the zero value is retry's default policy, at most
	// 5 HTTP attempts per logical call within 30s. Every read and every
	// broadcast of the client goes through it.
	Retry retry.Policy
	// Signers, Store, ManagerConfig, Logger and Telemetry are those of
	// Options; Telemetry also receives the connection's RPC metrics.
	Signers       []chain.Signer
	Store         storage.Store
	ManagerConfig chain.ManagerConfig
	Logger        *slog.Logger
	Telemetry     telemetry.Providers
}

// Check validates c and returns input.Errors naming every bad field.
func (c *Config) Check() error {
	if c == nil {
		return input.New("agijobs.Config", "is nil", "pass the Config to check")
	}
	errs := validateStruct("agijobs.Config", c)
	errs = append(errs, input.All(c.Retry.Check("agijobs.Config.Retry"))...)
	if c.Addresses != nil {
		// Validated on its own so that its fields are reported even when
		// the Addresses field itself is also wrong.
		seen := map[string]bool{}
		for _, e := range errs {
			seen[e.Field] = true
		}
		for _, e := range validateStruct("agijobs.Config.Addresses", c.Addresses) {
			if !seen[e.Field] {
				errs = append(errs, e)
			}
		}
	}
	return errs.Err()
}

// Dial checks cfg, loads the manifest if given, dials the node (checking
// the chain id) and calls New with the connection and cfg's parts. Close
// also closes the connection.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	addrs, chainID := cfg.Addresses, cfg.ChainID
	if cfg.ManifestPath != "" {
		a, id, err := manifestAddresses(cfg.ManifestPath, cfg.ChainID)
		if err != nil {
			return nil, err
		}
		addrs, chainID = &a, id
	}
	conn, err := chain.Dial(ctx, cfg.RPCURL, chain.DialOptions{ChainID: chainID, Logger: log, Telemetry: cfg.Telemetry, Retry: cfg.Retry})
	if err != nil {
		return nil, err
	}
	c, err := New(ctx, Options{Backend: conn, Addresses: addrs, Signers: cfg.Signers, Store: cfg.Store, ManagerConfig: cfg.ManagerConfig, Logger: log, Telemetry: cfg.Telemetry})
	if err != nil {
		conn.Close()
		return nil, err
	}
	c.conn = conn
	return c, nil
}

func newValidator() *validator.Validate {
	v := configcheck.NewValidator(false)
	_ = v.RegisterValidation("rpcurl", func(fl validator.FieldLevel) bool {
		u, err := url.Parse(fl.Field().String())
		if err != nil || u.Host == "" {
			return false
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
			return true
		}
		return false
	})
	return v
}

// validateStruct validates s, naming its fields under name (e.g.
// "agijobs.Config.RPCURL").
func validateStruct(name string, s any) input.Errors {
	var errs input.Errors
	err := newValidator().Struct(s)
	var ves validator.ValidationErrors
	if err == nil || !errors.As(err, &ves) {
		if err != nil {
			errs = append(errs, &input.Error{Field: name, Problem: "cannot be checked", Err: err})
		}
		return errs
	}
	for _, fe := range ves {
		field := fe.Namespace()
		if _, rest, ok := strings.Cut(field, "."); ok {
			field = rest
		}
		problem, fix := fixFor(fe)
		errs.Add(name+"."+field, problem, fix)
	}
	return errs
}

// fixFor words a failed validation as what is wrong and what to do.
func fixFor(fe validator.FieldError) (problem, fix string) {
	switch fe.Tag() {
	case "rpcurl":
		// The value is quoted masked: a URL that fails to parse may still
		// carry an API key.
		return fmt.Sprintf("%q is not a node URL", redact.URL(fmt.Sprint(fe.Value()))), "use http(s)://host:port or ws(s)://host:port"
	case "required", "required_with":
		switch fe.Field() {
		case "RPCURL":
			return "missing", "set the node's JSON-RPC URL (http, https, ws or wss)"
		case "ChainID":
			return "missing", "set the chain id of the network (1 mainnet, 11155111 Sepolia, 31337 anvil)"
		}
		if strings.Contains(fe.Namespace(), "Addresses.") {
			return "missing or zero address", "take it from the deployment manifest"
		}
		return "missing", "set it"
	case "excluded_with":
		return "set together with the other source of addresses", "set only one of ManifestPath and Addresses"
	case "file":
		return fmt.Sprintf("%q is not a readable file", fe.Value()), "point it at latest-deployment.json"
	}
	return fmt.Sprintf("fails %q", fe.Tag()), ""
}
