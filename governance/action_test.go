package governance

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

// TestNewActionRejectsBadInput checks that an unknown module or method, or
// arguments the method does not take, are *input.Error values naming the
// field, not panics.
func TestNewActionRejectsBadInput(t *testing.T) {
	for name, tc := range map[string]struct {
		spec  ActionSpec
		field string
	}{
		"unknown module": {ActionSpec{Module: "Nope", Method: "setFeePct"}, "ActionSpec.Module"},
		"unknown method": {ActionSpec{Module: deploy.JobRegistry, Method: "setNope"}, "ActionSpec.Method"},
		"wrong args":     {ActionSpec{Module: deploy.JobRegistry, Method: "setFeePct", Args: []any{"five"}}, "ActionSpec.Args"},
		"empty module":   {ActionSpec{}, "ActionSpec.Module"},
		// The ABI encoder panics on these (reflect: call of
		// reflect.Value.Type on zero Value): they are rejected first.
		"nil big.Int": {ActionSpec{Module: deploy.JobRegistry, Method: "setFeePct", Args: []any{(*big.Int)(nil)}}, "ActionSpec.Args[0]"},
		"nil arg":     {ActionSpec{Module: deploy.JobRegistry, Method: "setFeePct", Args: []any{nil}}, "ActionSpec.Args[0]"},
	} {
		t.Run(name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { _, err = NewAction(tc.spec) })
			var fe *input.Error
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			assert.NotEmpty(t, fe.Fix)
		})
	}
	a, err := NewAction(ActionSpec{Module: deploy.JobRegistry, Method: "setFeePct", Args: []any{big.NewInt(4)}, Label: "feePct"})
	require.NoError(t, err)
	assert.Equal(t, "setFeePct(uint256)", a.Signature)
	inputs, payable, err := a.Inputs()
	require.NoError(t, err)
	assert.False(t, payable)
	assert.Equal(t, []Input{{Name: "pct", Type: "uint256", InternalType: "uint256"}}, inputs)
}

// TestCallAction decodes a built call into an action equal to the one
// NewAction builds, and refuses calls of another module.
func TestCallAction(t *testing.T) {
	registry := common.HexToAddress("0x1000000000000000000000000000000000000001")
	agent := common.HexToAddress("0x2000000000000000000000000000000000000002")
	c := chain.TxCandidate{To: &registry, Data: identityregistry.NewIdentityRegistry().PackAddAdditionalAgent(agent), Label: "addAdditionalAgent " + agent.Hex()}
	got, err := CallAction(deploy.IdentityRegistry, c, "allowlist the agent")
	require.NoError(t, err)
	want, err := NewAction(ActionSpec{Module: deploy.IdentityRegistry, Target: registry, Method: "addAdditionalAgent", Args: []any{agent},
		Label: c.Label, Why: "allowlist the agent"})
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, "agent", mustInputs(t, got)[0].Name)

	_, err = CallAction(deploy.JobRegistry, c, "")
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "TxCandidate.Data", fe.Field)
	_, err = CallAction(deploy.IdentityRegistry, chain.TxCandidate{Data: c.Data}, "")
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "TxCandidate.To", fe.Field)
}

func mustInputs(t *testing.T, a Action) []Input {
	in, _, err := a.Inputs()
	require.NoError(t, err)
	return in
}
