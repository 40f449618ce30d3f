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

// moduleABI returns the parsed ABI of module m. bind.MetaData parses once
// and caches the result itself.
func moduleABI(m deploy.Module) *abi.ABI {
	md, ok := metaData[m]
	if !ok {
		panic("governance: no ABI for module " + string(m))
	}
	a, err := md.ParseABI()
	if err != nil {
		panic(fmt.Errorf("governance: ABI of %s: %w", m, err)) // generated bindings: cannot happen
	}
	return a
}

// pack packs a call of method on module m's ABI.
func pack(m deploy.Module, method string, args ...any) ([]byte, error) {
	data, err := moduleABI(m).Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("governance: packing %s.%s: %w", m, method, err)
	}
	return data, nil
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
