// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package certificatenft

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

// CertificateNFTMetaData contains all meta data concerning the CertificateNFT contract.
var CertificateNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"baseURI\",\"type\":\"string\"}],\"name\":\"BaseURIUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"baseURI_\",\"type\":\"string\"}],\"name\":\"setBaseURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "CertificateNFT",
	Bin: "0x60a080604052346100c257306080525f5160206122285f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161216190816100c7823960805181818161101b01526110ae0152f35b6001600160401b0319166001600160401b039081175f5160206122285f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8062dc34c1146117db57806301ffc9a71461176d57806306fdde03146116b0578063081812fc14611667578063095ea7b31461157b57806323682c471461154757806323b872dd1461153057806340c10f19146113d957806342842e0e146113b05780634f1ef2861461106f57806352d1902d1461100957806354fd4d5014610ca957806355f804b314610db65780636352211e14610d8657806370a0823114610d37578063715018a614610d1057806379ba509714610cc457806381ed980814610ca95780638da5cb5b14610c7557806395d89b4114610b93578063a22cb46514610ae2578063ad3cb1cc14610a9b578063b88d4fde14610a4a578063c4d66de81461055e578063c87b56dd1461028b578063e30c397814610257578063e985e9c51461020b578063f21aa1dc146101df5763f2fde38b14610157575f80fd5b346101db5760203660031901126101db576101706119e0565b610178611e96565b5f5160206121015f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206120615f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b346101db575f3660031901126101db576040516d10d95c9d1a599a58d85d1953919560921b8152602090f35b346101db5760403660031901126101db576102246119e0565b61023561022f6119f6565b91611d1e565b9060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346101db575f3660031901126101db575f5160206121015f395f51905f52546040516001600160a01b039091168152602090f35b346101db5760203660031901126101db576004356102a881611eb6565b506040515f5160206121215f395f51905f525490915f836102c884611aee565b9182825260208201946001811690815f1461054257506001146104d7575b6102f292500384611a6a565b8251156104bb578092815f9272184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b811015610495575b50806d04ee2d6d415b85acef8100000000600a92101561047a575b662386f26fc10000811015610466575b6305f5e100811015610455575b612710811015610446575b6064811015610438575b101561042e575b6001820193600a602161039c61038688611a8c565b97610394604051998a611a6a565b808952611a8c565b602088019590601f19013687378701015b5f1901916f181899199a1a9b1b9c1cb0b131b232b360811b8282061a8353049081156103db57600a906103ad565b505060206104169261042a956040519586945180918587015e840190838201905f8252519283915e01015f815203601f198101835282611a6a565b604051918291602083526020830190611a0c565b0390f35b9060010190610371565b60646002910493019261036a565b61271060049104930192610360565b6305f5e10060089104930192610355565b662386f26fc1000060109104930192610348565b6d04ee2d6d415b85acef810000000060209104930192610338565b6040935072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b90049050600a61031d565b50505061042a6040516104cf602082611a6a565b5f8152610416565b505f5160206121215f395f51905f525f90815290917ff493b2b542b855b2e71a3ef7dd28638364605b313009c538280d662dd5be40905b8183106105265750509060206102f2928201016102e6565b6020919350806001915483858a0101520191019091859261050e565b60ff19168652506102f292151560051b820160200190506102e6565b346101db5760203660031901126101db576105776119e0565b5f5160206120e15f395f51905f52549060ff8260401c16159167ffffffffffffffff811680159081610a42575b6001149081610a38575b159081610a2f575b50610a205767ffffffffffffffff1981166001175f5160206120e15f395f51905f5255826109f4575b506105e8611f89565b6001600160a01b038116156109e55761061090610603611f89565b61060b611f89565b611ee5565b6040908151916106208184611a6a565b6014835273414749204a6f627320436572746966696361746560601b602084015280519161064e8284611a6a565b60078352661051d250d1549560ca1b602084015261066a611f89565b610672611f89565b835167ffffffffffffffff81116108b35761069a5f5160206120415f395f51905f5254611aee565b601f811161096b575b50602094601f82116001146108d2576106d69293949582915f926108c7575b50508160011b915f199060031b1c19161790565b5f5160206120415f395f51905f52555b825167ffffffffffffffff81116108b35761070e5f5160206121415f395f51905f5254611aee565b601f8111610839575b506020601f82116001146107be5781906107479394955f926107b35750508160011b915f199060031b1c19161790565b5f5160206121415f395f51905f52555b61075d57005b60207fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29168ff0000000000000000195f5160206120e15f395f51905f5254165f5160206120e15f395f51905f52555160018152a1005b0151905085806106c2565b601f198216905f5160206121415f395f51905f525f52805f20915f5b81811061082157509583600195969710610809575b505050811b015f5160206121415f395f51905f5255610757565b01515f1960f88460031b161c191690558480806107ef565b9192602060018192868b0151815501940192016107da565b81811115610717575f5160206121415f395f51905f525f52601f820160051c7ff4bad0a69248f59680a4f2b3000328cec71a413447c96781cfe5996daa8c456e602084106108ab575b81601f9101920160051c03905f5b82811061089e575050610717565b5f82820155600101610890565b5f9150610882565b634e487b7160e01b5f52604160045260245ffd5b0151905086806106c2565b601f198216955f5160206120415f395f51905f525f527f37c58c799b6609234b945e882912ee9ad34948a1dfaa20a97485e1a7752bbf81915f5b8881106109535750836001959697981061093b575b505050811b015f5160206120415f395f51905f52556106e6565b01515f1960f88460031b161c19169055858080610921565b9192602060018192868501518155019401920161090c565b818111156106a3575f5160206120415f395f51905f525f52601f820160051c7f37c58c799b6609234b945e882912ee9ad34948a1dfaa20a97485e1a7752bbf81602084106109dd575b81601f9101920160051c03905f5b8281106109d05750506106a3565b5f828201556001016109c2565b5f91506109b4565b63d92e233d60e01b5f5260045ffd5b68ffffffffffffffffff191668010000000000000001175f5160206120e15f395f51905f5255826105df565b63f92ee8a960e01b5f5260045ffd5b905015846105b6565b303b1591506105ae565b8491506105a4565b346101db5760803660031901126101db57610a636119e0565b610a6b6119f6565b6064359167ffffffffffffffff83116101db57610a8f610a99933690600401611aa8565b9160443591611d56565b005b346101db575f3660031901126101db5761042a604051610abc604082611a6a565b60058152640352e302e360dc1b6020820152604051918291602083526020830190611a0c565b346101db5760403660031901126101db57610afb6119e0565b602435908115158092036101db573315610b80576001600160a01b0316908115610b6d57610b2833611d1e565b825f5260205260405f2060ff1981541660ff83161790556040519081527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c3160203392a3005b50630b61174360e31b5f5260045260245ffd5b63a9fbf51f60e01b5f525f60045260245ffd5b346101db575f3660031901126101db576040515f5f5160206121415f395f51905f5254610bbf81611aee565b8084529060018116908115610c515750600114610be7575b61042a8361041681850382611a6a565b5f5160206121415f395f51905f525f9081527ff4bad0a69248f59680a4f2b3000328cec71a413447c96781cfe5996daa8c456e939250905b808210610c3757509091508101602001610416610bd7565b919260018160209254838588010152019101909291610c1f565b60ff191660208086019190915291151560051b840190910191506104169050610bd7565b346101db575f3660031901126101db575f5160206120615f395f51905f52546040516001600160a01b039091168152602090f35b346101db575f3660031901126101db57602060405160018152f35b346101db575f3660031901126101db575f5160206121015f395f51905f5254336001600160a01b0390911603610cfd57610a9933611ee5565b63118cdaa760e01b5f523360045260245ffd5b346101db575f3660031901126101db57610d28611e96565b638905116560e01b5f5260045ffd5b346101db5760203660031901126101db57610d506119e0565b6001600160a01b03811615610d7357610d6a602091611ce6565b54604051908152f35b6322718ad960e21b5f525f60045260245ffd5b346101db5760203660031901126101db576020610da4600435611eb6565b6040516001600160a01b039091168152f35b346101db5760203660031901126101db5760043567ffffffffffffffff81116101db57366023820112156101db57806004013567ffffffffffffffff81116101db5736602482840101116101db57610e0c611e96565b610e235f5160206121215f395f51905f5254611aee565b601f8111610f8f575b505f601f8211600114610ec8577f6741b2fc379fad678116fe3d4d4b9a1a184ab53ba36b86ad0fa66340b1ab41ad9282610e80816024956040955f91610ebb575b508160011b915f199060031b1c19161790565b5f5160206121215f395f51905f52555b8083519485936020855282602086015201848401375f828201840152601f01601f19168101030190a1005b8791508501013588610e6d565b5f5160206121215f395f51905f525f9081527ff493b2b542b855b2e71a3ef7dd28638364605b313009c538280d662dd5be40909190601f198416905b818110610f745750926040927f6741b2fc379fad678116fe3d4d4b9a1a184ab53ba36b86ad0fa66340b1ab41ad95928260249610610f59575b5050600181811b015f5160206121215f395f51905f5255610e90565b83018501355f19600384901b60f8161c191690558580610f3d565b91926020600181926024878a01013581550194019201610f04565b81811115610e2c575f5160206121215f395f51905f525f52601f820160051c7ff493b2b542b855b2e71a3ef7dd28638364605b313009c538280d662dd5be409060208410611001575b81601f9101920160051c03905f5b828110610ff4575050610e2c565b5f82820155600101610fe6565b5f9150610fd8565b346101db575f3660031901126101db577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036110605760206040515f5160206120815f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b60403660031901126101db576110836119e0565b60243567ffffffffffffffff81116101db576110a3903690600401611aa8565b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630811490811561138e575b50611060576110e6611e96565b6001600160a01b0381169182156109e557813b156113725760405163054fd4d560e41b8152602081600481875afa5f918161133e575b5061113d57836302030e8960e11b5f526004525f602452600160445260645ffd5b600181106113235750604051633c86a87760e21b8152602081600481875afa5f91816112ef575b5061119557836344f2c35f60e01b5f526004525f6024526d10d95c9d1a599a58d85d1953919560921b60445260645ffd5b6d2f26a362e5a665a727a2e6ac6e6b60921b81016112c457506040516352d1902d60e01b8152602081600481875afa5f9181611290575b506111e45783634c9c8ce360e01b5f5260045260245ffd5b805f5160206120815f395f51905f5285920361127e5750823b1561126c575f5160206120815f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a280511561125457610a9991611fb4565b50503461125d57005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d6020116112bc575b816112ac60209383611a6a565b810103126101db575190856111cc565b3d915061129f565b836344f2c35f60e01b5f526004526024526d10d95c9d1a599a58d85d1953919560921b60445260645ffd5b9091506020813d60201161131b575b8161130b60209383611a6a565b810103126101db57519085611164565b3d91506112fe565b836302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d60201161136a575b8161135a60209383611a6a565b810103126101db5751908561111c565b3d915061134d565b826302030e8960e11b5f526004525f602452600160445260645ffd5b5f5160206120815f395f51905f52546001600160a01b031614159050836110d9565b346101db57610a996113c136611a30565b90604051926113d1602085611a6a565b5f8452611d56565b346101db5760403660031901126101db576113f26119e0565b5f5160206120a15f395f51905f5254602435906001600160a01b0316330361151d576001600160a01b03821690811561150a5761142e81611f50565b6001600160a01b0381168015159491939161144d90866114ce57611ce6565b805460010190555f8381527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793026020526040812080546001600160a01b031916841790557fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9080a4506114bb57005b6339e3563760e11b5f525f60045260245ffd5b5f8581525f5160206120c15f395f51905f526020526040902080546001600160a01b03191690556114fe86611ce6565b80545f19019055611ce6565b633250574960e11b5f525f60045260245ffd5b63d86ad9cf60e01b5f523360045260245ffd5b346101db57610a9961154136611a30565b91611b26565b346101db575f3660031901126101db575f5160206120a15f395f51905f52546040516001600160a01b039091168152602090f35b346101db5760403660031901126101db576115946119e0565b6024356115a081611eb6565b33151580611654575b80611631575b61161e5781906001600160a01b0384811691167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9255f80a45f9081525f5160206120c15f395f51905f526020526040902080546001600160a01b0319166001600160a01b03909216919091179055005b63a9fbf51f60e01b5f523360045260245ffd5b5061163b81611d1e565b335f908152602091909152604090205460ff16156115af565b506001600160a01b0381163314156115a9565b346101db5760203660031901126101db576020610da460043561168981611eb6565b505f9081525f5160206120c15f395f51905f5260205260409020546001600160a01b031690565b346101db575f3660031901126101db576040515f5f5160206120415f395f51905f52546116dc81611aee565b8084529060018116908115610c5157506001146117035761042a8361041681850382611a6a565b5f5160206120415f395f51905f525f9081527f37c58c799b6609234b945e882912ee9ad34948a1dfaa20a97485e1a7752bbf81939250905b80821061175357509091508101602001610416610bd7565b91926001816020925483858801015201910190929161173b565b346101db5760203660031901126101db5760043563ffffffff60e01b81168091036101db576020906380ac58cd60e01b81149081156117ca575b81156117b9575b506040519015158152f35b6301ffc9a760e01b149050826117ae565b635b5e139f60e01b811491506117a7565b346101db5760203660031901126101db576117f46119e0565b6117fc611e96565b6001600160a01b0381169081156109e5573b156119c55760405163054fd4d560e41b8152602081600481855afa5f9181611991575b5061185257506302030e8960e11b5f526004525f602452600160445260645ffd5b600181106119765750604051633c86a87760e21b8152602081600481855afa5f9181611942575b506118a757506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b810161191a577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806bffffffffffffffffffffffff60a01b5f5160206120a15f395f51905f525416175f5160206120a15f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d60201161196e575b8161195e60209383611a6a565b810103126101db57519083611879565b3d9150611951565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d6020116119bd575b816119ad60209383611a6a565b810103126101db57519083611831565b3d91506119a0565b6302030e8960e11b5f526004525f602452600160445260645ffd5b600435906001600160a01b03821682036101db57565b602435906001600160a01b03821682036101db57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60609060031901126101db576004356001600160a01b03811681036101db57906024356001600160a01b03811681036101db579060443590565b90601f8019910116810190811067ffffffffffffffff8211176108b357604052565b67ffffffffffffffff81116108b357601f01601f191660200190565b81601f820112156101db57803590611abf82611a8c565b92611acd6040519485611a6a565b828452602083830101116101db57815f926020809301838601378301015290565b90600182811c92168015611b1c575b6020831014611b0857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611afd565b9091906001600160a01b038316801561150a5782611b4381611f50565b9133151580611c33575b506001600160a01b03831695611b679087611c0357611ce6565b60018154019055815f527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260405f20816bffffffffffffffffffffffff60a01b825416179055857fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef5f80a4506001600160a01b0316808303611beb57505050565b6364283d7b60e01b5f5260045260245260445260645ffd5b5f8481525f5160206120c15f395f51905f526020526040902080546001600160a01b03191690556114fe85611ce6565b90915080611c80575b15611c495783905f611b4d565b836001600160a01b038316611c6a57637e27328960e01b5f5260045260245ffd5b63177e802f60e01b5f523360045260245260445ffd5b506001600160a01b03821633148015611cc4575b80611c3c57505f8481525f5160206120c15f395f51905f5260205260409020546001600160a01b03163314611c3c565b50611cce82611d1e565b335f908152602091909152604090205460ff16611c94565b6001600160a01b03165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793036020526040902090565b6001600160a01b03165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020526040902090565b9291611d63818386611b26565b813b611d70575b50505050565b604051630a85bd0160e11b81523360048201526001600160a01b0394851660248201526044810191909152608060648201529216919060209082908190611dbb906084830190611a0c565b03815f865af15f9181611e51575b50611e1e57503d15611e17573d611ddf81611a8c565b90611ded6040519283611a6a565b81523d5f602083013e5b80519081611e125782633250574960e11b5f5260045260245ffd5b602001fd5b6060611df7565b6001600160e01b03191663757a42ff60e11b01611e3f57505f808080611d6a565b633250574960e11b5f5260045260245ffd5b9091506020813d602011611e8e575b81611e6d60209383611a6a565b810103126101db57516001600160e01b0319811681036101db57905f611dc9565b3d9150611e60565b5f5160206120615f395f51905f52546001600160a01b03163303610cfd57565b611ebf81611f50565b906001600160a01b03821615611ed3575090565b637e27328960e01b5f5260045260245ffd5b5f5160206121015f395f51905f5280546001600160a01b03199081169091555f5160206120615f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b60ff5f5160206120e15f395f51905f525460401c1615611fa557565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061202d575b15611fe85750506040513d81523d5f602083013e60203d82010160405290565b1561200d57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d1561201e576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d151580611fc85750813b1515611fc856fe80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793009016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc030888c018e81012133f6835a435b99b68a90a7ad082cff9e6094cbbc83ac90080bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079304f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00030888c018e81012133f6835a435b99b68a90a7ad082cff9e6094cbbc83ac90180bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079301f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// CertificateNFT is an auto generated Go binding around an Ethereum contract.
type CertificateNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CertificateNFT) GetABI() abi.ABI {
	return c.abi
}

// NewCertificateNFT creates a new instance of CertificateNFT.
func NewCertificateNFT() *CertificateNFT {
	parsed, err := CertificateNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CertificateNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CertificateNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (certificateNFT *CertificateNFT) PackMODULEVERSION() []byte {
	enc, err := certificateNFT.abi.Pack("MODULE_VERSION")
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
func (certificateNFT *CertificateNFT) TryPackMODULEVERSION() ([]byte, error) {
	return certificateNFT.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (certificateNFT *CertificateNFT) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := certificateNFT.abi.Unpack("MODULE_VERSION", data)
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
func (certificateNFT *CertificateNFT) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := certificateNFT.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (certificateNFT *CertificateNFT) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return certificateNFT.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (certificateNFT *CertificateNFT) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := certificateNFT.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (certificateNFT *CertificateNFT) PackAcceptOwnership() []byte {
	enc, err := certificateNFT.abi.Pack("acceptOwnership")
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
func (certificateNFT *CertificateNFT) TryPackAcceptOwnership() ([]byte, error) {
	return certificateNFT.abi.Pack("acceptOwnership")
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (certificateNFT *CertificateNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := certificateNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (certificateNFT *CertificateNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return certificateNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (certificateNFT *CertificateNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := certificateNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := certificateNFT.abi.Unpack("getApproved", data)
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
func (certificateNFT *CertificateNFT) PackInitialize(owner common.Address) []byte {
	enc, err := certificateNFT.abi.Pack("initialize", owner)
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
func (certificateNFT *CertificateNFT) TryPackInitialize(owner common.Address) ([]byte, error) {
	return certificateNFT.abi.Pack("initialize", owner)
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (certificateNFT *CertificateNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := certificateNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (certificateNFT *CertificateNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return certificateNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (certificateNFT *CertificateNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := certificateNFT.abi.Unpack("isApprovedForAll", data)
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
func (certificateNFT *CertificateNFT) PackJobRegistry() []byte {
	enc, err := certificateNFT.abi.Pack("jobRegistry")
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
func (certificateNFT *CertificateNFT) TryPackJobRegistry() ([]byte, error) {
	return certificateNFT.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (certificateNFT *CertificateNFT) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := certificateNFT.abi.Unpack("jobRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 jobId) returns()
func (certificateNFT *CertificateNFT) PackMint(to common.Address, jobId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("mint", to, jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 jobId) returns()
func (certificateNFT *CertificateNFT) TryPackMint(to common.Address, jobId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("mint", to, jobId)
}

// PackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (certificateNFT *CertificateNFT) PackModuleKind() []byte {
	enc, err := certificateNFT.abi.Pack("moduleKind")
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
func (certificateNFT *CertificateNFT) TryPackModuleKind() ([]byte, error) {
	return certificateNFT.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (certificateNFT *CertificateNFT) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := certificateNFT.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (certificateNFT *CertificateNFT) PackName() []byte {
	enc, err := certificateNFT.abi.Pack("name")
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
func (certificateNFT *CertificateNFT) TryPackName() ([]byte, error) {
	return certificateNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (certificateNFT *CertificateNFT) UnpackName(data []byte) (string, error) {
	out, err := certificateNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (certificateNFT *CertificateNFT) PackOwner() []byte {
	enc, err := certificateNFT.abi.Pack("owner")
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
func (certificateNFT *CertificateNFT) TryPackOwner() ([]byte, error) {
	return certificateNFT.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (certificateNFT *CertificateNFT) UnpackOwner(data []byte) (common.Address, error) {
	out, err := certificateNFT.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (certificateNFT *CertificateNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := certificateNFT.abi.Unpack("ownerOf", data)
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
func (certificateNFT *CertificateNFT) PackPendingOwner() []byte {
	enc, err := certificateNFT.abi.Pack("pendingOwner")
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
func (certificateNFT *CertificateNFT) TryPackPendingOwner() ([]byte, error) {
	return certificateNFT.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (certificateNFT *CertificateNFT) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := certificateNFT.abi.Unpack("pendingOwner", data)
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
func (certificateNFT *CertificateNFT) PackProxiableUUID() []byte {
	enc, err := certificateNFT.abi.Pack("proxiableUUID")
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
func (certificateNFT *CertificateNFT) TryPackProxiableUUID() ([]byte, error) {
	return certificateNFT.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (certificateNFT *CertificateNFT) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := certificateNFT.abi.Unpack("proxiableUUID", data)
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
func (certificateNFT *CertificateNFT) PackRenounceOwnership() []byte {
	enc, err := certificateNFT.abi.Pack("renounceOwnership")
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
func (certificateNFT *CertificateNFT) TryPackRenounceOwnership() ([]byte, error) {
	return certificateNFT.abi.Pack("renounceOwnership")
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (certificateNFT *CertificateNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := certificateNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (certificateNFT *CertificateNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return certificateNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (certificateNFT *CertificateNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := certificateNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (certificateNFT *CertificateNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return certificateNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBaseURI(string baseURI_) returns()
func (certificateNFT *CertificateNFT) PackSetBaseURI(baseURI string) []byte {
	enc, err := certificateNFT.abi.Pack("setBaseURI", baseURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBaseURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f804b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBaseURI(string baseURI_) returns()
func (certificateNFT *CertificateNFT) TryPackSetBaseURI(baseURI string) ([]byte, error) {
	return certificateNFT.abi.Pack("setBaseURI", baseURI)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (certificateNFT *CertificateNFT) PackSetJobRegistry(module common.Address) []byte {
	enc, err := certificateNFT.abi.Pack("setJobRegistry", module)
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
func (certificateNFT *CertificateNFT) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return certificateNFT.abi.Pack("setJobRegistry", module)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (certificateNFT *CertificateNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := certificateNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (certificateNFT *CertificateNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return certificateNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (certificateNFT *CertificateNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := certificateNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (certificateNFT *CertificateNFT) PackSymbol() []byte {
	enc, err := certificateNFT.abi.Pack("symbol")
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
func (certificateNFT *CertificateNFT) TryPackSymbol() ([]byte, error) {
	return certificateNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (certificateNFT *CertificateNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := certificateNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (certificateNFT *CertificateNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (certificateNFT *CertificateNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (certificateNFT *CertificateNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := certificateNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := certificateNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (certificateNFT *CertificateNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return certificateNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (certificateNFT *CertificateNFT) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := certificateNFT.abi.Pack("transferOwnership", newOwner)
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
func (certificateNFT *CertificateNFT) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return certificateNFT.abi.Pack("transferOwnership", newOwner)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (certificateNFT *CertificateNFT) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := certificateNFT.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (certificateNFT *CertificateNFT) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return certificateNFT.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (certificateNFT *CertificateNFT) PackVersion() []byte {
	enc, err := certificateNFT.abi.Pack("version")
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
func (certificateNFT *CertificateNFT) TryPackVersion() ([]byte, error) {
	return certificateNFT.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (certificateNFT *CertificateNFT) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := certificateNFT.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// CertificateNFTApproval represents a Approval event raised by the CertificateNFT contract.
type CertificateNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const CertificateNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CertificateNFTApproval) ContractEventName() string {
	return CertificateNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (certificateNFT *CertificateNFT) UnpackApprovalEvent(log *types.Log) (*CertificateNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTApproval)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTApprovalForAll represents a ApprovalForAll event raised by the CertificateNFT contract.
type CertificateNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const CertificateNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (CertificateNFTApprovalForAll) ContractEventName() string {
	return CertificateNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (certificateNFT *CertificateNFT) UnpackApprovalForAllEvent(log *types.Log) (*CertificateNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTBaseURIUpdated represents a BaseURIUpdated event raised by the CertificateNFT contract.
type CertificateNFTBaseURIUpdated struct {
	BaseURI string
	Raw     *types.Log // Blockchain specific contextual infos
}

const CertificateNFTBaseURIUpdatedEventName = "BaseURIUpdated"

// ContractEventName returns the user-defined event name.
func (CertificateNFTBaseURIUpdated) ContractEventName() string {
	return CertificateNFTBaseURIUpdatedEventName
}

// UnpackBaseURIUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BaseURIUpdated(string baseURI)
func (certificateNFT *CertificateNFT) UnpackBaseURIUpdatedEvent(log *types.Log) (*CertificateNFTBaseURIUpdated, error) {
	event := "BaseURIUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTBaseURIUpdated)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTInitialized represents a Initialized event raised by the CertificateNFT contract.
type CertificateNFTInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const CertificateNFTInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (CertificateNFTInitialized) ContractEventName() string {
	return CertificateNFTInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (certificateNFT *CertificateNFT) UnpackInitializedEvent(log *types.Log) (*CertificateNFTInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTInitialized)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTJobRegistryUpdated represents a JobRegistryUpdated event raised by the CertificateNFT contract.
type CertificateNFTJobRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const CertificateNFTJobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (CertificateNFTJobRegistryUpdated) ContractEventName() string {
	return CertificateNFTJobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address module)
func (certificateNFT *CertificateNFT) UnpackJobRegistryUpdatedEvent(log *types.Log) (*CertificateNFTJobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTJobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the CertificateNFT contract.
type CertificateNFTOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CertificateNFTOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (CertificateNFTOwnershipTransferStarted) ContractEventName() string {
	return CertificateNFTOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (certificateNFT *CertificateNFT) UnpackOwnershipTransferStartedEvent(log *types.Log) (*CertificateNFTOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTOwnershipTransferred represents a OwnershipTransferred event raised by the CertificateNFT contract.
type CertificateNFTOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CertificateNFTOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CertificateNFTOwnershipTransferred) ContractEventName() string {
	return CertificateNFTOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (certificateNFT *CertificateNFT) UnpackOwnershipTransferredEvent(log *types.Log) (*CertificateNFTOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTTransfer represents a Transfer event raised by the CertificateNFT contract.
type CertificateNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CertificateNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CertificateNFTTransfer) ContractEventName() string {
	return CertificateNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (certificateNFT *CertificateNFT) UnpackTransferEvent(log *types.Log) (*CertificateNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTTransfer)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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

// CertificateNFTUpgraded represents a Upgraded event raised by the CertificateNFT contract.
type CertificateNFTUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const CertificateNFTUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (CertificateNFTUpgraded) ContractEventName() string {
	return CertificateNFTUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (certificateNFT *CertificateNFT) UnpackUpgradedEvent(log *types.Log) (*CertificateNFTUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != certificateNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CertificateNFTUpgraded)
	if len(log.Data) > 0 {
		if err := certificateNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range certificateNFT.abi.Events[event].Inputs {
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
func (certificateNFT *CertificateNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], certificateNFT.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return certificateNFT.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CertificateNFTAddressEmptyCode represents a AddressEmptyCode error raised by the CertificateNFT contract.
type CertificateNFTAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func CertificateNFTAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (certificateNFT *CertificateNFT) UnpackAddressEmptyCodeError(raw []byte) (*CertificateNFTAddressEmptyCode, error) {
	out := new(CertificateNFTAddressEmptyCode)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the CertificateNFT contract.
type CertificateNFTERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func CertificateNFTERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (certificateNFT *CertificateNFT) UnpackERC1967InvalidImplementationError(raw []byte) (*CertificateNFTERC1967InvalidImplementation, error) {
	out := new(CertificateNFTERC1967InvalidImplementation)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC1967NonPayable represents a ERC1967NonPayable error raised by the CertificateNFT contract.
type CertificateNFTERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func CertificateNFTERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (certificateNFT *CertificateNFT) UnpackERC1967NonPayableError(raw []byte) (*CertificateNFTERC1967NonPayable, error) {
	out := new(CertificateNFTERC1967NonPayable)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the CertificateNFT contract.
type CertificateNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func CertificateNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (certificateNFT *CertificateNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*CertificateNFTERC721IncorrectOwner, error) {
	out := new(CertificateNFTERC721IncorrectOwner)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the CertificateNFT contract.
type CertificateNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func CertificateNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (certificateNFT *CertificateNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*CertificateNFTERC721InsufficientApproval, error) {
	out := new(CertificateNFTERC721InsufficientApproval)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the CertificateNFT contract.
type CertificateNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func CertificateNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (certificateNFT *CertificateNFT) UnpackERC721InvalidApproverError(raw []byte) (*CertificateNFTERC721InvalidApprover, error) {
	out := new(CertificateNFTERC721InvalidApprover)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the CertificateNFT contract.
type CertificateNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func CertificateNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (certificateNFT *CertificateNFT) UnpackERC721InvalidOperatorError(raw []byte) (*CertificateNFTERC721InvalidOperator, error) {
	out := new(CertificateNFTERC721InvalidOperator)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the CertificateNFT contract.
type CertificateNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func CertificateNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (certificateNFT *CertificateNFT) UnpackERC721InvalidOwnerError(raw []byte) (*CertificateNFTERC721InvalidOwner, error) {
	out := new(CertificateNFTERC721InvalidOwner)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the CertificateNFT contract.
type CertificateNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func CertificateNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (certificateNFT *CertificateNFT) UnpackERC721InvalidReceiverError(raw []byte) (*CertificateNFTERC721InvalidReceiver, error) {
	out := new(CertificateNFTERC721InvalidReceiver)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the CertificateNFT contract.
type CertificateNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func CertificateNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (certificateNFT *CertificateNFT) UnpackERC721InvalidSenderError(raw []byte) (*CertificateNFTERC721InvalidSender, error) {
	out := new(CertificateNFTERC721InvalidSender)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the CertificateNFT contract.
type CertificateNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func CertificateNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (certificateNFT *CertificateNFT) UnpackERC721NonexistentTokenError(raw []byte) (*CertificateNFTERC721NonexistentToken, error) {
	out := new(CertificateNFTERC721NonexistentToken)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTFailedCall represents a FailedCall error raised by the CertificateNFT contract.
type CertificateNFTFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func CertificateNFTFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (certificateNFT *CertificateNFT) UnpackFailedCallError(raw []byte) (*CertificateNFTFailedCall, error) {
	out := new(CertificateNFTFailedCall)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTIncompatibleModule represents a IncompatibleModule error raised by the CertificateNFT contract.
type CertificateNFTIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func CertificateNFTIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (certificateNFT *CertificateNFT) UnpackIncompatibleModuleError(raw []byte) (*CertificateNFTIncompatibleModule, error) {
	out := new(CertificateNFTIncompatibleModule)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTInvalidInitialization represents a InvalidInitialization error raised by the CertificateNFT contract.
type CertificateNFTInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func CertificateNFTInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (certificateNFT *CertificateNFT) UnpackInvalidInitializationError(raw []byte) (*CertificateNFTInvalidInitialization, error) {
	out := new(CertificateNFTInvalidInitialization)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTInvalidPercentage represents a InvalidPercentage error raised by the CertificateNFT contract.
type CertificateNFTInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func CertificateNFTInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (certificateNFT *CertificateNFT) UnpackInvalidPercentageError(raw []byte) (*CertificateNFTInvalidPercentage, error) {
	out := new(CertificateNFTInvalidPercentage)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTNotInitializing represents a NotInitializing error raised by the CertificateNFT contract.
type CertificateNFTNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func CertificateNFTNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (certificateNFT *CertificateNFT) UnpackNotInitializingError(raw []byte) (*CertificateNFTNotInitializing, error) {
	out := new(CertificateNFTNotInitializing)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CertificateNFT contract.
type CertificateNFTOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CertificateNFTOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (certificateNFT *CertificateNFT) UnpackOwnableInvalidOwnerError(raw []byte) (*CertificateNFTOwnableInvalidOwner, error) {
	out := new(CertificateNFTOwnableInvalidOwner)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CertificateNFT contract.
type CertificateNFTOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CertificateNFTOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (certificateNFT *CertificateNFT) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CertificateNFTOwnableUnauthorizedAccount, error) {
	out := new(CertificateNFTOwnableUnauthorizedAccount)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTRenounceDisabled represents a RenounceDisabled error raised by the CertificateNFT contract.
type CertificateNFTRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func CertificateNFTRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (certificateNFT *CertificateNFT) UnpackRenounceDisabledError(raw []byte) (*CertificateNFTRenounceDisabled, error) {
	out := new(CertificateNFTRenounceDisabled)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the CertificateNFT contract.
type CertificateNFTUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func CertificateNFTUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (certificateNFT *CertificateNFT) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*CertificateNFTUUPSUnauthorizedCallContext, error) {
	out := new(CertificateNFTUUPSUnauthorizedCallContext)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the CertificateNFT contract.
type CertificateNFTUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func CertificateNFTUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (certificateNFT *CertificateNFT) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*CertificateNFTUUPSUnsupportedProxiableUUID, error) {
	out := new(CertificateNFTUUPSUnsupportedProxiableUUID)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTUnauthorizedCaller represents a UnauthorizedCaller error raised by the CertificateNFT contract.
type CertificateNFTUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func CertificateNFTUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (certificateNFT *CertificateNFT) UnpackUnauthorizedCallerError(raw []byte) (*CertificateNFTUnauthorizedCaller, error) {
	out := new(CertificateNFTUnauthorizedCaller)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTWrongModuleKind represents a WrongModuleKind error raised by the CertificateNFT contract.
type CertificateNFTWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func CertificateNFTWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (certificateNFT *CertificateNFT) UnpackWrongModuleKindError(raw []byte) (*CertificateNFTWrongModuleKind, error) {
	out := new(CertificateNFTWrongModuleKind)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CertificateNFTZeroAddress represents a ZeroAddress error raised by the CertificateNFT contract.
type CertificateNFTZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CertificateNFTZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (certificateNFT *CertificateNFT) UnpackZeroAddressError(raw []byte) (*CertificateNFTZeroAddress, error) {
	out := new(CertificateNFTZeroAddress)
	if err := certificateNFT.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
