package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/go-playground/validator/v10"
	"github.com/ipfs/go-cid"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/configcheck"
)

// DocumentVersion is the version of the job spec and job result formats
// this package writes and reads.
const DocumentVersion = 1

// MaxDocumentSize bounds the size of a job document read from storage.
const MaxDocumentSize = 1 << 20

// ErrHashMismatch is returned (wrapped) when a document does not hash to the
// specHash or resultHash recorded on chain.
var ErrHashMismatch = errors.New("storage: document does not match its on-chain hash")

// Agent types a job spec may ask for.
const (
	AgentAI    = "ai"
	AgentHuman = "human"
	AgentAny   = "any"
)

// Attachment is a file a document refers to by IPFS URI.
type Attachment struct {
	// Name is a display name, e.g. "dataset.csv".
	Name string `json:"name" validate:"required,max=256"`
	// URI is "ipfs://<CID>".
	URI string `json:"uri" validate:"required,ipfsuri"`
	// MediaType is an optional MIME type, e.g. "text/csv".
	MediaType string `json:"mediaType,omitempty" validate:"omitempty,max=128"`
	// Size is the optional size in bytes; 0 means unknown.
	Size int64 `json:"size,omitempty" validate:"gte=0,lte=9007199254740991"`
}

// JobSpec is the off-chain description of a job. Its canonical JSON is
// stored on IPFS; keccak256 of that JSON is the specHash passed to
// createJob, and "ipfs://<CID>" is the uri.
type JobSpec struct {
	// Version is DocumentVersion.
	Version int `json:"version" validate:"eq=1"`
	// Title is a one-line summary.
	Title string `json:"title" validate:"required,max=200"`
	// Description says what to do, in plain text or Markdown.
	Description string `json:"description" validate:"required,max=20000"`
	// Category is a free-form category, e.g. "data-labelling".
	Category string `json:"category" validate:"required,max=64"`
	// Skills are the skills an agent needs; optional.
	Skills []string `json:"skills,omitempty" validate:"max=32,dive,required,max=64"`
	// Tags are free-form search tags; optional.
	Tags []string `json:"tags,omitempty" validate:"max=32,dive,required,max=64"`
	// Attachments are input files; optional.
	Attachments []Attachment `json:"attachments,omitempty" validate:"max=64,dive"`
	// Reward is the reward in the token's smallest unit, as a decimal string.
	Reward string `json:"reward" validate:"required,uint256"`
	// Token is the ERC-20 token of the reward.
	Token common.Address `json:"token" validate:"required"`
	// Deadline is the delivery deadline in Unix seconds.
	Deadline int64 `json:"deadline" validate:"gt=0,lte=9007199254740991"`
	// AgentTypes says who may take the job: AgentAI, AgentHuman or AgentAny.
	AgentTypes []string `json:"agentTypes" validate:"required,min=1,max=3,dive,oneof=ai human any"`
	// AcceptanceCriteria are the checks validators apply to the result.
	AcceptanceCriteria []string `json:"acceptanceCriteria" validate:"required,min=1,max=64,dive,required,max=2000"`
}

// JobResult is the off-chain result an agent submits. Its canonical JSON is
// stored on IPFS; keccak256 of it is the resultHash passed to submit, and
// "ipfs://<CID>" is the resultURI.
type JobResult struct {
	// Version is DocumentVersion.
	Version int `json:"version" validate:"eq=1"`
	// JobID is the on-chain job id, as a decimal string.
	JobID string `json:"jobId" validate:"required,uint256"`
	// SpecHash is the specHash of the job this result answers.
	SpecHash common.Hash `json:"specHash" validate:"required"`
	// Agent is the address of the agent submitting the result.
	Agent common.Address `json:"agent" validate:"required"`
	// Summary describes what was delivered.
	Summary string `json:"summary" validate:"required,max=20000"`
	// Outputs are the delivered files.
	Outputs []Attachment `json:"outputs" validate:"required,min=1,max=64,dive"`
	// CompletedAt is when the work was completed, in Unix seconds.
	CompletedAt int64 `json:"completedAt" validate:"gt=0,lte=9007199254740991"`
}

// invalidDoc reports the rejected fields of a document, named by their
// JSON paths, e.g. "acceptanceCriteria[2]" or "token": errors.As finds
// the input.Errors, errors.Is matches input.ErrInvalid.
func invalidDoc(name string, es input.Errors) error {
	return fmt.Errorf("storage: invalid %s: %w", name, es)
}

// newDocValidator builds the validator of the document types. It is built
// per call (cheap for documents) so the package keeps no mutable state.
// Zero addresses and hashes count as missing, so "required" rejects them.
func newDocValidator() *validator.Validate {
	v := configcheck.NewValidator(true)
	_ = v.RegisterValidation("uint256", func(fl validator.FieldLevel) bool {
		_, ok := configcheck.ParseUint256(fl.Field().String())
		return ok
	})
	_ = v.RegisterValidation("ipfsuri", func(fl validator.FieldLevel) bool {
		_, err := ParseIPFSURI(fl.Field().String())
		return err == nil
	})
	return v
}

// problem turns one validator failure into a sentence with a fix.
func problem(fe validator.FieldError) string {
	p := fe.Param()
	switch fe.Tag() {
	case "eq":
		return fmt.Sprintf("must be %s; set it to %s", p, p)
	case "min":
		if p == "1" {
			return "must have at least 1 entry; add one"
		}
		return fmt.Sprintf("must have at least %s entries; add them", p)
	case "oneof":
		return fmt.Sprintf("is %q; use one of: %s", fe.Value(), strings.ReplaceAll(p, " ", ", "))
	case "uint256":
		return fmt.Sprintf("is %q; write a decimal integer without sign, leading zeros or exponent, at most 2^256-1", fe.Value())
	case "ipfsuri":
		return fmt.Sprintf("is %q; write ipfs://<CID>, e.g. the URI IPFSURI returns for a stored file", fe.Value())
	case "gt", "gte":
		return fmt.Sprintf("is %v; it must be greater than %s%s", fe.Value(), map[bool]string{true: "or equal to ", false: ""}[fe.Tag() == "gte"], p)
	}
	return configcheck.Generic(fe) // required, max, lte
}

// validateDoc runs the validator on a document and collects every problem.
func validateDoc(name string, doc any) error {
	probs, err := configcheck.Check(newDocValidator(), doc, problem)
	if err != nil {
		return fmt.Errorf("storage: validate %s: %w", name, err)
	}
	if len(probs) == 0 {
		return nil
	}
	return invalidDoc(name, probs)
}

// Validate checks every field of the spec and returns the problems as
// [input.Errors] (wrapped with the document's name), or nil.
func (s *JobSpec) Validate() error { return validateDoc("job spec", s) }

// Validate checks every field of the result and returns the problems as
// [input.Errors] (wrapped with the document's name), or nil.
func (r *JobResult) Validate() error { return validateDoc("job result", r) }

// Encode validates the spec and returns its canonical JSON ([CanonicalJSON]),
// the bytes to store and hash.
func (s *JobSpec) Encode() ([]byte, error) { return encodeDoc(s) }

// Encode validates the result and returns its canonical JSON.
func (r *JobResult) Encode() ([]byte, error) { return encodeDoc(r) }

// Hash returns the specHash: keccak256 of the canonical JSON.
func (s *JobSpec) Hash() (common.Hash, error) { return hashDoc(s) }

// Hash returns the resultHash: keccak256 of the canonical JSON.
func (r *JobResult) Hash() (common.Hash, error) { return hashDoc(r) }

// RewardWei returns Reward as an integer; it is nil when Reward is invalid.
func (s *JobSpec) RewardWei() *big.Int {
	if s == nil {
		return nil
	}
	n, _ := configcheck.ParseUint256(s.Reward)
	return n
}

// document is a job spec or a job result.
type document interface {
	Validate() error
}

func encodeDoc(d document) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return CanonicalJSON(d)
}

func hashDoc(d document) (common.Hash, error) {
	b, err := encodeDoc(d)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// ParseJobSpec decodes and validates a job spec. Problems are all reported
// together as [input.Errors], each named by its JSON path: member names
// that are not fields of the spec at any depth (compared exactly; JSON
// names are case-sensitive), names that appear twice in one object (JSON
// readers disagree on which copy counts, so a document could read
// differently to an agent and to a validator) and rule violations. A value
// of the wrong JSON type is reported with the names but stops the rule
// checks, and malformed JSON is reported alone.
func ParseJobSpec(data []byte) (*JobSpec, error) {
	var s JobSpec
	if err := parseDoc("job spec", data, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// ParseJobResult decodes and validates a job result, like [ParseJobSpec].
func ParseJobResult(data []byte) (*JobResult, error) {
	var r JobResult
	if err := parseDoc("job result", data, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func parseDoc(name string, data []byte, doc document) error {
	return parseDocAt(name, "", data, doc)
}

// parseDocAt is parseDoc for a document read from uri ("" when none), which
// its errors name.
func parseDocAt(name, uri string, data []byte, doc document) error {
	invalid := func(es input.Errors) error {
		if uri == "" {
			return invalidDoc(name, es)
		}
		return fmt.Errorf("storage: invalid %s %s: %w", name, uri, es)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return invalid(input.Errors{input.New("(document)", "is not a JSON object", "write the document as a JSON object")})
		}
		return fmt.Errorf("storage: %s is not valid JSON: %w", name, err)
	}
	out := checkNames(data, reflect.TypeOf(doc).Elem(), name)
	var te *json.UnmarshalTypeError
	switch err := json.Unmarshal(data, doc); {
	case err == nil:
		if err := doc.Validate(); err != nil {
			var es input.Errors
			if !errors.As(err, &es) {
				return err
			}
			out = append(out, es...)
		}
	case errors.As(err, &te):
		out.Add(te.Field, "is a JSON "+te.Value, "it must be "+jsonKind(te.Type))
	default:
		out.Add("(document)", err.Error(), "")
	}
	if len(out) > 0 {
		return invalid(out)
	}
	return nil
}

// checkNames walks the JSON text data, a document of type t, and reports
// by their JSON paths the member names that are not fields of their
// object and the names that appear twice in one object. encoding/json
// would take both silently: it matches names ignoring case and keeps the
// last of two copies.
func checkNames(data []byte, t reflect.Type, name string) input.Errors {
	var out input.Errors
	// Malformed JSON stops the walk; the decoding that follows reports it.
	_ = walkNames(json.NewDecoder(bytes.NewReader(data)), t, "", name, &out)
	return out
}

// walkNames reads one value from dec; t is its Go type, nil when unknown.
func walkNames(dec *json.Decoder, t reflect.Type, path, name string, out *input.Errors) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch d {
	case '[':
		var elem reflect.Type
		if t != nil && t.Kind() == reflect.Slice {
			elem = t.Elem()
		}
		for i := 0; dec.More(); i++ {
			if err := walkNames(dec, elem, fmt.Sprintf("%s[%d]", path, i), name, out); err != nil {
				return err
			}
		}
	case '{':
		var fields map[string]reflect.Type
		if t != nil && t.Kind() == reflect.Struct {
			fields = jsonFieldTypes(t)
		}
		seen := map[string]bool{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			p := key
			if path != "" {
				p = path + "." + key
			}
			ft, known := fields[key]
			switch {
			case seen[key]:
				out.Add(p, "appears twice in one object", "keep one: JSON readers disagree on which copy counts")
			case fields != nil && !known:
				out.Add(p, "is not a field of a "+name+" (version 1)", unknownFieldFix(key, fields))
			}
			seen[key] = true
			if err := walkNames(dec, ft, p, name, out); err != nil {
				return err
			}
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

// unknownFieldFix suggests the field a name differs from only by case.
func unknownFieldFix(key string, fields map[string]reflect.Type) string {
	for f := range fields {
		if strings.EqualFold(f, key) {
			return fmt.Sprintf("names are case-sensitive: write %q", f)
		}
	}
	return "remove it or check its spelling"
}

// jsonFieldTypes maps the JSON names of a struct's fields to their types.
func jsonFieldTypes(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Uint64, reflect.Int32:
		return "an integer"
	case reflect.Slice:
		return "an array"
	case reflect.Struct:
		return "an object"
	}
	if t == reflect.TypeOf(common.Address{}) || t == reflect.TypeOf(common.Hash{}) {
		return "a 0x-prefixed hex string"
	}
	return "a " + t.String()
}

// IPFSURI returns "ipfs://<CID>" with the CID in its default string form
// (base32 for CIDv1).
func IPFSURI(c cid.Cid) string { return "ipfs://" + c.String() }

// ParseIPFSURI returns the CID of an "ipfs://<CID>" URI. Paths, queries
// and other schemes are rejected. CIDv0 is accepted for reading; this
// package only writes CIDv1.
func ParseIPFSURI(uri string) (cid.Cid, error) {
	rest, ok := strings.CutPrefix(uri, "ipfs://")
	if !ok || rest == "" || strings.ContainsAny(rest, "/?#") {
		return cid.Undef, fmt.Errorf("storage: %q is not an ipfs://<CID> URI", uri)
	}
	c, err := cid.Decode(rest)
	if err != nil {
		return cid.Undef, fmt.Errorf("storage: %q: bad CID: %w", uri, err)
	}
	return c, nil
}

// Published says where a document went: its CID, its "ipfs://" URI and the
// keccak256 hash to put on chain.
type Published struct {
	CID  cid.Cid
	URI  string
	Hash common.Hash
}

// PublishJobSpec validates spec, stores its canonical JSON in s and returns
// the uri and specHash for createJob.
func PublishJobSpec(ctx context.Context, s Store, spec *JobSpec) (Published, error) {
	return publish(ctx, s, spec)
}

// PublishJobResult validates res, stores its canonical JSON in s and returns
// the resultURI and resultHash for submit.
func PublishJobResult(ctx context.Context, s Store, res *JobResult) (Published, error) {
	return publish(ctx, s, res)
}

func publish(ctx context.Context, s Store, d document) (Published, error) {
	b, err := encodeDoc(d)
	if err != nil {
		return Published{}, err
	}
	c, err := s.Put(ctx, bytes.NewReader(b))
	if err != nil {
		var re *ReplicationError
		if !errors.As(err, &re) {
			return Published{}, err
		}
		// Stored locally: return the location with the replication error.
		return Published{CID: c, URI: IPFSURI(c), Hash: crypto.Keccak256Hash(b)}, err
	}
	return Published{CID: c, URI: IPFSURI(c), Hash: crypto.Keccak256Hash(b)}, nil
}

// FetchJobSpec reads the spec at uri from f and returns it only if the
// bytes read are exactly the spec's canonical JSON (what [JobSpec.Encode]
// writes) and keccak256 of them is specHash, so that the returned spec's
// Hash is specHash. Bytes of another hash are an [ErrHashMismatch]; bytes
// that hash to specHash but are not canonical (indented, reordered, with
// duplicate names), or that are the canonical JSON of the spec only once
// re-encoded, are an [input.Error] wrapping [ErrNotCanonical]: two hashes
// must never validate one document. Documents larger than
// [MaxDocumentSize] are rejected.
func FetchJobSpec(ctx context.Context, f Fetcher, uri string, specHash common.Hash) (*JobSpec, error) {
	var s JobSpec
	if err := fetchDoc(ctx, f, uri, specHash, "job spec", &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// FetchJobResult reads the result at uri from f and checks it against
// resultHash, like [FetchJobSpec].
func FetchJobResult(ctx context.Context, f Fetcher, uri string, resultHash common.Hash) (*JobResult, error) {
	var r JobResult
	if err := fetchDoc(ctx, f, uri, resultHash, "job result", &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// ErrNotCanonical is wrapped by the error of a fetched document whose bytes
// are not its canonical JSON. The error is also an [input.Error].
var ErrNotCanonical = errors.New("storage: document is not in canonical form")

func fetchDoc(ctx context.Context, f Fetcher, uri string, want common.Hash, name string, doc document) error {
	c, err := ParseIPFSURI(uri)
	if err != nil {
		return err
	}
	rc, err := f.Get(ctx, c)
	if err != nil {
		return err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxDocumentSize+1))
	if err != nil {
		return err
	}
	if len(b) > MaxDocumentSize {
		return fmt.Errorf("storage: %s %s: %w", name, uri, &input.Error{Field: "(document)",
			Problem: fmt.Sprintf("is larger than %d bytes (storage.MaxDocumentSize)", MaxDocumentSize),
			Fix:     "keep the " + name + " small and link large inputs from it"})
	}
	notCanonical := func(problem, fix string) error {
		return fmt.Errorf("storage: %s %s: %w", name, uri, &input.Error{Field: "(document)", Problem: problem, Fix: fix, Err: ErrNotCanonical})
	}
	got := crypto.Keccak256Hash(b)
	if got != want {
		if cb, err := Canonicalize(b); err == nil && crypto.Keccak256Hash(cb) == want {
			return notCanonical("holds the "+name+" of the on-chain hash but not as its canonical bytes (indented or reordered)",
				"store exactly the bytes Encode returns, as Publish"+docKind(name)+" does, and post that URI")
		}
		return fmt.Errorf("storage: %s hashes to %s, the chain says %s; the document was changed or the URI is wrong: %w", uri, got, want, ErrHashMismatch)
	}
	if err := parseDocAt(name, uri, b, doc); err != nil {
		return err
	}
	enc, err := encodeDoc(doc)
	if err != nil {
		return err
	}
	if !bytes.Equal(enc, b) {
		if cb, err := Canonicalize(b); err == nil && bytes.Equal(cb, b) {
			return notCanonical("is canonical JSON but not the "+name+" as Encode writes it (an empty optional list, or a name in another case), so its Hash would not be the on-chain hash",
				"post the job with the hash and bytes Encode returns")
		}
		return notCanonical("hashes to the on-chain hash but is not canonical JSON (indented, reordered or escaped otherwise): other bytes of the same "+name+" hash differently, so its Hash would not be the on-chain hash",
			"store exactly the bytes Encode returns, as Publish"+docKind(name)+" does, and post their hash")
	}
	return nil
}

// docKind is "JobSpec" or "JobResult" for a document name.
func docKind(name string) string {
	if name == "job result" {
		return "JobResult"
	}
	return "JobSpec"
}
