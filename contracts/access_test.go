package contracts_test

import (
	"math/big"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// Access classes of a function, as seen by a stranger calling it with zero
// arguments. Every non-view function of a protocol contract that is not
// listed in accessOpen is governance-only and must revert with
// OwnableUnauthorizedAccount(stranger).
const (
	accessOK       = "ok" // the call succeeds
	errOwnable     = "OwnableUnauthorizedAccount"
	errNotPauser   = "NotPauser"
	errNotGuardian = "NotGuardian"
	errModule      = "UnauthorizedCaller"
)

// accessOpen lists, per contract, the functions callable by anyone (or by a
// pending owner, a moderator, an attestor) and those reserved to peer modules
// or to the pauser/guardian, with the revert a stranger gets when calling
// them with zero arguments. A function missing here is governance-only.
var accessOpen = map[string]map[string]string{
	"AGIALPHAToken": {
		"acceptOwnership": errOwnable, // pending owner only
		"approve":         "ERC20InvalidSpender",
		"burn":            accessOK,
		"burnFrom":        "ERC20InvalidApprover",
		"transfer":        "ERC20InvalidReceiver",
		"transferFrom":    "ERC20InvalidApprover",
	},
	"CertificateNFT": {
		"acceptOwnership":   errOwnable,
		"initialize":        "InvalidInitialization",
		"mint":              errModule,
		"approve":           "ERC721NonexistentToken",
		"safeTransferFrom":  "ERC721InvalidReceiver",
		"setApprovalForAll": "ERC721InvalidOperator",
		"transferFrom":      "ERC721InvalidReceiver",
	},
	"DisputeModule": {
		"acceptOwnership": errOwnable,
		"initialize":      "InvalidInitialization",
		"pause":           errNotPauser,
		"unpause":         errNotPauser,
		"raise":           errModule,
		"resolve":         "NotModerator",
		"submitEvidence":  "NotParty",
	},
	"FeePool": {
		"acceptOwnership": errOwnable,
		"initialize":      "InvalidInitialization",
		"pause":           errNotPauser,
		"unpause":         errNotPauser,
		"claim":           "NothingToClaim", // anyone, for itself
		"burn":            "NothingToBurn",  // anyone
		"onFee":           errModule,        // JobRegistry and StakeManager
		"registerToken":   errModule,        // JobRegistry (or the owner)
		"onStakeChange":   errModule,
	},
	"IdentityRegistry": {
		"acceptOwnership":   errOwnable,
		"initialize":        "InvalidInitialization",
		"pause":             errNotPauser,
		"unpause":           errNotPauser,
		"attest":            "NotAttestor",
		"revokeAttestation": "NoAttestation",
		"setBlacklisted":    errModule,
	},
	"JobRegistry": {
		"acceptOwnership":    errOwnable,
		"initialize":         "InvalidInitialization",
		"pause":              errNotPauser,
		"unpause":            errNotPauser,
		"createJob":          "ZeroReward",
		"createJobWithToken": "TokenNotAllowed",
		"applyForJob":        "JobNotFound",
		"stakeAndApply":      "ZeroAmount",
		"submit":             "JobNotFound",
		"cancelJob":          "JobNotFound",
		"claimTimeout":       "JobNotFound",
		"finalize":           "JobNotFound",
		"dispute":            "JobNotFound",
		"onValidationResult": errModule,
		"resolveDispute":     errModule,
	},
	"ReputationEngine": {
		"acceptOwnership": errOwnable,
		"initialize":      "InvalidInitialization",
		"add":             errModule,
		"subtract":        errModule,
		"recordOutcome":   errModule, // JobRegistry (an allowed caller)
	},
	"StakeManager": {
		"acceptOwnership":  errOwnable,
		"initialize":       "InvalidInitialization",
		"pause":            errNotPauser,
		"unpause":          errNotPauser,
		"depositStake":     "ZeroAmount",
		"requestWithdraw":  "ZeroAmount",
		"finalizeWithdraw": "NoPendingWithdrawal",
		"depositStakeFor":  errModule,
		"lockEscrow":       errModule,
		"release":          errModule,
		"lockJobStake":     errModule,
		"releaseJobStake":  errModule,
		"lockValidators":   errModule,
		"slashPct":         errModule,
		"payFee":           errModule,  // FeePool
		"withdrawCredit":   "NoCredit", // anyone, for itself
	},
	"SystemPause": {
		"acceptOwnership": errOwnable,
		"initialize":      "InvalidInitialization",
		"pauseAll":        errNotGuardian,
	},
	"ValidationModule": {
		"acceptOwnership":            errOwnable,
		"initialize":                 "InvalidInitialization",
		"pause":                      errNotPauser,
		"unpause":                    errNotPauser,
		"selectValidators":           "InvalidRound",
		"selectValidatorsWithHeader": "InvalidRound",
		"commitValidation":           "InvalidRound",
		"revealValidation":           "InvalidRound",
		"finalize":                   "InvalidRound",
		"start":                      errModule,
		"abort":                      errModule, // JobRegistry
	},
}

// governed reports whether a function with stranger outcome `want` is
// reserved to governance (the owner, or the owner and the pauser/guardian).
func governed(fn, want string) bool {
	if fn == "acceptOwnership" {
		return false
	}
	return want == errOwnable || want == errNotPauser || want == errNotGuardian
}

// accessContract is a protocol contract under test.
type accessContract struct {
	name string
	addr common.Address // the proxy (the token itself for AGIALPHAToken)
	abi  abi.ABI
	impl common.Address // zero for the token
}

// protocolContracts lists every compiled protocol contract (test contracts
// and the bare proxy excluded) with the address it is used at. A contract
// without a known address fails the test, so a new module cannot be skipped.
func protocolContracts(t *testing.T, p *ct.Protocol) []accessContract {
	t.Helper()
	var out []accessContract
	for _, name := range contracts.ArtifactNames() {
		a, err := contracts.LoadArtifact(name)
		require.NoError(t, err)
		if strings.HasPrefix(a.SourceName, "test/") || name == "ModuleProxy" {
			continue
		}
		parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
		require.NoError(t, err)
		c := accessContract{name: name, abi: parsed}
		if name == "AGIALPHAToken" {
			c.addr = p.D.Token
		} else {
			c.addr = p.Addr(deploy.Module(name))
			c.impl = p.D.Implementations[deploy.Module(name)]
		}
		require.NotEqual(t, common.Address{}, c.addr, "contract %s has no deployed address: add it to the deployment and the access matrix", name)
		out = append(out, c)
	}
	require.GreaterOrEqual(t, len(out), 10)
	return out
}

// mutating returns the non-view, non-pure functions of parsed, sorted by name.
func mutating(parsed abi.ABI) []abi.Method {
	var out []abi.Method
	for _, m := range parsed.Methods {
		if !m.IsConstant() {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Sig < out[j].Sig })
	return out
}

var bigIntType = reflect.TypeOf(new(big.Int))

// zeroArg builds the zero value of an ABI type in the Go representation the
// abi package packs: big integers are non-nil, dynamic arrays hold one zero
// element (so that element types are built too), tuples are filled field by
// field.
func zeroArg(t abi.Type) reflect.Value {
	switch t.T {
	case abi.IntTy, abi.UintTy:
		if t.GetType() == bigIntType {
			return reflect.ValueOf(new(big.Int))
		}
		return reflect.Zero(t.GetType())
	case abi.SliceTy:
		s := reflect.MakeSlice(t.GetType(), 1, 1)
		s.Index(0).Set(zeroArg(*t.Elem))
		return s
	case abi.ArrayTy:
		a := reflect.New(t.GetType()).Elem()
		for i := 0; i < t.Size; i++ {
			a.Index(i).Set(zeroArg(*t.Elem))
		}
		return a
	case abi.TupleTy:
		s := reflect.New(t.GetType()).Elem()
		for i, e := range t.TupleElems {
			s.Field(i).Set(zeroArg(*e))
		}
		return s
	case abi.BytesTy:
		return reflect.ValueOf([]byte{})
	case abi.StringTy:
		return reflect.ValueOf("")
	default: // address, bool, bytesN, hash, function
		return reflect.New(t.GetType()).Elem()
	}
}

// zeroArgs builds zero arguments for every input of m.
func zeroArgs(m abi.Method) []any {
	args := make([]any, len(m.Inputs))
	for i, in := range m.Inputs {
		args[i] = zeroArg(in.Type).Interface()
	}
	return args
}

// packCall packs a call of m with args.
func packCall(t *testing.T, m abi.Method, args ...any) []byte {
	t.Helper()
	enc, err := m.Inputs.Pack(args...)
	require.NoError(t, err, "packing %s", m.Sig)
	return append(append([]byte{}, m.ID...), enc...)
}

func TestZeroArgsBuilder(t *testing.T) {
	t.Parallel()
	mustType := func(s string, comps []abi.ArgumentMarshaling) abi.Type {
		ty, err := abi.NewType(s, "", comps)
		require.NoError(t, err)
		return ty
	}
	inner := []abi.ArgumentMarshaling{{Name: "c", Type: "bool"}, {Name: "d", Type: "string"}}
	tuple := []abi.ArgumentMarshaling{
		{Name: "a", Type: "uint96"}, {Name: "b", Type: "bytes32[]"}, {Name: "e", Type: "tuple", Components: inner},
		{Name: "f", Type: "int24"}, {Name: "g", Type: "address[2]"},
	}
	var args abi.Arguments
	for _, ty := range []abi.Type{
		mustType("address", nil), mustType("uint8", nil), mustType("uint40", nil), mustType("uint64", nil),
		mustType("uint256", nil), mustType("int24", nil), mustType("int64", nil), mustType("int256", nil),
		mustType("bool", nil), mustType("bytes32", nil), mustType("bytes4", nil), mustType("bytes", nil),
		mustType("string", nil), mustType("uint256[]", nil), mustType("address[3]", nil),
		mustType("tuple", tuple), mustType("tuple[]", tuple), mustType("string[2][]", nil),
	} {
		args = append(args, abi.Argument{Type: ty})
	}
	values := make([]any, len(args))
	for i, a := range args {
		values[i] = zeroArg(a.Type).Interface()
	}
	enc, err := args.Pack(values...)
	require.NoError(t, err)
	// Every word of a zero encoding is either zero or an offset/length.
	require.Zero(t, len(enc)%32)
	out, err := args.Unpack(enc)
	require.NoError(t, err)
	require.Len(t, out, len(args))
	require.Equal(t, common.Address{}, out[0])
	require.Zero(t, out[4].(*big.Int).Sign())
	require.Len(t, out[13].([]*big.Int), 1, "dynamic arrays get one element")
	require.Zero(t, out[13].([]*big.Int)[0].Sign())
	// Round trip: packing what was unpacked gives the same bytes.
	again, err := args.Pack(out...)
	require.NoError(t, err)
	require.Equal(t, enc, again)
}

// TestAccessControlMatrix calls every non-view function of every protocol
// contract (read from its ABI, so a new function cannot escape) from a
// stranger with zero arguments and checks the revert.
func TestAccessControlMatrix(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	stranger := p.Accounts[ct.Stranger]
	total := 0
	for _, c := range protocolContracts(t, p) {
		open, ok := accessOpen[c.name]
		require.True(t, ok, "contract %s is missing from accessOpen", c.name)
		listed := map[string]bool{}
		for _, m := range mutating(c.abi) {
			listed[m.RawName] = true
			want, ok := open[m.RawName]
			if !ok {
				want = errOwnable
			}
			_, err := p.Send(ct.Stranger, c.addr, packCall(t, m, zeroArgs(m)...))
			total++
			if want == accessOK {
				require.NoError(t, err, "%s.%s by a stranger", c.name, m.Sig)
				continue
			}
			require.Error(t, err, "%s.%s by a stranger must revert with %s", c.name, m.Sig, want)
			var re *ct.RevertError
			require.ErrorAs(t, err, &re)
			require.Equal(t, want, re.Name, "%s.%s by a stranger: %v", c.name, m.Sig, err)
			switch want {
			case errOwnable, errNotPauser, errNotGuardian, errModule:
				require.Equal(t, stranger, re.Args[0], "%s.%s names the caller", c.name, m.Sig)
			}
		}
		for fn := range open {
			require.True(t, listed[fn], "accessOpen[%s][%s] is not a non-view function of the contract", c.name, fn)
		}
		if c.impl != (common.Address{}) {
			// renounceOwnership is a view in modules (it always reverts); a
			// stranger hits onlyOwner first.
			p.ExpectRevert(t, errOwnable, ct.Stranger, c.addr, p.JR.PackRenounceOwnership())
		}
	}
	require.Greater(t, total, 150, "the matrix covers every mutating function")
}

// ownerArgs gives, per contract and function, sensible arguments for a call
// by the owner. Every governance function of every protocol contract must be
// here (the test fails otherwise), so no setter escapes the event check.
// Entries may send preparatory transactions.
type ownerArgFn func(t *testing.T, p *ct.Protocol, c accessContract) []any

func ownerArgs() (common map[string]ownerArgFn, specific map[string]map[string]ownerArgFn) {
	acct := func(i int) ownerArgFn {
		return func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{p.Accounts[i]} }
	}
	mod := func(m deploy.Module) ownerArgFn {
		return func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{p.Addr(m)} }
	}
	num := func(v *big.Int) ownerArgFn {
		return func(*testing.T, *ct.Protocol, accessContract) []any { return []any{v} }
	}
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	vals := func(v ...any) ownerArgFn {
		return func(*testing.T, *ct.Protocol, accessContract) []any { return v }
	}
	isPaused := func(t *testing.T, p *ct.Protocol, c accessContract) bool {
		return ct.Call(t, p.Chain, c.addr, p.JR.PackPaused(), p.JR.UnpackPaused)
	}
	common = map[string]ownerArgFn{
		"transferOwnership": acct(ct.Owner), // offer to itself: emits, changes nothing
		"upgradeToAndCall": func(_ *testing.T, _ *ct.Protocol, c accessContract) []any {
			return []any{c.impl, []byte{}} // re-install the current implementation
		},
		"setPauser": mod(deploy.SystemPause),
		"pause": func(t *testing.T, p *ct.Protocol, c accessContract) []any {
			if isPaused(t, p, c) {
				p.MustSend(t, ct.Owner, c.addr, p.JR.PackUnpause())
			}
			return nil
		},
		"unpause": func(t *testing.T, p *ct.Protocol, c accessContract) []any {
			if !isPaused(t, p, c) {
				p.MustSend(t, ct.Owner, c.addr, p.JR.PackPause())
			}
			return nil
		},
	}
	specific = map[string]map[string]ownerArgFn{
		"AGIALPHAToken": {
			"mint": func(_ *testing.T, p *ct.Protocol, _ accessContract) []any {
				return []any{p.Accounts[ct.Stranger], big.NewInt(1)}
			},
			"renounceOwnership": vals(),
		},
		"CertificateNFT": {
			"setBaseURI":     vals("ipfs://certificates/"),
			"setJobRegistry": mod(deploy.JobRegistry),
		},
		"DisputeModule": {
			"setJobRegistry": mod(deploy.JobRegistry),
			"setModerator": func(_ *testing.T, p *ct.Protocol, _ accessContract) []any {
				return []any{p.Accounts[ct.Moderator], true}
			},
		},
		"FeePool": {
			// Governance shares a stray transfer (one wei sent first).
			"distribute": func(t *testing.T, p *ct.Protocol, _ accessContract) []any {
				p.MustSend(t, ct.Owner, p.D.Token, p.Token.PackTransfer(p.Addr(deploy.FeePool), big.NewInt(1)))
				return []any{p.D.Token}
			},
			"setBurnPct":      num(u(10)),
			"setJobRegistry":  mod(deploy.JobRegistry),
			"setStakeManager": mod(deploy.StakeManager),
		},
		"IdentityRegistry": {
			"addAdditionalAgent":        acct(10),
			"removeAdditionalAgent":     acct(10),
			"addAdditionalValidator":    acct(10),
			"removeAdditionalValidator": acct(10),
			"setAgentMerkleRoot":        vals([32]byte{1}),
			"setValidatorMerkleRoot":    vals([32]byte{2}),
			"setAgentRootNode":          vals([32]byte(deploy.NamehashAgent)),
			"setClubRootNode":           vals([32]byte(deploy.NamehashClub)),
			"setAttestor":               func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{p.Accounts[11], true} },
			"setReputationEngine":       mod(deploy.ReputationEngine),
		},
		"JobRegistry": {
			"setCertificateNFT":        mod(deploy.CertificateNFT),
			"setDisputeModule":         mod(deploy.DisputeModule),
			"setFeePool":               mod(deploy.FeePool),
			"setIdentityRegistry":      mod(deploy.IdentityRegistry),
			"setReputationEngine":      mod(deploy.ReputationEngine),
			"setStakeManager":          mod(deploy.StakeManager),
			"setValidationModule":      mod(deploy.ValidationModule),
			"setEscrowStatus":          vals(true),
			"setExpirationGracePeriod": num(u(86400)),
			"setFeePct":                num(u(5)),
			"setValidatorRewardPct":    num(u(10)),
			"setJobDurationLimit":      num(u(30 * 86400)),
			"setJobStake":              num(deploy.Ether(10)),
			"setMinAgentStake":         num(deploy.Ether(10)),
			"setMaxJobReward":          num(deploy.Ether(1_000_000)),
			"setMaxActiveJobsPerAgent": num(u(10)),
			"setTokenAllowed":          func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{p.D.Token, true} },
			"setTokenConfig": func(_ *testing.T, p *ct.Protocol, _ accessContract) []any {
				return []any{p.D.Token, deploy.Ether(1), deploy.Ether(1_000_000), big.NewInt(500)}
			},
		},
		"ReputationEngine": {
			"setBlacklist": func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{p.Accounts[10], false} },
			"setCaller": func(_ *testing.T, p *ct.Protocol, _ accessContract) []any {
				return []any{p.Addr(deploy.JobRegistry), true}
			},
			"setIdentityRegistry": mod(deploy.IdentityRegistry),
			"setPremiumThreshold": num(u(0)),
		},
		"StakeManager": {
			"setFeePool":          mod(deploy.FeePool),
			"setJobRegistry":      mod(deploy.JobRegistry),
			"setValidationModule": mod(deploy.ValidationModule),
			"setUnbondingPeriod":  num(u(86400)),
		},
		"SystemPause": {
			"pauseAll":    vals(),
			"unpauseAll":  vals(),
			"setGuardian": acct(10),
			"setModules":  func(_ *testing.T, p *ct.Protocol, _ accessContract) []any { return []any{deploy.PausableModules(p.D)} },
		},
		"ValidationModule": {
			"setJobRegistry":          mod(deploy.JobRegistry),
			"setStakeManager":         mod(deploy.StakeManager),
			"setIdentityRegistry":     mod(deploy.IdentityRegistry),
			"setReputationEngine":     mod(deploy.ReputationEngine),
			"setApprovalThreshold":    num(u(51)),
			"setCommitRevealWindows":  vals(u(3600), u(3600)),
			"setMinValidatorStake":    num(deploy.Ether(100)),
			"setRevealQuorum":         vals(u(50), u(1)),
			"setValidatorSlashingPct": num(u(10)),
			"setValidatorsPerJob":     num(u(3)),
			"setValidatorPool": func(t *testing.T, p *ct.Protocol, _ accessContract) []any {
				pool := ct.Call(t, p.Chain, p.Addr(deploy.ValidationModule), p.VM.PackValidatorPool(), p.VM.UnpackValidatorPool)
				return []any{pool}
			},
		},
	}
	return common, specific
}

// TestOwnerSettersEmitEvents calls every governance function of every
// protocol contract as the owner with sensible arguments and requires the
// contract to log at least one event.
func TestOwnerSettersEmitEvents(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	common, specific := ownerArgs()
	calls := 0
	for _, c := range protocolContracts(t, p) {
		open := accessOpen[c.name]
		used := map[string]bool{}
		var gov []abi.Method
		for _, m := range mutating(c.abi) {
			want, ok := open[m.RawName]
			if !ok {
				want = errOwnable
			}
			if governed(m.RawName, want) {
				gov = append(gov, m)
			}
		}
		// Renouncing (the token's) ownership ends governance: do it last.
		sort.SliceStable(gov, func(i, j int) bool {
			return gov[i].RawName != "renounceOwnership" && gov[j].RawName == "renounceOwnership"
		})
		for _, m := range gov {
			argFn, ok := specific[c.name][m.RawName]
			if !ok {
				argFn, ok = common[m.RawName]
			}
			require.True(t, ok, "%s.%s is a governance function without an entry in ownerArgs: add sensible arguments", c.name, m.Sig)
			used[m.RawName] = true
			args := argFn(t, p, c)
			r, err := p.Send(ct.Owner, c.addr, packCall(t, m, args...))
			require.NoError(t, err, "%s.%s by the owner", c.name, m.Sig)
			emitted := 0
			for _, l := range r.Logs {
				if l.Address == c.addr {
					emitted++
				}
			}
			require.GreaterOrEqual(t, emitted, 1, "%s.%s emits no event", c.name, m.Sig)
			calls++
		}
		for fn := range specific[c.name] {
			require.True(t, used[fn], "ownerArgs[%s][%s] is not a governance function", c.name, fn)
		}
	}
	require.Greater(t, calls, 80)
}

// TestRenounceDisabled: no module can be left without an owner.
func TestRenounceDisabled(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	for _, m := range deploy.Modules {
		p.ExpectRevert(t, "RenounceDisabled", ct.Owner, p.Addr(m), p.JR.PackRenounceOwnership())
		owner := ct.Call(t, p.Chain, p.Addr(m), p.JR.PackOwner(), p.JR.UnpackOwner)
		require.Equal(t, p.Accounts[ct.Owner], owner, string(m))
	}
}

// TestTwoStepOwnership moves ownership of every module (and of the dev
// token) to a new account: it takes effect only when the pending owner
// accepts, and then the old owner has lost its rights.
func TestTwoStepOwnership(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	const newOwner = 10
	jr := p.JR
	targets := map[string]common.Address{"AGIALPHAToken": p.D.Token}
	for _, m := range deploy.Modules {
		targets[string(m)] = p.Addr(m)
	}
	for name, a := range targets {
		owner := func() common.Address { return ct.Call(t, p.Chain, a, jr.PackOwner(), jr.UnpackOwner) }
		pending := func() common.Address { return ct.Call(t, p.Chain, a, jr.PackPendingOwner(), jr.UnpackPendingOwner) }

		p.ExpectRevert(t, errOwnable, ct.Stranger, a, jr.PackTransferOwnership(p.Accounts[ct.Stranger]))
		p.MustSend(t, ct.Owner, a, jr.PackTransferOwnership(p.Accounts[newOwner]))
		require.Equal(t, p.Accounts[ct.Owner], owner(), "%s: ownership moves only on acceptance", name)
		require.Equal(t, p.Accounts[newOwner], pending(), name)
		p.ExpectRevert(t, errOwnable, ct.Stranger, a, jr.PackAcceptOwnership())
		p.MustSend(t, newOwner, a, jr.PackAcceptOwnership())
		require.Equal(t, p.Accounts[newOwner], owner(), name)
		require.Equal(t, common.Address{}, pending(), name)

		// The old owner lost governance; the new owner has it.
		p.ExpectRevert(t, errOwnable, ct.Owner, a, jr.PackTransferOwnership(p.Accounts[ct.Owner]))
		p.MustSend(t, newOwner, a, jr.PackTransferOwnership(p.Accounts[ct.Owner]))
		p.MustSend(t, ct.Owner, a, jr.PackAcceptOwnership())
		require.Equal(t, p.Accounts[ct.Owner], owner(), name)
	}
	// A concrete setter follows ownership.
	jra := p.Addr(deploy.JobRegistry)
	p.MustSend(t, ct.Owner, jra, jr.PackTransferOwnership(p.Accounts[newOwner]))
	p.MustSend(t, newOwner, jra, jr.PackAcceptOwnership())
	p.ExpectRevert(t, errOwnable, ct.Owner, jra, jr.PackSetFeePct(big.NewInt(7)))
	p.MustSend(t, newOwner, jra, jr.PackSetFeePct(big.NewInt(7)))
	require.EqualValues(t, 7, ct.Call(t, p.Chain, jra, jr.PackFeePct(), jr.UnpackFeePct).Int64())
}

// TestInitializersAndProxyOnly: proxies cannot be initialised again,
// implementations never, and upgrades only go through a proxy.
func TestInitializersAndProxyOnly(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	n := 0
	for _, c := range protocolContracts(t, p) {
		m, ok := c.abi.Methods["initialize"]
		if c.impl == (common.Address{}) {
			require.False(t, ok, "%s: the token has no initializer", c.name)
			continue
		}
		require.True(t, ok, "%s has no initialize", c.name)
		args := zeroArgs(m)
		args[0] = p.Accounts[ct.Stranger] // a hijacker proposing itself as owner
		for _, target := range []common.Address{c.addr, c.impl} {
			p.ExpectRevert(t, "InvalidInitialization", ct.Stranger, target, packCall(t, m, args...))
			p.ExpectRevert(t, "InvalidInitialization", ct.Owner, target, packCall(t, m, args...))
		}
		// The implementation refuses to be upgraded directly, even by the owner.
		p.ExpectRevert(t, "UUPSUnauthorizedCallContext", ct.Owner, c.impl, p.JR.PackUpgradeToAndCall(c.impl, nil))
		owner := ct.Call(t, p.Chain, c.addr, p.JR.PackOwner(), p.JR.UnpackOwner)
		require.Equal(t, p.Accounts[ct.Owner], owner, "%s keeps its owner", c.name)
		n++
	}
	require.Equal(t, len(deploy.Modules), n)

	// A proxy is initialised in its constructor or not deployed at all, so
	// nobody can initialise it in between; and it needs a real implementation.
	proxy := moduleproxy.NewModuleProxy()
	bin := common.FromHex(moduleproxy.ModuleProxyMetaData.Bin)
	impl := p.D.Implementations[deploy.DisputeModule]
	initData := disputes().PackInitialize(p.Accounts[ct.Stranger])
	for want, args := range map[string][]byte{
		"ERC1967ProxyUninitialized":    proxy.PackConstructor(impl, nil),
		"ERC1967InvalidImplementation": proxy.PackConstructor(p.Accounts[ct.Stranger], initData),
	} {
		_, _, err := p.Deploy(ct.Stranger, bin, args)
		require.Equal(t, want, ct.RevertName(err), "%v", err)
	}
	fresh, _, err := p.Deploy(ct.Stranger, bin, proxy.PackConstructor(impl, initData))
	require.NoError(t, err)
	require.Equal(t, p.Accounts[ct.Stranger], ct.Call(t, p.Chain, fresh, p.JR.PackOwner(), p.JR.UnpackOwner))
	p.ExpectRevert(t, "InvalidInitialization", ct.Stranger, fresh, initData)
}

// TestWiringSettersCheckModules: every wiring setter (one address argument
// named module) rejects zero, an account without code and a contract that is
// not a module of this release.
func TestWiringSettersCheckModules(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	eoa := p.Accounts[ct.Stranger]
	n := 0
	for _, c := range protocolContracts(t, p) {
		for _, m := range mutating(c.abi) {
			if len(m.Inputs) != 1 || m.Inputs[0].Name != "module" || m.Inputs[0].Type.T != abi.AddressTy {
				continue
			}
			n++
			p.ExpectRevert(t, "ZeroAddress", ct.Owner, c.addr, packCall(t, m, common.Address{}))
			for _, bad := range []common.Address{p.D.Token, eoa} {
				_, err := p.Send(ct.Owner, c.addr, packCall(t, m, bad))
				var re *ct.RevertError
				require.ErrorAs(t, err, &re, "%s.%s(%s)", c.name, m.Sig, bad)
				require.Equal(t, "IncompatibleModule", re.Name, "%s.%s(%s)", c.name, m.Sig, bad)
				require.Equal(t, bad, re.Args[0])
				require.EqualValues(t, 0, re.Args[1].(*big.Int).Int64())
				require.EqualValues(t, 1, re.Args[2].(*big.Int).Int64())
			}
		}
	}
	require.GreaterOrEqual(t, n, 20, "wiring setters found by name")
	sp := pauser()
	spa := p.Addr(deploy.SystemPause)
	p.ExpectRevert(t, "IncompatibleModule", ct.Owner, spa, sp.PackSetModules([]common.Address{p.Addr(deploy.JobRegistry), p.D.Token}))
	p.ExpectRevert(t, "ZeroAddress", ct.Owner, spa, sp.PackSetModules([]common.Address{{}}))
	// Nothing changed.
	mods := ct.Call(t, p.Chain, spa, sp.PackModules(), sp.UnpackModules)
	require.Equal(t, deploy.PausableModules(p.D), mods)
	require.Equal(t, p.Addr(deploy.StakeManager), ct.Call(t, p.Chain, p.Addr(deploy.JobRegistry), p.JR.PackStakeManager(), p.JR.UnpackStakeManager))
}
