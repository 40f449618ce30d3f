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
	"slices"
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

// ParseJobSpec decodes and validates a job spec. Unknown fields and rule
// violations are all reported together as [input.Errors]; a value of
// the wrong JSON type is reported with the unknown fields but stops the rule
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
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return invalidDoc(name, input.Errors{input.New("(document)", "is not a JSON object", "write the document as a JSON object")})
		}
		return fmt.Errorf("storage: %s is not valid JSON: %w", name, err)
	}
	var out input.Errors
	known := jsonFields(reflect.TypeOf(doc).Elem())
	var unknown []string
	for k := range top {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		out.Add(k, "is not a field of a "+name+" (version 1)", "remove it or check its spelling")
	}
	// Unknown fields inside nested objects: decode strictly what remains
	// once the unknown top-level fields (already reported) are removed.
	for _, k := range unknown {
		delete(top, k)
	}
	if rest, err := json.Marshal(top); err == nil {
		dec := json.NewDecoder(bytes.NewReader(rest))
		dec.DisallowUnknownFields()
		probe := reflect.New(reflect.TypeOf(doc).Elem()).Interface()
		if err := dec.Decode(probe); err != nil && strings.HasPrefix(err.Error(), "json: unknown field") {
			out.Add("(nested object)", strings.TrimPrefix(err.Error(), "json: "), "remove it")
		}
	}
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
		return invalidDoc(name, out)
	}
	return nil
}

// jsonFields lists the JSON names of a struct's fields.
func jsonFields(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		out = append(out, name)
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

// FetchJobSpec reads the spec at uri from f, checks that keccak256 of its
// canonical JSON is specHash ([ErrHashMismatch] otherwise) and parses it. Documents
// larger than [MaxDocumentSize] are rejected.
func FetchJobSpec(ctx context.Context, f Fetcher, uri string, specHash common.Hash) (*JobSpec, error) {
	b, err := fetchDoc(ctx, f, uri, specHash)
	if err != nil {
		return nil, err
	}
	return ParseJobSpec(b)
}

// FetchJobResult reads the result at uri from f, checks it against
// resultHash and parses it, like [FetchJobSpec].
func FetchJobResult(ctx context.Context, f Fetcher, uri string, resultHash common.Hash) (*JobResult, error) {
	b, err := fetchDoc(ctx, f, uri, resultHash)
	if err != nil {
		return nil, err
	}
	return ParseJobResult(b)
}

func fetchDoc(ctx context.Context, f Fetcher, uri string, want common.Hash) ([]byte, error) {
	c, err := ParseIPFSURI(uri)
	if err != nil {
		return nil, err
	}
	rc, err := f.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, MaxDocumentSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxDocumentSize {
		return nil, fmt.Errorf("storage: document %s is larger than %d bytes", uri, MaxDocumentSize)
	}
	got := crypto.Keccak256Hash(b)
	if got == want {
		return b, nil
	}
	// A writer may have stored non-canonical bytes of the same document.
	if cb, err := Canonicalize(b); err == nil && crypto.Keccak256Hash(cb) == want {
		return b, nil
	}
	return nil, fmt.Errorf("storage: %s hashes to %s, the chain says %s; the document was changed or the URI is wrong: %w", uri, got, want, ErrHashMismatch)
}
