// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package reputationengine

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

// ReputationEngineMetaData contains all meta data concerning the ReputationEngine contract.
var ReputationEngineMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentityRegistryNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"blacklisted\",\"type\":\"bool\"}],\"name\":\"BlacklistUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CallerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"PremiumThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"delta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"ReputationUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"add\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"isBlacklisted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"isCaller\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"meetsThreshold\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"premiumThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"recordOutcome\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"isBanned\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"blacklisted\",\"type\":\"bool\"}],\"name\":\"setBlacklist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCaller\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"setPremiumThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"subtract\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ReputationEngine",
	Bin: "0x60a080604052346100c257306080525f5160206115a85f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b6040516114e190816100c782396080518181816109ee0152610acc0152f35b6001600160401b0319166001600160401b039081175f5160206115a85f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806304e5c7b114610f6c578063134e18f414610f38578063153b0d1e14610e265780631c487fa314610e0c5780634f1ef28614610a4257806352d1902d146109db57806354fd4d501461086f57806368c6b11a14610935578063715018a61461090d57806379ba5097146108bd5780637ac07dcc1461088b57806381ed98081461086f5780638da5cb5b1461083a5780639cae6eae146107b5578063ad3cb1cc14610759578063b04f81f0146106ec578063b9f79451146106bf578063c4d66de814610557578063c8f987f31461051a578063cbf3f861146102e7578063e30c3978146102b2578063f21aa1dc14610283578063f2fde38b146101fd578063f5d82b6b1461015d5763fe575a871461012d575f80fd5b3461015a57602036600319011261015a57602061015061014b610fd7565b611219565b6040519015158152f35b80fd5b503461015a57604036600319011261015a57610177610fd7565b6024359060ff61018633611052565b5416156101ea576101968161108a565b548281018091116101d65781816040926101bd5f5160206114815f395f51905f529561108a565b55825194855260208501526001600160a01b031692a280f35b634e487b7160e01b84526011600452602484fd5b63d86ad9cf60e01b835233600452602483fd5b503461015a57602036600319011261015a57610217610fd7565b61021f61129b565b5f5160206114c15f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206114415f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b503461015a578060031936011261015a576040516f52657075746174696f6e456e67696e6560801b8152602090f35b503461015a578060031936011261015a575f5160206114c15f395f51905f52546040516001600160a01b039091168152602090f35b503461015a57602036600319011261015a57610301610fd7565b61030961129b565b6001600160a01b03811690811561050b573b156104ef5760405163054fd4d560e41b8152602081600481855afa8391816104b7575b5061035f57606483836302030e8960e11b8252600452806024526001604452fd5b6001811061049c5750604051633c86a87760e21b8152602081600481855afa839181610464575b506103bb576344f2c35f60e01b8352600482905260248390526f4964656e74697479526567697374727960801b604452606483fd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b8101610435575060207f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e6591806bffffffffffffffffffffffff60a01b5f5160206114215f395f51905f525416175f5160206114215f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f4964656e74697479526567697374727960801b604452606490fd5b9091506020813d602011610494575b816104806020938361101c565b810103126104905751905f610386565b5f80fd5b3d9150610473565b606492916302030e8960e11b83526004526024526001604452fd5b9091506020813d6020116104e7575b816104d36020938361101c565b810103126104e35751905f61033e565b8380fd5b3d91506104c6565b6302030e8960e11b825260045260248190526001604452606490fd5b63d92e233d60e01b8352600483fd5b503461015a578060031936011261015a5760207f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b960054604051908152f35b503461015a57602036600319011261015a57610571610fd7565b5f5160206114a15f395f51905f52549060ff8260401c16159167ffffffffffffffff8116801590816106b7575b60011490816106ad575b1590816106a4575b506106955767ffffffffffffffff1981166001175f5160206114a15f395f51905f525582610669575b506105e2611369565b6001600160a01b0381161561050b5761060a906105fd611369565b610605611369565b6112fe565b6106115780f35b68ff0000000000000000195f5160206114a15f395f51905f5254165f5160206114a15f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b68ffffffffffffffffff191668010000000000000001175f5160206114a15f395f51905f52555f6105d9565b63f92ee8a960e01b8452600484fd5b9050155f6105b0565b303b1591506105a8565b84915061059e565b503461015a57602036600319011261015a5760206106e36106de610fd7565b61108a565b54604051908152f35b503461015a57602036600319011261015a576020610708610fd7565b61071181611219565b159081610724575b506040519015158152f35b61072e915061108a565b547f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b960054111582610719565b503461015a578060031936011261015a5760408051610778828261101c565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b503461015a576107c436610fed565b6107cc61129b565b6001600160a01b03821691821561082b578161081f7f28367b555b0bf666dc90350598e071733a56fe1f54631804abfa5688b29c27969361080e602094611052565b9060ff801983541691151516179055565b6040519015158152a280f35b63d92e233d60e01b8452600484fd5b503461015a578060031936011261015a575f5160206114415f395f51905f52546040516001600160a01b039091168152602090f35b503461015a578060031936011261015a57602060405160018152f35b503461015a57602036600319011261015a57602060ff6108b16108ac610fd7565b611052565b54166040519015158152f35b503461015a578060031936011261015a575f5160206114c15f395f51905f5254336001600160a01b03909116036108fa576108f7336112fe565b80f35b63118cdaa760e01b815233600452602490fd5b503461015a578060031936011261015a5760049061092961129b565b638905116560e01b8152fd5b503461015a57604036600319011261015a5761094f610fd7565b6024359060ff61095e33611052565b5416156101ea5760408161097f5f5160206114815f395f51905f529361108a565b5493808511156109cc576109ac6109996109b192876110c2565b80965b816109a68661108a565b556110c2565b6110e3565b825190815260208101949094526001600160a01b031692a280f35b506109b16109ac86809661099c565b503461015a578060031936011261015a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163003610a335760206040515f5160206114615f395f51905f528152f35b63703e46dd60e11b8152600490fd5b50604036600319011261015a57610a57610fd7565b906024359167ffffffffffffffff8311610e085736602384011215610e0857826004013567ffffffffffffffff8111610df45760405193610aa2601f8301601f19166020018661101c565b81855236602483830101116104e35781849260246020930183880137850101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115610dd2575b50610dc357610b0461129b565b6001600160a01b03811690811561050b57803b15610da75760405163054fd4d560e41b8152602081600481865afa849181610d6f575b50610b5b57606484846302030e8960e11b8252600452806024526001604452fd5b60018110610d535750604051633c86a87760e21b8152602081600481865afa849181610d1f575b50610bb7576344f2c35f60e01b8452600483905260248490526f52657075746174696f6e456e67696e6560801b604452606484fd5b6fad9a8f8a8b9e8b969091ba919896919b60801b8101610cf157506040516352d1902d60e01b815293602085600481865afa80958596610cbd575b50610c0b57634c9c8ce360e01b84526004839052602484fd5b9091845f5160206114615f395f51905f528103610cab5750823b15610c99575f5160206114615f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a2805115610c8057610c7c91611394565b5080f35b505034610c8a5780f35b63b398979f60e01b8152600490fd5b634c9c8ce360e01b8452600452602483fd5b632a87526960e21b8552600452602484fd5b9095506020813d602011610ce9575b81610cd96020938361101c565b810103126104905751945f610bf2565b3d9150610ccc565b6344f2c35f60e01b845260048390526024526f52657075746174696f6e456e67696e6560801b604452606483fd5b9091506020813d602011610d4b575b81610d3b6020938361101c565b810103126104905751905f610b82565b3d9150610d2e565b6302030e8960e11b845260048390526024526001604452606483fd5b9091506020813d602011610d9f575b81610d8b6020938361101c565b81010312610d9b5751905f610b3a565b8480fd5b3d9150610d7e565b606483836302030e8960e11b8252600452806024526001604452fd5b63703e46dd60e11b8252600482fd5b5f5160206114615f395f51905f52546001600160a01b0316141590505f610af7565b634e487b7160e01b83526041600452602483fd5b5080fd5b503461015a576020610150610e2036610fed565b906110f3565b503461049057610e3536610fed565b610e3d61129b565b6001600160a01b038216918215610f29576001600160a01b03165f9081527f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b960460205260409020610e8e90829061080e565b6001600160a01b03610e9e6112ce565b1690813b15610490575f809160446040518094819363680eeb6960e11b83528860048401521515968760248401525af18015610f1e57610f08575b5060207f6a12b3df6cba4203bd7fd06b816789f87de8c594299aed5717ae070fac781bac91604051908152a280f35b610f159193505f9061101c565b5f916020610ed9565b6040513d5f823e3d90fd5b63d92e233d60e01b5f5260045ffd5b34610490575f366003190112610490575f5160206114215f395f51905f52546040516001600160a01b039091168152602090f35b34610490576020366003190112610490577f1e8d3397a7bd7b6ca72dc842284a56f89858d7c0da07cb2d0dd90f819355ddb26020600435610fab61129b565b807f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b960055604051908152a1005b600435906001600160a01b038216820361049057565b6040906003190112610490576004356001600160a01b0381168103610490579060243580151581036104905790565b90601f8019910116810190811067ffffffffffffffff82111761103e57604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b03165f9081527f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b96036020526040902090565b6001600160a01b03165f9081527f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b96026020526040902090565b919082039182116110cf57565b634e487b7160e01b5f52601160045260245ffd5b600160ff1b81146110cf575f0390565b5f929160ff61110133611052565b541615611206576001600160a01b0382165f9081527f3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b9604602052604090205460ff166111fe5761114f8261108a565b549181156111b95760018301908184116110cf575f5160206114815f395f51905f52926040929485915b826111838561108a565b55156111a65750506001935b825194855260208501526001600160a01b031692a2565b6111b3916109ac916110c2565b9361118f565b82156111e6575f198301908382116110cf575f5160206114815f395f51905f52926040925b948591611179565b6040905f5160206114815f395f51905f52925f6111de565b506001925050565b63d86ad9cf60e01b5f523360045260245ffd5b60206001600160a01b0361122b6112ce565b60405163fe575a8760e01b81526001600160a01b03909416600485015283916024918391165afa908115610f1e575f91611263575090565b90506020813d602011611293575b8161127e6020938361101c565b81010312610490575180151581036104905790565b3d9150611271565b5f5160206114415f395f51905f52546001600160a01b031633036112bb57565b63118cdaa760e01b5f523360045260245ffd5b5f5160206114215f395f51905f52546001600160a01b03169081156112ef57565b63af1d448960e01b5f5260045ffd5b5f5160206114c15f395f51905f5280546001600160a01b03199081169091555f5160206114415f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60ff5f5160206114a15f395f51905f525460401c161561138557565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061140d575b156113c85750506040513d81523d5f602083013e60203d82010160405290565b156113ed57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d156113fe576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806113a85750813b15156113a856fe3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b96019016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc5712e29af9e0cda36f7084338830170ccb1f1c4986d27fc1d51d1f53562b9e66f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// ReputationEngine is an auto generated Go binding around an Ethereum contract.
type ReputationEngine struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReputationEngine) GetABI() abi.ABI {
	return c.abi
}

// NewReputationEngine creates a new instance of ReputationEngine.
func NewReputationEngine() *ReputationEngine {
	parsed, err := ReputationEngineMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReputationEngine{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReputationEngine) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (reputationEngine *ReputationEngine) PackMODULEVERSION() []byte {
	enc, err := reputationEngine.abi.Pack("MODULE_VERSION")
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
func (reputationEngine *ReputationEngine) TryPackMODULEVERSION() ([]byte, error) {
	return reputationEngine.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (reputationEngine *ReputationEngine) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := reputationEngine.abi.Unpack("MODULE_VERSION", data)
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
func (reputationEngine *ReputationEngine) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := reputationEngine.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (reputationEngine *ReputationEngine) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return reputationEngine.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (reputationEngine *ReputationEngine) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := reputationEngine.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (reputationEngine *ReputationEngine) PackAcceptOwnership() []byte {
	enc, err := reputationEngine.abi.Pack("acceptOwnership")
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
func (reputationEngine *ReputationEngine) TryPackAcceptOwnership() ([]byte, error) {
	return reputationEngine.abi.Pack("acceptOwnership")
}

// PackAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5d82b6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function add(address user, uint256 amount) returns()
func (reputationEngine *ReputationEngine) PackAdd(user common.Address, amount *big.Int) []byte {
	enc, err := reputationEngine.abi.Pack("add", user, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5d82b6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function add(address user, uint256 amount) returns()
func (reputationEngine *ReputationEngine) TryPackAdd(user common.Address, amount *big.Int) ([]byte, error) {
	return reputationEngine.abi.Pack("add", user, amount)
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (reputationEngine *ReputationEngine) PackIdentityRegistry() []byte {
	enc, err := reputationEngine.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (reputationEngine *ReputationEngine) TryPackIdentityRegistry() ([]byte, error) {
	return reputationEngine.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (reputationEngine *ReputationEngine) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := reputationEngine.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_) returns()
func (reputationEngine *ReputationEngine) PackInitialize(owner common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("initialize", owner)
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
func (reputationEngine *ReputationEngine) TryPackInitialize(owner common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("initialize", owner)
}

// PackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBlacklisted(address user) view returns(bool)
func (reputationEngine *ReputationEngine) PackIsBlacklisted(user common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("isBlacklisted", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBlacklisted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe575a87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBlacklisted(address user) view returns(bool)
func (reputationEngine *ReputationEngine) TryPackIsBlacklisted(user common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("isBlacklisted", user)
}

// UnpackIsBlacklisted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe575a87.
//
// Solidity: function isBlacklisted(address user) view returns(bool)
func (reputationEngine *ReputationEngine) UnpackIsBlacklisted(data []byte) (bool, error) {
	out, err := reputationEngine.abi.Unpack("isBlacklisted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac07dcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCaller(address caller) view returns(bool)
func (reputationEngine *ReputationEngine) PackIsCaller(caller common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("isCaller", caller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac07dcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCaller(address caller) view returns(bool)
func (reputationEngine *ReputationEngine) TryPackIsCaller(caller common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("isCaller", caller)
}

// UnpackIsCaller is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ac07dcc.
//
// Solidity: function isCaller(address caller) view returns(bool)
func (reputationEngine *ReputationEngine) UnpackIsCaller(data []byte) (bool, error) {
	out, err := reputationEngine.abi.Unpack("isCaller", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMeetsThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04f81f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function meetsThreshold(address user) view returns(bool)
func (reputationEngine *ReputationEngine) PackMeetsThreshold(user common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("meetsThreshold", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeetsThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04f81f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function meetsThreshold(address user) view returns(bool)
func (reputationEngine *ReputationEngine) TryPackMeetsThreshold(user common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("meetsThreshold", user)
}

// UnpackMeetsThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb04f81f0.
//
// Solidity: function meetsThreshold(address user) view returns(bool)
func (reputationEngine *ReputationEngine) UnpackMeetsThreshold(data []byte) (bool, error) {
	out, err := reputationEngine.abi.Unpack("meetsThreshold", data)
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
func (reputationEngine *ReputationEngine) PackModuleKind() []byte {
	enc, err := reputationEngine.abi.Pack("moduleKind")
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
func (reputationEngine *ReputationEngine) TryPackModuleKind() ([]byte, error) {
	return reputationEngine.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (reputationEngine *ReputationEngine) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := reputationEngine.abi.Unpack("moduleKind", data)
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
func (reputationEngine *ReputationEngine) PackOwner() []byte {
	enc, err := reputationEngine.abi.Pack("owner")
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
func (reputationEngine *ReputationEngine) TryPackOwner() ([]byte, error) {
	return reputationEngine.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (reputationEngine *ReputationEngine) UnpackOwner(data []byte) (common.Address, error) {
	out, err := reputationEngine.abi.Unpack("owner", data)
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
func (reputationEngine *ReputationEngine) PackPendingOwner() []byte {
	enc, err := reputationEngine.abi.Pack("pendingOwner")
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
func (reputationEngine *ReputationEngine) TryPackPendingOwner() ([]byte, error) {
	return reputationEngine.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (reputationEngine *ReputationEngine) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := reputationEngine.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPremiumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f987f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function premiumThreshold() view returns(uint256)
func (reputationEngine *ReputationEngine) PackPremiumThreshold() []byte {
	enc, err := reputationEngine.abi.Pack("premiumThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPremiumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8f987f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function premiumThreshold() view returns(uint256)
func (reputationEngine *ReputationEngine) TryPackPremiumThreshold() ([]byte, error) {
	return reputationEngine.abi.Pack("premiumThreshold")
}

// UnpackPremiumThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8f987f3.
//
// Solidity: function premiumThreshold() view returns(uint256)
func (reputationEngine *ReputationEngine) UnpackPremiumThreshold(data []byte) (*big.Int, error) {
	out, err := reputationEngine.abi.Unpack("premiumThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (reputationEngine *ReputationEngine) PackProxiableUUID() []byte {
	enc, err := reputationEngine.abi.Pack("proxiableUUID")
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
func (reputationEngine *ReputationEngine) TryPackProxiableUUID() ([]byte, error) {
	return reputationEngine.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (reputationEngine *ReputationEngine) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := reputationEngine.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c487fa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordOutcome(address agent, bool success) returns(bool isBanned)
func (reputationEngine *ReputationEngine) PackRecordOutcome(agent common.Address, success bool) []byte {
	enc, err := reputationEngine.abi.Pack("recordOutcome", agent, success)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordOutcome is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c487fa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordOutcome(address agent, bool success) returns(bool isBanned)
func (reputationEngine *ReputationEngine) TryPackRecordOutcome(agent common.Address, success bool) ([]byte, error) {
	return reputationEngine.abi.Pack("recordOutcome", agent, success)
}

// UnpackRecordOutcome is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c487fa3.
//
// Solidity: function recordOutcome(address agent, bool success) returns(bool isBanned)
func (reputationEngine *ReputationEngine) UnpackRecordOutcome(data []byte) (bool, error) {
	out, err := reputationEngine.abi.Unpack("recordOutcome", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (reputationEngine *ReputationEngine) PackRenounceOwnership() []byte {
	enc, err := reputationEngine.abi.Pack("renounceOwnership")
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
func (reputationEngine *ReputationEngine) TryPackRenounceOwnership() ([]byte, error) {
	return reputationEngine.abi.Pack("renounceOwnership")
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f79451.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation(address user) view returns(uint256)
func (reputationEngine *ReputationEngine) PackReputation(user common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("reputation", user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f79451.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation(address user) view returns(uint256)
func (reputationEngine *ReputationEngine) TryPackReputation(user common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("reputation", user)
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9f79451.
//
// Solidity: function reputation(address user) view returns(uint256)
func (reputationEngine *ReputationEngine) UnpackReputation(data []byte) (*big.Int, error) {
	out, err := reputationEngine.abi.Unpack("reputation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x153b0d1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlacklist(address user, bool blacklisted) returns()
func (reputationEngine *ReputationEngine) PackSetBlacklist(user common.Address, blacklisted bool) []byte {
	enc, err := reputationEngine.abi.Pack("setBlacklist", user, blacklisted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlacklist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x153b0d1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlacklist(address user, bool blacklisted) returns()
func (reputationEngine *ReputationEngine) TryPackSetBlacklist(user common.Address, blacklisted bool) ([]byte, error) {
	return reputationEngine.abi.Pack("setBlacklist", user, blacklisted)
}

// PackSetCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cae6eae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCaller(address caller, bool allowed) returns()
func (reputationEngine *ReputationEngine) PackSetCaller(caller common.Address, allowed bool) []byte {
	enc, err := reputationEngine.abi.Pack("setCaller", caller, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCaller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cae6eae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCaller(address caller, bool allowed) returns()
func (reputationEngine *ReputationEngine) TryPackSetCaller(caller common.Address, allowed bool) ([]byte, error) {
	return reputationEngine.abi.Pack("setCaller", caller, allowed)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (reputationEngine *ReputationEngine) PackSetIdentityRegistry(module common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("setIdentityRegistry", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (reputationEngine *ReputationEngine) TryPackSetIdentityRegistry(module common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("setIdentityRegistry", module)
}

// PackSetPremiumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e5c7b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPremiumThreshold(uint256 threshold) returns()
func (reputationEngine *ReputationEngine) PackSetPremiumThreshold(threshold *big.Int) []byte {
	enc, err := reputationEngine.abi.Pack("setPremiumThreshold", threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPremiumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e5c7b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPremiumThreshold(uint256 threshold) returns()
func (reputationEngine *ReputationEngine) TryPackSetPremiumThreshold(threshold *big.Int) ([]byte, error) {
	return reputationEngine.abi.Pack("setPremiumThreshold", threshold)
}

// PackSubtract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c6b11a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subtract(address user, uint256 amount) returns()
func (reputationEngine *ReputationEngine) PackSubtract(user common.Address, amount *big.Int) []byte {
	enc, err := reputationEngine.abi.Pack("subtract", user, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubtract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68c6b11a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subtract(address user, uint256 amount) returns()
func (reputationEngine *ReputationEngine) TryPackSubtract(user common.Address, amount *big.Int) ([]byte, error) {
	return reputationEngine.abi.Pack("subtract", user, amount)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (reputationEngine *ReputationEngine) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := reputationEngine.abi.Pack("transferOwnership", newOwner)
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
func (reputationEngine *ReputationEngine) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return reputationEngine.abi.Pack("transferOwnership", newOwner)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (reputationEngine *ReputationEngine) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := reputationEngine.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (reputationEngine *ReputationEngine) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return reputationEngine.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (reputationEngine *ReputationEngine) PackVersion() []byte {
	enc, err := reputationEngine.abi.Pack("version")
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
func (reputationEngine *ReputationEngine) TryPackVersion() ([]byte, error) {
	return reputationEngine.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (reputationEngine *ReputationEngine) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := reputationEngine.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ReputationEngineBlacklistUpdated represents a BlacklistUpdated event raised by the ReputationEngine contract.
type ReputationEngineBlacklistUpdated struct {
	User        common.Address
	Blacklisted bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const ReputationEngineBlacklistUpdatedEventName = "BlacklistUpdated"

// ContractEventName returns the user-defined event name.
func (ReputationEngineBlacklistUpdated) ContractEventName() string {
	return ReputationEngineBlacklistUpdatedEventName
}

// UnpackBlacklistUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlacklistUpdated(address indexed user, bool blacklisted)
func (reputationEngine *ReputationEngine) UnpackBlacklistUpdatedEvent(log *types.Log) (*ReputationEngineBlacklistUpdated, error) {
	event := "BlacklistUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineBlacklistUpdated)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineCallerUpdated represents a CallerUpdated event raised by the ReputationEngine contract.
type ReputationEngineCallerUpdated struct {
	Caller  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReputationEngineCallerUpdatedEventName = "CallerUpdated"

// ContractEventName returns the user-defined event name.
func (ReputationEngineCallerUpdated) ContractEventName() string {
	return ReputationEngineCallerUpdatedEventName
}

// UnpackCallerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallerUpdated(address indexed caller, bool allowed)
func (reputationEngine *ReputationEngine) UnpackCallerUpdatedEvent(log *types.Log) (*ReputationEngineCallerUpdated, error) {
	event := "CallerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineCallerUpdated)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineIdentityRegistryUpdated represents a IdentityRegistryUpdated event raised by the ReputationEngine contract.
type ReputationEngineIdentityRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ReputationEngineIdentityRegistryUpdatedEventName = "IdentityRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (ReputationEngineIdentityRegistryUpdated) ContractEventName() string {
	return ReputationEngineIdentityRegistryUpdatedEventName
}

// UnpackIdentityRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUpdated(address module)
func (reputationEngine *ReputationEngine) UnpackIdentityRegistryUpdatedEvent(log *types.Log) (*ReputationEngineIdentityRegistryUpdated, error) {
	event := "IdentityRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineIdentityRegistryUpdated)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineInitialized represents a Initialized event raised by the ReputationEngine contract.
type ReputationEngineInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReputationEngineInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ReputationEngineInitialized) ContractEventName() string {
	return ReputationEngineInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (reputationEngine *ReputationEngine) UnpackInitializedEvent(log *types.Log) (*ReputationEngineInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineInitialized)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ReputationEngine contract.
type ReputationEngineOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReputationEngineOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ReputationEngineOwnershipTransferStarted) ContractEventName() string {
	return ReputationEngineOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (reputationEngine *ReputationEngine) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ReputationEngineOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineOwnershipTransferred represents a OwnershipTransferred event raised by the ReputationEngine contract.
type ReputationEngineOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReputationEngineOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ReputationEngineOwnershipTransferred) ContractEventName() string {
	return ReputationEngineOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (reputationEngine *ReputationEngine) UnpackOwnershipTransferredEvent(log *types.Log) (*ReputationEngineOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEnginePremiumThresholdUpdated represents a PremiumThresholdUpdated event raised by the ReputationEngine contract.
type ReputationEnginePremiumThresholdUpdated struct {
	Threshold *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ReputationEnginePremiumThresholdUpdatedEventName = "PremiumThresholdUpdated"

// ContractEventName returns the user-defined event name.
func (ReputationEnginePremiumThresholdUpdated) ContractEventName() string {
	return ReputationEnginePremiumThresholdUpdatedEventName
}

// UnpackPremiumThresholdUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PremiumThresholdUpdated(uint256 threshold)
func (reputationEngine *ReputationEngine) UnpackPremiumThresholdUpdatedEvent(log *types.Log) (*ReputationEnginePremiumThresholdUpdated, error) {
	event := "PremiumThresholdUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEnginePremiumThresholdUpdated)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineReputationUpdated represents a ReputationUpdated event raised by the ReputationEngine contract.
type ReputationEngineReputationUpdated struct {
	User  common.Address
	Delta *big.Int
	Score *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReputationEngineReputationUpdatedEventName = "ReputationUpdated"

// ContractEventName returns the user-defined event name.
func (ReputationEngineReputationUpdated) ContractEventName() string {
	return ReputationEngineReputationUpdatedEventName
}

// UnpackReputationUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationUpdated(address indexed user, int256 delta, uint256 score)
func (reputationEngine *ReputationEngine) UnpackReputationUpdatedEvent(log *types.Log) (*ReputationEngineReputationUpdated, error) {
	event := "ReputationUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineReputationUpdated)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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

// ReputationEngineUpgraded represents a Upgraded event raised by the ReputationEngine contract.
type ReputationEngineUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ReputationEngineUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ReputationEngineUpgraded) ContractEventName() string {
	return ReputationEngineUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (reputationEngine *ReputationEngine) UnpackUpgradedEvent(log *types.Log) (*ReputationEngineUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationEngine.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationEngineUpgraded)
	if len(log.Data) > 0 {
		if err := reputationEngine.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationEngine.abi.Events[event].Inputs {
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
func (reputationEngine *ReputationEngine) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["IdentityRegistryNotSet"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackIdentityRegistryNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationEngine.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return reputationEngine.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReputationEngineAddressEmptyCode represents a AddressEmptyCode error raised by the ReputationEngine contract.
type ReputationEngineAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ReputationEngineAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (reputationEngine *ReputationEngine) UnpackAddressEmptyCodeError(raw []byte) (*ReputationEngineAddressEmptyCode, error) {
	out := new(ReputationEngineAddressEmptyCode)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ReputationEngine contract.
type ReputationEngineERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ReputationEngineERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (reputationEngine *ReputationEngine) UnpackERC1967InvalidImplementationError(raw []byte) (*ReputationEngineERC1967InvalidImplementation, error) {
	out := new(ReputationEngineERC1967InvalidImplementation)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineERC1967NonPayable represents a ERC1967NonPayable error raised by the ReputationEngine contract.
type ReputationEngineERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ReputationEngineERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (reputationEngine *ReputationEngine) UnpackERC1967NonPayableError(raw []byte) (*ReputationEngineERC1967NonPayable, error) {
	out := new(ReputationEngineERC1967NonPayable)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineFailedCall represents a FailedCall error raised by the ReputationEngine contract.
type ReputationEngineFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ReputationEngineFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (reputationEngine *ReputationEngine) UnpackFailedCallError(raw []byte) (*ReputationEngineFailedCall, error) {
	out := new(ReputationEngineFailedCall)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineIdentityRegistryNotSet represents a IdentityRegistryNotSet error raised by the ReputationEngine contract.
type ReputationEngineIdentityRegistryNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityRegistryNotSet()
func ReputationEngineIdentityRegistryNotSetErrorID() common.Hash {
	return common.HexToHash("0xaf1d44893fa2dda72e129925378abcfb761bb1fddc2c9f03e42937a07e294f46")
}

// UnpackIdentityRegistryNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityRegistryNotSet()
func (reputationEngine *ReputationEngine) UnpackIdentityRegistryNotSetError(raw []byte) (*ReputationEngineIdentityRegistryNotSet, error) {
	out := new(ReputationEngineIdentityRegistryNotSet)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "IdentityRegistryNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineIncompatibleModule represents a IncompatibleModule error raised by the ReputationEngine contract.
type ReputationEngineIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func ReputationEngineIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (reputationEngine *ReputationEngine) UnpackIncompatibleModuleError(raw []byte) (*ReputationEngineIncompatibleModule, error) {
	out := new(ReputationEngineIncompatibleModule)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineInvalidInitialization represents a InvalidInitialization error raised by the ReputationEngine contract.
type ReputationEngineInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ReputationEngineInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (reputationEngine *ReputationEngine) UnpackInvalidInitializationError(raw []byte) (*ReputationEngineInvalidInitialization, error) {
	out := new(ReputationEngineInvalidInitialization)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineInvalidPercentage represents a InvalidPercentage error raised by the ReputationEngine contract.
type ReputationEngineInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func ReputationEngineInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (reputationEngine *ReputationEngine) UnpackInvalidPercentageError(raw []byte) (*ReputationEngineInvalidPercentage, error) {
	out := new(ReputationEngineInvalidPercentage)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineNotInitializing represents a NotInitializing error raised by the ReputationEngine contract.
type ReputationEngineNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ReputationEngineNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (reputationEngine *ReputationEngine) UnpackNotInitializingError(raw []byte) (*ReputationEngineNotInitializing, error) {
	out := new(ReputationEngineNotInitializing)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ReputationEngine contract.
type ReputationEngineOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ReputationEngineOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (reputationEngine *ReputationEngine) UnpackOwnableInvalidOwnerError(raw []byte) (*ReputationEngineOwnableInvalidOwner, error) {
	out := new(ReputationEngineOwnableInvalidOwner)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ReputationEngine contract.
type ReputationEngineOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ReputationEngineOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (reputationEngine *ReputationEngine) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ReputationEngineOwnableUnauthorizedAccount, error) {
	out := new(ReputationEngineOwnableUnauthorizedAccount)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineRenounceDisabled represents a RenounceDisabled error raised by the ReputationEngine contract.
type ReputationEngineRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func ReputationEngineRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (reputationEngine *ReputationEngine) UnpackRenounceDisabledError(raw []byte) (*ReputationEngineRenounceDisabled, error) {
	out := new(ReputationEngineRenounceDisabled)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ReputationEngine contract.
type ReputationEngineUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ReputationEngineUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (reputationEngine *ReputationEngine) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ReputationEngineUUPSUnauthorizedCallContext, error) {
	out := new(ReputationEngineUUPSUnauthorizedCallContext)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ReputationEngine contract.
type ReputationEngineUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ReputationEngineUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (reputationEngine *ReputationEngine) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ReputationEngineUUPSUnsupportedProxiableUUID, error) {
	out := new(ReputationEngineUUPSUnsupportedProxiableUUID)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineUnauthorizedCaller represents a UnauthorizedCaller error raised by the ReputationEngine contract.
type ReputationEngineUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func ReputationEngineUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (reputationEngine *ReputationEngine) UnpackUnauthorizedCallerError(raw []byte) (*ReputationEngineUnauthorizedCaller, error) {
	out := new(ReputationEngineUnauthorizedCaller)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineWrongModuleKind represents a WrongModuleKind error raised by the ReputationEngine contract.
type ReputationEngineWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func ReputationEngineWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (reputationEngine *ReputationEngine) UnpackWrongModuleKindError(raw []byte) (*ReputationEngineWrongModuleKind, error) {
	out := new(ReputationEngineWrongModuleKind)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationEngineZeroAddress represents a ZeroAddress error raised by the ReputationEngine contract.
type ReputationEngineZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ReputationEngineZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (reputationEngine *ReputationEngine) UnpackZeroAddressError(raw []byte) (*ReputationEngineZeroAddress, error) {
	out := new(ReputationEngineZeroAddress)
	if err := reputationEngine.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
