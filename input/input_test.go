package input_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/agijobs/agijobs-go/input"
	"github.com/stretchr/testify/require"
)

func TestError(t *testing.T) {
	cause := errors.New("boom")
	e := &input.Error{Field: "Config.RPCURL", Problem: "missing", Fix: "set the node URL", Err: cause}
	require.Equal(t, "Config.RPCURL: missing; set the node URL", e.Error())
	require.ErrorIs(t, e, input.ErrInvalid)
	require.ErrorIs(t, e, cause)
	require.Equal(t, "Reward: zero", input.New("Reward", "zero", "").Error())
}

func TestErrors(t *testing.T) {
	var es input.Errors
	require.NoError(t, es.Err())
	es.Add("A", "missing", "set it")
	es.Add("B", "negative", "")
	err := fmt.Errorf("escrow: %w", es.Err())
	require.ErrorIs(t, err, input.ErrInvalid)
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "A", fe.Field)
	require.Equal(t, "escrow: 2 invalid inputs:\n  A: missing; set it\n  B: negative", err.Error())
}

func ExampleErrors() {
	var errs input.Errors
	errs.Add("Config.ChainID", "missing", "set the chain id of the network (1 mainnet, 31337 anvil)")
	err := errs.Err()
	var fe *input.Error
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, "->", fe.Fix)
	}
	// Output: Config.ChainID -> set the chain id of the network (1 mainnet, 31337 anvil)
}

func TestAllFindsEveryField(t *testing.T) {
	var es input.Errors
	es.Add("a", "missing", "")
	es.Add("b", "bad", "fix b")
	other := input.New("c", "zero", "")
	err := fmt.Errorf("file x: %w", errors.Join(es, fmt.Errorf("file y: %w", other), errors.New("not a field")))
	got := input.All(err)
	require.Len(t, got, 3)
	require.Equal(t, []string{"a", "b", "c"}, []string{got[0].Field, got[1].Field, got[2].Field})
	require.Nil(t, input.All(errors.New("plain")))
	require.Nil(t, input.All(nil))
}
