// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package systempause

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

// SystemPauseMetaData contains all meta data concerning the SystemPause contract.
var SystemPauseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"NotPausable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"GuardianUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"modules\",\"type\":\"address[]\"}],\"name\":\"ModulesUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"paused\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"SystemPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allPaused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modules\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"guardian_\",\"type\":\"address\"}],\"name\":\"setGuardian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"modules_\",\"type\":\"address[]\"}],\"name\":\"setModules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpauseAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "SystemPause",
	Bin: "0x60a080604052346100c257306080525f5160206112c85f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161120190816100c78239608051818181610a660152610b420152f35b6001600160401b0319166001600160401b039081175f5160206112c85f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163452a932014610d85575080634f1ef28614610aba57806352d1902d14610a5457806354fd4d501461081e578063595c6a67146108d2578063697a80b7146108ae578063715018a61461088757806379ba50971461083957806381ed98081461081e5780638a0dac4a146107935780638a2ddd031461066c5780638da5cb5b14610638578063ad3cb1cc146105da578063c4d66de814610466578063e10f143114610237578063e30c397814610203578063f21aa1dc146101da578063f2fde38b146101565763f7e80e98146100ed575f80fd5b34610152575f36600319011261015257610105610dff565b6040518091602082016020835281518091526020604084019201905f5b818110610130575050500390f35b82516001600160a01b0316845285945060209384019390920191600101610122565b5f80fd5b346101525760203660031901126101525761016f610dc7565b610177610f4f565b5f5160206111c15f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206111615f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b34610152575f366003190112610152576040516a53797374656d506175736560a81b8152602090f35b34610152575f366003190112610152575f5160206111c15f395f51905f52546040516001600160a01b039091168152602090f35b346101525760203660031901126101525760043567ffffffffffffffff811161015257366023820112156101525780600401359067ffffffffffffffff821161015257602481013660248460051b84010111610152579190610297610f4f565b5f925b82841015610335576102b360248560051b840101610f3b565b6102bc81611005565b604051635c975abb60e01b81526001600160a01b03919091169490602081600481895afa9081610309575b506102ff5784633375784d60e01b5f5260045260245ffd5b600101935061029a565b6103299060203d811161032e575b6103218183610ddd565b810190610e92565b6102e7565b503d610317565b82680100000000000000008111610452575f5160206111e15f395f51905f5254815f5160206111e15f395f51905f525580821061041b575b50815f5160206111e15f395f51905f525f5260205f20905f5b8381106104005750505060405190806020830160208452526040820192905f905b8082106103d6577f4895400e26116fcad77dc1909c4874ae476a3b8d8a37da6c9e811394e8bcba6a84860385a1005b90919384359060018060a01b038216809203610152576020816001938293520195019201906103a7565b600190602061040e84610f3b565b9301928185015501610386565b5f5160206111e15f395f51905f525f52818060205f20019103905f5b82811061044557505061036d565b5f82820155600101610437565b634e487b7160e01b5f52604160045260245ffd5b346101525760203660031901126101525761047f610dc7565b5f5160206111a15f395f51905f52549060ff8260401c16159167ffffffffffffffff8116801590816105d2575b60011490816105c8575b1590816105bf575b506105b05767ffffffffffffffff1981166001175f5160206111a15f395f51905f525582610584575b506104f0610fda565b6001600160a01b03811615610575576105189061050b610fda565b610513610fda565b610f6f565b61051e57005b68ff0000000000000000195f5160206111a15f395f51905f5254165f5160206111a15f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b63d92e233d60e01b5f5260045ffd5b68ffffffffffffffffff191668010000000000000001175f5160206111a15f395f51905f5255826104e7565b63f92ee8a960e01b5f5260045ffd5b905015846104be565b303b1591506104b6565b8491506104ac565b34610152575f3660031901126101525760408051906105f98183610ddd565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b34610152575f366003190112610152575f5160206111615f395f51905f52546040516001600160a01b039091168152602090f35b34610152575f36600319011261015257610684610f4f565b61068c610dff565b5f5b815181101561076257600460206001600160a01b036106ad8486610e6a565b511660405192838092635c975abb60e01b82525afa908115610739575f91610744575b506106de575b60010161068e565b6001600160a01b036106f08284610e6a565b511690813b15610152575f8092600460405180958193631fa5d41d60e11b83525af191821561073957600192610729575b5090506106d6565b5f61073391610ddd565b83610721565b6040513d5f823e3d90fd5b61075c915060203d811161032e576103218183610ddd565b836106d0565b7f102e22985882ae90377d38ef95e6795e7cbc808f8da1848f4190bcbacd9b39c9604080515f8152336020820152a1005b34610152576020366003190112610152577f6bb7ff33e730289800c62ad882105a144a74010d2bdbb9a942544a3005ad55bf60206107cf610dc7565b6107d7610f4f565b7f161f72fc4674390d954b8fc218235ef9fa8926f10cc6d6c6213fb7cc91ee0c0080546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b34610152575f36600319011261015257602060405160018152f35b34610152575f366003190112610152575f5160206111c15f395f51905f5254336001600160a01b03909116036108745761087233610f6f565b005b63118cdaa760e01b5f523360045260245ffd5b34610152575f3660031901126101525761089f610f4f565b638905116560e01b5f5260045ffd5b34610152575f3660031901126101525760206108c8610eaa565b6040519015158152f35b34610152575f366003190112610152575f5160206111615f395f51905f52546001600160a01b031633141580610a20575b610a0d5761090f610dff565b5f5b81518110156109db57600460206001600160a01b036109308486610e6a565b511660405192838092635c975abb60e01b82525afa908115610739575f916109bd575b5015610962575b600101610911565b6001600160a01b036109748284610e6a565b511690813b15610152575f8092600460405180958193638456cb5960e01b83525af1918215610739576001926109ad575b50905061095a565b5f6109b791610ddd565b836109a5565b6109d5915060203d811161032e576103218183610ddd565b83610953565b7f102e22985882ae90377d38ef95e6795e7cbc808f8da1848f4190bcbacd9b39c96040805160018152336020820152a1005b63a252c15160e01b5f523360045260245ffd5b507f161f72fc4674390d954b8fc218235ef9fa8926f10cc6d6c6213fb7cc91ee0c00546001600160a01b0316331415610903565b34610152575f366003190112610152577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163003610aab5760206040515f5160206111815f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b604036600319011261015257610ace610dc7565b6024359067ffffffffffffffff8211610152573660238301121561015257816004013567ffffffffffffffff81116104525760405192610b18601f8301601f191660200185610ddd565b818452366024838301011161015257815f9260246020930183870137840101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115610d63575b50610aab57610b7a610f4f565b610b8381611005565b604051633c86a87760e21b81526001600160a01b0382169290602081600481875afa5f9181610d2f575b50610bdb57836344f2c35f60e01b5f526004525f6024526a53797374656d506175736560a81b60445260645ffd5b6aac868c8b9a92af9e8a8c9b60a81b8101610d0757506040516352d1902d60e01b8152602081600481875afa5f9181610cd3575b50610c275783634c9c8ce360e01b5f5260045260245ffd5b805f5160206111815f395f51905f52859203610cc15750823b15610caf575f5160206111815f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a2805115610c9757610872916110d4565b505034610ca057005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011610cff575b81610cef60209383610ddd565b8101031261015257519085610c0f565b3d9150610ce2565b836344f2c35f60e01b5f526004526024526a53797374656d506175736560a81b60445260645ffd5b9091506020813d602011610d5b575b81610d4b60209383610ddd565b8101031261015257519085610bad565b3d9150610d3e565b5f5160206111815f395f51905f52546001600160a01b03161415905083610b6d565b34610152575f366003190112610152577f161f72fc4674390d954b8fc218235ef9fa8926f10cc6d6c6213fb7cc91ee0c00546001600160a01b03168152602090f35b600435906001600160a01b038216820361015257565b90601f8019910116810190811067ffffffffffffffff82111761045257604052565b604051905f5160206111e15f395f51905f525480835282602081015f5160206111e15f395f51905f525f5260205f20925f5b818110610e48575050610e4692500383610ddd565b565b84546001600160a01b0316835260019485019487945060209093019201610e31565b8051821015610e7e5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b90816020910312610152575180151581036101525790565b610eb2610dff565b805115610f36575f5b8151811015610f2f57600460206001600160a01b03610eda8486610e6a565b511660405192838092635c975abb60e01b82525afa908115610739575f91610f11575b5015610f0b57600101610ebb565b50505f90565b610f29915060203d811161032e576103218183610ddd565b5f610efd565b5050600190565b505f90565b356001600160a01b03811681036101525790565b5f5160206111615f395f51905f52546001600160a01b0316330361087457565b5f5160206111c15f395f51905f5280546001600160a01b03199081169091555f5160206111615f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60ff5f5160206111a15f395f51905f525460401c1615610ff657565b631afcd79f60e31b5f5260045ffd5b6001600160a01b03811691908215610575573b156110b85760405163054fd4d560e41b8152602081600481865afa5f9181611084575b5061105c57826302030e8960e11b5f526004525f602452600160445260645ffd5b90916001821061106a575050565b6302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d6020116110b0575b816110a060209383610ddd565b810103126101525751905f61103b565b3d9150611093565b506302030e8960e11b5f526004525f602452600160445260645ffd5b905f8091602081519101845af4808061114d575b156111085750506040513d81523d5f602083013e60203d82010160405290565b1561112d57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d1561113e576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806110e85750813b15156110e856fe9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbcf0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00161f72fc4674390d954b8fc218235ef9fa8926f10cc6d6c6213fb7cc91ee0c01f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// SystemPause is an auto generated Go binding around an Ethereum contract.
type SystemPause struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SystemPause) GetABI() abi.ABI {
	return c.abi
}

// NewSystemPause creates a new instance of SystemPause.
func NewSystemPause() *SystemPause {
	parsed, err := SystemPauseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SystemPause{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SystemPause) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (systemPause *SystemPause) PackMODULEVERSION() []byte {
	enc, err := systemPause.abi.Pack("MODULE_VERSION")
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
func (systemPause *SystemPause) TryPackMODULEVERSION() ([]byte, error) {
	return systemPause.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (systemPause *SystemPause) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := systemPause.abi.Unpack("MODULE_VERSION", data)
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
func (systemPause *SystemPause) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := systemPause.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (systemPause *SystemPause) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return systemPause.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (systemPause *SystemPause) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := systemPause.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (systemPause *SystemPause) PackAcceptOwnership() []byte {
	enc, err := systemPause.abi.Pack("acceptOwnership")
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
func (systemPause *SystemPause) TryPackAcceptOwnership() ([]byte, error) {
	return systemPause.abi.Pack("acceptOwnership")
}

// PackAllPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x697a80b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allPaused() view returns(bool)
func (systemPause *SystemPause) PackAllPaused() []byte {
	enc, err := systemPause.abi.Pack("allPaused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x697a80b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allPaused() view returns(bool)
func (systemPause *SystemPause) TryPackAllPaused() ([]byte, error) {
	return systemPause.abi.Pack("allPaused")
}

// UnpackAllPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x697a80b7.
//
// Solidity: function allPaused() view returns(bool)
func (systemPause *SystemPause) UnpackAllPaused(data []byte) (bool, error) {
	out, err := systemPause.abi.Unpack("allPaused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (systemPause *SystemPause) PackGuardian() []byte {
	enc, err := systemPause.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (systemPause *SystemPause) TryPackGuardian() ([]byte, error) {
	return systemPause.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (systemPause *SystemPause) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := systemPause.abi.Unpack("guardian", data)
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
func (systemPause *SystemPause) PackInitialize(owner common.Address) []byte {
	enc, err := systemPause.abi.Pack("initialize", owner)
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
func (systemPause *SystemPause) TryPackInitialize(owner common.Address) ([]byte, error) {
	return systemPause.abi.Pack("initialize", owner)
}

// PackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (systemPause *SystemPause) PackModuleKind() []byte {
	enc, err := systemPause.abi.Pack("moduleKind")
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
func (systemPause *SystemPause) TryPackModuleKind() ([]byte, error) {
	return systemPause.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (systemPause *SystemPause) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := systemPause.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e80e98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modules() view returns(address[])
func (systemPause *SystemPause) PackModules() []byte {
	enc, err := systemPause.abi.Pack("modules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e80e98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modules() view returns(address[])
func (systemPause *SystemPause) TryPackModules() ([]byte, error) {
	return systemPause.abi.Pack("modules")
}

// UnpackModules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7e80e98.
//
// Solidity: function modules() view returns(address[])
func (systemPause *SystemPause) UnpackModules(data []byte) ([]common.Address, error) {
	out, err := systemPause.abi.Unpack("modules", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (systemPause *SystemPause) PackOwner() []byte {
	enc, err := systemPause.abi.Pack("owner")
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
func (systemPause *SystemPause) TryPackOwner() ([]byte, error) {
	return systemPause.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (systemPause *SystemPause) UnpackOwner(data []byte) (common.Address, error) {
	out, err := systemPause.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x595c6a67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseAll() returns()
func (systemPause *SystemPause) PackPauseAll() []byte {
	enc, err := systemPause.abi.Pack("pauseAll")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x595c6a67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseAll() returns()
func (systemPause *SystemPause) TryPackPauseAll() ([]byte, error) {
	return systemPause.abi.Pack("pauseAll")
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (systemPause *SystemPause) PackPendingOwner() []byte {
	enc, err := systemPause.abi.Pack("pendingOwner")
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
func (systemPause *SystemPause) TryPackPendingOwner() ([]byte, error) {
	return systemPause.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (systemPause *SystemPause) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := systemPause.abi.Unpack("pendingOwner", data)
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
func (systemPause *SystemPause) PackProxiableUUID() []byte {
	enc, err := systemPause.abi.Pack("proxiableUUID")
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
func (systemPause *SystemPause) TryPackProxiableUUID() ([]byte, error) {
	return systemPause.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (systemPause *SystemPause) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := systemPause.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (systemPause *SystemPause) PackRenounceOwnership() []byte {
	enc, err := systemPause.abi.Pack("renounceOwnership")
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
func (systemPause *SystemPause) TryPackRenounceOwnership() ([]byte, error) {
	return systemPause.abi.Pack("renounceOwnership")
}

// PackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuardian(address guardian_) returns()
func (systemPause *SystemPause) PackSetGuardian(guardian common.Address) []byte {
	enc, err := systemPause.abi.Pack("setGuardian", guardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuardian(address guardian_) returns()
func (systemPause *SystemPause) TryPackSetGuardian(guardian common.Address) ([]byte, error) {
	return systemPause.abi.Pack("setGuardian", guardian)
}

// PackSetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe10f1431.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModules(address[] modules_) returns()
func (systemPause *SystemPause) PackSetModules(modules []common.Address) []byte {
	enc, err := systemPause.abi.Pack("setModules", modules)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe10f1431.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModules(address[] modules_) returns()
func (systemPause *SystemPause) TryPackSetModules(modules []common.Address) ([]byte, error) {
	return systemPause.abi.Pack("setModules", modules)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (systemPause *SystemPause) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := systemPause.abi.Pack("transferOwnership", newOwner)
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
func (systemPause *SystemPause) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return systemPause.abi.Pack("transferOwnership", newOwner)
}

// PackUnpauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a2ddd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpauseAll() returns()
func (systemPause *SystemPause) PackUnpauseAll() []byte {
	enc, err := systemPause.abi.Pack("unpauseAll")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpauseAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a2ddd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpauseAll() returns()
func (systemPause *SystemPause) TryPackUnpauseAll() ([]byte, error) {
	return systemPause.abi.Pack("unpauseAll")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (systemPause *SystemPause) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := systemPause.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (systemPause *SystemPause) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return systemPause.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (systemPause *SystemPause) PackVersion() []byte {
	enc, err := systemPause.abi.Pack("version")
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
func (systemPause *SystemPause) TryPackVersion() ([]byte, error) {
	return systemPause.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (systemPause *SystemPause) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := systemPause.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SystemPauseGuardianUpdated represents a GuardianUpdated event raised by the SystemPause contract.
type SystemPauseGuardianUpdated struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SystemPauseGuardianUpdatedEventName = "GuardianUpdated"

// ContractEventName returns the user-defined event name.
func (SystemPauseGuardianUpdated) ContractEventName() string {
	return SystemPauseGuardianUpdatedEventName
}

// UnpackGuardianUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianUpdated(address guardian)
func (systemPause *SystemPause) UnpackGuardianUpdatedEvent(log *types.Log) (*SystemPauseGuardianUpdated, error) {
	event := "GuardianUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseGuardianUpdated)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseInitialized represents a Initialized event raised by the SystemPause contract.
type SystemPauseInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const SystemPauseInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (SystemPauseInitialized) ContractEventName() string {
	return SystemPauseInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (systemPause *SystemPause) UnpackInitializedEvent(log *types.Log) (*SystemPauseInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseInitialized)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseModulesUpdated represents a ModulesUpdated event raised by the SystemPause contract.
type SystemPauseModulesUpdated struct {
	Modules []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SystemPauseModulesUpdatedEventName = "ModulesUpdated"

// ContractEventName returns the user-defined event name.
func (SystemPauseModulesUpdated) ContractEventName() string {
	return SystemPauseModulesUpdatedEventName
}

// UnpackModulesUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModulesUpdated(address[] modules)
func (systemPause *SystemPause) UnpackModulesUpdatedEvent(log *types.Log) (*SystemPauseModulesUpdated, error) {
	event := "ModulesUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseModulesUpdated)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the SystemPause contract.
type SystemPauseOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SystemPauseOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (SystemPauseOwnershipTransferStarted) ContractEventName() string {
	return SystemPauseOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (systemPause *SystemPause) UnpackOwnershipTransferStartedEvent(log *types.Log) (*SystemPauseOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseOwnershipTransferred represents a OwnershipTransferred event raised by the SystemPause contract.
type SystemPauseOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SystemPauseOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SystemPauseOwnershipTransferred) ContractEventName() string {
	return SystemPauseOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (systemPause *SystemPause) UnpackOwnershipTransferredEvent(log *types.Log) (*SystemPauseOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseSystemPaused represents a SystemPaused event raised by the SystemPause contract.
type SystemPauseSystemPaused struct {
	Paused bool
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const SystemPauseSystemPausedEventName = "SystemPaused"

// ContractEventName returns the user-defined event name.
func (SystemPauseSystemPaused) ContractEventName() string {
	return SystemPauseSystemPausedEventName
}

// UnpackSystemPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SystemPaused(bool paused, address by)
func (systemPause *SystemPause) UnpackSystemPausedEvent(log *types.Log) (*SystemPauseSystemPaused, error) {
	event := "SystemPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseSystemPaused)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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

// SystemPauseUpgraded represents a Upgraded event raised by the SystemPause contract.
type SystemPauseUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const SystemPauseUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (SystemPauseUpgraded) ContractEventName() string {
	return SystemPauseUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (systemPause *SystemPause) UnpackUpgradedEvent(log *types.Log) (*SystemPauseUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != systemPause.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SystemPauseUpgraded)
	if len(log.Data) > 0 {
		if err := systemPause.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemPause.abi.Events[event].Inputs {
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
func (systemPause *SystemPause) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], systemPause.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return systemPause.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return systemPause.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return systemPause.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return systemPause.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return systemPause.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return systemPause.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return systemPause.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return systemPause.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return systemPause.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["NotPausable"].ID.Bytes()[:4]) {
		return systemPause.UnpackNotPausableError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return systemPause.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return systemPause.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return systemPause.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return systemPause.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return systemPause.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return systemPause.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return systemPause.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemPause.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return systemPause.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SystemPauseAddressEmptyCode represents a AddressEmptyCode error raised by the SystemPause contract.
type SystemPauseAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func SystemPauseAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (systemPause *SystemPause) UnpackAddressEmptyCodeError(raw []byte) (*SystemPauseAddressEmptyCode, error) {
	out := new(SystemPauseAddressEmptyCode)
	if err := systemPause.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the SystemPause contract.
type SystemPauseERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func SystemPauseERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (systemPause *SystemPause) UnpackERC1967InvalidImplementationError(raw []byte) (*SystemPauseERC1967InvalidImplementation, error) {
	out := new(SystemPauseERC1967InvalidImplementation)
	if err := systemPause.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseERC1967NonPayable represents a ERC1967NonPayable error raised by the SystemPause contract.
type SystemPauseERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func SystemPauseERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (systemPause *SystemPause) UnpackERC1967NonPayableError(raw []byte) (*SystemPauseERC1967NonPayable, error) {
	out := new(SystemPauseERC1967NonPayable)
	if err := systemPause.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseFailedCall represents a FailedCall error raised by the SystemPause contract.
type SystemPauseFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func SystemPauseFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (systemPause *SystemPause) UnpackFailedCallError(raw []byte) (*SystemPauseFailedCall, error) {
	out := new(SystemPauseFailedCall)
	if err := systemPause.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseIncompatibleModule represents a IncompatibleModule error raised by the SystemPause contract.
type SystemPauseIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func SystemPauseIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (systemPause *SystemPause) UnpackIncompatibleModuleError(raw []byte) (*SystemPauseIncompatibleModule, error) {
	out := new(SystemPauseIncompatibleModule)
	if err := systemPause.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseInvalidInitialization represents a InvalidInitialization error raised by the SystemPause contract.
type SystemPauseInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func SystemPauseInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (systemPause *SystemPause) UnpackInvalidInitializationError(raw []byte) (*SystemPauseInvalidInitialization, error) {
	out := new(SystemPauseInvalidInitialization)
	if err := systemPause.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseInvalidPercentage represents a InvalidPercentage error raised by the SystemPause contract.
type SystemPauseInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func SystemPauseInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (systemPause *SystemPause) UnpackInvalidPercentageError(raw []byte) (*SystemPauseInvalidPercentage, error) {
	out := new(SystemPauseInvalidPercentage)
	if err := systemPause.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseNotGuardian represents a NotGuardian error raised by the SystemPause contract.
type SystemPauseNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(address caller)
func SystemPauseNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xa252c151cd1ee155ad6a596fd962f839a8b963fd05f5e863eca095de2e0b08a4")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(address caller)
func (systemPause *SystemPause) UnpackNotGuardianError(raw []byte) (*SystemPauseNotGuardian, error) {
	out := new(SystemPauseNotGuardian)
	if err := systemPause.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseNotInitializing represents a NotInitializing error raised by the SystemPause contract.
type SystemPauseNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func SystemPauseNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (systemPause *SystemPause) UnpackNotInitializingError(raw []byte) (*SystemPauseNotInitializing, error) {
	out := new(SystemPauseNotInitializing)
	if err := systemPause.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseNotPausable represents a NotPausable error raised by the SystemPause contract.
type SystemPauseNotPausable struct {
	Module common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPausable(address module)
func SystemPauseNotPausableErrorID() common.Hash {
	return common.HexToHash("0x3375784d27eb8a927cec59ea45f558baac05d2c09ac514c23b59feb18f9170aa")
}

// UnpackNotPausableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPausable(address module)
func (systemPause *SystemPause) UnpackNotPausableError(raw []byte) (*SystemPauseNotPausable, error) {
	out := new(SystemPauseNotPausable)
	if err := systemPause.abi.UnpackIntoInterface(out, "NotPausable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SystemPause contract.
type SystemPauseOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SystemPauseOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (systemPause *SystemPause) UnpackOwnableInvalidOwnerError(raw []byte) (*SystemPauseOwnableInvalidOwner, error) {
	out := new(SystemPauseOwnableInvalidOwner)
	if err := systemPause.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SystemPause contract.
type SystemPauseOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SystemPauseOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (systemPause *SystemPause) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SystemPauseOwnableUnauthorizedAccount, error) {
	out := new(SystemPauseOwnableUnauthorizedAccount)
	if err := systemPause.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseRenounceDisabled represents a RenounceDisabled error raised by the SystemPause contract.
type SystemPauseRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func SystemPauseRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (systemPause *SystemPause) UnpackRenounceDisabledError(raw []byte) (*SystemPauseRenounceDisabled, error) {
	out := new(SystemPauseRenounceDisabled)
	if err := systemPause.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the SystemPause contract.
type SystemPauseUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func SystemPauseUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (systemPause *SystemPause) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*SystemPauseUUPSUnauthorizedCallContext, error) {
	out := new(SystemPauseUUPSUnauthorizedCallContext)
	if err := systemPause.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the SystemPause contract.
type SystemPauseUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func SystemPauseUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (systemPause *SystemPause) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*SystemPauseUUPSUnsupportedProxiableUUID, error) {
	out := new(SystemPauseUUPSUnsupportedProxiableUUID)
	if err := systemPause.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseUnauthorizedCaller represents a UnauthorizedCaller error raised by the SystemPause contract.
type SystemPauseUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func SystemPauseUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (systemPause *SystemPause) UnpackUnauthorizedCallerError(raw []byte) (*SystemPauseUnauthorizedCaller, error) {
	out := new(SystemPauseUnauthorizedCaller)
	if err := systemPause.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseWrongModuleKind represents a WrongModuleKind error raised by the SystemPause contract.
type SystemPauseWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func SystemPauseWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (systemPause *SystemPause) UnpackWrongModuleKindError(raw []byte) (*SystemPauseWrongModuleKind, error) {
	out := new(SystemPauseWrongModuleKind)
	if err := systemPause.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemPauseZeroAddress represents a ZeroAddress error raised by the SystemPause contract.
type SystemPauseZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SystemPauseZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (systemPause *SystemPause) UnpackZeroAddressError(raw []byte) (*SystemPauseZeroAddress, error) {
	out := new(SystemPauseZeroAddress)
	if err := systemPause.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
