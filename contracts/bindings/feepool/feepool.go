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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToBurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingToDistribute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyFeeTokens\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"BurnPctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"FeeTokenRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesBurned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"FeesDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"accounted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burnPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burnable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"collect\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"distribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeTokens\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"onFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"onStakeChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"pending\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"registerToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"rewardPerStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setBurnPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "FeePool",
	Bin: "0x60a080604052346100c257306080525f5160206126af5f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b6040516125e890816100c78239608051818181610c4d0152610d290152f35b6001600160401b0319166001600160401b039081175f5160206126af5f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8062dc34c114611a6257806306ec16f81461199f57806309824a801461197e5780630e7c67fc146116f057806319716a40146116d557806319bc9ae81461157a5780631e83409a1461134e57806323682c471461131a5780632d88af4a146112a25780633f4ba83a146111de57806344856e3f14611192578063451c20a5146110395780634f1ef28614610ca157806352d1902d14610c3b57806354fd4d50146109cc5780635c975abb14610c0a5780636096278114610be557806363453ae114610a90578063715018a614610a695780637542ff9514610a3557806379ba5097146109e757806381ed9808146109cc5780638456cb59146108ff57806389afcb44146106e05780638da5cb5b146106ab5780639618b31c1461067b5780639fd0506d14610646578063a2bb57f91461061b578063ad3cb1cc146105bf578063bee0d6ad146104eb578063c4d66de814610374578063c51a2bba146102e9578063e30c3978146102b4578063ee1a56ce1461027b578063f21aa1dc14610255578063f2fde38b146101cf5763fccc2813146101b0575f80fd5b346101cc57806003193601126101cc57602060405161dead8152f35b80fd5b50346101cc5760203660031901126101cc576101e9611c31565b6101f1611e17565b5f5160206125a85f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206125085f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346101cc57806003193601126101cc5760405166119959541bdbdb60ca1b8152602090f35b50346101cc5760203660031901126101cc5760206001600160781b036102a76102a2611c31565b611c85565b5460081c16604051908152f35b50346101cc57806003193601126101cc575f5160206125a85f395f51905f52546040516001600160a01b039091168152602090f35b50346101cc5760203660031901126101cc57600435610306611e17565b60648111610362575f5160206124c85f395f51905f52805460ff60a01b191660a083901b60ff60a01b161790556040519081527f9aee70485d091a4562b73a869877e24c5c19894269a4dd83a2edd7ca36e7b64e90602090a180f35b63aa31867360e01b8252600452602490fd5b50346101cc5760203660031901126101cc5761038e611c31565b5f5160206125885f395f51905f52549060ff8260401c16159167ffffffffffffffff8116801590816104e3575b60011490816104d9575b1590816104d0575b506104c15767ffffffffffffffff1981166001175f5160206125885f395f51905f525582610495575b506103ff6123d0565b6001600160a01b03811615610486576104279061041a6123d0565b6104226123d0565b612365565b61042e5780f35b68ff0000000000000000195f5160206125885f395f51905f5254165f5160206125885f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b63d92e233d60e01b8352600483fd5b68ffffffffffffffffff191668010000000000000001175f5160206125885f395f51905f52555f6103f6565b63f92ee8a960e01b8452600484fd5b9050155f6103cd565b303b1591506103c5565b8491506103bb565b50346101cc57806003193601126101cc576040515f5160206124e85f395f51905f528054808352908352602082019081907f44083f86e2e613f961dd7f0e277d6893d1504e998619b124e9ef81c807d2c7f290855b8181106105a05750505082610556910383611c63565b604051928392602084019060208552518091526040840192915b81811061057e575050500390f35b82516001600160a01b0316845285945060209384019390920191600101610570565b82546001600160a01b0316845260209093019260019283019201610540565b50346101cc57806003193601126101cc57604080516105de8282611c63565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b50346101cc5760203660031901126101cc57602061063a6102a2611c31565b5460801c604051908152f35b50346101cc57806003193601126101cc575f5160206125485f395f51905f52546040516001600160a01b039091168152602090f35b50346101cc57806003193601126101cc57602060ff5f5160206124c85f395f51905f525460a01c16604051908152f35b50346101cc57806003193601126101cc575f5160206125085f395f51905f52546040516001600160a01b039091168152602090f35b503461082a57602036600319011261082a576106fa611c31565b9060ff5f5160206124c85f395f51905f525460a81c166108f05761071c611e37565b61072582611c85565b90815460801c9182156108d25780546001600160801b031690555f5160206124c85f395f51905f5254604051637e062a3560e11b81529390602090859060049082906001600160a01b03165afa93841561081f575f946108a1575b506001600160a01b039081169316830361082e57823b1561082a57604051630852cd8d60e31b815260048101839052925f8460248183855af193841561081f5760209461080a575b505b7f0d9575a73e2a7da16cfde907df749d23d901528ff2e7c832b731babdecca000b84604051858152a25f5160206125685f395f51905f525d604051908152f35b6108179192505f90611c63565b5f905f6107c8565b6040513d5f823e3d90fd5b5f80fd5b60405163a9059cbb60e01b5f5261dead6004528260245260205f60448180885af19060015f5114821615610880575b6040521561086d576020926107ca565b82635274afe760e01b5f5260045260245ffd5b90600181151661089857843b15153d1516169061085d565b503d5f823e3d90fd5b6108c491945060203d6020116108cb575b6108bc8183611c63565b810190611d5e565b925f610780565b503d6108b2565b638af8d24960e01b5f9081526001600160a01b038516600452602490fd5b63d93c066560e01b5f5260045ffd5b3461082a575f36600319011261082a575f5160206125085f395f51905f52546001600160a01b0316331415806109ab575b610998575f5160206124c85f395f51905f525460ff8160a81c166108f05760ff60a81b1916600160a81b175f5160206124c85f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a1005b6310351a3760e11b5f523360045260245ffd5b505f5160206125485f395f51905f52546001600160a01b0316331415610930565b3461082a575f36600319011261082a57602060405160018152f35b3461082a575f36600319011261082a575f5160206125a85f395f51905f5254336001600160a01b0390911603610a2257610a2033612365565b005b63118cdaa760e01b5f523360045260245ffd5b3461082a575f36600319011261082a575f5160206124c85f395f51905f52546040516001600160a01b039091168152602090f35b3461082a575f36600319011261082a57610a81611e17565b638905116560e01b5f5260045ffd5b3461082a57602036600319011261082a57610aa9611c31565b610ab1611e17565b5f5160206124c85f395f51905f525460ff8160a81c166108f057610ad3611e37565b610adc82611c85565b9160405192610aea84611c47565b549260ff841615158152604060208201916001600160781b038660081c168352019360801c845260018060a01b03821693604051916370a0823160e01b8352306004840152602083602481895afa92831561081f575f93610baf575b50610b67610b70936001600160781b036001600160801b0393511690611d7d565b91511690611d7d565b918215610b9c57610b8a93506001600160a01b031661203b565b5f5f5160206125685f395f51905f525d005b8363edec0cc160e01b5f5260045260245ffd5b92506020833d602011610bdd575b81610bca60209383611c63565b8101031261082a57915191610b67610b46565b3d9150610bbd565b3461082a57604036600319011261082a57610a20610c01611c31565b60243590611dbf565b3461082a575f36600319011261082a57602060ff5f5160206124c85f395f51905f525460a81c166040519015158152f35b3461082a575f36600319011261082a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163003610c925760206040515f5160206125285f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b604036600319011261082a57610cb5611c31565b6024359067ffffffffffffffff821161082a573660238301121561082a57816004013567ffffffffffffffff81116110255760405192610cff601f8301601f191660200185611c63565b818452366024838301011161082a57815f9260246020930183870137840101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115611003575b50610c9257610d61611e17565b6001600160a01b038116918215610ff457813b15610fd85760405163054fd4d560e41b8152602081600481875afa5f9181610fa4575b50610db857836302030e8960e11b5f526004525f602452600160445260645ffd5b60018110610f895750604051633c86a87760e21b8152602081600481875afa5f9181610f55575b50610e0957836344f2c35f60e01b5f526004525f60245266119959541bdbdb60ca1b60445260645ffd5b662e66a6abe4242560ca1b8101610f3157506040516352d1902d60e01b8152602081600481875afa5f9181610efd575b50610e515783634c9c8ce360e01b5f5260045260245ffd5b805f5160206125285f395f51905f52859203610eeb5750823b15610ed9575f5160206125285f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a2805115610ec157610a20916123fb565b505034610eca57005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011610f29575b81610f1960209383611c63565b8101031261082a57519085610e39565b3d9150610f0c565b836344f2c35f60e01b5f5260045260245266119959541bdbdb60ca1b60445260645ffd5b9091506020813d602011610f81575b81610f7160209383611c63565b8101031261082a57519085610ddf565b3d9150610f64565b836302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011610fd0575b81610fc060209383611c63565b8101031261082a57519085610d97565b3d9150610fb3565b826302030e8960e11b5f526004525f602452600160445260645ffd5b63d92e233d60e01b5f5260045ffd5b5f5160206125285f395f51905f52546001600160a01b03161415905083610d54565b634e487b7160e01b5f52604160045260245ffd5b3461082a57602036600319011261082a57611052611c31565b5f5160206124c85f395f51905f52546001600160a01b0316903382900361117f5760405163ad9159fd60e01b81526001600160a01b03821660048201526002602482015291602090839060449082905afa91821561081f575f9261114b575b505f5160206124e85f395f51905f5254905f5b8281106110cd57005b5f5160206124e85f395f51905f5254811015611137575f5160206124e85f395f51905f525f527f44083f86e2e613f961dd7f0e277d6893d1504e998619b124e9ef81c807d2c7f28101546001919061113190869085906001600160a01b0316611f2e565b016110c4565b634e487b7160e01b5f52603260045260245ffd5b9091506020813d602011611177575b8161116760209383611c63565b8101031261082a575190826110b1565b3d915061115a565b63d86ad9cf60e01b5f523360045260245ffd5b3461082a57602036600319011261082a5760206111d56111b0611c31565b6001600160a01b03165f9081525f5160206124885f395f51905f526020526040902090565b54604051908152f35b3461082a575f36600319011261082a575f5160206125085f395f51905f52546001600160a01b031633141580611281575b610998575f5160206124c85f395f51905f525460ff8160a81c16156112725760ff60a81b19165f5160206124c85f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a1005b638dfc202b60e01b5f5260045ffd5b505f5160206125485f395f51905f52546001600160a01b031633141561120f565b3461082a57602036600319011261082a577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206112de611c31565b6112e6611e17565b5f5160206125485f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461082a575f36600319011261082a575f5160206125c85f395f51905f52546040516001600160a01b039091168152602090f35b3461082a57602036600319011261082a57611367611c31565b5f5160206124c85f395f51905f525460ff8160a81c166108f057611389611e37565b60405163ad9159fd60e01b81523360048201526002602482015290602090829060449082906001600160a01b03165afa801561081f575f90611546575b6113d291503383611f2e565b6113db81611caa565b335f9081526020919091526040902054908115611526576113fb81611caa565b335f908152602091909152604081205561141481611c85565b6001600160781b0383166001600160781b03825460081c16036001600160781b0381116115125781546fffffffffffffffffffffffffffffff00191660089190911b610100600160801b031617905560018060a01b03169060405163a9059cbb60e01b5f52336004528160245260205f60448180875af19060015f51148216156114fa575b604052156114e7576020916040518281527ffe3464cd748424446c37877c28ce5b700222c5bc9f90d908afcc4e5cb22707ff843392a35f5f5160206125685f395f51905f525d604051908152f35b50635274afe760e01b5f5260045260245ffd5b90600181151661089857833b15153d15161690611499565b634e487b7160e01b5f52601160045260245ffd5b6332559a3360e11b5f9081526001600160a01b0391909116600452602490fd5b506020813d602011611572575b8161156060209383611c63565b8101031261082a576113d290516113c6565b3d9150611553565b3461082a57604036600319011261082a57611593611c31565b602435906001600160a01b038216820361082a575f5160206124c85f395f51905f525460405163ad9159fd60e01b81526001600160a01b0384811660048301526002602483015290929160209184916044918391165afa91821561081f575f92611697575b602061168f85670de0b6b3a7640000611688876116828861161881611caa565b6001600160a01b039687165f818152918a526040808320549390981682525f5160206124885f395f51905f52602052878220547f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f068b52888320918352908a52969020549095611d7d565b90611d8a565b0490611d9d565b604051908152f35b9150916020823d6020116116cd575b816116b360209383611c63565b8101031261082a5790519091670de0b6b3a76400006115f8565b3d91506116a6565b3461082a575f36600319011261082a57602060405160108152f35b3461082a57602036600319011261082a57611709611c31565b611711611e17565b6001600160a01b038116908115610ff4573b156119635760405163054fd4d560e41b8152602081600481855afa5f918161192f575b5061176757506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106119145750604051633c86a87760e21b8152602081600481855afa5f91816118e0575b506117bd57506344f2c35f60e01b5f526004525f6024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b6b5645cf4a4d594f48cf4c4d4760a11b81016118b7576004602083806bffffffffffffffffffffffff60a01b5f5160206124c85f395f51905f525416175f5160206124c85f395f51905f52557f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a782604051838152a1604051637e062a3560e11b815292839182905afa90811561081f575f91611898575b5060ff61186082611c85565b54161561186957005b60105f5160206124e85f395f51905f5254101561188957610a2090611e6c565b63b250e84d60e01b5f5260045ffd5b6118b1915060203d6020116108cb576108bc8183611c63565b81611854565b906344f2c35f60e01b5f526004526024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b9091506020813d60201161190c575b816118fc60209383611c63565b8101031261082a5751908361178e565b3d91506118ef565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d60201161195b575b8161194b60209383611c63565b8101031261082a57519083611746565b3d915061193e565b6302030e8960e11b5f526004525f602452600160445260645ffd5b3461082a57602036600319011261082a57610a2061199a611c31565b611ce2565b3461082a57602036600319011261082a576119b8611c31565b5f5160206124c85f395f51905f52549060ff8260a81c166108f0575f9160246020926119e2611e37565b604051636c8cc9d960e01b81526001600160a01b0391821660048201529485938492165af1801561081f575f90611a2f575b6020905f5f5160206125685f395f51905f525d604051908152f35b506020813d602011611a5a575b81611a4960209383611c63565b8101031261082a5760209051611a14565b3d9150611a3c565b3461082a57602036600319011261082a57611a7b611c31565b611a83611e17565b6001600160a01b038116908115610ff4573b156119635760405163054fd4d560e41b8152602081600481855afa5f9181611bfd575b50611ad957506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106119145750604051633c86a87760e21b8152602081600481855afa5f9181611bc9575b50611b2e57506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b8101611ba1577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806bffffffffffffffffffffffff60a01b5f5160206125c85f395f51905f525416175f5160206125c85f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d602011611bf5575b81611be560209383611c63565b8101031261082a57519083611b00565b3d9150611bd8565b9091506020813d602011611c29575b81611c1960209383611c63565b8101031261082a57519083611ab8565b3d9150611c0c565b600435906001600160a01b038216820361082a57565b6060810190811067ffffffffffffffff82111761102557604052565b90601f8019910116810190811067ffffffffffffffff82111761102557604052565b6001600160a01b03165f9081525f5160206124a85f395f51905f526020526040902090565b6001600160a01b03165f9081527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f076020526040902090565b5f5160206125c85f395f51905f52546001600160a01b031633141580611d3d575b61117f5760ff611d1282611c85565b5416611d3a5760105f5160206124e85f395f51905f5254101561188957611d3890611e6c565b565b50565b505f5160206125085f395f51905f52546001600160a01b0316331415611d03565b9081602091031261082a57516001600160a01b038116810361082a5790565b9190820391821161151257565b8181029291811591840414171561151257565b9190820180921161151257565b8054821015611137575f5260205f2001905f90565b5f5160206124c85f395f51905f52545f5160206125c85f395f51905f52546001600160a01b039182169392911633141580611e0d575b61117f578115611e0857611d389261203b565b505050565b5082331415611df5565b5f5160206125085f395f51905f52546001600160a01b03163303610a2257565b5f5160206125685f395f51905f525c611e5d5760015f5160206125685f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160a01b0381165f8181525f5160206124a85f395f51905f5260205260409020805460ff191660011790555f5160206124e85f395f51905f52549091600160401b82101561102557611ee4826001611f0894015f5160206124e85f395f51905f52555f5160206124e85f395f51905f52611daa565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b7fb986dfbe865523f9fa9463a0ff2bef7058c5481fabe84cbafab9746032bf4e025f80a2565b6001600160a01b039081165f8181525f5160206124885f395f51905f5260209081526040808320547f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f0683528184209587168452949091529020549193909180851461203457670de0b6b3a764000091611682611faa9287611d7d565b04815f527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f0760205260405f2060018060a01b0384165f52602052611ff360405f20918254611d9d565b90555f527f3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f0660205260405f209060018060a01b03165f5260205260405f2055565b5050505050565b9060018060a01b03811692835f525f5160206124a85f395f51905f5260205260405f20926040519361206c85611c47565b549360ff851615938415825260208201946001600160781b038760081c168652604083019660801c87526122d9575b506040516376e334f960e01b81526002600482015291602090839060249082906001600160a01b03165afa91821561081f575f926122a5575b508161227e5782915b6120e78385611d7d565b90811580156121b1575b5050506001600160801b0382166001600160801b03865116016001600160801b038111611512576001600160801b031685525f8681525f5160206124a85f395f51905f52602090815260409182902092519551965160801b6fffffffffffffffffffffffffffffffff1916610100600160801b0360089890981b9790971695151560ff16959095179590951790558351918252918101919091527f85da6ab72d2b48932522aea80adb8ca4fab6cdeb87bc2e7f6c03fd78d3b2100e9190a2565b670de0b6b3a76400008302928304670de0b6b3a764000014171561151257801561226a57806122059204885f525f5160206124885f395f51905f5260205260405f206121fe828254611d9d565b9055611d8a565b670de0b6b3a764000081019081811161151257670de0b6b3a763ffff0190811161151257670de0b6b3a76400006001600160781b039104166001600160781b03855116016001600160781b038111611512576001600160781b031684525f80806120f1565b634e487b7160e01b5f52601260045260245ffd5b606461229e60ff5f5160206124c85f395f51905f525460a01c1685611d8a565b04916120dd565b9091506020813d6020116122d1575b816122c160209383611c63565b8101031261082a5751905f6120d4565b3d91506122b4565b5f8781525f5160206124a85f395f51905f5260205260409020805460ff191660011790555f5160206124e85f395f51905f52805491939091600160401b81101561102557602494611ee482602095600161233595018155611daa565b877fb986dfbe865523f9fa9463a0ff2bef7058c5481fabe84cbafab9746032bf4e025f80a260018352925061209b565b5f5160206125a85f395f51905f5280546001600160a01b03199081169091555f5160206125085f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60ff5f5160206125885f395f51905f525460401c16156123ec57565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af48080612474575b1561242f5750506040513d81523d5f602083013e60203d82010160405290565b1561245457639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15612465576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d15158061240f5750813b151561240f56fe3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f053c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f083c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f003c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f029016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e22009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c003c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f01f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
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

// PackCollect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06ec16f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collect(address token) returns(uint256)
func (feePool *FeePool) PackCollect(token common.Address) []byte {
	enc, err := feePool.abi.Pack("collect", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06ec16f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collect(address token) returns(uint256)
func (feePool *FeePool) TryPackCollect(token common.Address) ([]byte, error) {
	return feePool.abi.Pack("collect", token)
}

// UnpackCollect is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06ec16f8.
//
// Solidity: function collect(address token) returns(uint256)
func (feePool *FeePool) UnpackCollect(data []byte) (*big.Int, error) {
	out, err := feePool.abi.Unpack("collect", data)
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
