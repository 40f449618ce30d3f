// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feepool

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

// FeePoolMetaData contains all meta data concerning the FeePool contract.
var FeePoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToBurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToDistribute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyFeeTokens\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"BurnPctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"FeeTokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"FeesDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accounted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burnPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burnable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"distribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"onFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"onStakeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"pending\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"registerToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"rewardPerStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setBurnPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "FeePool",
	Bin: "0x60a080604052346100c257306080525f5160206126db5f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161261490816100c78239608051818181610c110152610cef0152f35b6001600160401b0319166001600160401b039081175f5160206126db5f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8062dc34c1146119dd57806309824a80146119bc5780630e7c67fc1461171d57806319716a401461170257806319bc9ae8146115a75780631e83409a1461134057806323682c471461130b5780632d88af4a146112915780633f4ba83a146111cb57806344856e3f1461117e578063451c20a5146110145780634f1ef28614610c6557806352d1902d14610bfe57806354fd4d501461097e5780635c975abb14610bcc5780636096278114610ba657806363453ae114610a47578063715018a614610a1f5780637542ff95146109ea57806379ba50971461099a57806381ed98081461097e5780638456cb59146108af57806389afcb44146106d55780638da5cb5b146106a05780639618b31c146106705780639fd0506d1461063b578063a2bb57f914610610578063ad3cb1cc146105b4578063bee0d6ad146104e0578063c4d66de814610369578063c51a2bba146102de578063e30c3978146102a9578063ee1a56ce14610270578063f21aa1dc1461024a578063f2fde38b146101c45763fccc2813146101a5575f80fd5b346101c157806003193601126101c157602060405161dead8152f35b80fd5b50346101c15760203660031901126101c1576101de611bac565b6101e6611db1565b5f5160206125d45f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206125345f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346101c157806003193601126101c15760405166119959541bdbdb60ca1b8152602090f35b50346101c15760203660031901126101c15760206001600160781b0361029c610297611bac565b611bf8565b5460081c16604051908152f35b50346101c157806003193601126101c1575f5160206125d45f395f51905f52546040516001600160a01b039091168152602090f35b50346101c15760203660031901126101c1576004356102fb611db1565b60648111610357575f5160206124f45f395f51905f52805460ff60a01b191660a083901b60ff60a01b161790556040519081527f9aee70485d091a4562b73a869877e24c5c19894269a4dd83a2edd7ca36e7b64e90602090a180f35b63aa31867360e01b8252600452602490fd5b50346101c15760203660031901126101c157610383611bac565b5f5160206125b45f395f51905f52549060ff8260401c16159167ffffffffffffffff8116801590816104d8575b60011490816104ce575b1590816104c5575b506104b65767ffffffffffffffff1981166001175f5160206125b45f395f51905f52558261048a575b506103f46123fc565b6001600160a01b0381161561047b5761041c9061040f6123fc565b6104176123fc565b612391565b6104235780f35b68ff0000000000000000195f5160206125b45f395f51905f5254165f5160206125b45f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b63d92e233d60e01b8352600483fd5b68ffffffffffffffffff191668010000000000000001175f5160206125b45f395f51905f52555f6103eb565b63f92ee8a960e01b8452600484fd5b9050155f6103c2565b303b1591506103ba565b8491506103b0565b50346101c157806003193601126101c1576040515f5160206125145f395f51905f528054808352908352602082019081907f44083f86e2e613f961dd7f0e277d6893d1504e998619b124e9ef81c807d2c7f290855b818110610595575050508261054b910383611bc2565b604051928392602084019060208552518091526040840192915b818110610573575050500390f35b82516001600160a01b0316845285945060209384019390920191600101610565565b82546001600160a01b0316845260209093019260019283019201610535565b50346101c157806003193601126101c157604080516105d38282611bc2565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b50346101c15760203660031901126101c157602061062f610297611bac565b5460801c604051908152f35b50346101c157806003193601126101c1575f5160206125745f395f51905f52546040516001600160a01b039091168152602090f35b50346101c157806003193601126101c157602060ff5f5160206124f45f395f51905f525460a01c16604051908152f35b50346101c157806003193601126101c1575f5160206125345f395f51905f52546040516001600160a01b039091168152602090f35b50346101c15760203660031901126101c1576106ef611bac565b60ff5f5160206124f45f395f51905f525460a81c166108a057610710611ea6565b61071981611bf8565b90815460801c9182156108845780546001600160801b031690555f5160206124f45f395f51905f5254604051637e062a3560e11b8152916001600160a01b03909116908490602084600481865afa938415610879578294610848575b506001600160a01b038181169416840361083f5781925b803b1561083057604051630adfcd8160e01b81526001600160a01b039283166004820152939091166024840152604483018590528290606490829084905af180156108345761081b575b50916020927f0d9575a73e2a7da16cfde907df749d23d901528ff2e7c832b731babdecca000b84604051858152a25f5160206125945f395f51905f525d604051908152f35b610826848092611bc2565b610830575f6107d6565b8280fd5b6040513d86823e3d90fd5b61dead9261078c565b61086b91945060203d602011610872575b6108638183611bc2565b810190611ce4565b925f610775565b503d610859565b6040513d84823e3d90fd5b638af8d24960e01b84526001600160a01b038216600452602484fd5b63d93c066560e01b8252600482fd5b50346101c157806003193601126101c1575f5160206125345f395f51905f52546001600160a01b03163314158061095d575b61094a575f5160206124f45f395f51905f525460ff8160a81c166108a05760ff60a81b1916600160a81b175f5160206124f45f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a180f35b6310351a3760e11b815233600452602490fd5b505f5160206125745f395f51905f52546001600160a01b03163314156108e1565b50346101c157806003193601126101c157602060405160018152f35b50346101c157806003193601126101c1575f5160206125d45f395f51905f5254336001600160a01b03909116036109d7576109d433612391565b80f35b63118cdaa760e01b815233600452602490fd5b50346101c157806003193601126101c1575f5160206124f45f395f51905f52546040516001600160a01b039091168152602090f35b50346101c157806003193601126101c157600490610a3b611db1565b638905116560e01b8152fd5b50346101c15760203660031901126101c157610a61611bac565b90610a6a611db1565b5f5160206124f45f395f51905f525460ff8160a81c166108a057610a8c611ea6565b6040516370a0823160e01b81523060048201526001600160a01b038416939091602083602481885afa928315610834578493610b6e575b508215610b5a5760018060a01b031660405163a9059cbb60e01b85528160045283602452602085604481808a5af1906001865114821615610b39575b60405215610b2557610b12939450612019565b805f5160206125945f395f51905f525d80f35b635274afe760e01b84526004859052602484fd5b906001811516610b5157863b15153d15161690610aff565b503d85823e3d90fd5b63edec0cc160e01b84526004859052602484fd5b9092506020813d602011610b9e575b81610b8a60209383611bc2565b81010312610b9a5751915f610ac3565b5f80fd5b3d9150610b7d565b50346101c15760403660031901126101c1576109d4610bc3611bac565b60243590611d59565b50346101c157806003193601126101c157602060ff5f5160206124f45f395f51905f525460a81c166040519015158152f35b50346101c157806003193601126101c1577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163003610c565760206040515f5160206125545f395f51905f528152f35b63703e46dd60e11b8152600490fd5b5060403660031901126101c157610c7a611bac565b906024359167ffffffffffffffff8311611010573660238401121561101057826004013567ffffffffffffffff8111610ffc5760405193610cc5601f8301601f191660200186611bc2565b8185523660248383010111610ff85781849260246020930183880137850101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115610fd6575b50610fc757610d27611db1565b6001600160a01b03811690811561047b57803b15610fab5760405163054fd4d560e41b8152602081600481865afa849181610f77575b50610d7e57606484846302030e8960e11b8252600452806024526001604452fd5b60018110610f5b5750604051633c86a87760e21b8152602081600481865afa849181610f27575b50610dd1576344f2c35f60e01b84526004839052602484905266119959541bdbdb60ca1b604452606484fd5b662e66a6abe4242560ca1b8101610f0257506040516352d1902d60e01b815293602085600481865afa80958596610ece575b50610e1c57634c9c8ce360e01b84526004839052602484fd5b9091845f5160206125545f395f51905f528103610ebc5750823b15610eaa575f5160206125545f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a2805115610e9157610e8d91612427565b5080f35b505034610e9b5780f35b63b398979f60e01b8152600490fd5b634c9c8ce360e01b8452600452602483fd5b632a87526960e21b8552600452602484fd5b9095506020813d602011610efa575b81610eea60209383611bc2565b81010312610b9a5751945f610e03565b3d9150610edd565b6344f2c35f60e01b8452600483905260245266119959541bdbdb60ca1b604452606483fd5b9091506020813d602011610f53575b81610f4360209383611bc2565b81010312610b9a5751905f610da5565b3d9150610f36565b6302030e8960e11b845260048390526024526001604452606483fd5b9091506020813d602011610fa3575b81610f9360209383611bc2565b81010312610b9a5751905f610d5d565b3d9150610f86565b606483836302030e8960e11b8252600452806024526001604452fd5b63703e46dd60e11b8252600482fd5b5f5160206125545f395f51905f52546001600160a01b0316141590505f610d1a565b8380fd5b634e487b7160e01b83526041600452602483fd5b5080fd5b50346101c15760203660031901126101c15761102e611bac565b5f5160206124f45f395f51905f52546001600160a01b03163381900361116b5760405163ad9159fd60e01b81526001600160a01b03831660048201526002602482015290602090829060449082905afa90811561116057839161112e575b505f5160206125145f395f51905f525491835b8381106110aa578480f35b5f5160206125145f395f51905f525481101561111a575f5160206125145f395f51905f5285527f44083f86e2e613f961dd7f0e277d6893d1504e998619b124e9ef81c807d2c7f281015460019190611114908590859060038a901b1c6001600160a01b0316611edb565b0161109f565b634e487b7160e01b85526032600452602485fd5b90506020813d602011611158575b8161114960209383611bc2565b81010312610b9a57515f61108c565b3d915061113c565b6040513d85823e3d90fd5b63d86ad9cf60e01b835233600452602483fd5b50346101c15760203660031901126101c15760206111c261119d611bac565b6001600160a01b03165f9081525f5160206124b45f395f51905f526020526040902090565b54604051908152f35b50346101c157806003193601126101c1575f5160206125345f395f51905f52546001600160a01b031633141580611270575b61094a575f5160206124f45f395f51905f525460ff8160a81c16156112615760ff60a81b19165f5160206124f45f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a180f35b638dfc202b60e01b8252600482fd5b505f5160206125745f395f51905f52546001600160a01b03163314156111fd565b50346101c15760203660031901126101c1577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206112ce611bac565b6112d6611db1565b5f5160206125745f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a180f35b50346101c157806003193601126101c1575f5160206125f45f395f51905f52546040516001600160a01b039091168152602090f35b5034610b9a576020366003190112610b9a5761135a611bac565b905f5160206124f45f395f51905f525460ff8160a81c166115985761137d611ea6565b60405163ad9159fd60e01b81523360048201526002602482015290602090829060449082906001600160a01b03165afa8015611527575f90611564575b6113c691503384611edb565b6113cf82611c1d565b335f9081526020919091526040902054908115611546576113ef83611c1d565b335f908152602091909152604081205561140882611fe8565b61141184611bf8565b906001600160781b0380835460081c16911690036001600160781b0381116115325781546fffffffffffffffffffffffffffffff00191660089190911b610100600160801b03161790555f5160206124f45f395f51905f52546001600160a01b031692833b15610b9a57604051630adfcd8160e01b81526001600160a01b038216600482015233602482015260448101849052935f908590606490829084905af193841561152757602094611512575b506040518381526001600160a01b039091169033907ffe3464cd748424446c37877c28ce5b700222c5bc9f90d908afcc4e5cb22707ff908690a35f5160206125945f395f51905f525d604051908152f35b61151f9192505f90611bc2565b5f905f6114c1565b6040513d5f823e3d90fd5b634e487b7160e01b5f52601160045260245ffd5b6332559a3360e11b5f9081526001600160a01b038416600452602490fd5b506020813d602011611590575b8161157e60209383611bc2565b81010312610b9a576113c690516113ba565b3d9150611571565b63d93c066560e01b5f5260045ffd5b34610b9a576040366003190112610b9a576115c0611bac565b602435906001600160a01b0382168203610b9a575f5160206124f45f395f51905f525460405163ad9159fd60e01b81526001600160a01b0384811660048301526002602483015290929160209184916044918391165afa918215611527575f926116c4575b60206116bc85670de0b6b3a76400006116b5876116af8861164581611c1d565b6001600160a01b039687165f818152918a526040808320549390981682525f5160206124b45f395f51905f52602052878220547f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f068b52888320918352908a52969020549095611d03565b90611d10565b0490611d23565b604051908152f35b9150916020823d6020116116fa575b816116e060209383611bc2565b81010312610b9a5790519091670de0b6b3a7640000611625565b3d91506116d3565b34610b9a575f366003190112610b9a57602060405160108152f35b34610b9a576020366003190112610b9a57611736611bac565b61173e611db1565b6001600160a01b0381169081156119ad573b156119925760405163054fd4d560e41b8152602081600481855afa5f918161195e575b5061179457506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106119435750604051633c86a87760e21b8152602081600481855afa5f918161190f575b506117ea57506344f2c35f60e01b5f526004525f6024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b6b5645cf4a4d594f48cf4c4d4760a11b81016118e6576004602083806bffffffffffffffffffffffff60a01b5f5160206124f45f395f51905f525416175f5160206124f45f395f51905f52557f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a782604051838152a1604051637e062a3560e11b815292839182905afa908115611527575f916118c7575b5060ff61188d82611bf8565b54161561189657005b60105f5160206125145f395f51905f525410156118b8576118b690611de4565b005b63b250e84d60e01b5f5260045ffd5b6118e0915060203d602011610872576108638183611bc2565b81611881565b906344f2c35f60e01b5f526004526024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b9091506020813d60201161193b575b8161192b60209383611bc2565b81010312610b9a575190836117bb565b3d915061191e565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d60201161198a575b8161197a60209383611bc2565b81010312610b9a57519083611773565b3d915061196d565b6302030e8960e11b5f526004525f602452600160445260645ffd5b63d92e233d60e01b5f5260045ffd5b34610b9a576020366003190112610b9a576118b66119d8611bac565b611c55565b34610b9a576020366003190112610b9a576119f6611bac565b6119fe611db1565b6001600160a01b0381169081156119ad573b156119925760405163054fd4d560e41b8152602081600481855afa5f9181611b78575b50611a5457506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106119435750604051633c86a87760e21b8152602081600481855afa5f9181611b44575b50611aa957506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b8101611b1c577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806bffffffffffffffffffffffff60a01b5f5160206125f45f395f51905f525416175f5160206125f45f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d602011611b70575b81611b6060209383611bc2565b81010312610b9a57519083611a7b565b3d9150611b53565b9091506020813d602011611ba4575b81611b9460209383611bc2565b81010312610b9a57519083611a33565b3d9150611b87565b600435906001600160a01b0382168203610b9a57565b90601f8019910116810190811067ffffffffffffffff821117611be457604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b03165f9081525f5160206124d45f395f51905f526020526040902090565b6001600160a01b03165f9081527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f076020526040902090565b5f5160206125f45f395f51905f52546001600160a01b031633141580611cc3575b611cb05760ff611c8582611bf8565b5416611cad5760105f5160206125145f395f51905f525410156118b857611cab90611de4565b565b50565b63d86ad9cf60e01b5f523360045260245ffd5b505f5160206125345f395f51905f52546001600160a01b0316331415611c76565b90816020910312610b9a57516001600160a01b0381168103610b9a5790565b9190820391821161153257565b8181029291811591840414171561153257565b9190820180921161153257565b8054821015611d45575f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b5f5160206124f45f395f51905f52545f5160206125f45f395f51905f52546001600160a01b039182169392911633141580611da7575b611cb0578115611da257611cab92612019565b505050565b5082331415611d8f565b5f5160206125345f395f51905f52546001600160a01b03163303611dd157565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b0381165f8181525f5160206124d45f395f51905f5260205260409020805460ff191660011790555f5160206125145f395f51905f52549091600160401b821015611be457611e5c826001611e8094015f5160206125145f395f51905f52555f5160206125145f395f51905f52611d30565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b7fb986dfbe865523f9fa9463a0ff2bef7058c5481fabe84cbafab9746032bf4e025f80a2565b5f5160206125945f395f51905f525c611ecc5760015f5160206125945f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160a01b039081165f8181525f5160206124b45f395f51905f5260209081526040808320547f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f06835281842095871684529490915290205491939091808514611fe157670de0b6b3a7640000916116af611f579287611d03565b04815f527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f0760205260405f2060018060a01b0384165f52602052611fa060405f20918254611d23565b90555f527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f0660205260405f209060018060a01b03165f5260205260405f2055565b5050505050565b6001600160781b038111612002576001600160781b031690565b6306dfcc6560e41b5f52607860045260245260445ffd5b6001600160a01b0382165f8181525f5160206124d45f395f51905f526020526040908190209051919493906060830167ffffffffffffffff811184821017611be457604052549060ff821615908115845260208401916001600160781b038460081c168352604085019360801c8452612305575b506040516376e334f960e01b81526002600482015293602090859060249082906001600160a01b03165afa938415611527575f946122d1575b50836122aa5784935b6120d98587611d03565b801580156121e0575b5050506120f9846001600160801b03845116611d23565b6001600160801b0381116121c957604094926121956001600160781b037f85da6ab72d2b48932522aea80adb8ca4fab6cdeb87bc2e7f6c03fd78d3b2100e9896946001600160801b0380951684528a5f525f5160206124d45f395f51905f52602052885f209551151560ff80198854169115151617865551168490610100600160801b0382549160081b1690610100600160801b031916179055565b5182546001600160801b0316911660801b6fffffffffffffffffffffffffffffffff191617905582519182526020820152a2565b6306dfcc6560e41b5f52608060045260245260445ffd5b670de0b6b3a76400008202918204670de0b6b3a76400001417156115325781156122965781612241910491885f525f5160206124b45f395f51905f5260205260405f2061222e848254611d23565b90556001600160781b0384511692611d10565b90670de0b6b3a764000082019182811161153257670de0b6b3a763ffff019182116115325761228661228b91670de0b6b3a76400006001600160781b03940490611d23565b611fe8565b1681525f80806120e2565b634e487b7160e01b5f52601260045260245ffd5b60646122ca60ff5f5160206124f45f395f51905f525460a01c1687611d10565b04936120cf565b9093506020813d6020116122fd575b816122ed60209383611bc2565b81010312610b9a5751925f6120c6565b3d91506122e0565b5f8781525f5160206124d45f395f51905f5260205260409020805460ff191660011790555f5160206125145f395f51905f52805491959091600160401b811015611be457602496611e5c82602095600161236195018155611d30565b877fb986dfbe865523f9fa9463a0ff2bef7058c5481fabe84cbafab9746032bf4e025f80a260018552945061208d565b5f5160206125d45f395f51905f5280546001600160a01b03199081169091555f5160206125345f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60ff5f5160206125b45f395f51905f525460401c161561241857565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af480806124a0575b1561245b5750506040513d81523d5f602083013e60203d82010160405290565b1561248057639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15612491576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d15158061243b5750813b151561243b56fe3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f053c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f083c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f003c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f029016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e22009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c003c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f01f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// FeePool is an auto generated Go binding around an Ethereum contract.
type FeePool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeePool) GetABI() abi.ABI {
	return c.abi
}

// NewFeePool creates a new instance of FeePool.
func NewFeePool() *FeePool {
	parsed, err := FeePoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeePool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeePool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (feePool *FeePool) PackBURNADDRESS() []byte {
	enc, err := feePool.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (feePool *FeePool) TryPackBURNADDRESS() ([]byte, error) {
	return feePool.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (feePool *FeePool) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMAXFEETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19716a40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (feePool *FeePool) PackMAXFEETOKENS() []byte {
	enc, err := feePool.abi.Pack("MAX_FEE_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEETOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19716a40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (feePool *FeePool) TryPackMAXFEETOKENS() ([]byte, error) {
	return feePool.abi.Pack("MAX_FEE_TOKENS")
}

// UnpackMAXFEETOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19716a40.
//
// Solidity: function MAX_FEE_TOKENS() view returns(uint256)
func (feePool *FeePool) UnpackMAXFEETOKENS(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("MAX_FEE_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (feePool *FeePool) PackMODULEVERSION() []byte {
	enc, err := feePool.abi.Pack("MODULE_VERSION")
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
func (feePool *FeePool) TryPackMODULEVERSION() ([]byte, error) {
	return feePool.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (feePool *FeePool) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("MODULE_VERSION", data)
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
func (feePool *FeePool) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := feePool.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (feePool *FeePool) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return feePool.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (feePool *FeePool) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := feePool.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (feePool *FeePool) PackAcceptOwnership() []byte {
	enc, err := feePool.abi.Pack("acceptOwnership")
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
func (feePool *FeePool) TryPackAcceptOwnership() ([]byte, error) {
	return feePool.abi.Pack("acceptOwnership")
}

// PackAccounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1a56ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounted(address token) view returns(uint256)
func (feePool *FeePool) PackAccounted(token common.Address) []byte {
	enc, err := feePool.abi.Pack("accounted", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1a56ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounted(address token) view returns(uint256)
func (feePool *FeePool) TryPackAccounted(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("accounted", token)
}

// UnpackAccounted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee1a56ce.
//
// Solidity: function accounted(address token) view returns(uint256)
func (feePool *FeePool) UnpackAccounted(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("accounted", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89afcb44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address token) returns(uint256 amount)
func (feePool *FeePool) PackBurn(token common.Address) []byte {
	enc, err := feePool.abi.Pack("burn", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89afcb44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address token) returns(uint256 amount)
func (feePool *FeePool) TryPackBurn(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("burn", token)
}

// UnpackBurn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89afcb44.
//
// Solidity: function burn(address token) returns(uint256 amount)
func (feePool *FeePool) UnpackBurn(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("burn", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurnPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9618b31c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnPct() view returns(uint256)
func (feePool *FeePool) PackBurnPct() []byte {
	enc, err := feePool.abi.Pack("burnPct")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9618b31c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnPct() view returns(uint256)
func (feePool *FeePool) TryPackBurnPct() ([]byte, error) {
	return feePool.abi.Pack("burnPct")
}

// UnpackBurnPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9618b31c.
//
// Solidity: function burnPct() view returns(uint256)
func (feePool *FeePool) UnpackBurnPct(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("burnPct", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurnable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2bb57f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnable(address token) view returns(uint256)
func (feePool *FeePool) PackBurnable(token common.Address) []byte {
	enc, err := feePool.abi.Pack("burnable", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2bb57f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnable(address token) view returns(uint256)
func (feePool *FeePool) TryPackBurnable(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("burnable", token)
}

// UnpackBurnable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2bb57f9.
//
// Solidity: function burnable(address token) view returns(uint256)
func (feePool *FeePool) UnpackBurnable(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("burnable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e83409a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(address token) returns(uint256 amount)
func (feePool *FeePool) PackClaim(token common.Address) []byte {
	enc, err := feePool.abi.Pack("claim", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e83409a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(address token) returns(uint256 amount)
func (feePool *FeePool) TryPackClaim(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("claim", token)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e83409a.
//
// Solidity: function claim(address token) returns(uint256 amount)
func (feePool *FeePool) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63453ae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distribute(address token) returns()
func (feePool *FeePool) PackDistribute(token common.Address) []byte {
	enc, err := feePool.abi.Pack("distribute", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63453ae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distribute(address token) returns()
func (feePool *FeePool) TryPackDistribute(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("distribute", token)
}

// PackFeeTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee0d6ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeTokens() view returns(address[])
func (feePool *FeePool) PackFeeTokens() []byte {
	enc, err := feePool.abi.Pack("feeTokens")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee0d6ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeTokens() view returns(address[])
func (feePool *FeePool) TryPackFeeTokens() ([]byte, error) {
	return feePool.abi.Pack("feeTokens")
}

// UnpackFeeTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbee0d6ad.
//
// Solidity: function feeTokens() view returns(address[])
func (feePool *FeePool) UnpackFeeTokens(data []byte) ([]common.Address, error) {
	out, err := feePool.abi.Unpack("feeTokens", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_) returns()
func (feePool *FeePool) PackInitialize(owner common.Address) []byte {
	enc, err := feePool.abi.Pack("initialize", owner)
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
func (feePool *FeePool) TryPackInitialize(owner common.Address) ([]byte, error) {
	return feePool.abi.Pack("initialize", owner)
}

// PackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobRegistry() view returns(address)
func (feePool *FeePool) PackJobRegistry() []byte {
	enc, err := feePool.abi.Pack("jobRegistry")
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
func (feePool *FeePool) TryPackJobRegistry() ([]byte, error) {
	return feePool.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (feePool *FeePool) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("jobRegistry", data)
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
func (feePool *FeePool) PackModuleKind() []byte {
	enc, err := feePool.abi.Pack("moduleKind")
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
func (feePool *FeePool) TryPackModuleKind() ([]byte, error) {
	return feePool.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (feePool *FeePool) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := feePool.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOnFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60962781.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onFee(address token, uint256 amount) returns()
func (feePool *FeePool) PackOnFee(token common.Address, amount *big.Int) []byte {
	enc, err := feePool.abi.Pack("onFee", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60962781.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onFee(address token, uint256 amount) returns()
func (feePool *FeePool) TryPackOnFee(token common.Address, amount *big.Int) ([]byte, error) {
	return feePool.abi.Pack("onFee", token, amount)
}

// PackOnStakeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x451c20a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onStakeChange(address user) returns()
func (feePool *FeePool) PackOnStakeChange(user common.Address) []byte {
	enc, err := feePool.abi.Pack("onStakeChange", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnStakeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x451c20a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onStakeChange(address user) returns()
func (feePool *FeePool) TryPackOnStakeChange(user common.Address) ([]byte, error) {
	return feePool.abi.Pack("onStakeChange", user)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (feePool *FeePool) PackOwner() []byte {
	enc, err := feePool.abi.Pack("owner")
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
func (feePool *FeePool) TryPackOwner() ([]byte, error) {
	return feePool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (feePool *FeePool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("owner", data)
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
func (feePool *FeePool) PackPause() []byte {
	enc, err := feePool.abi.Pack("pause")
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
func (feePool *FeePool) TryPackPause() ([]byte, error) {
	return feePool.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (feePool *FeePool) PackPaused() []byte {
	enc, err := feePool.abi.Pack("paused")
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
func (feePool *FeePool) TryPackPaused() ([]byte, error) {
	return feePool.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (feePool *FeePool) UnpackPaused(data []byte) (bool, error) {
	out, err := feePool.abi.Unpack("paused", data)
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
func (feePool *FeePool) PackPauser() []byte {
	enc, err := feePool.abi.Pack("pauser")
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
func (feePool *FeePool) TryPackPauser() ([]byte, error) {
	return feePool.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (feePool *FeePool) UnpackPauser(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bc9ae8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pending(address token, address user) view returns(uint256)
func (feePool *FeePool) PackPending(token common.Address, user common.Address) []byte {
	enc, err := feePool.abi.Pack("pending", token, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bc9ae8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pending(address token, address user) view returns(uint256)
func (feePool *FeePool) TryPackPending(token common.Address, user common.Address) ([]byte, error) {
	return feePool.abi.Pack("pending", token, user)
}

// UnpackPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19bc9ae8.
//
// Solidity: function pending(address token, address user) view returns(uint256)
func (feePool *FeePool) UnpackPending(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("pending", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (feePool *FeePool) PackPendingOwner() []byte {
	enc, err := feePool.abi.Pack("pendingOwner")
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
func (feePool *FeePool) TryPackPendingOwner() ([]byte, error) {
	return feePool.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (feePool *FeePool) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("pendingOwner", data)
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
func (feePool *FeePool) PackProxiableUUID() []byte {
	enc, err := feePool.abi.Pack("proxiableUUID")
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
func (feePool *FeePool) TryPackProxiableUUID() ([]byte, error) {
	return feePool.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (feePool *FeePool) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := feePool.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09824a80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerToken(address token) returns()
func (feePool *FeePool) PackRegisterToken(token common.Address) []byte {
	enc, err := feePool.abi.Pack("registerToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09824a80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerToken(address token) returns()
func (feePool *FeePool) TryPackRegisterToken(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("registerToken", token)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (feePool *FeePool) PackRenounceOwnership() []byte {
	enc, err := feePool.abi.Pack("renounceOwnership")
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
func (feePool *FeePool) TryPackRenounceOwnership() ([]byte, error) {
	return feePool.abi.Pack("renounceOwnership")
}

// PackRewardPerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44856e3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerStake(address token) view returns(uint256)
func (feePool *FeePool) PackRewardPerStake(token common.Address) []byte {
	enc, err := feePool.abi.Pack("rewardPerStake", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44856e3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerStake(address token) view returns(uint256)
func (feePool *FeePool) TryPackRewardPerStake(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("rewardPerStake", token)
}

// UnpackRewardPerStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44856e3f.
//
// Solidity: function rewardPerStake(address token) view returns(uint256)
func (feePool *FeePool) UnpackRewardPerStake(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("rewardPerStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBurnPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc51a2bba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBurnPct(uint256 pct) returns()
func (feePool *FeePool) PackSetBurnPct(pct *big.Int) []byte {
	enc, err := feePool.abi.Pack("setBurnPct", pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBurnPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc51a2bba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBurnPct(uint256 pct) returns()
func (feePool *FeePool) TryPackSetBurnPct(pct *big.Int) ([]byte, error) {
	return feePool.abi.Pack("setBurnPct", pct)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (feePool *FeePool) PackSetJobRegistry(module common.Address) []byte {
	enc, err := feePool.abi.Pack("setJobRegistry", module)
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
func (feePool *FeePool) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return feePool.abi.Pack("setJobRegistry", module)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (feePool *FeePool) PackSetPauser(pauser common.Address) []byte {
	enc, err := feePool.abi.Pack("setPauser", pauser)
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
func (feePool *FeePool) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return feePool.abi.Pack("setPauser", pauser)
}

// PackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakeManager(address module) returns()
func (feePool *FeePool) PackSetStakeManager(module common.Address) []byte {
	enc, err := feePool.abi.Pack("setStakeManager", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStakeManager(address module) returns()
func (feePool *FeePool) TryPackSetStakeManager(module common.Address) ([]byte, error) {
	return feePool.abi.Pack("setStakeManager", module)
}

// PackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeManager() view returns(address)
func (feePool *FeePool) PackStakeManager() []byte {
	enc, err := feePool.abi.Pack("stakeManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeManager() view returns(address)
func (feePool *FeePool) TryPackStakeManager() ([]byte, error) {
	return feePool.abi.Pack("stakeManager")
}

// UnpackStakeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7542ff95.
//
// Solidity: function stakeManager() view returns(address)
func (feePool *FeePool) UnpackStakeManager(data []byte) (common.Address, error) {
	out, err := feePool.abi.Unpack("stakeManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (feePool *FeePool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := feePool.abi.Pack("transferOwnership", newOwner)
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
func (feePool *FeePool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return feePool.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (feePool *FeePool) PackUnpause() []byte {
	enc, err := feePool.abi.Pack("unpause")
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
func (feePool *FeePool) TryPackUnpause() ([]byte, error) {
	return feePool.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (feePool *FeePool) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := feePool.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (feePool *FeePool) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return feePool.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (feePool *FeePool) PackVersion() []byte {
	enc, err := feePool.abi.Pack("version")
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
func (feePool *FeePool) TryPackVersion() ([]byte, error) {
	return feePool.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (feePool *FeePool) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// FeePoolBurnPctUpdated represents a BurnPctUpdated event raised by the FeePool contract.
type FeePoolBurnPctUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const FeePoolBurnPctUpdatedEventName = "BurnPctUpdated"

// ContractEventName returns the user-defined event name.
func (FeePoolBurnPctUpdated) ContractEventName() string {
	return FeePoolBurnPctUpdatedEventName
}

// UnpackBurnPctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BurnPctUpdated(uint256 pct)
func (feePool *FeePool) UnpackBurnPctUpdatedEvent(log *types.Log) (*FeePoolBurnPctUpdated, error) {
	event := "BurnPctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolBurnPctUpdated)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolFeeTokenRegistered represents a FeeTokenRegistered event raised by the FeePool contract.
type FeePoolFeeTokenRegistered struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const FeePoolFeeTokenRegisteredEventName = "FeeTokenRegistered"

// ContractEventName returns the user-defined event name.
func (FeePoolFeeTokenRegistered) ContractEventName() string {
	return FeePoolFeeTokenRegisteredEventName
}

// UnpackFeeTokenRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeTokenRegistered(address indexed token)
func (feePool *FeePool) UnpackFeeTokenRegisteredEvent(log *types.Log) (*FeePoolFeeTokenRegistered, error) {
	event := "FeeTokenRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolFeeTokenRegistered)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolFeesBurned represents a FeesBurned event raised by the FeePool contract.
type FeePoolFeesBurned struct {
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolFeesBurnedEventName = "FeesBurned"

// ContractEventName returns the user-defined event name.
func (FeePoolFeesBurned) ContractEventName() string {
	return FeePoolFeesBurnedEventName
}

// UnpackFeesBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesBurned(address indexed token, uint256 amount)
func (feePool *FeePool) UnpackFeesBurnedEvent(log *types.Log) (*FeePoolFeesBurned, error) {
	event := "FeesBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolFeesBurned)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolFeesClaimed represents a FeesClaimed event raised by the FeePool contract.
type FeePoolFeesClaimed struct {
	User   common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolFeesClaimedEventName = "FeesClaimed"

// ContractEventName returns the user-defined event name.
func (FeePoolFeesClaimed) ContractEventName() string {
	return FeePoolFeesClaimedEventName
}

// UnpackFeesClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesClaimed(address indexed user, address indexed token, uint256 amount)
func (feePool *FeePool) UnpackFeesClaimedEvent(log *types.Log) (*FeePoolFeesClaimed, error) {
	event := "FeesClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolFeesClaimed)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolFeesDistributed represents a FeesDistributed event raised by the FeePool contract.
type FeePoolFeesDistributed struct {
	Token  common.Address
	Amount *big.Int
	Burned *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolFeesDistributedEventName = "FeesDistributed"

// ContractEventName returns the user-defined event name.
func (FeePoolFeesDistributed) ContractEventName() string {
	return FeePoolFeesDistributedEventName
}

// UnpackFeesDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesDistributed(address indexed token, uint256 amount, uint256 burned)
func (feePool *FeePool) UnpackFeesDistributedEvent(log *types.Log) (*FeePoolFeesDistributed, error) {
	event := "FeesDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolFeesDistributed)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolInitialized represents a Initialized event raised by the FeePool contract.
type FeePoolInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeePoolInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (FeePoolInitialized) ContractEventName() string {
	return FeePoolInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (feePool *FeePool) UnpackInitializedEvent(log *types.Log) (*FeePoolInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolInitialized)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolJobRegistryUpdated represents a JobRegistryUpdated event raised by the FeePool contract.
type FeePoolJobRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolJobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (FeePoolJobRegistryUpdated) ContractEventName() string {
	return FeePoolJobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address module)
func (feePool *FeePool) UnpackJobRegistryUpdatedEvent(log *types.Log) (*FeePoolJobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolJobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the FeePool contract.
type FeePoolOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const FeePoolOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (FeePoolOwnershipTransferStarted) ContractEventName() string {
	return FeePoolOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (feePool *FeePool) UnpackOwnershipTransferStartedEvent(log *types.Log) (*FeePoolOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolOwnershipTransferred represents a OwnershipTransferred event raised by the FeePool contract.
type FeePoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const FeePoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (FeePoolOwnershipTransferred) ContractEventName() string {
	return FeePoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (feePool *FeePool) UnpackOwnershipTransferredEvent(log *types.Log) (*FeePoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolPaused represents a Paused event raised by the FeePool contract.
type FeePoolPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeePoolPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (FeePoolPaused) ContractEventName() string {
	return FeePoolPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (feePool *FeePool) UnpackPausedEvent(log *types.Log) (*FeePoolPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolPaused)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolPauserUpdated represents a PauserUpdated event raised by the FeePool contract.
type FeePoolPauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolPauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (FeePoolPauserUpdated) ContractEventName() string {
	return FeePoolPauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (feePool *FeePool) UnpackPauserUpdatedEvent(log *types.Log) (*FeePoolPauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolPauserUpdated)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolStakeManagerUpdated represents a StakeManagerUpdated event raised by the FeePool contract.
type FeePoolStakeManagerUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const FeePoolStakeManagerUpdatedEventName = "StakeManagerUpdated"

// ContractEventName returns the user-defined event name.
func (FeePoolStakeManagerUpdated) ContractEventName() string {
	return FeePoolStakeManagerUpdatedEventName
}

// UnpackStakeManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeManagerUpdated(address module)
func (feePool *FeePool) UnpackStakeManagerUpdatedEvent(log *types.Log) (*FeePoolStakeManagerUpdated, error) {
	event := "StakeManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolStakeManagerUpdated)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolUnpaused represents a Unpaused event raised by the FeePool contract.
type FeePoolUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const FeePoolUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (FeePoolUnpaused) ContractEventName() string {
	return FeePoolUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (feePool *FeePool) UnpackUnpausedEvent(log *types.Log) (*FeePoolUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolUnpaused)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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

// FeePoolUpgraded represents a Upgraded event raised by the FeePool contract.
type FeePoolUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const FeePoolUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (FeePoolUpgraded) ContractEventName() string {
	return FeePoolUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (feePool *FeePool) UnpackUpgradedEvent(log *types.Log) (*FeePoolUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeePoolUpgraded)
	if len(log.Data) > 0 {
		if err := feePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feePool.abi.Events[event].Inputs {
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
func (feePool *FeePool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feePool.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return feePool.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return feePool.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return feePool.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return feePool.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return feePool.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return feePool.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return feePool.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return feePool.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return feePool.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return feePool.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return feePool.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["NothingToBurn"].ID.Bytes()[:4]) {
		return feePool.UnpackNothingToBurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return feePool.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["NothingToDistribute"].ID.Bytes()[:4]) {
		return feePool.UnpackNothingToDistributeError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return feePool.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return feePool.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return feePool.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return feePool.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return feePool.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return feePool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["TooManyFeeTokens"].ID.Bytes()[:4]) {
		return feePool.UnpackTooManyFeeTokensError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return feePool.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return feePool.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return feePool.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return feePool.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], feePool.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return feePool.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeePoolAddressEmptyCode represents a AddressEmptyCode error raised by the FeePool contract.
type FeePoolAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func FeePoolAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (feePool *FeePool) UnpackAddressEmptyCodeError(raw []byte) (*FeePoolAddressEmptyCode, error) {
	out := new(FeePoolAddressEmptyCode)
	if err := feePool.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the FeePool contract.
type FeePoolERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func FeePoolERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (feePool *FeePool) UnpackERC1967InvalidImplementationError(raw []byte) (*FeePoolERC1967InvalidImplementation, error) {
	out := new(FeePoolERC1967InvalidImplementation)
	if err := feePool.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolERC1967NonPayable represents a ERC1967NonPayable error raised by the FeePool contract.
type FeePoolERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func FeePoolERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (feePool *FeePool) UnpackERC1967NonPayableError(raw []byte) (*FeePoolERC1967NonPayable, error) {
	out := new(FeePoolERC1967NonPayable)
	if err := feePool.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolEnforcedPause represents a EnforcedPause error raised by the FeePool contract.
type FeePoolEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func FeePoolEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (feePool *FeePool) UnpackEnforcedPauseError(raw []byte) (*FeePoolEnforcedPause, error) {
	out := new(FeePoolEnforcedPause)
	if err := feePool.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolExpectedPause represents a ExpectedPause error raised by the FeePool contract.
type FeePoolExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func FeePoolExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (feePool *FeePool) UnpackExpectedPauseError(raw []byte) (*FeePoolExpectedPause, error) {
	out := new(FeePoolExpectedPause)
	if err := feePool.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolFailedCall represents a FailedCall error raised by the FeePool contract.
type FeePoolFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func FeePoolFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (feePool *FeePool) UnpackFailedCallError(raw []byte) (*FeePoolFailedCall, error) {
	out := new(FeePoolFailedCall)
	if err := feePool.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolIncompatibleModule represents a IncompatibleModule error raised by the FeePool contract.
type FeePoolIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func FeePoolIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (feePool *FeePool) UnpackIncompatibleModuleError(raw []byte) (*FeePoolIncompatibleModule, error) {
	out := new(FeePoolIncompatibleModule)
	if err := feePool.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolInvalidInitialization represents a InvalidInitialization error raised by the FeePool contract.
type FeePoolInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func FeePoolInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (feePool *FeePool) UnpackInvalidInitializationError(raw []byte) (*FeePoolInvalidInitialization, error) {
	out := new(FeePoolInvalidInitialization)
	if err := feePool.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolInvalidPercentage represents a InvalidPercentage error raised by the FeePool contract.
type FeePoolInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func FeePoolInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (feePool *FeePool) UnpackInvalidPercentageError(raw []byte) (*FeePoolInvalidPercentage, error) {
	out := new(FeePoolInvalidPercentage)
	if err := feePool.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolNotInitializing represents a NotInitializing error raised by the FeePool contract.
type FeePoolNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func FeePoolNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (feePool *FeePool) UnpackNotInitializingError(raw []byte) (*FeePoolNotInitializing, error) {
	out := new(FeePoolNotInitializing)
	if err := feePool.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolNotPauser represents a NotPauser error raised by the FeePool contract.
type FeePoolNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func FeePoolNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (feePool *FeePool) UnpackNotPauserError(raw []byte) (*FeePoolNotPauser, error) {
	out := new(FeePoolNotPauser)
	if err := feePool.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolNothingToBurn represents a NothingToBurn error raised by the FeePool contract.
type FeePoolNothingToBurn struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToBurn(address token)
func FeePoolNothingToBurnErrorID() common.Hash {
	return common.HexToHash("0x8af8d2497c261167731a0973d494eac99227bc50785d0a60c5761f92fbfa5b72")
}

// UnpackNothingToBurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToBurn(address token)
func (feePool *FeePool) UnpackNothingToBurnError(raw []byte) (*FeePoolNothingToBurn, error) {
	out := new(FeePoolNothingToBurn)
	if err := feePool.abi.UnpackIntoInterface(out, "NothingToBurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolNothingToClaim represents a NothingToClaim error raised by the FeePool contract.
type FeePoolNothingToClaim struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address token)
func FeePoolNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x64ab34663471cdf42e0c6b384f4d5a5ab07a23c81e7ddc69a6fbb3a660346f9a")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address token)
func (feePool *FeePool) UnpackNothingToClaimError(raw []byte) (*FeePoolNothingToClaim, error) {
	out := new(FeePoolNothingToClaim)
	if err := feePool.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolNothingToDistribute represents a NothingToDistribute error raised by the FeePool contract.
type FeePoolNothingToDistribute struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToDistribute(address token)
func FeePoolNothingToDistributeErrorID() common.Hash {
	return common.HexToHash("0xedec0cc16088c36332ea33f451320ba8518668fee94e8c88d80dc7c50ff269ba")
}

// UnpackNothingToDistributeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToDistribute(address token)
func (feePool *FeePool) UnpackNothingToDistributeError(raw []byte) (*FeePoolNothingToDistribute, error) {
	out := new(FeePoolNothingToDistribute)
	if err := feePool.abi.UnpackIntoInterface(out, "NothingToDistribute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the FeePool contract.
type FeePoolOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func FeePoolOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (feePool *FeePool) UnpackOwnableInvalidOwnerError(raw []byte) (*FeePoolOwnableInvalidOwner, error) {
	out := new(FeePoolOwnableInvalidOwner)
	if err := feePool.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the FeePool contract.
type FeePoolOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func FeePoolOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (feePool *FeePool) UnpackOwnableUnauthorizedAccountError(raw []byte) (*FeePoolOwnableUnauthorizedAccount, error) {
	out := new(FeePoolOwnableUnauthorizedAccount)
	if err := feePool.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the FeePool contract.
type FeePoolReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func FeePoolReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (feePool *FeePool) UnpackReentrancyGuardReentrantCallError(raw []byte) (*FeePoolReentrancyGuardReentrantCall, error) {
	out := new(FeePoolReentrancyGuardReentrantCall)
	if err := feePool.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolRenounceDisabled represents a RenounceDisabled error raised by the FeePool contract.
type FeePoolRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func FeePoolRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (feePool *FeePool) UnpackRenounceDisabledError(raw []byte) (*FeePoolRenounceDisabled, error) {
	out := new(FeePoolRenounceDisabled)
	if err := feePool.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the FeePool contract.
type FeePoolSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func FeePoolSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (feePool *FeePool) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*FeePoolSafeCastOverflowedUintDowncast, error) {
	out := new(FeePoolSafeCastOverflowedUintDowncast)
	if err := feePool.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the FeePool contract.
type FeePoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func FeePoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (feePool *FeePool) UnpackSafeERC20FailedOperationError(raw []byte) (*FeePoolSafeERC20FailedOperation, error) {
	out := new(FeePoolSafeERC20FailedOperation)
	if err := feePool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolTooManyFeeTokens represents a TooManyFeeTokens error raised by the FeePool contract.
type FeePoolTooManyFeeTokens struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyFeeTokens()
func FeePoolTooManyFeeTokensErrorID() common.Hash {
	return common.HexToHash("0xb250e84d54f6e2e19e44fe870277ea788f5eff04571ec46c66ba4df072b70778")
}

// UnpackTooManyFeeTokensError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyFeeTokens()
func (feePool *FeePool) UnpackTooManyFeeTokensError(raw []byte) (*FeePoolTooManyFeeTokens, error) {
	out := new(FeePoolTooManyFeeTokens)
	if err := feePool.abi.UnpackIntoInterface(out, "TooManyFeeTokens", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the FeePool contract.
type FeePoolUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func FeePoolUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (feePool *FeePool) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*FeePoolUUPSUnauthorizedCallContext, error) {
	out := new(FeePoolUUPSUnauthorizedCallContext)
	if err := feePool.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the FeePool contract.
type FeePoolUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func FeePoolUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (feePool *FeePool) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*FeePoolUUPSUnsupportedProxiableUUID, error) {
	out := new(FeePoolUUPSUnsupportedProxiableUUID)
	if err := feePool.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolUnauthorizedCaller represents a UnauthorizedCaller error raised by the FeePool contract.
type FeePoolUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func FeePoolUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (feePool *FeePool) UnpackUnauthorizedCallerError(raw []byte) (*FeePoolUnauthorizedCaller, error) {
	out := new(FeePoolUnauthorizedCaller)
	if err := feePool.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolWrongModuleKind represents a WrongModuleKind error raised by the FeePool contract.
type FeePoolWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func FeePoolWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (feePool *FeePool) UnpackWrongModuleKindError(raw []byte) (*FeePoolWrongModuleKind, error) {
	out := new(FeePoolWrongModuleKind)
	if err := feePool.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeePoolZeroAddress represents a ZeroAddress error raised by the FeePool contract.
type FeePoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func FeePoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (feePool *FeePool) UnpackZeroAddressError(raw []byte) (*FeePoolZeroAddress, error) {
	out := new(FeePoolZeroAddress)
	if err := feePool.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
