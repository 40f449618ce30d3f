package agijobs

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// found is what New saw at one address of Addresses.
type found struct {
	field string // Addresses field, also the module's moduleKind()
	addr  common.Address
	code  bool
	// kind is the address's moduleKind() answer; "" when it has none.
	kind string
}

// checkModules verifies that every address holds a contract and that each
// module answers moduleKind() with its own name (the stake token answers
// none), so that a manifest of another network, an address without code
// or two addresses swapped is an error naming the field and what is there,
// instead of a bare "execution reverted" on the first read.
func (c *Client) checkModules(ctx context.Context) error {
	v := reflect.ValueOf(*c.addrs)
	fs := make([]found, v.NumField())
	for i := range fs {
		fs[i] = found{field: v.Type().Field(i).Name, addr: v.Field(i).Interface().(common.Address)}
	}
	if err := readModules(ctx, c.backend, fs); err != nil {
		return fmt.Errorf("agijobs: check the protocol's contracts: %w", err)
	}
	at := map[string]string{} // module kind → the field whose address answers it
	for _, f := range fs {
		if f.kind != "" {
			at[f.kind] = f.field
		}
	}
	var errs input.Errors
	for _, f := range fs {
		field := "agijobs.Options.Addresses." + f.field
		switch {
		case !f.code:
			errs.Add(field, fmt.Sprintf("%s has no contract code on chain %v", f.addr.Hex(), c.chainID),
				"check that the manifest or addresses belong to this network")
		case f.field == "Token" && f.kind != "":
			errs.Add(field, fmt.Sprintf("%s is the %s module (its moduleKind()), not the stake token", f.addr.Hex(), f.kind), swapFix(f, fs, at))
		case f.field == "Token":
		case f.kind == "":
			errs.Add(field, fmt.Sprintf("%s holds a contract that does not answer moduleKind(): not an AGI Jobs module", f.addr.Hex()), swapFix(f, fs, at))
		case f.kind != f.field:
			errs.Add(field, fmt.Sprintf("%s is the %s module (its moduleKind()), not the %s", f.addr.Hex(), f.kind, f.field), swapFix(f, fs, at))
		}
	}
	return errs.Err()
}

// swapFix words the fix for field f, which does not hold its own module:
// when another field holds f's module, or f holds the module of a field
// that does not hold it, the two look swapped.
func swapFix(f found, fs []found, at map[string]string) string {
	other, ok := at[f.field]
	if !ok && f.kind != "" {
		for _, g := range fs {
			if g.field == f.kind && g.kind != g.field {
				other, ok = g.field, true
			}
		}
	}
	if ok && other != f.field {
		return fmt.Sprintf("Addresses.%s and Addresses.%s look swapped: fix the manifest", f.field, other)
	}
	return "take the " + f.field + " address from the deployment manifest"
}

// readModules fills in the code and moduleKind() of every address: in one
// JSON-RPC batch when the backend is a node's client, else one read at a time.
func readModules(ctx context.Context, backend chain.Backend, fs []found) error {
	kindCall := jobregistry.NewJobRegistry().PackModuleKind()
	// Only a node's own client: the embedded chain's batch answers calls,
	// not eth_getCode.
	if rc := rpcbatch.ClientOf(backend); rc != nil {
		codes, kinds := make([]hexutil.Bytes, len(fs)), make([]hexutil.Bytes, len(fs))
		elems := make([]rpc.BatchElem, 0, 2*len(fs))
		for i, f := range fs {
			elems = append(elems,
				rpc.BatchElem{Method: "eth_getCode", Args: []any{f.addr, "latest"}, Result: &codes[i]},
				rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": f.addr, "data": hexutil.Bytes(kindCall)}, "latest"}, Result: &kinds[i]})
		}
		if err := rpcbatch.Send(ctx, rc, elems, 0, 1, func(_ int, err error) error { return err }); err != nil {
			return err
		}
		for i := range fs {
			if err := elems[2*i].Error; err != nil {
				return fmt.Errorf("code at %s: %w", fs[i].addr.Hex(), err)
			}
			fs[i].code = len(codes[i]) > 0
			if elems[2*i+1].Error == nil {
				fs[i].kind = moduleKind(kinds[i])
			}
		}
		return nil
	}
	for i := range fs {
		to := fs[i].addr
		code, err := backend.CodeAt(ctx, to, nil)
		if err != nil {
			return fmt.Errorf("code at %s: %w", to.Hex(), err)
		}
		fs[i].code = len(code) > 0
		if !fs[i].code {
			continue
		}
		if out, err := backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: kindCall}, (*big.Int)(nil)); err == nil {
			fs[i].kind = moduleKind(out)
		}
	}
	return nil
}

// moduleKind decodes a moduleKind() answer: a short name left-aligned in
// a bytes32; "" for anything else.
func moduleKind(out []byte) string {
	if len(out) != 32 {
		return ""
	}
	k := strings.TrimRight(string(out), "\x00")
	for _, r := range k {
		if r < 0x20 || r > 0x7e {
			return ""
		}
	}
	return k
}
