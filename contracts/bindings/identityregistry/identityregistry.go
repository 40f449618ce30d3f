// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package identityregistry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"InvalidIdentityRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAttestor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AdditionalAgentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AdditionalValidatorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"AgentMerkleRootUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"AgentRootNodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AttestationRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"attestor\",\"type\":\"address\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attestor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AttestorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blacklisted\",\"type\":\"bool\"}],\"name\":\"BlacklistUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"ClubRootNodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"ValidatorMerkleRootUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_AGENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_VALIDATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAdditionalAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"addAdditionalValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"additionalAgents\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"additionalValidators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentMerkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentRootNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"attestation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blacklistEpoch\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clubRootNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"agentRootNode_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"clubRootNode_\",\"type\":\"bytes32\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isAttestor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"isAuthorizedAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"isAuthorizedValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isBlacklisted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAdditionalAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"removeAdditionalValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeAttestation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"candidates\",\"type\":\"address[]\"}],\"name\":\"screenValidators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blacklisted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"allowlisted\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"setAgentMerkleRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"setAgentRootNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attestor\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setAttestor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blacklisted\",\"type\":\"bool\"}],\"name\":\"setBlacklisted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"setClubRootNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"setValidatorMerkleRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorMerkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"viaWrapper\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"viaMerkle\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"viaWrapper\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"viaMerkle\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x60a080604052346100c257306080525f5160206125795f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b6040516124b290816100c782396080518181816111f301526112970152f35b6001600160401b0319166001600160401b039081175f5160206125795f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806309ae00ee146118a557806318d8a98a146118735780631d9b5a6a1461181b5780632634d360146117f25780632d88af4a1461177a5780632e2f4e24146117495780633e8b1d67146117295780633f4ba83a1461166557806341724dd0146115f7578063498fdfdd1461159f5780634f1ef2861461124757806352d1902d146111e157806354fd4d5014610e325780635c975abb146111b05780636bb5090c14610fa15780636c2db31014610ec2578063715018a614610e9b57806379ba509714610e4d5780637b4599d414610e3257806381ed980814610e325780638456cb5914610d6557806385f812c314610bdc5780638c410fc814610b615780638da5cb5b14610b2d578063931152d314610a4b5780639fd0506d14610a17578063a07c079c146109d6578063a5c7af95146109ad578063ad3cb1cc1461094f578063b9507801146108d6578063bdb5ca46146108ad578063c3f677ef14610879578063cd05a75714610821578063cfcee2d01461079d578063d01dd6d21461065c578063d4f59e4014610640578063d578b4a314610617578063dc944f5f146105b3578063e03352dd14610593578063e30c39781461055f578063e3bbe79e14610545578063e72def61146104c4578063e8c84e311461049d578063ebe1ff411461040b578063ee995fe514610310578063f21aa1dc146102e2578063f2fde38b1461025e5763fe575a8714610229575f80fd5b3461025a57602036600319011261025a576020600461024e6102496118fd565b611ae3565b54161515604051908152f35b5f80fd5b3461025a57602036600319011261025a576102776118fd565b61027f611b2c565b5f5160206124925f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206123525f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461025a575f36600319011261025a576040516f4964656e74697479526567697374727960801b8152602090f35b3461025a5761031e366119ef565b9160ff5f5160206123d25f395f51905f525460a01c166103fc5760ff61034333611aab565b5416156103e95760ff821691600183116103d6576001600160a01b0384169384156103c7576103729183611bb7565b5f525f5160206123725f395f51905f5260205260405f20336001600160601b0360a01b8254161790557fc3a8638ecd31229168a0ab99bc1cf49ee272b8721064b1d407fde1cd91698f336020604051338152a4005b63d92e233d60e01b5f5260045ffd5b82637b348f2160e11b5f5260045260245ffd5b636ae28ec960e01b5f523360045260245ffd5b63d93c066560e01b5f5260045ffd5b3461025a5761046f61049961041f36611a23565b915f5160206124125f395f51905f52969493965461043e36838a611978565b602081519101206040519060208201928352604082015260408152610464606082611942565b519020968794612122565b60408051921515835260208301949094525f93820193909352911515606083015281906080820190565b0390f35b3461025a5760206104b96104b036611a23565b93929092611fab565b506040519015158152f35b3461025a57602036600319011261025a576104dd6118fd565b6104e5611b2c565b6001600160a01b0381169081156103c75760ff61050e60fe61050684611ae3565b541692611ae3565b911660ff198254161790557f06e7f260cb93f6fd45c4ca1fb4214700dc2f1569fcbfb19c1e0b7ff8d9ea81e360206040515f8152a2005b3461025a575f36600319011261025a5760206040515f8152f35b3461025a575f36600319011261025a575f5160206124925f395f51905f52546040516001600160a01b039091168152602090f35b3461025a57602036600319011261025a576020600261024e6102496118fd565b3461025a5761046f6104996105c736611a23565b915f5160206123325f395f51905f5296949396546105e636838a611978565b60208151910120604051906020820192835260408201526040815261060c606082611942565b519020968794611dad565b3461025a575f36600319011261025a5760205f5160206123325f395f51905f5254604051908152f35b3461025a5760206104b961065336611a23565b93929092611bed565b3461025a5761066a36611913565b5f5160206123d25f395f51905f52546001600160a01b0316330361078a576001600160a01b0382169182156103c757806106a48392611ae3565b5490821561077b5760ff6106bd60048285161792611ae3565b911660ff198254161790558161076f575b50610703575b60207f6a12b3df6cba4203bd7fd06b816789f87de8c594299aed5717ae070fac781bac916040519015158152a2005b5f5160206123d25f395f51905f52549063ffffffff8260a81c169063ffffffff821461075b5763ffffffff60a81b19909216600190910160a81b63ffffffff60a81b16175f5160206123d25f395f51905f52556106d4565b634e487b7160e01b5f52601160045260245ffd5b600491501615836106ce565b60ff6106bd60fb841692611ae3565b63d86ad9cf60e01b5f523360045260245ffd5b3461025a57602036600319011261025a576107b66118fd565b6107be611b2c565b6001600160a01b0381169081156103c75760ff6107e96001826107e085611ae3565b54161792611ae3565b911660ff198254161790557f06e7f260cb93f6fd45c4ca1fb4214700dc2f1569fcbfb19c1e0b7ff8d9ea81e3602060405160018152a2005b3461025a57602036600319011261025a577f9572759c05e6e8c854dc82ef32ad0846540812e6577cb2e8e2f3c2e224b113e96020600435610860611b2c565b805f5160206124525f395f51905f5255604051908152a1005b3461025a575f36600319011261025a575f5160206123d25f395f51905f52546040516001600160a01b039091168152602090f35b3461025a575f36600319011261025a5760205f5160206124525f395f51905f5254604051908152f35b3461025a57602036600319011261025a576108ef6118fd565b6108f7611b2c565b6001600160a01b0381169081156103c75760ff61091860fd61050684611ae3565b911660ff198254161790557fff57eb99a7f6d7b3efd3375434922c1faa1b7fd910738681bf476d1218abf65160206040515f8152a2005b3461025a575f36600319011261025a57604080519061096e8183611942565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b3461025a575f36600319011261025a5760205f5160206124125f395f51905f5254604051908152f35b3461025a576109ed6109e7366119ef565b91611bb7565b5f525f5160206123725f395f51905f52602052602060018060a01b0360405f205416604051908152f35b3461025a575f36600319011261025a575f5160206123b25f395f51905f52546040516001600160a01b039091168152602090f35b3461025a57610a59366119ef565b9091610a66828483611bb7565b5f8181525f5160206123725f395f51905f5260205260409020546001600160a01b03168015610b1e5733141580610afd575b6103e9575f525f5160206123725f395f51905f5260205260405f206001600160601b0360a01b81541690557f285d8bf7d3f66868fe428ce5c50c6149b6f7b67cbbbe20f5ee6a8fe5c61ea39e602060ff6040519433865260018060a01b0316951693a4005b505f5160206123525f395f51905f52546001600160a01b0316331415610a98565b6326190c7560e11b5f5260045ffd5b3461025a575f36600319011261025a575f5160206123525f395f51905f52546040516001600160a01b039091168152602090f35b3461025a57602036600319011261025a57610b7a6118fd565b610b82611b2c565b6001600160a01b0381169081156103c75760ff610ba46002826107e085611ae3565b911660ff198254161790557fff57eb99a7f6d7b3efd3375434922c1faa1b7fd910738681bf476d1218abf651602060405160018152a2005b3461025a57606036600319011261025a57610bf56118fd565b5f5160206124725f395f51905f52549060ff8260401c16159167ffffffffffffffff811680159081610d5d575b6001149081610d53575b159081610d4a575b50610d3b5767ffffffffffffffff1981166001175f5160206124725f395f51905f525582610d0f575b50610c6661227a565b6001600160a01b038116156103c757610c8e90610c8161227a565b610c8961227a565b611b4c565b6024355f5160206124125f395f51905f52556044355f5160206123325f395f51905f5255610cb857005b68ff0000000000000000195f5160206124725f395f51905f5254165f5160206124725f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b68ffffffffffffffffff191668010000000000000001175f5160206124725f395f51905f525582610c5d565b63f92ee8a960e01b5f5260045ffd5b90501584610c34565b303b159150610c2c565b849150610c22565b3461025a575f36600319011261025a575f5160206123525f395f51905f52546001600160a01b031633141580610e11575b610dfe575f5160206123d25f395f51905f525460ff8160a01c166103fc5760ff60a01b1916600160a01b175f5160206123d25f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a1005b6310351a3760e11b5f523360045260245ffd5b505f5160206123b25f395f51905f52546001600160a01b0316331415610d96565b3461025a575f36600319011261025a57602060405160018152f35b3461025a575f36600319011261025a575f5160206124925f395f51905f5254336001600160a01b0390911603610e8857610e8633611b4c565b005b63118cdaa760e01b5f523360045260245ffd5b3461025a575f36600319011261025a57610eb3611b2c565b638905116560e01b5f5260045ffd5b3461025a57602036600319011261025a5760043567ffffffffffffffff811161025a57610ef39036906004016119be565b5f5160206123d25f395f51905f525460a81c63ffffffff16915f918291825b82851080610f96575b15610f7f57610f2b858484611b08565b356001600160a01b038116810361025a57610f4590611ae3565b546004811615610f6857506001851b17935b5f19811461075b5760010193610f12565b90949060021615610f5757926001841b1792610f57565b606090868560405192835260208301526040820152f35b506101008510610f1b565b3461025a57602036600319011261025a57610fba6118fd565b610fc2611b2c565b6001600160a01b0381169081156103c7573b156111955760405163054fd4d560e41b8152602081600481855afa5f9181611161575b5061101857506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106111465750604051633c86a87760e21b8152602081600481855afa5f9181611112575b5061107257506344f2c35f60e01b5f526004525f6024526f52657075746174696f6e456e67696e6560801b60445260645ffd5b6fad9a8f8a8b9e8b969091ba919896919b60801b81016110e5577f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a6602083806001600160601b0360a01b5f5160206123d25f395f51905f525416175f5160206123d25f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526f52657075746174696f6e456e67696e6560801b60445260645ffd5b9091506020813d60201161113e575b8161112e60209383611942565b8101031261025a5751908361103f565b3d9150611121565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d60201161118d575b8161117d60209383611942565b8101031261025a57519083610ff7565b3d9150611170565b6302030e8960e11b5f526004525f602452600160445260645ffd5b3461025a575f36600319011261025a57602060ff5f5160206123d25f395f51905f525460a01c166040519015158152f35b3461025a575f36600319011261025a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036112385760206040515f5160206123925f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b604036600319011261025a5761125b6118fd565b60243567ffffffffffffffff811161025a573660238201121561025a5761128c903690602481600401359101611978565b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630811490811561157d575b50611238576112cf611b2c565b6001600160a01b0381169182156103c757813b156115615760405163054fd4d560e41b8152602081600481875afa5f918161152d575b5061132657836302030e8960e11b5f526004525f602452600160445260645ffd5b600181106115125750604051633c86a87760e21b8152602081600481875afa5f91816114de575b5061138057836344f2c35f60e01b5f526004525f6024526f4964656e74697479526567697374727960801b60445260645ffd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b81016114b157506040516352d1902d60e01b8152602081600481875afa5f918161147d575b506113d15783634c9c8ce360e01b5f5260045260245ffd5b805f5160206123925f395f51905f5285920361146b5750823b15611459575f5160206123925f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a280511561144157610e86916122a5565b50503461144a57005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d6020116114a9575b8161149960209383611942565b8101031261025a575190856113b9565b3d915061148c565b836344f2c35f60e01b5f526004526024526f4964656e74697479526567697374727960801b60445260645ffd5b9091506020813d60201161150a575b816114fa60209383611942565b8101031261025a5751908561134d565b3d91506114ed565b836302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011611559575b8161154960209383611942565b8101031261025a57519085611305565b3d915061153c565b826302030e8960e11b5f526004525f602452600160445260645ffd5b5f5160206123925f395f51905f52546001600160a01b031614159050836112c2565b3461025a57602036600319011261025a577f8e64e041ad926bba49e735a712839a5da441c1898b94f64af29e71f4db30c28660206004356115de611b2c565b805f5160206123325f395f51905f5255604051908152a1005b3461025a5761160536611913565b61160d611b2c565b6001600160a01b0382169182156103c7577f93b8543bdf0aade4f1b01f7bc7eccaa0d387724a3b85d45b5edb4c03bd8824b59161164b602092611aab565b9015159060ff1981541660ff8316179055604051908152a2005b3461025a575f36600319011261025a575f5160206123525f395f51905f52546001600160a01b031633141580611708575b610dfe575f5160206123d25f395f51905f525460ff8160a01c16156116f95760ff60a01b19165f5160206123d25f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a1005b638dfc202b60e01b5f5260045ffd5b505f5160206123b25f395f51905f52546001600160a01b0316331415611696565b3461025a57602036600319011261025a576020600161024e6102496118fd565b3461025a57602036600319011261025a57602060ff61176e6117696118fd565b611aab565b54166040519015158152f35b3461025a57602036600319011261025a577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206117b66118fd565b6117be611b2c565b5f5160206123b25f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461025a575f36600319011261025a5760205f5160206123f25f395f51905f5254604051908152f35b3461025a57602036600319011261025a577f4b6233d61120d473baf2dbe6c90dd2b8ac9eb071a5e7ef8dda0dc25b8bcdd6d2602060043561185a611b2c565b805f5160206123f25f395f51905f5255604051908152a1005b3461025a575f36600319011261025a57602063ffffffff5f5160206123d25f395f51905f525460a81c16604051908152f35b3461025a57602036600319011261025a577f4150cc3a7ffa4208b1ebc54895fc1bb97b56ed1285f13e358be36b735c37282360206004356118e4611b2c565b805f5160206124125f395f51905f5255604051908152a1005b600435906001600160a01b038216820361025a57565b604090600319011261025a576004356001600160a01b038116810361025a5790602435801515810361025a5790565b90601f8019910116810190811067ffffffffffffffff82111761196457604052565b634e487b7160e01b5f52604160045260245ffd5b92919267ffffffffffffffff821161196457604051916119a2601f8201601f191660200184611942565b82948184528183011161025a578281602093845f960137010152565b9181601f8401121561025a5782359167ffffffffffffffff831161025a576020808501948460051b01011161025a57565b606090600319011261025a576004359060243560ff8116810361025a57906044356001600160a01b038116810361025a5790565b90606060031983011261025a576004356001600160a01b038116810361025a57916024359167ffffffffffffffff831161025a578160238401121561025a5782600401359267ffffffffffffffff841161025a57826024858301011161025a5760240192916044359067ffffffffffffffff821161025a57611aa7916004016119be565b9091565b6001600160a01b03165f9081527f41da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb066020526040902090565b6001600160a01b03165f9081525f5160206124325f395f51905f526020526040902090565b9190811015611b185760051b0190565b634e487b7160e01b5f52603260045260245ffd5b5f5160206123525f395f51905f52546001600160a01b03163303610e8857565b5f5160206124925f395f51905f5280546001600160a01b03199081169091555f5160206123525f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b9160ff604051926020840194855216604083015260018060a01b0316606082015260608152611be7608082611942565b51902090565b6001600160a01b0381165f8181525f5160206124325f395f51905f52602052604090205495919493909260048716611da0576001809716611d9557611c33913691611978565b602081519101209281611cf5575b505050905f611c81925f5160206124125f395f51905f5254906040519060208201928352604082015260408152611c79606082611942565b519020611bb7565b5f9081525f5160206123725f395f51905f5260205260409020546001600160a01b03168015159081611cbf575b50611cba57505f905f90565b905f90565b90505f527f41da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0660205260ff60405f2054165f611cae565b5f5160206123f25f395f51905f52549283611d11575b50611c41565b6040929192516020810191825285604082015260408152611d33606082611942565b519020915f915b808310611d595750505014611d52575f808080611d0b565b5050908190565b909192611d67848385611b08565b359081811015611d85575f526020528660405f205b93019190611d3a565b905f526020528660405f20611d7c565b505050505050905f90565b505050505050505f905f90565b93919594929060018060a01b03851690815f525f5160206124325f395f51905f5260205260405f20549760048916611f9c5760025f9916611f8c5790611df4913691611978565b602081519101209280611ee0575b50505081600191611e1a949315611e8a575b50611bb7565b82525f5160206123725f395f51905f5260205260408220546001600160a01b03168015159081611e54575b50611e4e578190565b60019190565b90505f527f41da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0660205260ff60405f2054165f611e45565b90508515611ecb575f5160206124125f395f51905f5254905b6040519060208201928352604082015260408152611ec2606082611942565b5190205f611e14565b5f5160206123325f395f51905f525490611ea3565b5f5160206124525f395f51905f52545f985092909183611f01575b50611e02565b6040929192516020810191825285604082015260408152611f23606082611942565b519020915f915b808310611f4e5750505014611f42575f808080611efb565b50505090506001908190565b909192611f5c848385611b08565b359081811015611f7b575f52602052600160405f205b93019190611f2a565b905f52602052600160405f20611f72565b5050505050505090506001905f90565b5050505050505090505f905f90565b6001600160a01b0381165f8181525f5160206124325f395f51905f52602052604090205496959194919391929091600488166121145760025f98166121055790611ff6913691611978565b60208151910120928061205a575b505050906001611e1a92855f14612045575f5160206124125f395f51905f5254905b6040519060208201928352604082015260408152611c79606082611942565b5f5160206123325f395f51905f525490612026565b5f5160206124525f395f51905f52545f97509290918361207b575b50612004565b604092919251602081019182528560408201526040815261209d606082611942565b519020915f915b8083106120c757505050146120bc575f808080612075565b505090506001908190565b9091926120d5848385611b08565b3590818110156120f4575f52602052600160405f205b930191906120a4565b905f52602052600160405f206120eb565b50505050505090506001905f90565b50505050505090505f905f90565b6001600160a01b0381165f8181525f5160206124325f395f51905f52602052604090205496919591949390926004881661226c5760018098166122605761216a913691611978565b6020815191012092816121bf575b505050815f91611c8194931561218e5750611bb7565b90505f5160206124125f395f51905f5254906040519060208201928352604082015260408152611ec2606082611942565b5f5160206123f25f395f51905f525492836121db575b50612178565b60409291925160208101918252856040820152604081526121fd606082611942565b519020915f915b808310612224575050501461221c575f8080806121d5565b505050908190565b909192612232848385611b08565b359081811015612250575f526020528760405f205b93019190612204565b905f526020528760405f20612247565b50505050505050905f90565b50505050505050505f905f90565b60ff5f5160206124725f395f51905f525460401c161561229657565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061231e575b156122d95750506040513d81523d5f602083013e60203d82010160405290565b156122fe57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d1561230f576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806122b95750813b15156122b956fe41da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb029016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930041da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb07360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e220041da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0041da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0341da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0141da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb0541da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb04f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistry creates a new instance of IdentityRegistry.
func NewIdentityRegistry() *IdentityRegistry {
	parsed, err := IdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (identityRegistry *IdentityRegistry) PackMODULEVERSION() []byte {
	enc, err := identityRegistry.abi.Pack("MODULE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (identityRegistry *IdentityRegistry) TryPackMODULEVERSION() ([]byte, error) {
	return identityRegistry.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (identityRegistry *IdentityRegistry) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("MODULE_VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackROLEAGENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bbe79e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_AGENT() view returns(uint8)
func (identityRegistry *IdentityRegistry) PackROLEAGENT() []byte {
	enc, err := identityRegistry.abi.Pack("ROLE_AGENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEAGENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3bbe79e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_AGENT() view returns(uint8)
func (identityRegistry *IdentityRegistry) TryPackROLEAGENT() ([]byte, error) {
	return identityRegistry.abi.Pack("ROLE_AGENT")
}

// UnpackROLEAGENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3bbe79e.
//
// Solidity: function ROLE_AGENT() view returns(uint8)
func (identityRegistry *IdentityRegistry) UnpackROLEAGENT(data []byte) (uint8, error) {
	out, err := identityRegistry.abi.Unpack("ROLE_AGENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLEVALIDATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4599d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (identityRegistry *IdentityRegistry) PackROLEVALIDATOR() []byte {
	enc, err := identityRegistry.abi.Pack("ROLE_VALIDATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEVALIDATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4599d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (identityRegistry *IdentityRegistry) TryPackROLEVALIDATOR() ([]byte, error) {
	return identityRegistry.abi.Pack("ROLE_VALIDATOR")
}

// UnpackROLEVALIDATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b4599d4.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (identityRegistry *IdentityRegistry) UnpackROLEVALIDATOR(data []byte) (uint8, error) {
	out, err := identityRegistry.abi.Unpack("ROLE_VALIDATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistry *IdentityRegistry) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := identityRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistry *IdentityRegistry) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return identityRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistry *IdentityRegistry) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := identityRegistry.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (identityRegistry *IdentityRegistry) PackAcceptOwnership() []byte {
	enc, err := identityRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (identityRegistry *IdentityRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return identityRegistry.abi.Pack("acceptOwnership")
}

// PackAddAdditionalAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfcee2d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAdditionalAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) PackAddAdditionalAgent(agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("addAdditionalAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAdditionalAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfcee2d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAdditionalAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) TryPackAddAdditionalAgent(agent common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("addAdditionalAgent", agent)
}

// PackAddAdditionalValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c410fc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAdditionalValidator(address validator) returns()
func (identityRegistry *IdentityRegistry) PackAddAdditionalValidator(validator common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("addAdditionalValidator", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAdditionalValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c410fc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAdditionalValidator(address validator) returns()
func (identityRegistry *IdentityRegistry) TryPackAddAdditionalValidator(validator common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("addAdditionalValidator", validator)
}

// PackAdditionalAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8b1d67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function additionalAgents(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackAdditionalAgents(account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("additionalAgents", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdditionalAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8b1d67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function additionalAgents(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackAdditionalAgents(account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("additionalAgents", account)
}

// UnpackAdditionalAgents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e8b1d67.
//
// Solidity: function additionalAgents(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackAdditionalAgents(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("additionalAgents", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAdditionalValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03352dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function additionalValidators(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackAdditionalValidators(account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("additionalValidators", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdditionalValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03352dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function additionalValidators(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackAdditionalValidators(account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("additionalValidators", account)
}

// UnpackAdditionalValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe03352dd.
//
// Solidity: function additionalValidators(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackAdditionalValidators(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("additionalValidators", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAgentMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2634d360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackAgentMerkleRoot() []byte {
	enc, err := identityRegistry.abi.Pack("agentMerkleRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2634d360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackAgentMerkleRoot() ([]byte, error) {
	return identityRegistry.abi.Pack("agentMerkleRoot")
}

// UnpackAgentMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2634d360.
//
// Solidity: function agentMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackAgentMerkleRoot(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("agentMerkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAgentRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5c7af95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackAgentRootNode() []byte {
	enc, err := identityRegistry.abi.Pack("agentRootNode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5c7af95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackAgentRootNode() ([]byte, error) {
	return identityRegistry.abi.Pack("agentRootNode")
}

// UnpackAgentRootNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5c7af95.
//
// Solidity: function agentRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackAgentRootNode(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("agentRootNode", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee995fe5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(bytes32 node, uint8 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackAttest(node [32]byte, role uint8, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("attest", node, role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee995fe5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(bytes32 node, uint8 role, address account) returns()
func (identityRegistry *IdentityRegistry) TryPackAttest(node [32]byte, role uint8, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("attest", node, role, account)
}

// PackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa07c079c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestation(bytes32 node, uint8 role, address account) view returns(address)
func (identityRegistry *IdentityRegistry) PackAttestation(node [32]byte, role uint8, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("attestation", node, role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa07c079c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestation(bytes32 node, uint8 role, address account) view returns(address)
func (identityRegistry *IdentityRegistry) TryPackAttestation(node [32]byte, role uint8, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("attestation", node, role, account)
}

// UnpackAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa07c079c.
//
// Solidity: function attestation(bytes32 node, uint8 role, address account) view returns(address)
func (identityRegistry *IdentityRegistry) UnpackAttestation(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("attestation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBlacklistEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18d8a98a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blacklistEpoch() view returns(uint32)
func (identityRegistry *IdentityRegistry) PackBlacklistEpoch() []byte {
	enc, err := identityRegistry.abi.Pack("blacklistEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlacklistEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18d8a98a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blacklistEpoch() view returns(uint32)
func (identityRegistry *IdentityRegistry) TryPackBlacklistEpoch() ([]byte, error) {
	return identityRegistry.abi.Pack("blacklistEpoch")
}

// UnpackBlacklistEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18d8a98a.
//
// Solidity: function blacklistEpoch() view returns(uint32)
func (identityRegistry *IdentityRegistry) UnpackBlacklistEpoch(data []byte) (uint32, error) {
	out, err := identityRegistry.abi.Unpack("blacklistEpoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClubRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd578b4a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clubRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackClubRootNode() []byte {
	enc, err := identityRegistry.abi.Pack("clubRootNode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClubRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd578b4a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clubRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackClubRootNode() ([]byte, error) {
	return identityRegistry.abi.Pack("clubRootNode")
}

// UnpackClubRootNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd578b4a3.
//
// Solidity: function clubRootNode() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackClubRootNode(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("clubRootNode", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85f812c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, bytes32 agentRootNode_, bytes32 clubRootNode_) returns()
func (identityRegistry *IdentityRegistry) PackInitialize(owner common.Address, agentRootNode [32]byte, clubRootNode [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("initialize", owner, agentRootNode, clubRootNode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85f812c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, bytes32 agentRootNode_, bytes32 clubRootNode_) returns()
func (identityRegistry *IdentityRegistry) TryPackInitialize(owner common.Address, agentRootNode [32]byte, clubRootNode [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("initialize", owner, agentRootNode, clubRootNode)
}

// PackIsAttestor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2f4e24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttestor(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackIsAttestor(account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("isAttestor", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAttestor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2f4e24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAttestor(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackIsAttestor(account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("isAttestor", account)
}

// UnpackIsAttestor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e2f4e24.
//
// Solidity: function isAttestor(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsAttestor(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isAttestor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAuthorizedAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4f59e40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorizedAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) PackIsAuthorizedAgent(claimant common.Address, subdomain string, proof [][32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("isAuthorizedAgent", claimant, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorizedAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4f59e40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorizedAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) TryPackIsAuthorizedAgent(claimant common.Address, subdomain string, proof [][32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("isAuthorizedAgent", claimant, subdomain, proof)
}

// UnpackIsAuthorizedAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4f59e40.
//
// Solidity: function isAuthorizedAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) UnpackIsAuthorizedAgent(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isAuthorizedAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAuthorizedValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c84e31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorizedValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) PackIsAuthorizedValidator(claimant common.Address, subdomain string, proof [][32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("isAuthorizedValidator", claimant, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorizedValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c84e31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorizedValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) TryPackIsAuthorizedValidator(claimant common.Address, subdomain string, proof [][32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("isAuthorizedValidator", claimant, subdomain, proof)
}

// UnpackIsAuthorizedValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8c84e31.
//
// Solidity: function isAuthorizedValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok)
func (identityRegistry *IdentityRegistry) UnpackIsAuthorizedValidator(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isAuthorizedValidator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackIsBlacklisted(account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("isBlacklisted", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackIsBlacklisted(account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("isBlacklisted", account)
}

// UnpackIsBlacklisted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe575a87.
//
// Solidity: function isBlacklisted(address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsBlacklisted(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isBlacklisted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (identityRegistry *IdentityRegistry) PackModuleKind() []byte {
	enc, err := identityRegistry.abi.Pack("moduleKind")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackModuleKind() ([]byte, error) {
	return identityRegistry.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) PackOwner() []byte {
	enc, err := identityRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackOwner() ([]byte, error) {
	return identityRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (identityRegistry *IdentityRegistry) PackPause() []byte {
	enc, err := identityRegistry.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (identityRegistry *IdentityRegistry) TryPackPause() ([]byte, error) {
	return identityRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (identityRegistry *IdentityRegistry) PackPaused() []byte {
	enc, err := identityRegistry.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackPaused() ([]byte, error) {
	return identityRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauser() view returns(address)
func (identityRegistry *IdentityRegistry) PackPauser() []byte {
	enc, err := identityRegistry.abi.Pack("pauser")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauser() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackPauser() ([]byte, error) {
	return identityRegistry.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackPauser(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (identityRegistry *IdentityRegistry) PackPendingOwner() []byte {
	enc, err := identityRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackPendingOwner() ([]byte, error) {
	return identityRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackProxiableUUID() []byte {
	enc, err := identityRegistry.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackProxiableUUID() ([]byte, error) {
	return identityRegistry.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRemoveAdditionalAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe72def61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAdditionalAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) PackRemoveAdditionalAgent(agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("removeAdditionalAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAdditionalAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe72def61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAdditionalAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) TryPackRemoveAdditionalAgent(agent common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("removeAdditionalAgent", agent)
}

// PackRemoveAdditionalValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9507801.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAdditionalValidator(address validator) returns()
func (identityRegistry *IdentityRegistry) PackRemoveAdditionalValidator(validator common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("removeAdditionalValidator", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAdditionalValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9507801.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAdditionalValidator(address validator) returns()
func (identityRegistry *IdentityRegistry) TryPackRemoveAdditionalValidator(validator common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("removeAdditionalValidator", validator)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (identityRegistry *IdentityRegistry) PackRenounceOwnership() []byte {
	enc, err := identityRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() view returns()
func (identityRegistry *IdentityRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return identityRegistry.abi.Pack("renounceOwnership")
}

// PackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationEngine() view returns(address)
func (identityRegistry *IdentityRegistry) PackReputationEngine() []byte {
	enc, err := identityRegistry.abi.Pack("reputationEngine")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationEngine() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackReputationEngine() ([]byte, error) {
	return identityRegistry.abi.Pack("reputationEngine")
}

// UnpackReputationEngine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f677ef.
//
// Solidity: function reputationEngine() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackReputationEngine(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("reputationEngine", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevokeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x931152d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeAttestation(bytes32 node, uint8 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackRevokeAttestation(node [32]byte, role uint8, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("revokeAttestation", node, role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x931152d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeAttestation(bytes32 node, uint8 role, address account) returns()
func (identityRegistry *IdentityRegistry) TryPackRevokeAttestation(node [32]byte, role uint8, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeAttestation", node, role, account)
}

// PackScreenValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c2db310.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function screenValidators(address[] candidates) view returns(uint256 blacklisted, uint256 allowlisted, uint32 epoch)
func (identityRegistry *IdentityRegistry) PackScreenValidators(candidates []common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("screenValidators", candidates)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScreenValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c2db310.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function screenValidators(address[] candidates) view returns(uint256 blacklisted, uint256 allowlisted, uint32 epoch)
func (identityRegistry *IdentityRegistry) TryPackScreenValidators(candidates []common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("screenValidators", candidates)
}

// ScreenValidatorsOutput serves as a container for the return parameters of contract
// method ScreenValidators.
type ScreenValidatorsOutput struct {
	Blacklisted *big.Int
	Allowlisted *big.Int
	Epoch       uint32
}

// UnpackScreenValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c2db310.
//
// Solidity: function screenValidators(address[] candidates) view returns(uint256 blacklisted, uint256 allowlisted, uint32 epoch)
func (identityRegistry *IdentityRegistry) UnpackScreenValidators(data []byte) (ScreenValidatorsOutput, error) {
	out, err := identityRegistry.abi.Unpack("screenValidators", data)
	outstruct := new(ScreenValidatorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Blacklisted = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Allowlisted = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Epoch = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackSetAgentMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d9b5a6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgentMerkleRoot(bytes32 root) returns()
func (identityRegistry *IdentityRegistry) PackSetAgentMerkleRoot(root [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("setAgentMerkleRoot", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgentMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d9b5a6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgentMerkleRoot(bytes32 root) returns()
func (identityRegistry *IdentityRegistry) TryPackSetAgentMerkleRoot(root [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("setAgentMerkleRoot", root)
}

// PackSetAgentRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ae00ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgentRootNode(bytes32 node) returns()
func (identityRegistry *IdentityRegistry) PackSetAgentRootNode(node [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("setAgentRootNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgentRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09ae00ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgentRootNode(bytes32 node) returns()
func (identityRegistry *IdentityRegistry) TryPackSetAgentRootNode(node [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("setAgentRootNode", node)
}

// PackSetAttestor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41724dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttestor(address attestor, bool allowed) returns()
func (identityRegistry *IdentityRegistry) PackSetAttestor(attestor common.Address, allowed bool) []byte {
	enc, err := identityRegistry.abi.Pack("setAttestor", attestor, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttestor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41724dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttestor(address attestor, bool allowed) returns()
func (identityRegistry *IdentityRegistry) TryPackSetAttestor(attestor common.Address, allowed bool) ([]byte, error) {
	return identityRegistry.abi.Pack("setAttestor", attestor, allowed)
}

// PackSetBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01dd6d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlacklisted(address account, bool blacklisted) returns()
func (identityRegistry *IdentityRegistry) PackSetBlacklisted(account common.Address, blacklisted bool) []byte {
	enc, err := identityRegistry.abi.Pack("setBlacklisted", account, blacklisted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd01dd6d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlacklisted(address account, bool blacklisted) returns()
func (identityRegistry *IdentityRegistry) TryPackSetBlacklisted(account common.Address, blacklisted bool) ([]byte, error) {
	return identityRegistry.abi.Pack("setBlacklisted", account, blacklisted)
}

// PackSetClubRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x498fdfdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClubRootNode(bytes32 node) returns()
func (identityRegistry *IdentityRegistry) PackSetClubRootNode(node [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("setClubRootNode", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetClubRootNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x498fdfdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setClubRootNode(bytes32 node) returns()
func (identityRegistry *IdentityRegistry) TryPackSetClubRootNode(node [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("setClubRootNode", node)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (identityRegistry *IdentityRegistry) PackSetPauser(pauser common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("setPauser", pauser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPauser(address pauser_) returns()
func (identityRegistry *IdentityRegistry) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("setPauser", pauser)
}

// PackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputationEngine(address module) returns()
func (identityRegistry *IdentityRegistry) PackSetReputationEngine(module common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("setReputationEngine", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReputationEngine(address module) returns()
func (identityRegistry *IdentityRegistry) TryPackSetReputationEngine(module common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("setReputationEngine", module)
}

// PackSetValidatorMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd05a757.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorMerkleRoot(bytes32 root) returns()
func (identityRegistry *IdentityRegistry) PackSetValidatorMerkleRoot(root [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("setValidatorMerkleRoot", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd05a757.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorMerkleRoot(bytes32 root) returns()
func (identityRegistry *IdentityRegistry) TryPackSetValidatorMerkleRoot(root [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("setValidatorMerkleRoot", root)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (identityRegistry *IdentityRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (identityRegistry *IdentityRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (identityRegistry *IdentityRegistry) PackUnpause() []byte {
	enc, err := identityRegistry.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (identityRegistry *IdentityRegistry) TryPackUnpause() ([]byte, error) {
	return identityRegistry.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (identityRegistry *IdentityRegistry) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := identityRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (identityRegistry *IdentityRegistry) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return identityRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidatorMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdb5ca46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackValidatorMerkleRoot() []byte {
	enc, err := identityRegistry.abi.Pack("validatorMerkleRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdb5ca46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackValidatorMerkleRoot() ([]byte, error) {
	return identityRegistry.abi.Pack("validatorMerkleRoot")
}

// UnpackValidatorMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdb5ca46.
//
// Solidity: function validatorMerkleRoot() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackValidatorMerkleRoot(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("validatorMerkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe1ff41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) PackVerifyAgent(claimant common.Address, subdomain string, proof [][32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("verifyAgent", claimant, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe1ff41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) TryPackVerifyAgent(claimant common.Address, subdomain string, proof [][32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("verifyAgent", claimant, subdomain, proof)
}

// VerifyAgentOutput serves as a container for the return parameters of contract
// method VerifyAgent.
type VerifyAgentOutput struct {
	Ok         bool
	Node       [32]byte
	ViaWrapper bool
	ViaMerkle  bool
}

// UnpackVerifyAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe1ff41.
//
// Solidity: function verifyAgent(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) UnpackVerifyAgent(data []byte) (VerifyAgentOutput, error) {
	out, err := identityRegistry.abi.Unpack("verifyAgent", data)
	outstruct := new(VerifyAgentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Node = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ViaWrapper = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ViaMerkle = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackVerifyValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc944f5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) PackVerifyValidator(claimant common.Address, subdomain string, proof [][32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("verifyValidator", claimant, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc944f5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) TryPackVerifyValidator(claimant common.Address, subdomain string, proof [][32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("verifyValidator", claimant, subdomain, proof)
}

// VerifyValidatorOutput serves as a container for the return parameters of contract
// method VerifyValidator.
type VerifyValidatorOutput struct {
	Ok         bool
	Node       [32]byte
	ViaWrapper bool
	ViaMerkle  bool
}

// UnpackVerifyValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc944f5f.
//
// Solidity: function verifyValidator(address claimant, string subdomain, bytes32[] proof) view returns(bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
func (identityRegistry *IdentityRegistry) UnpackVerifyValidator(data []byte) (VerifyValidatorOutput, error) {
	out, err := identityRegistry.abi.Unpack("verifyValidator", data)
	outstruct := new(VerifyValidatorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Node = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ViaWrapper = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ViaMerkle = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (identityRegistry *IdentityRegistry) PackVersion() []byte {
	enc, err := identityRegistry.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (identityRegistry *IdentityRegistry) TryPackVersion() ([]byte, error) {
	return identityRegistry.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (identityRegistry *IdentityRegistry) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IdentityRegistryAdditionalAgentUpdated represents a AdditionalAgentUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryAdditionalAgentUpdated struct {
	Agent   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAdditionalAgentUpdatedEventName = "AdditionalAgentUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAdditionalAgentUpdated) ContractEventName() string {
	return IdentityRegistryAdditionalAgentUpdatedEventName
}

// UnpackAdditionalAgentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdditionalAgentUpdated(address indexed agent, bool allowed)
func (identityRegistry *IdentityRegistry) UnpackAdditionalAgentUpdatedEvent(log *types.Log) (*IdentityRegistryAdditionalAgentUpdated, error) {
	event := "AdditionalAgentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAdditionalAgentUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAdditionalValidatorUpdated represents a AdditionalValidatorUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryAdditionalValidatorUpdated struct {
	Validator common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAdditionalValidatorUpdatedEventName = "AdditionalValidatorUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAdditionalValidatorUpdated) ContractEventName() string {
	return IdentityRegistryAdditionalValidatorUpdatedEventName
}

// UnpackAdditionalValidatorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdditionalValidatorUpdated(address indexed validator, bool allowed)
func (identityRegistry *IdentityRegistry) UnpackAdditionalValidatorUpdatedEvent(log *types.Log) (*IdentityRegistryAdditionalValidatorUpdated, error) {
	event := "AdditionalValidatorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAdditionalValidatorUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAgentMerkleRootUpdated represents a AgentMerkleRootUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryAgentMerkleRootUpdated struct {
	Root [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAgentMerkleRootUpdatedEventName = "AgentMerkleRootUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAgentMerkleRootUpdated) ContractEventName() string {
	return IdentityRegistryAgentMerkleRootUpdatedEventName
}

// UnpackAgentMerkleRootUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentMerkleRootUpdated(bytes32 root)
func (identityRegistry *IdentityRegistry) UnpackAgentMerkleRootUpdatedEvent(log *types.Log) (*IdentityRegistryAgentMerkleRootUpdated, error) {
	event := "AgentMerkleRootUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAgentMerkleRootUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAgentRootNodeUpdated represents a AgentRootNodeUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryAgentRootNodeUpdated struct {
	Node [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAgentRootNodeUpdatedEventName = "AgentRootNodeUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAgentRootNodeUpdated) ContractEventName() string {
	return IdentityRegistryAgentRootNodeUpdatedEventName
}

// UnpackAgentRootNodeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRootNodeUpdated(bytes32 node)
func (identityRegistry *IdentityRegistry) UnpackAgentRootNodeUpdatedEvent(log *types.Log) (*IdentityRegistryAgentRootNodeUpdated, error) {
	event := "AgentRootNodeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAgentRootNodeUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAttestationRevoked represents a AttestationRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryAttestationRevoked struct {
	Node    [32]byte
	Role    uint8
	Account common.Address
	By      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAttestationRevokedEventName = "AttestationRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAttestationRevoked) ContractEventName() string {
	return IdentityRegistryAttestationRevokedEventName
}

// UnpackAttestationRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationRevoked(bytes32 indexed node, uint8 indexed role, address indexed account, address by)
func (identityRegistry *IdentityRegistry) UnpackAttestationRevokedEvent(log *types.Log) (*IdentityRegistryAttestationRevoked, error) {
	event := "AttestationRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAttestationRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAttested represents a Attested event raised by the IdentityRegistry contract.
type IdentityRegistryAttested struct {
	Node     [32]byte
	Role     uint8
	Account  common.Address
	Attestor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAttested) ContractEventName() string {
	return IdentityRegistryAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(bytes32 indexed node, uint8 indexed role, address indexed account, address attestor)
func (identityRegistry *IdentityRegistry) UnpackAttestedEvent(log *types.Log) (*IdentityRegistryAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAttested)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryAttestorUpdated represents a AttestorUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryAttestorUpdated struct {
	Attestor common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAttestorUpdatedEventName = "AttestorUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAttestorUpdated) ContractEventName() string {
	return IdentityRegistryAttestorUpdatedEventName
}

// UnpackAttestorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestorUpdated(address indexed attestor, bool allowed)
func (identityRegistry *IdentityRegistry) UnpackAttestorUpdatedEvent(log *types.Log) (*IdentityRegistryAttestorUpdated, error) {
	event := "AttestorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAttestorUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryBlacklistUpdated represents a BlacklistUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryBlacklistUpdated struct {
	Account     common.Address
	Blacklisted bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryBlacklistUpdatedEventName = "BlacklistUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryBlacklistUpdated) ContractEventName() string {
	return IdentityRegistryBlacklistUpdatedEventName
}

// UnpackBlacklistUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlacklistUpdated(address indexed account, bool blacklisted)
func (identityRegistry *IdentityRegistry) UnpackBlacklistUpdatedEvent(log *types.Log) (*IdentityRegistryBlacklistUpdated, error) {
	event := "BlacklistUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryBlacklistUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryClubRootNodeUpdated represents a ClubRootNodeUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryClubRootNodeUpdated struct {
	Node [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryClubRootNodeUpdatedEventName = "ClubRootNodeUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryClubRootNodeUpdated) ContractEventName() string {
	return IdentityRegistryClubRootNodeUpdatedEventName
}

// UnpackClubRootNodeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClubRootNodeUpdated(bytes32 node)
func (identityRegistry *IdentityRegistry) UnpackClubRootNodeUpdatedEvent(log *types.Log) (*IdentityRegistryClubRootNodeUpdated, error) {
	event := "ClubRootNodeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryClubRootNodeUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryInitialized represents a Initialized event raised by the IdentityRegistry contract.
type IdentityRegistryInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryInitialized) ContractEventName() string {
	return IdentityRegistryInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (identityRegistry *IdentityRegistry) UnpackInitializedEvent(log *types.Log) (*IdentityRegistryInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryInitialized)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the IdentityRegistry contract.
type IdentityRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOwnershipTransferStarted) ContractEventName() string {
	return IdentityRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (identityRegistry *IdentityRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*IdentityRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the IdentityRegistry contract.
type IdentityRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryOwnershipTransferred) ContractEventName() string {
	return IdentityRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (identityRegistry *IdentityRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*IdentityRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryPaused represents a Paused event raised by the IdentityRegistry contract.
type IdentityRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryPaused) ContractEventName() string {
	return IdentityRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (identityRegistry *IdentityRegistry) UnpackPausedEvent(log *types.Log) (*IdentityRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryPaused)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryPauserUpdated represents a PauserUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryPauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryPauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryPauserUpdated) ContractEventName() string {
	return IdentityRegistryPauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (identityRegistry *IdentityRegistry) UnpackPauserUpdatedEvent(log *types.Log) (*IdentityRegistryPauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryPauserUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryReputationEngineUpdated represents a ReputationEngineUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryReputationEngineUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryReputationEngineUpdatedEventName = "ReputationEngineUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryReputationEngineUpdated) ContractEventName() string {
	return IdentityRegistryReputationEngineUpdatedEventName
}

// UnpackReputationEngineUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationEngineUpdated(address module)
func (identityRegistry *IdentityRegistry) UnpackReputationEngineUpdatedEvent(log *types.Log) (*IdentityRegistryReputationEngineUpdated, error) {
	event := "ReputationEngineUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryReputationEngineUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryUnpaused represents a Unpaused event raised by the IdentityRegistry contract.
type IdentityRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryUnpaused) ContractEventName() string {
	return IdentityRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (identityRegistry *IdentityRegistry) UnpackUnpausedEvent(log *types.Log) (*IdentityRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryUpgraded represents a Upgraded event raised by the IdentityRegistry contract.
type IdentityRegistryUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryUpgraded) ContractEventName() string {
	return IdentityRegistryUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (identityRegistry *IdentityRegistry) UnpackUpgradedEvent(log *types.Log) (*IdentityRegistryUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryUpgraded)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryValidatorMerkleRootUpdated represents a ValidatorMerkleRootUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryValidatorMerkleRootUpdated struct {
	Root [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryValidatorMerkleRootUpdatedEventName = "ValidatorMerkleRootUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryValidatorMerkleRootUpdated) ContractEventName() string {
	return IdentityRegistryValidatorMerkleRootUpdatedEventName
}

// UnpackValidatorMerkleRootUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorMerkleRootUpdated(bytes32 root)
func (identityRegistry *IdentityRegistry) UnpackValidatorMerkleRootUpdatedEvent(log *types.Log) (*IdentityRegistryValidatorMerkleRootUpdated, error) {
	event := "ValidatorMerkleRootUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryValidatorMerkleRootUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (identityRegistry *IdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidIdentityRole"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidIdentityRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NoAttestation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNoAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NotAttestor"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNotAttestorError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryAddressEmptyCode represents a AddressEmptyCode error raised by the IdentityRegistry contract.
type IdentityRegistryAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func IdentityRegistryAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (identityRegistry *IdentityRegistry) UnpackAddressEmptyCodeError(raw []byte) (*IdentityRegistryAddressEmptyCode, error) {
	out := new(IdentityRegistryAddressEmptyCode)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the IdentityRegistry contract.
type IdentityRegistryERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func IdentityRegistryERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (identityRegistry *IdentityRegistry) UnpackERC1967InvalidImplementationError(raw []byte) (*IdentityRegistryERC1967InvalidImplementation, error) {
	out := new(IdentityRegistryERC1967InvalidImplementation)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryERC1967NonPayable represents a ERC1967NonPayable error raised by the IdentityRegistry contract.
type IdentityRegistryERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func IdentityRegistryERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (identityRegistry *IdentityRegistry) UnpackERC1967NonPayableError(raw []byte) (*IdentityRegistryERC1967NonPayable, error) {
	out := new(IdentityRegistryERC1967NonPayable)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryEnforcedPause represents a EnforcedPause error raised by the IdentityRegistry contract.
type IdentityRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func IdentityRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (identityRegistry *IdentityRegistry) UnpackEnforcedPauseError(raw []byte) (*IdentityRegistryEnforcedPause, error) {
	out := new(IdentityRegistryEnforcedPause)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryExpectedPause represents a ExpectedPause error raised by the IdentityRegistry contract.
type IdentityRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func IdentityRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (identityRegistry *IdentityRegistry) UnpackExpectedPauseError(raw []byte) (*IdentityRegistryExpectedPause, error) {
	out := new(IdentityRegistryExpectedPause)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryFailedCall represents a FailedCall error raised by the IdentityRegistry contract.
type IdentityRegistryFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func IdentityRegistryFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (identityRegistry *IdentityRegistry) UnpackFailedCallError(raw []byte) (*IdentityRegistryFailedCall, error) {
	out := new(IdentityRegistryFailedCall)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIncompatibleModule represents a IncompatibleModule error raised by the IdentityRegistry contract.
type IdentityRegistryIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func IdentityRegistryIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (identityRegistry *IdentityRegistry) UnpackIncompatibleModuleError(raw []byte) (*IdentityRegistryIncompatibleModule, error) {
	out := new(IdentityRegistryIncompatibleModule)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidIdentityRole represents a InvalidIdentityRole error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidIdentityRole struct {
	Role uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidIdentityRole(uint8 role)
func IdentityRegistryInvalidIdentityRoleErrorID() common.Hash {
	return common.HexToHash("0xf6691e42b5fee763df0b5fb2e8c613c5c07055e996f79fb6562db06a19466ed0")
}

// UnpackInvalidIdentityRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidIdentityRole(uint8 role)
func (identityRegistry *IdentityRegistry) UnpackInvalidIdentityRoleError(raw []byte) (*IdentityRegistryInvalidIdentityRole, error) {
	out := new(IdentityRegistryInvalidIdentityRole)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidIdentityRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidInitialization represents a InvalidInitialization error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func IdentityRegistryInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (identityRegistry *IdentityRegistry) UnpackInvalidInitializationError(raw []byte) (*IdentityRegistryInvalidInitialization, error) {
	out := new(IdentityRegistryInvalidInitialization)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidPercentage represents a InvalidPercentage error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func IdentityRegistryInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (identityRegistry *IdentityRegistry) UnpackInvalidPercentageError(raw []byte) (*IdentityRegistryInvalidPercentage, error) {
	out := new(IdentityRegistryInvalidPercentage)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNoAttestation represents a NoAttestation error raised by the IdentityRegistry contract.
type IdentityRegistryNoAttestation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAttestation()
func IdentityRegistryNoAttestationErrorID() common.Hash {
	return common.HexToHash("0x4c3218eabfdb1c461133c102fe4dd7a1075c8f3e7a650e812540b50d001fe9af")
}

// UnpackNoAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAttestation()
func (identityRegistry *IdentityRegistry) UnpackNoAttestationError(raw []byte) (*IdentityRegistryNoAttestation, error) {
	out := new(IdentityRegistryNoAttestation)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NoAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNotAttestor represents a NotAttestor error raised by the IdentityRegistry contract.
type IdentityRegistryNotAttestor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttestor(address caller)
func IdentityRegistryNotAttestorErrorID() common.Hash {
	return common.HexToHash("0x6ae28ec9671c694a3ad549b95511da51bc48bb0398b8fdd6414818fa60743fb1")
}

// UnpackNotAttestorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttestor(address caller)
func (identityRegistry *IdentityRegistry) UnpackNotAttestorError(raw []byte) (*IdentityRegistryNotAttestor, error) {
	out := new(IdentityRegistryNotAttestor)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NotAttestor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNotInitializing represents a NotInitializing error raised by the IdentityRegistry contract.
type IdentityRegistryNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func IdentityRegistryNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (identityRegistry *IdentityRegistry) UnpackNotInitializingError(raw []byte) (*IdentityRegistryNotInitializing, error) {
	out := new(IdentityRegistryNotInitializing)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNotPauser represents a NotPauser error raised by the IdentityRegistry contract.
type IdentityRegistryNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func IdentityRegistryNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (identityRegistry *IdentityRegistry) UnpackNotPauserError(raw []byte) (*IdentityRegistryNotPauser, error) {
	out := new(IdentityRegistryNotPauser)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the IdentityRegistry contract.
type IdentityRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func IdentityRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (identityRegistry *IdentityRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*IdentityRegistryOwnableInvalidOwner, error) {
	out := new(IdentityRegistryOwnableInvalidOwner)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the IdentityRegistry contract.
type IdentityRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func IdentityRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (identityRegistry *IdentityRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*IdentityRegistryOwnableUnauthorizedAccount, error) {
	out := new(IdentityRegistryOwnableUnauthorizedAccount)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryRenounceDisabled represents a RenounceDisabled error raised by the IdentityRegistry contract.
type IdentityRegistryRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func IdentityRegistryRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (identityRegistry *IdentityRegistry) UnpackRenounceDisabledError(raw []byte) (*IdentityRegistryRenounceDisabled, error) {
	out := new(IdentityRegistryRenounceDisabled)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the IdentityRegistry contract.
type IdentityRegistryUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func IdentityRegistryUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (identityRegistry *IdentityRegistry) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*IdentityRegistryUUPSUnauthorizedCallContext, error) {
	out := new(IdentityRegistryUUPSUnauthorizedCallContext)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the IdentityRegistry contract.
type IdentityRegistryUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func IdentityRegistryUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (identityRegistry *IdentityRegistry) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*IdentityRegistryUUPSUnsupportedProxiableUUID, error) {
	out := new(IdentityRegistryUUPSUnsupportedProxiableUUID)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryUnauthorizedCaller represents a UnauthorizedCaller error raised by the IdentityRegistry contract.
type IdentityRegistryUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func IdentityRegistryUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (identityRegistry *IdentityRegistry) UnpackUnauthorizedCallerError(raw []byte) (*IdentityRegistryUnauthorizedCaller, error) {
	out := new(IdentityRegistryUnauthorizedCaller)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryWrongModuleKind represents a WrongModuleKind error raised by the IdentityRegistry contract.
type IdentityRegistryWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func IdentityRegistryWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (identityRegistry *IdentityRegistry) UnpackWrongModuleKindError(raw []byte) (*IdentityRegistryWrongModuleKind, error) {
	out := new(IdentityRegistryWrongModuleKind)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryZeroAddress represents a ZeroAddress error raised by the IdentityRegistry contract.
type IdentityRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func IdentityRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (identityRegistry *IdentityRegistry) UnpackZeroAddressError(raw []byte) (*IdentityRegistryZeroAddress, error) {
	out := new(IdentityRegistryZeroAddress)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
