// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hostiletoken

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

// HostileTokenMetaData contains all meta data concerning the HostileToken contract.
var HostileTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disarm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"successes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HostileToken",
	Bin: "0x60806040523461032757604080519081016001600160401b0381118282101761022f5760409081526007825266486f7374696c6560c81b602083015280519081016001600160401b0381118282101761022f5760405260048152631213d4d560e21b602082015281516001600160401b03811161022f57600354600181811c9116801561031d575b602082101461021157601f81116102af575b50602092601f821160011461024e57928192935f92610243575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022f57600454600181811c91168015610225575b602082101461021157601f81116101a3575b50602091601f8211600114610143579181925f92610138575b50508160011b915f199060031b1c1916176004555b604051610bf2908161032c8239f35b015190505f80610114565b601f1982169260045f52805f20915f5b85811061018b57508360019510610173575b505050811b01600455610129565b01515f1960f88460031b161c191690555f8080610165565b91926020600181928685015181550194019201610153565b818111156100fb5760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610209575b81601f9101920160051c03905f5b8281106101fc5750506100fb565b5f828201556001016101ee565b5f91506101e0565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100e9565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b3565b601f1982169360035f52805f20915f5b868110610297575083600195961061027f575b505050811b016003556100c8565b01515f1960f88460031b161c191690555f8080610271565b9192602060018192868501518155019401920161025e565b818111156100995760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610315575b81601f9101920160051c03905f5b828110610308575050610099565b5f828201556001016102fa565b5f91506102ec565b90607f1690610087565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde03146108af57508063095ea7b31461082d57806318160ddd1461081057806323b872dd146107315780632f4110931461070f578063313ce567146106f45780633522bfd01461055b57806340c10f19146103855780635754a0421461036857806370a08231146103315780637339acce1461031457806383985082146102f857806395d89b4114610253578063a878f85814610184578063a9059cbb14610153578063d4b839921461012b5763dd62ed3e146100d7575f80fd5b34610127576040366003190112610127576100f0610975565b6100f861098b565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b34610127575f366003190112610127576005546040516001600160a01b039091168152602090f35b346101275760403660031901126101275761017961016f610975565b60243590336109fb565b602060405160018152f35b34610127575f366003190112610127576040515f6006546101a4816109a1565b808452906001811690811561022f57506001146101e4575b6101e0836101cc818503826109d9565b604051918291602083526020830190610951565b0390f35b91905060065f525f516020610bd25f395f51905f52915f905b808210610215575090915081016020016101cc6101bc565b9192600181602092548385880101520191019092916101fd565b60ff191660208086019190915291151560051b840190910191506101cc90506101bc565b34610127575f366003190112610127576040515f600454610273816109a1565b808452906001811690811561022f575060011461029a576101e0836101cc818503826109d9565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106102de575090915081016020016101cc6101bc565b9192600181602092548385880101520191019092916102c6565b34610127575f366003190112610127576007805460ff19169055005b34610127575f366003190112610127576020600954604051908152f35b34610127576020366003190112610127576001600160a01b03610352610975565b165f525f602052602060405f2054604051908152f35b34610127575f366003190112610127576020600854604051908152f35b346101275760403660031901126101275761039e610975565b6001600160a01b0316602435811561054857600254908082018092116105345760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a360075460ff81168061052d575b80610525575b61041757005b60ff1916600755610429600854610bc3565b60085560055460405160065490916001600160a01b0316905f9061044c816109a1565b906001811690811561051057506001146104d4575b5090825f8094819403925af13d156104cf573d67ffffffffffffffff81116104bb576040519061049b601f8201601f1916602001836109d9565b81525f60203d92013e5b6104ab57005b6104b6600954610bc3565b600955005b634e487b7160e01b5f52604160045260245ffd5b6104a5565b905060065f525f516020610bd25f395f51905f525f905b8282106104fc575050820182610461565b6001816020925484880152019101906104eb565b60ff1916855250801515028301905082610461565b506001610411565b505f61040b565b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b3461012757604036600319011261012757610574610975565b6024359067ffffffffffffffff821161012757366023830112156101275781600401359067ffffffffffffffff82116101275736602483850101116101275760018060a01b03166bffffffffffffffffffffffff60a01b60055416176005556105de6006546109a1565b601f811161069d575b505f601f821160011461062f5781925f92610621575b50508160011b915f199060031b1c1916176006555b6007805460ff19166001179055005b6024925001013582806105fd565b601f198216925f516020610bd25f395f51905f52915f5b85811061068257508360019510610666575b505050811b01600655610612565b01602401355f19600384901b60f8161c19169055828080610658565b90926020600181926024878701013581550194019101610646565b818111156105e757601f820160051c90602083106106ec575b601f82910160051c03905f5b8281106106d05750506105e7565b5f8282015f516020610bd25f395f51905f5201556001016106c2565b5f91506106b6565b34610127575f36600319011261012757602060405160128152f35b34610127575f36600319011261012757602060ff600754166040519015158152f35b346101275760603660031901126101275761074a610975565b61075261098b565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610790575b5061017993506109fb565b8381106107f55784156107e25733156107cf57610179945f52600160205260405f2060018060a01b0333165f526020528360405f209103905584610785565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b34610127575f366003190112610127576020600254604051908152f35b3461012757604036600319011261012757610846610975565b6024359033156107e2576001600160a01b03169081156107cf57335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b34610127575f366003190112610127575f6003546108cc816109a1565b808452906001811690811561022f57506001146108f3576101e0836101cc818503826109d9565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610937575090915081016020016101cc6101bc565b91926001816020925483858801015201910190929161091f565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361012757565b602435906001600160a01b038216820361012757565b90600182811c921680156109cf575b60208310146109bb57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916109b0565b90601f8019910116810190811067ffffffffffffffff8211176104bb57604052565b6001600160a01b0316908115610bb0576001600160a01b031691821561054857815f525f60205260405f2054818110610b9757817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a360075460ff811680610b8f575b80610b87575b610a915750565b60ff1916600755610aa3600854610bc3565b60085560018060a01b03600554166040515f600654610ac1816109a1565b9060018116908115610b725750600114610b36575b5091815f809493819403925af13d15610b31573d67ffffffffffffffff81116104bb5760405190610b11601f8201601f1916602001836109d9565b81525f60203d92013e5b610b2157565b610b2c600954610bc3565b600955565b610b1b565b905060065f525f516020610bd25f395f51905f525f905b828210610b5e575050810181610ad6565b600181602092548487015201910190610b4d565b60ff1916845250801515028201905081610ad6565b506001610a8a565b506001610a84565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b5f198114610534576001019056fef652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f",
}

// HostileToken is an auto generated Go binding around an Ethereum contract.
type HostileToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HostileToken) GetABI() abi.ABI {
	return c.abi
}

// NewHostileToken creates a new instance of HostileToken.
func NewHostileToken() *HostileToken {
	parsed, err := HostileTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HostileToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HostileToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hostileToken *HostileToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hostileToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hostileToken *HostileToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hostileToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hostileToken *HostileToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hostileToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hostileToken *HostileToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := hostileToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hostileToken *HostileToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return hostileToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hostileToken *HostileToken) UnpackApprove(data []byte) (bool, error) {
	out, err := hostileToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (hostileToken *HostileToken) PackArm(target common.Address, payload []byte) []byte {
	enc, err := hostileToken.abi.Pack("arm", target, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (hostileToken *HostileToken) TryPackArm(target common.Address, payload []byte) ([]byte, error) {
	return hostileToken.abi.Pack("arm", target, payload)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (hostileToken *HostileToken) PackArmed() []byte {
	enc, err := hostileToken.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (hostileToken *HostileToken) TryPackArmed() ([]byte, error) {
	return hostileToken.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (hostileToken *HostileToken) UnpackArmed(data []byte) (bool, error) {
	out, err := hostileToken.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempts() view returns(uint256)
func (hostileToken *HostileToken) PackAttempts() []byte {
	enc, err := hostileToken.abi.Pack("attempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempts() view returns(uint256)
func (hostileToken *HostileToken) TryPackAttempts() ([]byte, error) {
	return hostileToken.abi.Pack("attempts")
}

// UnpackAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (hostileToken *HostileToken) UnpackAttempts(data []byte) (*big.Int, error) {
	out, err := hostileToken.abi.Unpack("attempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hostileToken *HostileToken) PackBalanceOf(account common.Address) []byte {
	enc, err := hostileToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hostileToken *HostileToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hostileToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hostileToken *HostileToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hostileToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (hostileToken *HostileToken) PackDecimals() []byte {
	enc, err := hostileToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (hostileToken *HostileToken) TryPackDecimals() ([]byte, error) {
	return hostileToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hostileToken *HostileToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hostileToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDisarm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83985082.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disarm() returns()
func (hostileToken *HostileToken) PackDisarm() []byte {
	enc, err := hostileToken.abi.Pack("disarm")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisarm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83985082.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disarm() returns()
func (hostileToken *HostileToken) TryPackDisarm() ([]byte, error) {
	return hostileToken.abi.Pack("disarm")
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hostileToken *HostileToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := hostileToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (hostileToken *HostileToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return hostileToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hostileToken *HostileToken) PackName() []byte {
	enc, err := hostileToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (hostileToken *HostileToken) TryPackName() ([]byte, error) {
	return hostileToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hostileToken *HostileToken) UnpackName(data []byte) (string, error) {
	out, err := hostileToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (hostileToken *HostileToken) PackPayload() []byte {
	enc, err := hostileToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (hostileToken *HostileToken) TryPackPayload() ([]byte, error) {
	return hostileToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (hostileToken *HostileToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := hostileToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function successes() view returns(uint256)
func (hostileToken *HostileToken) PackSuccesses() []byte {
	enc, err := hostileToken.abi.Pack("successes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuccesses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7339acce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function successes() view returns(uint256)
func (hostileToken *HostileToken) TryPackSuccesses() ([]byte, error) {
	return hostileToken.abi.Pack("successes")
}

// UnpackSuccesses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7339acce.
//
// Solidity: function successes() view returns(uint256)
func (hostileToken *HostileToken) UnpackSuccesses(data []byte) (*big.Int, error) {
	out, err := hostileToken.abi.Unpack("successes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hostileToken *HostileToken) PackSymbol() []byte {
	enc, err := hostileToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (hostileToken *HostileToken) TryPackSymbol() ([]byte, error) {
	return hostileToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hostileToken *HostileToken) UnpackSymbol(data []byte) (string, error) {
	out, err := hostileToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (hostileToken *HostileToken) PackTarget() []byte {
	enc, err := hostileToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (hostileToken *HostileToken) TryPackTarget() ([]byte, error) {
	return hostileToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (hostileToken *HostileToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := hostileToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (hostileToken *HostileToken) PackTotalSupply() []byte {
	enc, err := hostileToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (hostileToken *HostileToken) TryPackTotalSupply() ([]byte, error) {
	return hostileToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hostileToken *HostileToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hostileToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := hostileToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return hostileToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := hostileToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := hostileToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return hostileToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hostileToken *HostileToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hostileToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// HostileTokenApproval represents a Approval event raised by the HostileToken contract.
type HostileTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HostileTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HostileTokenApproval) ContractEventName() string {
	return HostileTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hostileToken *HostileToken) UnpackApprovalEvent(log *types.Log) (*HostileTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HostileTokenApproval)
	if len(log.Data) > 0 {
		if err := hostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hostileToken.abi.Events[event].Inputs {
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

// HostileTokenTransfer represents a Transfer event raised by the HostileToken contract.
type HostileTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HostileTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HostileTokenTransfer) ContractEventName() string {
	return HostileTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hostileToken *HostileToken) UnpackTransferEvent(log *types.Log) (*HostileTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hostileToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HostileTokenTransfer)
	if len(log.Data) > 0 {
		if err := hostileToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hostileToken.abi.Events[event].Inputs {
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
func (hostileToken *HostileToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hostileToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return hostileToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HostileTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the HostileToken contract.
type HostileTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func HostileTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (hostileToken *HostileToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*HostileTokenERC20InsufficientAllowance, error) {
	out := new(HostileTokenERC20InsufficientAllowance)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HostileTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the HostileToken contract.
type HostileTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func HostileTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (hostileToken *HostileToken) UnpackERC20InsufficientBalanceError(raw []byte) (*HostileTokenERC20InsufficientBalance, error) {
	out := new(HostileTokenERC20InsufficientBalance)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HostileTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the HostileToken contract.
type HostileTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func HostileTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (hostileToken *HostileToken) UnpackERC20InvalidApproverError(raw []byte) (*HostileTokenERC20InvalidApprover, error) {
	out := new(HostileTokenERC20InvalidApprover)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HostileTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the HostileToken contract.
type HostileTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func HostileTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (hostileToken *HostileToken) UnpackERC20InvalidReceiverError(raw []byte) (*HostileTokenERC20InvalidReceiver, error) {
	out := new(HostileTokenERC20InvalidReceiver)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HostileTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the HostileToken contract.
type HostileTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func HostileTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (hostileToken *HostileToken) UnpackERC20InvalidSenderError(raw []byte) (*HostileTokenERC20InvalidSender, error) {
	out := new(HostileTokenERC20InvalidSender)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HostileTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the HostileToken contract.
type HostileTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func HostileTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (hostileToken *HostileToken) UnpackERC20InvalidSpenderError(raw []byte) (*HostileTokenERC20InvalidSpender, error) {
	out := new(HostileTokenERC20InvalidSpender)
	if err := hostileToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
