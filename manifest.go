package agijobs

import (
	"fmt"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
)

// This file is the root's only use of the deployment manifest type.

// AddressesFromManifest returns the typed addresses of a deployment
// manifest (deployment.LoadManifest reads and checks one; a module missing
// from m gives a zero address).
func AddressesFromManifest(m *deployment.Manifest) Addresses {
	return Addresses{
		Token:            m.Token(),
		StakeManager:     m.Address(deploy.StakeManager),
		JobRegistry:      m.Address(deploy.JobRegistry),
		ValidationModule: m.Address(deploy.ValidationModule),
		IdentityRegistry: m.Address(deploy.IdentityRegistry),
		ReputationEngine: m.Address(deploy.ReputationEngine),
		DisputeModule:    m.Address(deploy.DisputeModule),
		FeePool:          m.Address(deploy.FeePool),
		CertificateNFT:   m.Address(deploy.CertificateNFT),
		SystemPause:      m.Address(deploy.SystemPause),
	}
}

// manifestAddresses reads and checks the manifest at path and returns its
// addresses and chain id, which must equal chainID unless that is 0. Its
// invalid fields are input errors named by their JSON path, e.g.
// "contracts.Token", wrapped with the file's path.
func manifestAddresses(path string, chainID uint64) (Addresses, uint64, error) {
	m, err := deployment.LoadManifest(path)
	if err != nil {
		return Addresses{}, 0, err
	}
	if chainID != 0 && m.ChainID != chainID {
		return Addresses{}, 0, input.New("agijobs.Config.ManifestPath", fmt.Sprintf("the manifest is for chain %d but agijobs.Config.ChainID is %d", m.ChainID, chainID),
			"use the manifest of this network")
	}
	return AddressesFromManifest(m), m.ChainID, nil
}
