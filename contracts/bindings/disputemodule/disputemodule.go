// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package disputemodule

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

// DisputeModuleMetaData contains all meta data concerning the DisputeModule contract.
var DisputeModuleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModerator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"moderator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"DisputeDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"DisputeRaised\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"party\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"EvidenceSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"moderator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"ModeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"raisedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isModerator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"raise\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"moderator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setModerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"submitEvidence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "DisputeModule",
	Bin: "0x60a080604052346100c257306080525f5160206116aa5f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b6040516115e390816100c782396080518181816109810152610b870152f35b6001600160401b0319166001600160401b039081175f5160206116aa5f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8062dc34c1146110be57806323682c471461108a5780632d88af4a146110125780633ee2b01d14610f915780633f4ba83a14610eba5780634f1ef28614610aff57806352a34b05146109d557806352d1902d1461096e57806354fd4d501461081b578063564a565d146108e15780635c975abb146108af578063715018a61461088757806379ba50971461083757806381ed98081461081b5780638456cb591461073d5780638b2f7991146105f35780638da5cb5b146105be5780639fd0506d14610589578063ad3cb1cc1461052d578063c4d66de8146103b6578063e30c397814610381578063ea75dde414610212578063f21aa1dc146101e6578063f2fde38b146101605763fa6f39361461012c575f80fd5b3461015d57602036600319011261015d57602060ff61015161014c6112c3565b611354565b54166040519015158152f35b80fd5b503461015d57602036600319011261015d5761017a6112c3565b6101826113cd565b5f5160206115c35f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206115235f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b503461015d578060031936011261015d576040516c446973707574654d6f64756c6560981b8152602090f35b503461015d57606036600319011261015d5760043560443567ffffffffffffffff811161037d57610247903690600401611326565b5f5160206115835f395f51905f529291925460ff8160a01c1661036e5760408051637df82b7f60e11b81526004810185905291829060249082906001600160a01b03165afa9081156103635785908692610317575b506001600160a01b03163314159081610303575b506102f1576102eb7f864a03c71b2e101da8180c7fc26f3e3cfe2e3584a8a7f4eae68a18dd6194011d9160405191829133966024358461138c565b0390a380f35b6282e6cd60e61b845233600452602484fd5b6001600160a01b031633141590505f6102b0565b9150506040813d60401161035b575b8161033360409383611304565b81010312610357576103506020610349836113b9565b92016113b9565b905f61029c565b8480fd5b3d9150610326565b6040513d87823e3d90fd5b63d93c066560e01b8552600485fd5b8280fd5b503461015d578060031936011261015d575f5160206115c35f395f51905f52546040516001600160a01b039091168152602090f35b503461015d57602036600319011261015d576103d06112c3565b5f5160206115a35f395f51905f52549060ff8260401c16159167ffffffffffffffff811680159081610525575b600114908161051b575b159081610512575b506105035767ffffffffffffffff1981166001175f5160206115a35f395f51905f5255826104d7575b5061044161146b565b6001600160a01b038116156104c8576104699061045c61146b565b61046461146b565b611400565b6104705780f35b68ff0000000000000000195f5160206115a35f395f51905f5254165f5160206115a35f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b63d92e233d60e01b8352600483fd5b68ffffffffffffffffff191668010000000000000001175f5160206115a35f395f51905f52555f610438565b63f92ee8a960e01b8452600484fd5b9050155f61040f565b303b159150610407565b8491506103fd565b503461015d578060031936011261015d576040805161054c8282611304565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b503461015d578060031936011261015d575f5160206115635f395f51905f52546040516001600160a01b039091168152602090f35b503461015d578060031936011261015d575f5160206115235f395f51905f52546040516001600160a01b039091168152602090f35b503461015d57608036600319011261015d576024356001600160a01b038116906004359082900361037d5760443560643567ffffffffffffffff811161035757610641903690600401611326565b5f5160206115835f395f51905f52549192916001600160a01b0316330361072a57906102eb7f068eb337ea7820ca414e1080c169b94ff4a2ff1aea07cbdd7cdf65026f0276bc9392604051610695816112e8565b8781524267ffffffffffffffff16602080830191825260408084018781528a8d527facf454587ced8ff487f886a618ed0236027ae3da67f204db88e3628a20d7bb02909252808c209351845493516001600160e01b03199094166001600160a01b03919091161760a09390931b67ffffffffffffffff60a01b169290921783555160019290920191909155519384938461138c565b63d86ad9cf60e01b865233600452602486fd5b503461015d578060031936011261015d575f5160206115235f395f51905f52546001600160a01b0316331415806107fa575b6107e7575f5160206115835f395f51905f525460ff8160a01c166107d85760ff60a01b1916600160a01b175f5160206115835f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a180f35b63d93c066560e01b8252600482fd5b6310351a3760e11b815233600452602490fd5b505f5160206115635f395f51905f52546001600160a01b031633141561076f565b503461015d578060031936011261015d57602060405160018152f35b503461015d578060031936011261015d575f5160206115c35f395f51905f5254336001600160a01b03909116036108745761087133611400565b80f35b63118cdaa760e01b815233600452602490fd5b503461015d578060031936011261015d576004906108a36113cd565b638905116560e01b8152fd5b503461015d578060031936011261015d57602060ff5f5160206115835f395f51905f525460a01c166040519015158152f35b503461015d57602036600319011261015d57604060609160043581527facf454587ced8ff487f886a618ed0236027ae3da67f204db88e3628a20d7bb02602052206040805191610930836112e8565b805492600167ffffffffffffffff818060a01b0386169586845260a01c16928360208401520154928391015260405192835260208301526040820152f35b503461015d578060031936011261015d577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036109c65760206040515f5160206115435f395f51905f528152f35b63703e46dd60e11b8152600490fd5b5034610ab8576040366003190112610ab8576004356109f26112d9565b905f5160206115835f395f51905f525460ff8160a01c16610af05760ff610a1833611354565b54161580610acf575b610abc576001600160a01b031691823b15610ab8575f8091604460405180948193631a592f7160e11b83528760048401521515978860248401525af18015610aad57610a98575b506040519182527fd076127fb1145dda68c2130fd70fc40c3f5d7b97102023a9b0b6baf906e5cf2760203393a380f35b610aa59193505f90611304565b5f915f610a68565b6040513d5f823e3d90fd5b5f80fd5b63198dd43760e21b5f523360045260245ffd5b505f5160206115235f395f51905f52546001600160a01b0316331415610a21565b63d93c066560e01b5f5260045ffd5b6040366003190112610ab857610b136112c3565b6024359067ffffffffffffffff8211610ab85736602383011215610ab857816004013567ffffffffffffffff8111610ea65760405192610b5d601f8301601f191660200185611304565b8184523660248383010111610ab857815f9260246020930183870137840101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115610e84575b50610e7557610bbf6113cd565b6001600160a01b038116918215610e6657813b15610e4a5760405163054fd4d560e41b8152602081600481875afa5f9181610e16575b50610c1657836302030e8960e11b5f526004525f602452600160445260645ffd5b60018110610dfb5750604051633c86a87760e21b8152602081600481875afa5f9181610dc7575b50610c6d57836344f2c35f60e01b5f526004525f6024526c446973707574654d6f64756c6560981b60445260645ffd5b6cbb968c8f8a8b9ab2909b8a939b60981b8101610d9d57506040516352d1902d60e01b8152602081600481875afa5f9181610d69575b50610cbb5783634c9c8ce360e01b5f5260045260245ffd5b805f5160206115435f395f51905f52859203610d575750823b15610d45575f5160206115435f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a2805115610d2d57610d2b91611496565b005b505034610d3657005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011610d95575b81610d8560209383611304565b81010312610ab857519085610ca3565b3d9150610d78565b836344f2c35f60e01b5f526004526024526c446973707574654d6f64756c6560981b60445260645ffd5b9091506020813d602011610df3575b81610de360209383611304565b81010312610ab857519085610c3d565b3d9150610dd6565b836302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011610e42575b81610e3260209383611304565b81010312610ab857519085610bf5565b3d9150610e25565b826302030e8960e11b5f526004525f602452600160445260645ffd5b63d92e233d60e01b5f5260045ffd5b63703e46dd60e11b5f5260045ffd5b5f5160206115435f395f51905f52546001600160a01b03161415905083610bb2565b634e487b7160e01b5f52604160045260245ffd5b34610ab8575f366003190112610ab8575f5160206115235f395f51905f52546001600160a01b031633141580610f70575b610f5d575f5160206115835f395f51905f525460ff8160a01c1615610f4e5760ff60a01b19165f5160206115835f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a1005b638dfc202b60e01b5f5260045ffd5b6310351a3760e11b5f523360045260245ffd5b505f5160206115635f395f51905f52546001600160a01b0316331415610eeb565b34610ab8576040366003190112610ab857610faa6112c3565b610fb26112d9565b610fba6113cd565b6001600160a01b038216918215610e66577f26e4a6a023a3571e6b5896c2194796e79d4d8f7246e495957612f0c3a641e73491610ff8602092611354565b9015159060ff1981541660ff8316179055604051908152a2005b34610ab8576020366003190112610ab8577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab602061104e6112c3565b6110566113cd565b5f5160206115635f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b34610ab8575f366003190112610ab8575f5160206115835f395f51905f52546040516001600160a01b039091168152602090f35b34610ab8576020366003190112610ab8576110d76112c3565b6110df6113cd565b6001600160a01b038116908115610e66573b156112a85760405163054fd4d560e41b8152602081600481855afa5f9181611274575b5061113557506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106112595750604051633c86a87760e21b8152602081600481855afa5f9181611225575b5061118a57506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b81016111fd577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806bffffffffffffffffffffffff60a01b5f5160206115835f395f51905f525416175f5160206115835f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d602011611251575b8161124160209383611304565b81010312610ab85751908361115c565b3d9150611234565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d6020116112a0575b8161129060209383611304565b81010312610ab857519083611114565b3d9150611283565b6302030e8960e11b5f526004525f602452600160445260645ffd5b600435906001600160a01b0382168203610ab857565b602435908115158203610ab857565b6060810190811067ffffffffffffffff821117610ea657604052565b90601f8019910116810190811067ffffffffffffffff821117610ea657604052565b9181601f84011215610ab85782359167ffffffffffffffff8311610ab85760208381860195010111610ab857565b6001600160a01b03165f9081527facf454587ced8ff487f886a618ed0236027ae3da67f204db88e3628a20d7bb016020526040902090565b91926060938192845260406020850152816040850152848401375f828201840152601f01601f1916010190565b51906001600160a01b0382168203610ab857565b5f5160206115235f395f51905f52546001600160a01b031633036113ed57565b63118cdaa760e01b5f523360045260245ffd5b5f5160206115c35f395f51905f5280546001600160a01b03199081169091555f5160206115235f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60ff5f5160206115a35f395f51905f525460401c161561148757565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061150f575b156114ca5750506040513d81523d5f602083013e60203d82010160405290565b156114ef57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15611500576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806114aa5750813b15156114aa56fe9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e2200acf454587ced8ff487f886a618ed0236027ae3da67f204db88e3628a20d7bb00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// DisputeModule is an auto generated Go binding around an Ethereum contract.
type DisputeModule struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeModule) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeModule creates a new instance of DisputeModule.
func NewDisputeModule() *DisputeModule {
	parsed, err := DisputeModuleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeModule{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeModule) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (disputeModule *DisputeModule) PackMODULEVERSION() []byte {
	enc, err := disputeModule.abi.Pack("MODULE_VERSION")
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
func (disputeModule *DisputeModule) TryPackMODULEVERSION() ([]byte, error) {
	return disputeModule.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (disputeModule *DisputeModule) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := disputeModule.abi.Unpack("MODULE_VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (disputeModule *DisputeModule) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := disputeModule.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (disputeModule *DisputeModule) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return disputeModule.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (disputeModule *DisputeModule) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := disputeModule.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (disputeModule *DisputeModule) PackAcceptOwnership() []byte {
	enc, err := disputeModule.abi.Pack("acceptOwnership")
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
func (disputeModule *DisputeModule) TryPackAcceptOwnership() ([]byte, error) {
	return disputeModule.abi.Pack("acceptOwnership")
}

// PackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x564a565d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputes(uint256 jobId) view returns(address claimant, uint64 raisedAt, bytes32 evidenceHash)
func (disputeModule *DisputeModule) PackDisputes(jobId *big.Int) []byte {
	enc, err := disputeModule.abi.Pack("disputes", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x564a565d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputes(uint256 jobId) view returns(address claimant, uint64 raisedAt, bytes32 evidenceHash)
func (disputeModule *DisputeModule) TryPackDisputes(jobId *big.Int) ([]byte, error) {
	return disputeModule.abi.Pack("disputes", jobId)
}

// DisputesOutput serves as a container for the return parameters of contract
// method Disputes.
type DisputesOutput struct {
	Claimant     common.Address
	RaisedAt     uint64
	EvidenceHash [32]byte
}

// UnpackDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x564a565d.
//
// Solidity: function disputes(uint256 jobId) view returns(address claimant, uint64 raisedAt, bytes32 evidenceHash)
func (disputeModule *DisputeModule) UnpackDisputes(data []byte) (DisputesOutput, error) {
	out, err := disputeModule.abi.Unpack("disputes", data)
	outstruct := new(DisputesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Claimant = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.RaisedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.EvidenceHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_) returns()
func (disputeModule *DisputeModule) PackInitialize(owner common.Address) []byte {
	enc, err := disputeModule.abi.Pack("initialize", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_) returns()
func (disputeModule *DisputeModule) TryPackInitialize(owner common.Address) ([]byte, error) {
	return disputeModule.abi.Pack("initialize", owner)
}

// PackIsModerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa6f3936.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isModerator(address account) view returns(bool)
func (disputeModule *DisputeModule) PackIsModerator(account common.Address) []byte {
	enc, err := disputeModule.abi.Pack("isModerator", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsModerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa6f3936.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isModerator(address account) view returns(bool)
func (disputeModule *DisputeModule) TryPackIsModerator(account common.Address) ([]byte, error) {
	return disputeModule.abi.Pack("isModerator", account)
}

// UnpackIsModerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa6f3936.
//
// Solidity: function isModerator(address account) view returns(bool)
func (disputeModule *DisputeModule) UnpackIsModerator(data []byte) (bool, error) {
	out, err := disputeModule.abi.Unpack("isModerator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobRegistry() view returns(address)
func (disputeModule *DisputeModule) PackJobRegistry() []byte {
	enc, err := disputeModule.abi.Pack("jobRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobRegistry() view returns(address)
func (disputeModule *DisputeModule) TryPackJobRegistry() ([]byte, error) {
	return disputeModule.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (disputeModule *DisputeModule) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := disputeModule.abi.Unpack("jobRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (disputeModule *DisputeModule) PackModuleKind() []byte {
	enc, err := disputeModule.abi.Pack("moduleKind")
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
func (disputeModule *DisputeModule) TryPackModuleKind() ([]byte, error) {
	return disputeModule.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (disputeModule *DisputeModule) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := disputeModule.abi.Unpack("moduleKind", data)
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
func (disputeModule *DisputeModule) PackOwner() []byte {
	enc, err := disputeModule.abi.Pack("owner")
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
func (disputeModule *DisputeModule) TryPackOwner() ([]byte, error) {
	return disputeModule.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (disputeModule *DisputeModule) UnpackOwner(data []byte) (common.Address, error) {
	out, err := disputeModule.abi.Unpack("owner", data)
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
func (disputeModule *DisputeModule) PackPause() []byte {
	enc, err := disputeModule.abi.Pack("pause")
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
func (disputeModule *DisputeModule) TryPackPause() ([]byte, error) {
	return disputeModule.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (disputeModule *DisputeModule) PackPaused() []byte {
	enc, err := disputeModule.abi.Pack("paused")
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
func (disputeModule *DisputeModule) TryPackPaused() ([]byte, error) {
	return disputeModule.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (disputeModule *DisputeModule) UnpackPaused(data []byte) (bool, error) {
	out, err := disputeModule.abi.Unpack("paused", data)
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
func (disputeModule *DisputeModule) PackPauser() []byte {
	enc, err := disputeModule.abi.Pack("pauser")
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
func (disputeModule *DisputeModule) TryPackPauser() ([]byte, error) {
	return disputeModule.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (disputeModule *DisputeModule) UnpackPauser(data []byte) (common.Address, error) {
	out, err := disputeModule.abi.Unpack("pauser", data)
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
func (disputeModule *DisputeModule) PackPendingOwner() []byte {
	enc, err := disputeModule.abi.Pack("pendingOwner")
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
func (disputeModule *DisputeModule) TryPackPendingOwner() ([]byte, error) {
	return disputeModule.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (disputeModule *DisputeModule) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := disputeModule.abi.Unpack("pendingOwner", data)
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
func (disputeModule *DisputeModule) PackProxiableUUID() []byte {
	enc, err := disputeModule.abi.Pack("proxiableUUID")
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
func (disputeModule *DisputeModule) TryPackProxiableUUID() ([]byte, error) {
	return disputeModule.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (disputeModule *DisputeModule) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := disputeModule.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRaise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b2f7991.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function raise(uint256 jobId, address claimant, bytes32 evidenceHash, string reason) returns()
func (disputeModule *DisputeModule) PackRaise(jobId *big.Int, claimant common.Address, evidenceHash [32]byte, reason string) []byte {
	enc, err := disputeModule.abi.Pack("raise", jobId, claimant, evidenceHash, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRaise is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b2f7991.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function raise(uint256 jobId, address claimant, bytes32 evidenceHash, string reason) returns()
func (disputeModule *DisputeModule) TryPackRaise(jobId *big.Int, claimant common.Address, evidenceHash [32]byte, reason string) ([]byte, error) {
	return disputeModule.abi.Pack("raise", jobId, claimant, evidenceHash, reason)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (disputeModule *DisputeModule) PackRenounceOwnership() []byte {
	enc, err := disputeModule.abi.Pack("renounceOwnership")
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
func (disputeModule *DisputeModule) TryPackRenounceOwnership() ([]byte, error) {
	return disputeModule.abi.Pack("renounceOwnership")
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52a34b05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 jobId, bool employerWins) returns()
func (disputeModule *DisputeModule) PackResolve(jobId *big.Int, employerWins bool) []byte {
	enc, err := disputeModule.abi.Pack("resolve", jobId, employerWins)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52a34b05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 jobId, bool employerWins) returns()
func (disputeModule *DisputeModule) TryPackResolve(jobId *big.Int, employerWins bool) ([]byte, error) {
	return disputeModule.abi.Pack("resolve", jobId, employerWins)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (disputeModule *DisputeModule) PackSetJobRegistry(module common.Address) []byte {
	enc, err := disputeModule.abi.Pack("setJobRegistry", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJobRegistry(address module) returns()
func (disputeModule *DisputeModule) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return disputeModule.abi.Pack("setJobRegistry", module)
}

// PackSetModerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ee2b01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModerator(address moderator, bool allowed) returns()
func (disputeModule *DisputeModule) PackSetModerator(moderator common.Address, allowed bool) []byte {
	enc, err := disputeModule.abi.Pack("setModerator", moderator, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ee2b01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModerator(address moderator, bool allowed) returns()
func (disputeModule *DisputeModule) TryPackSetModerator(moderator common.Address, allowed bool) ([]byte, error) {
	return disputeModule.abi.Pack("setModerator", moderator, allowed)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (disputeModule *DisputeModule) PackSetPauser(pauser common.Address) []byte {
	enc, err := disputeModule.abi.Pack("setPauser", pauser)
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
func (disputeModule *DisputeModule) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return disputeModule.abi.Pack("setPauser", pauser)
}

// PackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea75dde4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitEvidence(uint256 jobId, bytes32 evidenceHash, string uri) returns()
func (disputeModule *DisputeModule) PackSubmitEvidence(jobId *big.Int, evidenceHash [32]byte, uri string) []byte {
	enc, err := disputeModule.abi.Pack("submitEvidence", jobId, evidenceHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea75dde4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitEvidence(uint256 jobId, bytes32 evidenceHash, string uri) returns()
func (disputeModule *DisputeModule) TryPackSubmitEvidence(jobId *big.Int, evidenceHash [32]byte, uri string) ([]byte, error) {
	return disputeModule.abi.Pack("submitEvidence", jobId, evidenceHash, uri)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (disputeModule *DisputeModule) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := disputeModule.abi.Pack("transferOwnership", newOwner)
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
func (disputeModule *DisputeModule) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return disputeModule.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (disputeModule *DisputeModule) PackUnpause() []byte {
	enc, err := disputeModule.abi.Pack("unpause")
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
func (disputeModule *DisputeModule) TryPackUnpause() ([]byte, error) {
	return disputeModule.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (disputeModule *DisputeModule) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := disputeModule.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (disputeModule *DisputeModule) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return disputeModule.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (disputeModule *DisputeModule) PackVersion() []byte {
	enc, err := disputeModule.abi.Pack("version")
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
func (disputeModule *DisputeModule) TryPackVersion() ([]byte, error) {
	return disputeModule.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (disputeModule *DisputeModule) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := disputeModule.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DisputeModuleDisputeDecided represents a DisputeDecided event raised by the DisputeModule contract.
type DisputeModuleDisputeDecided struct {
	JobId        *big.Int
	Moderator    common.Address
	EmployerWins bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const DisputeModuleDisputeDecidedEventName = "DisputeDecided"

// ContractEventName returns the user-defined event name.
func (DisputeModuleDisputeDecided) ContractEventName() string {
	return DisputeModuleDisputeDecidedEventName
}

// UnpackDisputeDecidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeDecided(uint256 indexed jobId, address indexed moderator, bool employerWins)
func (disputeModule *DisputeModule) UnpackDisputeDecidedEvent(log *types.Log) (*DisputeModuleDisputeDecided, error) {
	event := "DisputeDecided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleDisputeDecided)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleDisputeRaised represents a DisputeRaised event raised by the DisputeModule contract.
type DisputeModuleDisputeRaised struct {
	JobId        *big.Int
	Claimant     common.Address
	EvidenceHash [32]byte
	Reason       string
	Raw          *types.Log // Blockchain specific contextual infos
}

const DisputeModuleDisputeRaisedEventName = "DisputeRaised"

// ContractEventName returns the user-defined event name.
func (DisputeModuleDisputeRaised) ContractEventName() string {
	return DisputeModuleDisputeRaisedEventName
}

// UnpackDisputeRaisedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeRaised(uint256 indexed jobId, address indexed claimant, bytes32 evidenceHash, string reason)
func (disputeModule *DisputeModule) UnpackDisputeRaisedEvent(log *types.Log) (*DisputeModuleDisputeRaised, error) {
	event := "DisputeRaised"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleDisputeRaised)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleEvidenceSubmitted represents a EvidenceSubmitted event raised by the DisputeModule contract.
type DisputeModuleEvidenceSubmitted struct {
	JobId        *big.Int
	Party        common.Address
	EvidenceHash [32]byte
	Uri          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const DisputeModuleEvidenceSubmittedEventName = "EvidenceSubmitted"

// ContractEventName returns the user-defined event name.
func (DisputeModuleEvidenceSubmitted) ContractEventName() string {
	return DisputeModuleEvidenceSubmittedEventName
}

// UnpackEvidenceSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvidenceSubmitted(uint256 indexed jobId, address indexed party, bytes32 evidenceHash, string uri)
func (disputeModule *DisputeModule) UnpackEvidenceSubmittedEvent(log *types.Log) (*DisputeModuleEvidenceSubmitted, error) {
	event := "EvidenceSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleEvidenceSubmitted)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleInitialized represents a Initialized event raised by the DisputeModule contract.
type DisputeModuleInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeModuleInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DisputeModuleInitialized) ContractEventName() string {
	return DisputeModuleInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (disputeModule *DisputeModule) UnpackInitializedEvent(log *types.Log) (*DisputeModuleInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleInitialized)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleJobRegistryUpdated represents a JobRegistryUpdated event raised by the DisputeModule contract.
type DisputeModuleJobRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeModuleJobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (DisputeModuleJobRegistryUpdated) ContractEventName() string {
	return DisputeModuleJobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address module)
func (disputeModule *DisputeModule) UnpackJobRegistryUpdatedEvent(log *types.Log) (*DisputeModuleJobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleJobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleModeratorUpdated represents a ModeratorUpdated event raised by the DisputeModule contract.
type DisputeModuleModeratorUpdated struct {
	Moderator common.Address
	Allowed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeModuleModeratorUpdatedEventName = "ModeratorUpdated"

// ContractEventName returns the user-defined event name.
func (DisputeModuleModeratorUpdated) ContractEventName() string {
	return DisputeModuleModeratorUpdatedEventName
}

// UnpackModeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModeratorUpdated(address indexed moderator, bool allowed)
func (disputeModule *DisputeModule) UnpackModeratorUpdatedEvent(log *types.Log) (*DisputeModuleModeratorUpdated, error) {
	event := "ModeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleModeratorUpdated)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DisputeModule contract.
type DisputeModuleOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeModuleOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (DisputeModuleOwnershipTransferStarted) ContractEventName() string {
	return DisputeModuleOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (disputeModule *DisputeModule) UnpackOwnershipTransferStartedEvent(log *types.Log) (*DisputeModuleOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleOwnershipTransferred represents a OwnershipTransferred event raised by the DisputeModule contract.
type DisputeModuleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputeModuleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DisputeModuleOwnershipTransferred) ContractEventName() string {
	return DisputeModuleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (disputeModule *DisputeModule) UnpackOwnershipTransferredEvent(log *types.Log) (*DisputeModuleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModulePaused represents a Paused event raised by the DisputeModule contract.
type DisputeModulePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeModulePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (DisputeModulePaused) ContractEventName() string {
	return DisputeModulePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (disputeModule *DisputeModule) UnpackPausedEvent(log *types.Log) (*DisputeModulePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModulePaused)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModulePauserUpdated represents a PauserUpdated event raised by the DisputeModule contract.
type DisputeModulePauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeModulePauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (DisputeModulePauserUpdated) ContractEventName() string {
	return DisputeModulePauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (disputeModule *DisputeModule) UnpackPauserUpdatedEvent(log *types.Log) (*DisputeModulePauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModulePauserUpdated)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleUnpaused represents a Unpaused event raised by the DisputeModule contract.
type DisputeModuleUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeModuleUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (DisputeModuleUnpaused) ContractEventName() string {
	return DisputeModuleUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (disputeModule *DisputeModule) UnpackUnpausedEvent(log *types.Log) (*DisputeModuleUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleUnpaused)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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

// DisputeModuleUpgraded represents a Upgraded event raised by the DisputeModule contract.
type DisputeModuleUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputeModuleUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (DisputeModuleUpgraded) ContractEventName() string {
	return DisputeModuleUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (disputeModule *DisputeModule) UnpackUpgradedEvent(log *types.Log) (*DisputeModuleUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeModuleUpgraded)
	if len(log.Data) > 0 {
		if err := disputeModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeModule.abi.Events[event].Inputs {
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
func (disputeModule *DisputeModule) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return disputeModule.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return disputeModule.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return disputeModule.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return disputeModule.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return disputeModule.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return disputeModule.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return disputeModule.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return disputeModule.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return disputeModule.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return disputeModule.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["NotModerator"].ID.Bytes()[:4]) {
		return disputeModule.UnpackNotModeratorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["NotParty"].ID.Bytes()[:4]) {
		return disputeModule.UnpackNotPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return disputeModule.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return disputeModule.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return disputeModule.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return disputeModule.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return disputeModule.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return disputeModule.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return disputeModule.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return disputeModule.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeModule.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeModule.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeModuleAddressEmptyCode represents a AddressEmptyCode error raised by the DisputeModule contract.
type DisputeModuleAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func DisputeModuleAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (disputeModule *DisputeModule) UnpackAddressEmptyCodeError(raw []byte) (*DisputeModuleAddressEmptyCode, error) {
	out := new(DisputeModuleAddressEmptyCode)
	if err := disputeModule.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the DisputeModule contract.
type DisputeModuleERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func DisputeModuleERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (disputeModule *DisputeModule) UnpackERC1967InvalidImplementationError(raw []byte) (*DisputeModuleERC1967InvalidImplementation, error) {
	out := new(DisputeModuleERC1967InvalidImplementation)
	if err := disputeModule.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleERC1967NonPayable represents a ERC1967NonPayable error raised by the DisputeModule contract.
type DisputeModuleERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func DisputeModuleERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (disputeModule *DisputeModule) UnpackERC1967NonPayableError(raw []byte) (*DisputeModuleERC1967NonPayable, error) {
	out := new(DisputeModuleERC1967NonPayable)
	if err := disputeModule.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleEnforcedPause represents a EnforcedPause error raised by the DisputeModule contract.
type DisputeModuleEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func DisputeModuleEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (disputeModule *DisputeModule) UnpackEnforcedPauseError(raw []byte) (*DisputeModuleEnforcedPause, error) {
	out := new(DisputeModuleEnforcedPause)
	if err := disputeModule.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleExpectedPause represents a ExpectedPause error raised by the DisputeModule contract.
type DisputeModuleExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func DisputeModuleExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (disputeModule *DisputeModule) UnpackExpectedPauseError(raw []byte) (*DisputeModuleExpectedPause, error) {
	out := new(DisputeModuleExpectedPause)
	if err := disputeModule.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleFailedCall represents a FailedCall error raised by the DisputeModule contract.
type DisputeModuleFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DisputeModuleFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (disputeModule *DisputeModule) UnpackFailedCallError(raw []byte) (*DisputeModuleFailedCall, error) {
	out := new(DisputeModuleFailedCall)
	if err := disputeModule.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleIncompatibleModule represents a IncompatibleModule error raised by the DisputeModule contract.
type DisputeModuleIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func DisputeModuleIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (disputeModule *DisputeModule) UnpackIncompatibleModuleError(raw []byte) (*DisputeModuleIncompatibleModule, error) {
	out := new(DisputeModuleIncompatibleModule)
	if err := disputeModule.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleInvalidInitialization represents a InvalidInitialization error raised by the DisputeModule contract.
type DisputeModuleInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DisputeModuleInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (disputeModule *DisputeModule) UnpackInvalidInitializationError(raw []byte) (*DisputeModuleInvalidInitialization, error) {
	out := new(DisputeModuleInvalidInitialization)
	if err := disputeModule.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleInvalidPercentage represents a InvalidPercentage error raised by the DisputeModule contract.
type DisputeModuleInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func DisputeModuleInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (disputeModule *DisputeModule) UnpackInvalidPercentageError(raw []byte) (*DisputeModuleInvalidPercentage, error) {
	out := new(DisputeModuleInvalidPercentage)
	if err := disputeModule.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleNotInitializing represents a NotInitializing error raised by the DisputeModule contract.
type DisputeModuleNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DisputeModuleNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (disputeModule *DisputeModule) UnpackNotInitializingError(raw []byte) (*DisputeModuleNotInitializing, error) {
	out := new(DisputeModuleNotInitializing)
	if err := disputeModule.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleNotModerator represents a NotModerator error raised by the DisputeModule contract.
type DisputeModuleNotModerator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModerator(address caller)
func DisputeModuleNotModeratorErrorID() common.Hash {
	return common.HexToHash("0x663750dcec69f850aa2a3eb126f1abf0e2ce9cac54706da8d024024ab0476ee1")
}

// UnpackNotModeratorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModerator(address caller)
func (disputeModule *DisputeModule) UnpackNotModeratorError(raw []byte) (*DisputeModuleNotModerator, error) {
	out := new(DisputeModuleNotModerator)
	if err := disputeModule.abi.UnpackIntoInterface(out, "NotModerator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleNotParty represents a NotParty error raised by the DisputeModule contract.
type DisputeModuleNotParty struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotParty(address caller)
func DisputeModuleNotPartyErrorID() common.Hash {
	return common.HexToHash("0x20b9b3408989ca42d5fa2663f15008e4a0eb67196888f609b60bc67db38ad0ab")
}

// UnpackNotPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotParty(address caller)
func (disputeModule *DisputeModule) UnpackNotPartyError(raw []byte) (*DisputeModuleNotParty, error) {
	out := new(DisputeModuleNotParty)
	if err := disputeModule.abi.UnpackIntoInterface(out, "NotParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleNotPauser represents a NotPauser error raised by the DisputeModule contract.
type DisputeModuleNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func DisputeModuleNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (disputeModule *DisputeModule) UnpackNotPauserError(raw []byte) (*DisputeModuleNotPauser, error) {
	out := new(DisputeModuleNotPauser)
	if err := disputeModule.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DisputeModule contract.
type DisputeModuleOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DisputeModuleOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (disputeModule *DisputeModule) UnpackOwnableInvalidOwnerError(raw []byte) (*DisputeModuleOwnableInvalidOwner, error) {
	out := new(DisputeModuleOwnableInvalidOwner)
	if err := disputeModule.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DisputeModule contract.
type DisputeModuleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DisputeModuleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (disputeModule *DisputeModule) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DisputeModuleOwnableUnauthorizedAccount, error) {
	out := new(DisputeModuleOwnableUnauthorizedAccount)
	if err := disputeModule.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleRenounceDisabled represents a RenounceDisabled error raised by the DisputeModule contract.
type DisputeModuleRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func DisputeModuleRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (disputeModule *DisputeModule) UnpackRenounceDisabledError(raw []byte) (*DisputeModuleRenounceDisabled, error) {
	out := new(DisputeModuleRenounceDisabled)
	if err := disputeModule.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the DisputeModule contract.
type DisputeModuleUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func DisputeModuleUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (disputeModule *DisputeModule) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*DisputeModuleUUPSUnauthorizedCallContext, error) {
	out := new(DisputeModuleUUPSUnauthorizedCallContext)
	if err := disputeModule.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the DisputeModule contract.
type DisputeModuleUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func DisputeModuleUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (disputeModule *DisputeModule) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*DisputeModuleUUPSUnsupportedProxiableUUID, error) {
	out := new(DisputeModuleUUPSUnsupportedProxiableUUID)
	if err := disputeModule.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleUnauthorizedCaller represents a UnauthorizedCaller error raised by the DisputeModule contract.
type DisputeModuleUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func DisputeModuleUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (disputeModule *DisputeModule) UnpackUnauthorizedCallerError(raw []byte) (*DisputeModuleUnauthorizedCaller, error) {
	out := new(DisputeModuleUnauthorizedCaller)
	if err := disputeModule.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleWrongModuleKind represents a WrongModuleKind error raised by the DisputeModule contract.
type DisputeModuleWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func DisputeModuleWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (disputeModule *DisputeModule) UnpackWrongModuleKindError(raw []byte) (*DisputeModuleWrongModuleKind, error) {
	out := new(DisputeModuleWrongModuleKind)
	if err := disputeModule.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeModuleZeroAddress represents a ZeroAddress error raised by the DisputeModule contract.
type DisputeModuleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeModuleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeModule *DisputeModule) UnpackZeroAddressError(raw []byte) (*DisputeModuleZeroAddress, error) {
	out := new(DisputeModuleZeroAddress)
	if err := disputeModule.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
