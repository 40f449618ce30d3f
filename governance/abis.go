package governance

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/certificatenft"
	"github.com/agijobs/agijobs-go/contracts/bindings/disputemodule"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/systempause"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

// tokenModule is the pseudo-module name of the stake token in plans.
const tokenModule deploy.Module = "Token"

var metaData = map[deploy.Module]*bind.MetaData{
	deploy.StakeManager:     &stakemanager.StakeManagerMetaData,
	deploy.JobRegistry:      &jobregistry.JobRegistryMetaData,
	deploy.ValidationModule: &validationmodule.ValidationModuleMetaData,
	deploy.IdentityRegistry: &identityregistry.IdentityRegistryMetaData,
	deploy.ReputationEngine: &reputationengine.ReputationEngineMetaData,
	deploy.DisputeModule:    &disputemodule.DisputeModuleMetaData,
	deploy.FeePool:          &feepool.FeePoolMetaData,
	deploy.CertificateNFT:   &certificatenft.CertificateNFTMetaData,
	deploy.SystemPause:      &systempause.SystemPauseMetaData,
	tokenModule:             &agialphatoken.AGIALPHATokenMetaData,
}

// moduleABI returns the parsed ABI of module m (bind.MetaData parses once
// and caches the result itself), or an *input.Error naming the field when
// m is not a module of the protocol.
func moduleABI(field string, m deploy.Module) (*abi.ABI, error) {
	md, ok := metaData[m]
	if !ok {
		return nil, input.New(field, fmt.Sprintf("%q is not a module of the protocol", m), `use one of deploy.Modules or "Token"`)
	}
	a, err := md.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("governance: ABI of %s: %w", m, err)
	}
	return a, nil
}

// pack packs a call of method on module m's ABI.
func pack(m deploy.Module, method string, args ...any) ([]byte, error) {
	a, err := moduleABI("Module", m)
	if err != nil {
		return nil, err
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("governance: packing %s.%s: %w", m, method, err)
	}
	return data, nil
}

// unpack decodes the outputs of method of module m.
func unpack(m deploy.Module, method string, out []byte) ([]any, error) {
	a, err := moduleABI("Module", m)
	if err != nil {
		return nil, err
	}
	return a.Unpack(method, out)
}

// isPausable reports whether SystemPause drives m.
func isPausable(m deploy.Module) bool {
	for _, p := range deploy.PausableModuleNames {
		if p == m {
			return true
		}
	}
	return false
}
