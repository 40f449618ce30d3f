package faultproxy

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFaults sends requests through a proxy that injures all of them and
// checks what the client and the node see of each kind of fault.
func TestFaults(t *testing.T) {
	var reached atomic.Int64
	answer := []byte(`{"jsonrpc":"2.0","id":1,"result":"0x0000000000000000000000000000000000000000000000000000000000000001"}`)
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reached.Add(1)
		_, _ = w.Write(answer)
	}))
	t.Cleanup(node.Close)
	p, url := Start(t, node.URL, Config{Rate: 1, Seed: 7})
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	post := func() (int, []byte, error) {
		resp, err := client.Post(url, "application/json", bytes.NewReader([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":[]}`)))
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp.StatusCode, b, err
	}
	for range 200 {
		before := p.Stats()
		n0 := reached.Load()
		status, body, err := post()
		after := p.Stats()
		switch {
		case after.DroppedBefore > before.DroppedBefore:
			require.Error(t, err)
			require.Equal(t, n0, reached.Load(), "dropped before forwarding")
		case after.DroppedAfter > before.DroppedAfter:
			require.Error(t, err)
			require.Equal(t, n0+1, reached.Load(), "forwarded, answer lost")
		case after.Status5xx > before.Status5xx:
			require.NoError(t, err)
			require.GreaterOrEqual(t, status, 500)
			require.Equal(t, n0, reached.Load())
		case after.Delayed > before.Delayed:
			require.NoError(t, err)
			require.Equal(t, answer, body)
		case after.CutBodies > before.CutBodies:
			require.ErrorIs(t, err, io.ErrUnexpectedEOF, "the body is cut")
			require.Equal(t, answer[:len(answer)/2], body)
			require.Equal(t, n0+1, reached.Load())
		default:
			t.Fatal("a request was not injured at rate 1")
		}
	}
	s := p.Stats()
	require.EqualValues(t, 200, s.Requests)
	require.EqualValues(t, 200, s.Injured())
	require.EqualValues(t, 200, s.SendRawInjured)
	for _, n := range []int64{s.DroppedBefore, s.DroppedAfter, s.Status5xx, s.Delayed, s.CutBodies} {
		require.Positive(t, n, "every kind of fault happens: %s", s)
	}

	p.SetInjuring(false)
	_, body, err := post()
	require.NoError(t, err)
	require.Equal(t, answer, body)
}

// TestChosenFaults: Config.Faults restricts the injuries to its kinds.
func TestChosenFaults(t *testing.T) {
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x1"}`))
	}))
	t.Cleanup(node.Close)
	p, url := Start(t, node.URL, Config{Rate: 1, Faults: []Fault{Status5xx, CutBody}})
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for range 50 {
		resp, err := client.Post(url, "application/json", bytes.NewReader([]byte(`{}`)))
		if err == nil {
			_, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
		}
	}
	s := p.Stats()
	require.EqualValues(t, 50, s.Status5xx+s.CutBodies, "%s", s)
	require.Positive(t, s.Status5xx)
	require.Positive(t, s.CutBodies)
}
