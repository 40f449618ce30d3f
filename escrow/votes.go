package escrow

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/input"
)

// Vote is a validator's vote on one validation round: everything needed to
// reveal it. It is persisted before the commit is sent.
type Vote struct {
	// ChainID and ValidationModule identify the deployment.
	ChainID          *big.Int       `json:"chainId"`
	ValidationModule common.Address `json:"validationModule"`
	// Validator is the voting account.
	Validator common.Address `json:"validator"`
	// JobID and Nonce identify the round (Nonce is jobNonce at commit).
	JobID *big.Int `json:"jobId"`
	Nonce *big.Int `json:"nonce"`
	// SpecHash is the job's spec hash, part of the outcome hash.
	SpecHash common.Hash `json:"specHash"`
	// Approve is the vote; BurnTxHash the optional burn receipt hash.
	Approve    bool        `json:"approve"`
	BurnTxHash common.Hash `json:"burnTxHash"`
	// Salt is the secret random salt; keep it private until the reveal.
	Salt common.Hash `json:"salt"`
	// CommitHash is the v2 commit hash of the fields above.
	CommitHash common.Hash `json:"commitHash"`
	// Revealed is set once the reveal was mined.
	Revealed bool `json:"revealed"`
}

// VoteKey identifies a stored vote.
type VoteKey struct {
	ChainID          uint64
	ValidationModule common.Address
	Validator        common.Address
	JobID            string // decimal
	Nonce            string // decimal
}

// Key returns the vote's key.
func (v *Vote) Key() VoteKey {
	if v == nil {
		return VoteKey{}
	}
	var chainID uint64
	if v.ChainID != nil {
		chainID = v.ChainID.Uint64()
	}
	return VoteKey{ChainID: chainID, ValidationModule: v.ValidationModule, Validator: v.Validator, JobID: v.JobID.String(), Nonce: v.Nonce.String()}
}

// VoteStore keeps votes between commit and reveal. Save must be durable
// when it returns: the commit is sent right after it.
type VoteStore interface {
	// Save stores v, replacing the vote with the same key.
	Save(v Vote) error
	// Load returns the vote with key k; ok is false when there is none.
	Load(k VoteKey) (v Vote, ok bool, err error)
	// List returns every stored vote, in key order.
	List() ([]Vote, error)
}

// CommitHash computes the v2 commit hash:
//
//	domain  = keccak256(abi.encode(keccak256("ValidationModule(string version,address verifyingContract,uint256 chainId)"), keccak256("1"), vm, chainID))
//	outcome = keccak256(abi.encode(nonce, specHash, approve, burnTxHash))
//	commit  = keccak256(abi.encode(jobID, outcome, salt, validator, chainID, domain))
//
// A nil jobID, nonce or chainID counts as zero.
func CommitHash(jobID, nonce *big.Int, specHash common.Hash, approve bool, burnTxHash, salt common.Hash, validator, vm common.Address, chainID *big.Int) common.Hash {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	for _, n := range []**big.Int{&jobID, &nonce, &chainID} {
		if *n == nil {
			*n = new(big.Int)
		}
	}
	flag := []byte{}
	if approve {
		flag = []byte{1}
	}
	domain := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("ValidationModule(string version,address verifyingContract,uint256 chainId)")),
		crypto.Keccak256([]byte("1")), word(vm.Bytes()), word(chainID.Bytes()))
	outcome := crypto.Keccak256Hash(word(nonce.Bytes()), specHash[:], word(flag), burnTxHash[:])
	return crypto.Keccak256Hash(word(jobID.Bytes()), outcome[:], salt[:], word(validator.Bytes()), word(chainID.Bytes()), domain[:])
}

// NewSalt returns 32 random bytes from crypto/rand.
func NewSalt() (common.Hash, error) {
	var s common.Hash
	if _, err := rand.Read(s[:]); err != nil {
		return s, fmt.Errorf("escrow: read random salt: %w", err)
	}
	return s, nil
}

// FileVoteStore keeps each vote in its own JSON file (mode 0600) in a
// directory. Save writes a temporary file, fsyncs it, renames it into place
// and fsyncs the directory, so a vote survives a crash once Save returns.
// It is safe for concurrent use within a process; give each process its
// own directory.
type FileVoteStore struct {
	dir string
	mu  sync.Mutex
}

var _ VoteStore = (*FileVoteStore)(nil)

// NewFileVoteStore opens (creating if needed, mode 0700) the vote
// directory dir.
func NewFileVoteStore(dir string) (*FileVoteStore, error) {
	if dir == "" {
		return nil, &input.Error{Field: "dir", Problem: "is empty", Fix: "pass a directory that survives restarts, e.g. ~/.agijobs/votes"}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("escrow: create vote store: %w", err)
	}
	return &FileVoteStore{dir: dir}, nil
}

// Dir returns the store's directory.
func (s *FileVoteStore) Dir() string {
	if s == nil || s.dir == "" {
		return ""
	}
	return s.dir
}

func (s *FileVoteStore) path(k VoteKey) string {
	name := fmt.Sprintf("vote-%d-%s-%s-%s-%s.json", k.ChainID, strings.ToLower(k.ValidationModule.Hex()[2:10]), strings.ToLower(k.Validator.Hex()), k.JobID, k.Nonce)
	return filepath.Join(s.dir, name)
}

// Save writes v durably.
func (s *FileVoteStore) Save(v Vote) error {
	if v.ChainID == nil || v.JobID == nil || v.Nonce == nil {
		return errors.New("escrow: vote without chain id, job id or nonce")
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	final := s.path(v.Key())
	f, err := os.CreateTemp(s.dir, ".vote-*.tmp")
	if err != nil {
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after the rename
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("escrow: save vote: fsync: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	d, err := os.Open(s.dir)
	if err != nil {
		return fmt.Errorf("escrow: save vote: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("escrow: save vote: fsync directory: %w", err)
	}
	return nil
}

// Load reads the vote with key k.
func (s *FileVoteStore) Load(k VoteKey) (Vote, bool, error) {
	if s == nil || s.dir == "" {
		return Vote{}, false, input.Unbuilt("escrow.FileVoteStore", "escrow.NewFileVoteStore")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := os.ReadFile(s.path(k))
	if errors.Is(err, os.ErrNotExist) {
		return Vote{}, false, nil
	}
	if err != nil {
		return Vote{}, false, fmt.Errorf("escrow: load vote: %w", err)
	}
	var v Vote
	if err := json.Unmarshal(b, &v); err != nil {
		return Vote{}, false, fmt.Errorf("escrow: load vote %s: %w", s.path(k), err)
	}
	return v, true, nil
}

// List reads every vote in the directory.
func (s *FileVoteStore) List() ([]Vote, error) {
	if s == nil || s.dir == "" {
		return nil, input.Unbuilt("escrow.FileVoteStore", "escrow.NewFileVoteStore")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	names, err := filepath.Glob(filepath.Join(s.dir, "vote-*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Vote, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("escrow: list votes: %w", err)
		}
		var v Vote
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, fmt.Errorf("escrow: list votes: %s: %w", n, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// MemoryVoteStore keeps votes in memory: a restarted process loses them.
// Use it in tests and demos only. The zero value is ready to use.
type MemoryVoteStore struct {
	mu sync.Mutex
	m  map[VoteKey]Vote
}

var _ VoteStore = (*MemoryVoteStore)(nil)

// Save stores v.
func (s *MemoryVoteStore) Save(v Vote) error {
	if s == nil {
		return input.New("escrow.MemoryVoteStore", "is nil", "use new(escrow.MemoryVoteStore)")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[VoteKey]Vote{}
	}
	s.m[v.Key()] = v
	return nil
}

// Load returns the vote with key k.
func (s *MemoryVoteStore) Load(k VoteKey) (Vote, bool, error) {
	if s == nil {
		return Vote{}, false, input.New("escrow.MemoryVoteStore", "is nil", "use new(escrow.MemoryVoteStore)")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok, nil
}

// List returns every vote.
func (s *MemoryVoteStore) List() ([]Vote, error) {
	if s == nil {
		return nil, input.New("escrow.MemoryVoteStore", "is nil", "use new(escrow.MemoryVoteStore)")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Vote, 0, len(s.m))
	for _, v := range s.m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].JobID.Cmp(out[j].JobID) < 0 || out[i].JobID.Cmp(out[j].JobID) == 0 && out[i].Validator.Cmp(out[j].Validator) < 0
	})
	return out, nil
}
