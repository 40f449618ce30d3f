package contracts_test

import (
	"github.com/agijobs/agijobs-go/contracts/bindings/certificatenft"
	"github.com/agijobs/agijobs-go/contracts/bindings/disputemodule"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/systempause"
)

func certificate() *certificatenft.CertificateNFT { return certificatenft.NewCertificateNFT() }
func reputation() *reputationengine.ReputationEngine {
	return reputationengine.NewReputationEngine()
}
func disputes() *disputemodule.DisputeModule { return disputemodule.NewDisputeModule() }
func fees() *feepool.FeePool                 { return feepool.NewFeePool() }
func pauser() *systempause.SystemPause       { return systempause.NewSystemPause() }
