package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
)

// docVectors is testdata/document-vectors.json.
type docVectors struct {
	SpecHash   common.Hash `json:"specHash"`
	SpecCID    string      `json:"specCID"`
	ResultHash common.Hash `json:"resultHash"`
	ResultCID  string      `json:"resultCID"`
}

func writeVectors() bool { return os.Getenv("AGIJOBS_WRITE_DOC_VECTORS") == "1" }

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if writeVectors() {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), path)
}

func TestDocumentVectors(t *testing.T) {
	ctx := context.Background()
	raw, err := os.ReadFile("testdata/jobspec.json")
	require.NoError(t, err)
	spec, err := ParseJobSpec(raw)
	require.NoError(t, err)
	canon, err := spec.Encode()
	require.NoError(t, err)
	checkGolden(t, "testdata/jobspec.canonical.json", canon)
	specHash, err := spec.Hash()
	require.NoError(t, err)
	assert.Equal(t, crypto.Keccak256Hash(canon), specHash)
	t.Logf("specHash %s", specHash)
	specCID, err := HashOnly(ctx, bytes.NewReader(canon))
	require.NoError(t, err)

	raw, err = os.ReadFile("testdata/jobresult.json")
	require.NoError(t, err)
	res, err := ParseJobResult(raw)
	require.NoError(t, err)
	assert.Equal(t, specHash, res.SpecHash, "jobresult.json answers jobspec.json")
	rcanon, err := res.Encode()
	require.NoError(t, err)
	checkGolden(t, "testdata/jobresult.canonical.json", rcanon)
	resHash, err := res.Hash()
	require.NoError(t, err)
	resCID, err := HashOnly(ctx, bytes.NewReader(rcanon))
	require.NoError(t, err)

	got := docVectors{SpecHash: specHash, SpecCID: specCID.String(), ResultHash: resHash, ResultCID: resCID.String()}
	if writeVectors() {
		b, _ := json.MarshalIndent(got, "", "  ")
		require.NoError(t, os.WriteFile("testdata/document-vectors.json", append(b, '\n'), 0o644))
		return
	}
	var want docVectors
	b, err := os.ReadFile("testdata/document-vectors.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &want))
	assert.Equal(t, want, got)

	// The canonical form is stable: parsing it gives the same bytes.
	again, err := ParseJobSpec(canon)
	require.NoError(t, err)
	canon2, err := again.Encode()
	require.NoError(t, err)
	assert.Equal(t, canon, canon2)
	assert.Equal(t, "250000000000000000000", spec.RewardWei().String())
}

func TestParseJobSpecReportsEveryProblem(t *testing.T) {
	raw, err := os.ReadFile("testdata/jobspec-bad.json")
	require.NoError(t, err)
	_, err = ParseJobSpec(raw)
	var ve input.Errors
	require.ErrorAs(t, err, &ve)
	require.ErrorIs(t, err, input.ErrInvalid)
	require.ErrorContains(t, err, "storage: invalid job spec: ")
	fields := map[string]string{}
	for _, f := range ve {
		fields[f.Field] = f.Problem + "; " + f.Fix
	}
	for _, want := range []string{"budget", "colour", "version", "title", "attachments[0].uri", "reward", "token", "deadline", "agentTypes[0]", "acceptanceCriteria"} {
		assert.Contains(t, fields, want, "problems: %v", err)
	}
	assert.Contains(t, fields["reward"], "leading zeros")
	assert.Contains(t, fields["agentTypes[0]"], "use one of: ai, human, any")
	assert.Contains(t, fields["colour"], "not a field")
	t.Log(err)

	_, err = ParseJobSpec([]byte(`{"version": "1"}`))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "version", ve[0].Field)
	assert.Contains(t, ve[0].Fix, "must be an integer")

	_, err = ParseJobSpec([]byte(`{"version": 1,`))
	require.Error(t, err)
	_, err = ParseJobSpec([]byte(`[1]`))
	require.ErrorAs(t, err, &ve)

	_, err = ParseJobResult([]byte(`{"version":1}`))
	require.ErrorAs(t, err, &ve)
	assert.GreaterOrEqual(t, len(ve), 6)
}

func TestCanonicalJSON(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{ "b" : 1, "a" : [ true, false, null ] }`, `{"a":[true,false,null],"b":1}`},
		// Sorted by UTF-16 code units: U+20AC < U+1F600 (D83D DE00) < U+FB33.
		{`{"\ufb33":3,"\ud83d\ude00":2,"\u20ac":1}`, "{\"\u20ac\":1,\"\U0001F600\":2,\"\ufb33\":3}"},
		{`"<>&\u2028é\u0001\u001f\t\"\\/"`, "\"<>&\u2028é\\u0001\\u001f\\t\\\"\\\\/\""},
		{`-0`, `0`},
		{`[9007199254740991,-9007199254740991]`, `[9007199254740991,-9007199254740991]`},
		{`{}`, `{}`},
	}
	for _, c := range cases {
		got, err := Canonicalize([]byte(c.in))
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, string(got), c.in)
	}
	for _, bad := range []string{`1.5`, `1e3`, `9007199254740992`, `{"a":1,"a":2}`, "\"\xff\"", `{"a":1} x`} {
		_, err := Canonicalize([]byte(bad))
		assert.Error(t, err, bad)
	}
	got, err := CanonicalJSON(map[string]any{"z": "a<b", "y": []int{2, 1}})
	require.NoError(t, err)
	assert.Equal(t, `{"y":[2,1],"z":"a<b"}`, string(got))
}

func TestPublishAndFetch(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	defer s.Close()
	raw, err := os.ReadFile("testdata/jobspec.json")
	require.NoError(t, err)
	spec, err := ParseJobSpec(raw)
	require.NoError(t, err)
	pub, err := PublishJobSpec(ctx, s, spec)
	require.NoError(t, err)
	assert.Equal(t, IPFSURI(pub.CID), pub.URI)
	got, err := FetchJobSpec(ctx, s, pub.URI, pub.Hash)
	require.NoError(t, err)
	assert.Equal(t, spec, got)

	_, err = FetchJobSpec(ctx, s, pub.URI, common.Hash{1})
	assert.ErrorIs(t, err, ErrHashMismatch)

	// Non-canonical bytes of the same document still match the hash.
	c, err := s.Put(ctx, bytes.NewReader(raw))
	require.NoError(t, err)
	got, err = FetchJobSpec(ctx, s, IPFSURI(c), pub.Hash)
	require.NoError(t, err)
	assert.Equal(t, spec, got)

	bad := *spec
	bad.Title = ""
	_, err = PublishJobSpec(ctx, s, &bad)
	var ve input.Errors
	assert.ErrorAs(t, err, &ve)

	_, err = FetchJobSpec(ctx, s, "https://x/y", pub.Hash)
	assert.Error(t, err)
}

func TestParseIPFSURI(t *testing.T) {
	c, err := ParseIPFSURI("ipfs://bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm")
	require.NoError(t, err)
	assert.Equal(t, "ipfs://bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm", IPFSURI(c))
	_, err = ParseIPFSURI("ipfs://QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR")
	assert.NoError(t, err, "CIDv0 is readable")
	for _, bad := range []string{"", "ipfs://", "ipfs://notacid", "https://ipfs.io/ipfs/bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm", "ipfs://bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm/x"} {
		_, err := ParseIPFSURI(bad)
		assert.Error(t, err, bad)
	}
	assert.False(t, errors.Is(err, ErrNotFound))
}
