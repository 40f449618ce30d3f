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
	"github.com/agijobs/agijobs-go/internal/inputtest"
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

	h, err := got.Hash()
	require.NoError(t, err)
	assert.Equal(t, pub.Hash, h, "the returned spec hashes to the on-chain hash")

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

// putDoc stores b and returns its URI.
func putDoc(t *testing.T, s Store, b []byte) string {
	t.Helper()
	c, err := s.Put(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)
	return IPFSURI(c)
}

// TestFetchAcceptsOnlyCanonicalBytes: a fetched document is accepted only
// when its bytes are its canonical encoding and hash to the on-chain hash;
// the spec returned then hashes to the on-chain hash.
func TestFetchAcceptsOnlyCanonicalBytes(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	defer s.Close()
	canon, err := os.ReadFile("testdata/jobspec.canonical.json")
	require.NoError(t, err)
	canon = bytes.TrimSpace(canon)
	pretty, err := os.ReadFile("testdata/jobspec.json")
	require.NoError(t, err)
	canonHash := crypto.Keccak256Hash(canon)

	spec, err := FetchJobSpec(ctx, s, putDoc(t, s, canon), canonHash)
	require.NoError(t, err)
	h, err := spec.Hash()
	require.NoError(t, err)
	require.Equal(t, canonHash, h)

	var m map[string]any
	require.NoError(t, json.Unmarshal(canon, &m))
	indented, err := json.MarshalIndent(m, "", "  ") // sorted keys, indented
	require.NoError(t, err)
	reordered := bytes.Replace(canon, []byte(`{"acceptanceCriteria":`), []byte(`{"version":1,"acceptanceCriteria":`), 1)
	reordered = bytes.Replace(reordered, []byte(`,"version":1}`), []byte(`}`), 1)
	require.NotEqual(t, canon, reordered)
	dupTitle := bytes.Replace(canon, []byte(`"title":"Label`), []byte(`"title":"Evil","title":"Label`), 1)
	dupNested := bytes.Replace(canon, []byte(`"name":"photos.tar"`), []byte(`"name":"evil.tar","name":"photos.tar"`), 1)
	emptyTags := bytes.Replace(canon, []byte(`"tags":["images","traffic"]`), []byte(`"tags":[]`), 1)
	caseVariant := bytes.Replace(canon, []byte(`"name":"photos.tar"`), []byte(`"Name":"photos.tar"`), 1)

	for name, c := range map[string]struct {
		doc     []byte
		onChain common.Hash
		want    string
	}{
		// The on-chain hash is keccak256 of the very bytes stored, but
		// they are not canonical: another hash would validate the same
		// document.
		"indented":        {pretty, crypto.Keccak256Hash(pretty), "is not canonical JSON"},
		"indented sorted": {indented, crypto.Keccak256Hash(indented), "is not canonical JSON"},
		"reordered":       {reordered, crypto.Keccak256Hash(reordered), "is not canonical JSON"},
		// The chain has the canonical hash, the store other bytes.
		"stored indented": {pretty, canonHash, "not as its canonical bytes"},
		// Canonical JSON, but not what Encode writes for the spec it holds.
		"empty list": {emptyTags, crypto.Keccak256Hash(emptyTags), "not the job spec as Encode writes it"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := FetchJobSpec(ctx, s, putDoc(t, s, c.doc), c.onChain)
			require.ErrorIs(t, err, ErrNotCanonical)
			require.ErrorIs(t, err, input.ErrInvalid, "a bad document, not a transient failure")
			require.ErrorContains(t, err, c.want)
		})
	}
	for name, c := range map[string]struct {
		doc   []byte
		field string
	}{
		"duplicate title":       {dupTitle, "title"},
		"duplicate nested name": {dupNested, "attachments[0].name"},
		"name in another case":  {caseVariant, "attachments[0].Name"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := FetchJobSpec(ctx, s, putDoc(t, s, c.doc), crypto.Keccak256Hash(c.doc))
			require.ErrorIs(t, err, input.ErrInvalid)
			require.Contains(t, inputtest.Problems(err), c.field, "%v", err)
		})
	}

	// A result likewise.
	rcanon, err := os.ReadFile("testdata/jobresult.canonical.json")
	require.NoError(t, err)
	rcanon = bytes.TrimSpace(rcanon)
	res, err := FetchJobResult(ctx, s, putDoc(t, s, rcanon), crypto.Keccak256Hash(rcanon))
	require.NoError(t, err)
	rh, err := res.Hash()
	require.NoError(t, err)
	require.Equal(t, crypto.Keccak256Hash(rcanon), rh)
	rpretty, err := os.ReadFile("testdata/jobresult.json")
	require.NoError(t, err)
	_, err = FetchJobResult(ctx, s, putDoc(t, s, rpretty), crypto.Keccak256Hash(rpretty))
	require.ErrorIs(t, err, ErrNotCanonical)
	rdup := bytes.Replace(rcanon, []byte(`"summary":`), []byte(`"summary":"Evil","summary":`), 1)
	_, err = FetchJobResult(ctx, s, putDoc(t, s, rdup), crypto.Keccak256Hash(rdup))
	require.Contains(t, inputtest.Problems(err), "summary", "%v", err)
}

// TestParseRejectsDuplicateNames: a name twice in one object, at any
// depth, is an error naming its path, as is a name that matches a field
// only ignoring case (encoding/json would take both silently).
func TestParseRejectsDuplicateNames(t *testing.T) {
	raw, err := os.ReadFile("testdata/jobspec.json")
	require.NoError(t, err)
	_, err = ParseJobSpec(raw)
	require.NoError(t, err)
	for doc, want := range map[string]string{
		`{"title":"Evil","title":"Good"}`:            "title",
		`{"attachments":[{"name":"a","name":"b"}]}`:  "attachments[0].name",
		`{"attachments":[{},{"uri":"x","uri":"y"}]}`: "attachments[1].uri",
		`{"Title":"Evil","title":"Good"}`:            "Title",
		`{"attachments":[{"name":"a","NAME":"b"}]}`:  "attachments[0].NAME",
		`{"attachments":[{"colour":"blue"}]}`:        "attachments[0].colour",
		`{"budget":{"a":1,"a":2}}`:                   "budget",
	} {
		_, err := ParseJobSpec([]byte(doc))
		require.ErrorIs(t, err, input.ErrInvalid, doc)
		problems := inputtest.Problems(err)
		require.Contains(t, problems, want, "%s: %v", doc, err)
	}
	_, err = ParseJobSpec([]byte(`{"title":"Evil","title":"Good"}`))
	require.Contains(t, inputtest.Problems(err)["title"], "appears twice")
	_, err = ParseJobSpec([]byte(`{"Title":"Evil"}`))
	require.Contains(t, inputtest.Problems(err)["Title"], `write "title"`)
	_, err = ParseJobResult([]byte(`{"outputs":[{"name":"a","name":"b"}]}`))
	require.Contains(t, inputtest.Problems(err), "outputs[0].name")
}

// TestFetchRefusesOversizedDocument: a document over MaxDocumentSize is
// refused as bad input (no later fetch changes it), naming the limit.
func TestFetchRefusesOversizedDocument(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	defer s.Close()
	big := bytes.Repeat([]byte(" "), MaxDocumentSize+1)
	_, err := FetchJobSpec(ctx, s, putDoc(t, s, big), crypto.Keccak256Hash(big))
	require.ErrorIs(t, err, input.ErrInvalid)
	require.ErrorContains(t, err, "storage.MaxDocumentSize")
}
