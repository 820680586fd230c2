// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// IQuoteVerifierTdReport is an auto generated low-level Go binding around an user-defined struct.
type IQuoteVerifierTdReport struct {
	TeeTcbSvn     [16]byte
	MrTd          []byte
	RtMr0         []byte
	RtMr1         []byte
	RtMr2         []byte
	RtMr3         []byte
	MrConfigId    []byte
	MrOwner       []byte
	MrOwnerConfig []byte
	Xfam          [8]byte
	TdAttributes  [8]byte
	ReportData    []byte
}

// IQuoteVerifierVerdict is an auto generated low-level Go binding around an user-defined struct.
type IQuoteVerifierVerdict struct {
	Valid       bool
	Failure     [32]byte
	TcbStatus   uint8
	AdvisoryIds []string
	Report      IQuoteVerifierTdReport
}

// GovernanceFloodMetaData contains all meta data concerning the GovernanceFlood contract.
var GovernanceFloodMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"becomeOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"instanceEvery\",\"type\":\"uint256\"}],\"name\":\"flood\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"name\":\"init\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rounds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061153c8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c8063a2e800ad1161004d578063a2e800ad146100c6578063e7be6938146100dd578063f8c1585a146100f0575f5ffd5b806319ab453c146100685780637b1039991461007d575b5f5ffd5b61007b610076366004610e6c565b6100f8565b005b5f5461009c9073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100cf60015481565b6040519081526020016100bd565b61007b6100eb366004610ea6565b61019d565b61007b610629565b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081178255604080517f256929620000000000000000000000000000000000000000000000000000000081529051919263256929629260048084019382900301818387803b158015610184575f5ffd5b505af1158015610196573d5f5f3e3d5ffd5b5050505050565b5f5460015473ffffffffffffffffffffffffffffffffffffffff90911690805b6101c78583610ef3565b811015610615575f6101d8826106af565b90505f8473ffffffffffffffffffffffffffffffffffffffff166309f768ec836040518263ffffffff1660e01b815260040161021491906110c4565b602060405180830381865afa15801561022f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025391906110d6565b90508473ffffffffffffffffffffffffffffffffffffffff166332cad12e82856040516020016102bd919060408082526006908201527f636f6e66696700000000000000000000000000000000000000000000000000006060820152602081019190915260800190565b604051602081830303815290604052805190602001206040518363ffffffff1660e01b81526004016102f9929190918252602082015260400190565b5f604051808303815f87803b158015610310575f5ffd5b505af1158015610322573d5f5f3e3d5ffd5b50506040805160208101829052600760608201527f636f6e6669672700000000000000000000000000000000000000000000000000608082015290810186905273ffffffffffffffffffffffffffffffffffffffff88169250630a1be3699150839060a001604051602081830303815290604052805190602001206040518363ffffffff1660e01b81526004016103c3929190918252602082015260400190565b5f604051808303815f87803b1580156103da575f5ffd5b505af11580156103ec573d5f5f3e3d5ffd5b50506040805160208101829052600760608201527f6163636f756e740000000000000000000000000000000000000000000000000060808201529081018690525f925060a001905060408051808303601f190181529082905280516020909101207f1c10893f00000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff808216600484015260026024840152909250871690631c10893f906044015f604051808303815f87803b1580156104ba575f5ffd5b505af11580156104cc573d5f5f3e3d5ffd5b50506040517f4a4ee7b100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301526002602483015289169250634a4ee7b191506044015f604051808303815f87803b15801561053d575f5ffd5b505af115801561054f573d5f5f3e3d5ffd5b505050871580159150610569575061056787856110ed565b155b1561057957610579868486610892565b6105846002856110ed565b600103610607576040517f0e14de5f0000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff871690630e14de5f906024015f604051808303815f87803b1580156105f0575f5ffd5b505af1158015610602573d5f5f3e3d5ffd5b505050505b5050508060010190506101bd565b506106208482610ef3565b60015550505050565b5f546040517f1c10893f0000000000000000000000000000000000000000000000000000000081523060048201526001602482015273ffffffffffffffffffffffffffffffffffffffff90911690631c10893f906044015f604051808303815f87803b158015610697575f5ffd5b505af11580156106a9573d5f5f3e3d5ffd5b50505050565b6107596040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b6040805160208082018590525f828401528251603081840381018252605090930184528482015282518281526060810190935282018180368337505050604082810191909152805160308082526060820190925290602082018180368337505050606082810191909152604080516030808252928101909152906020820181803683375050506080820152604080516030808252606082019092529060208201818036833750505060a0820152604080516030808252606082019092529060208201818036833750505060c0820152604080516030808252606082019092529060208201818036833750505060e082015260408051603080825260608201909252906020820181803683375050506101008201526040805181815260608101825290602082018180368337505050610160820152919050565b6040805160208101829052600160608201527f780000000000000000000000000000000000000000000000000000000000000060808201529081018290525f907f04000000000000000000000000000000000000000000000000000000000000009060a00160408051601f198184030181528282528051602091820120908301829052600160608401527f790000000000000000000000000000000000000000000000000000000000000060808401529082018590529060a00160408051601f198184030181529082905280516020918201207fff00000000000000000000000000000000000000000000000000000000000000909416908201526021810191909152604181019190915260610160408051601f19818403018152908290527f1abe30c9000000000000000000000000000000000000000000000000000000008252915073ffffffffffffffffffffffffffffffffffffffff851690631abe30c990610a049084903090600401611152565b5f60405180830381865afa158015610a1e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610a459190810190611189565b610160840152610a53610d97565b60018152608081018490526040515f90610a7190839060200161123d565b60408051808303601f190181526060808401835280845260208401525f838301528151600180825281840190935290935090816020016020820280368337505050808252805162ffffff8716630a0000001760e01b91905f90610ad657610ad6611333565b7fffffffff00000000000000000000000000000000000000000000000000000000909216602092830291909101909101526101bb60408201525f73ffffffffffffffffffffffffffffffffffffffff881663d58305988487610b378a610cc9565b604051602001610b479190611360565b604051602081830303815290604052866040518563ffffffff1660e01b8152600401610b769493929190611486565b6020604051808303815f875af1158015610b92573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb691906110d6565b6120fb604080850191909152517f755d943000000000000000000000000000000000000000000000000000000000815290915073ffffffffffffffffffffffffffffffffffffffff89169063755d943090610c1790849086906004016114dd565b5f604051808303815f87803b158015610c2e575f5ffd5b505af1158015610c40573d5f5f3e3d5ffd5b50506040517ff5dccfe50000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff8b16925063f5dccfe591506024015f604051808303815f87803b158015610ca9575f5ffd5b505af1158015610cbb573d5f5f3e3d5ffd5b505050505050505050505050565b6040805160088082528183019092526060917f3031323334353637383961626364656600000000000000000000000000000000919060208201818036833701905050915060085b8015610d90578184600f1660108110610d2b57610d2b611333565b1a60f81b83610d3b6001846114f5565b81518110610d4b57610d4b611333565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a90535060049390931c92610d8981611508565b9050610d10565b5050919050565b6040805160a0810182525f808252602082018190529091820190815260200160608152602001610e676040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b905290565b5f60208284031215610e7c575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114610e9f575f5ffd5b9392505050565b5f5f60408385031215610eb7575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610f0657610f06610ec6565b92915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b80517fffffffffffffffffffffffffffffffff000000000000000000000000000000001682525f60208201516101806020850152610f7c610180850182610f0c565b905060408301518482036040860152610f958282610f0c565b91505060608301518482036060860152610faf8282610f0c565b91505060808301518482036080860152610fc98282610f0c565b91505060a083015184820360a0860152610fe38282610f0c565b91505060c083015184820360c0860152610ffd8282610f0c565b91505060e083015184820360e08601526110178282610f0c565b9150506101008301518482036101008601526110338282610f0c565b91505061012083015161106b6101208601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b506101408301516110a16101408601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b506101608301518482036101608601526110bb8282610f0c565b95945050505050565b602081525f610e9f6020830184610f3a565b5f602082840312156110e6575f5ffd5b5051919050565b5f82611120577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604081525f6111646040830185610f0c565b905073ffffffffffffffffffffffffffffffffffffffff831660208301529392505050565b5f60208284031215611199575f5ffd5b815167ffffffffffffffff8111156111af575f5ffd5b8201601f810184136111bf575f5ffd5b805167ffffffffffffffff8111156111d9576111d9611125565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff8211171561120957611209611125565b604052818152828201602001861015611220575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b602081525f60c0820183511515602084015260208401516040840152604084015160078110611293577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80606085015250606084015160a0608085015281815180845260e08601915060e08160051b87010193506020830192505f5b81811015611314577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff208786030183526112ff858551610f0c565b945060209384019392909201916001016112c5565b505050506080840151601f198483030160a08501526110bb8282610f3a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f660000000000000000000000000000000000000000000000000000000000000081525f82518060208501600185015e5f920160010191825250919050565b8051606080845281519084018190525f9160200190829060808601905b80831015611401577fffffffff0000000000000000000000000000000000000000000000000000000084511682526020820191506020840193506001830192506113bc565b506020858101518783038883015280518084529082019450910191505f905b80821015611465577fffffffffffffffffffffffffffffffff000000000000000000000000000000008451168352602083019250602084019350600182019150611420565b50506040840151915061147e604086018361ffff169052565b949350505050565b608081525f6114986080830187610f0c565b82810360208401526114aa8187610f0c565b905082810360408401526114be8186610f0c565b905082810360608401526114d2818561139f565b979650505050505050565b828152604060208201525f61147e604083018461139f565b81810381811115610f0657610f06610ec6565b5f8161151657611516610ec6565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff019056",
}

// GovernanceFloodABI is the input ABI used to generate the binding from.
// Deprecated: Use GovernanceFloodMetaData.ABI instead.
var GovernanceFloodABI = GovernanceFloodMetaData.ABI

// GovernanceFloodBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use GovernanceFloodMetaData.Bin instead.
var GovernanceFloodBin = GovernanceFloodMetaData.Bin

// DeployGovernanceFlood deploys a new Ethereum contract, binding an instance of GovernanceFlood to it.
func DeployGovernanceFlood(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *GovernanceFlood, error) {
	parsed, err := GovernanceFloodMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(GovernanceFloodBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &GovernanceFlood{GovernanceFloodCaller: GovernanceFloodCaller{contract: contract}, GovernanceFloodTransactor: GovernanceFloodTransactor{contract: contract}, GovernanceFloodFilterer: GovernanceFloodFilterer{contract: contract}}, nil
}

// GovernanceFlood is an auto generated Go binding around an Ethereum contract.
type GovernanceFlood struct {
	GovernanceFloodCaller     // Read-only binding to the contract
	GovernanceFloodTransactor // Write-only binding to the contract
	GovernanceFloodFilterer   // Log filterer for contract events
}

// GovernanceFloodCaller is an auto generated read-only Go binding around an Ethereum contract.
type GovernanceFloodCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceFloodTransactor is an auto generated write-only Go binding around an Ethereum contract.
type GovernanceFloodTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceFloodFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type GovernanceFloodFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GovernanceFloodSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type GovernanceFloodSession struct {
	Contract     *GovernanceFlood  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// GovernanceFloodCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type GovernanceFloodCallerSession struct {
	Contract *GovernanceFloodCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// GovernanceFloodTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type GovernanceFloodTransactorSession struct {
	Contract     *GovernanceFloodTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// GovernanceFloodRaw is an auto generated low-level Go binding around an Ethereum contract.
type GovernanceFloodRaw struct {
	Contract *GovernanceFlood // Generic contract binding to access the raw methods on
}

// GovernanceFloodCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type GovernanceFloodCallerRaw struct {
	Contract *GovernanceFloodCaller // Generic read-only contract binding to access the raw methods on
}

// GovernanceFloodTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type GovernanceFloodTransactorRaw struct {
	Contract *GovernanceFloodTransactor // Generic write-only contract binding to access the raw methods on
}

// NewGovernanceFlood creates a new instance of GovernanceFlood, bound to a specific deployed contract.
func NewGovernanceFlood(address common.Address, backend bind.ContractBackend) (*GovernanceFlood, error) {
	contract, err := bindGovernanceFlood(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &GovernanceFlood{GovernanceFloodCaller: GovernanceFloodCaller{contract: contract}, GovernanceFloodTransactor: GovernanceFloodTransactor{contract: contract}, GovernanceFloodFilterer: GovernanceFloodFilterer{contract: contract}}, nil
}

// NewGovernanceFloodCaller creates a new read-only instance of GovernanceFlood, bound to a specific deployed contract.
func NewGovernanceFloodCaller(address common.Address, caller bind.ContractCaller) (*GovernanceFloodCaller, error) {
	contract, err := bindGovernanceFlood(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &GovernanceFloodCaller{contract: contract}, nil
}

// NewGovernanceFloodTransactor creates a new write-only instance of GovernanceFlood, bound to a specific deployed contract.
func NewGovernanceFloodTransactor(address common.Address, transactor bind.ContractTransactor) (*GovernanceFloodTransactor, error) {
	contract, err := bindGovernanceFlood(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &GovernanceFloodTransactor{contract: contract}, nil
}

// NewGovernanceFloodFilterer creates a new log filterer instance of GovernanceFlood, bound to a specific deployed contract.
func NewGovernanceFloodFilterer(address common.Address, filterer bind.ContractFilterer) (*GovernanceFloodFilterer, error) {
	contract, err := bindGovernanceFlood(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &GovernanceFloodFilterer{contract: contract}, nil
}

// bindGovernanceFlood binds a generic wrapper to an already deployed contract.
func bindGovernanceFlood(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := GovernanceFloodMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_GovernanceFlood *GovernanceFloodRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _GovernanceFlood.Contract.GovernanceFloodCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_GovernanceFlood *GovernanceFloodRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.GovernanceFloodTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_GovernanceFlood *GovernanceFloodRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.GovernanceFloodTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_GovernanceFlood *GovernanceFloodCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _GovernanceFlood.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_GovernanceFlood *GovernanceFloodTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_GovernanceFlood *GovernanceFloodTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.contract.Transact(opts, method, params...)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_GovernanceFlood *GovernanceFloodCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _GovernanceFlood.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_GovernanceFlood *GovernanceFloodSession) Registry() (common.Address, error) {
	return _GovernanceFlood.Contract.Registry(&_GovernanceFlood.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_GovernanceFlood *GovernanceFloodCallerSession) Registry() (common.Address, error) {
	return _GovernanceFlood.Contract.Registry(&_GovernanceFlood.CallOpts)
}

// Rounds is a free data retrieval call binding the contract method 0xa2e800ad.
//
// Solidity: function rounds() view returns(uint256)
func (_GovernanceFlood *GovernanceFloodCaller) Rounds(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _GovernanceFlood.contract.Call(opts, &out, "rounds")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Rounds is a free data retrieval call binding the contract method 0xa2e800ad.
//
// Solidity: function rounds() view returns(uint256)
func (_GovernanceFlood *GovernanceFloodSession) Rounds() (*big.Int, error) {
	return _GovernanceFlood.Contract.Rounds(&_GovernanceFlood.CallOpts)
}

// Rounds is a free data retrieval call binding the contract method 0xa2e800ad.
//
// Solidity: function rounds() view returns(uint256)
func (_GovernanceFlood *GovernanceFloodCallerSession) Rounds() (*big.Int, error) {
	return _GovernanceFlood.Contract.Rounds(&_GovernanceFlood.CallOpts)
}

// BecomeOperator is a paid mutator transaction binding the contract method 0xf8c1585a.
//
// Solidity: function becomeOperator() returns()
func (_GovernanceFlood *GovernanceFloodTransactor) BecomeOperator(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _GovernanceFlood.contract.Transact(opts, "becomeOperator")
}

// BecomeOperator is a paid mutator transaction binding the contract method 0xf8c1585a.
//
// Solidity: function becomeOperator() returns()
func (_GovernanceFlood *GovernanceFloodSession) BecomeOperator() (*types.Transaction, error) {
	return _GovernanceFlood.Contract.BecomeOperator(&_GovernanceFlood.TransactOpts)
}

// BecomeOperator is a paid mutator transaction binding the contract method 0xf8c1585a.
//
// Solidity: function becomeOperator() returns()
func (_GovernanceFlood *GovernanceFloodTransactorSession) BecomeOperator() (*types.Transaction, error) {
	return _GovernanceFlood.Contract.BecomeOperator(&_GovernanceFlood.TransactOpts)
}

// Flood is a paid mutator transaction binding the contract method 0xe7be6938.
//
// Solidity: function flood(uint256 n, uint256 instanceEvery) returns()
func (_GovernanceFlood *GovernanceFloodTransactor) Flood(opts *bind.TransactOpts, n *big.Int, instanceEvery *big.Int) (*types.Transaction, error) {
	return _GovernanceFlood.contract.Transact(opts, "flood", n, instanceEvery)
}

// Flood is a paid mutator transaction binding the contract method 0xe7be6938.
//
// Solidity: function flood(uint256 n, uint256 instanceEvery) returns()
func (_GovernanceFlood *GovernanceFloodSession) Flood(n *big.Int, instanceEvery *big.Int) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.Flood(&_GovernanceFlood.TransactOpts, n, instanceEvery)
}

// Flood is a paid mutator transaction binding the contract method 0xe7be6938.
//
// Solidity: function flood(uint256 n, uint256 instanceEvery) returns()
func (_GovernanceFlood *GovernanceFloodTransactorSession) Flood(n *big.Int, instanceEvery *big.Int) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.Flood(&_GovernanceFlood.TransactOpts, n, instanceEvery)
}

// Init is a paid mutator transaction binding the contract method 0x19ab453c.
//
// Solidity: function init(address registry_) returns()
func (_GovernanceFlood *GovernanceFloodTransactor) Init(opts *bind.TransactOpts, registry_ common.Address) (*types.Transaction, error) {
	return _GovernanceFlood.contract.Transact(opts, "init", registry_)
}

// Init is a paid mutator transaction binding the contract method 0x19ab453c.
//
// Solidity: function init(address registry_) returns()
func (_GovernanceFlood *GovernanceFloodSession) Init(registry_ common.Address) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.Init(&_GovernanceFlood.TransactOpts, registry_)
}

// Init is a paid mutator transaction binding the contract method 0x19ab453c.
//
// Solidity: function init(address registry_) returns()
func (_GovernanceFlood *GovernanceFloodTransactorSession) Init(registry_ common.Address) (*types.Transaction, error) {
	return _GovernanceFlood.Contract.Init(&_GovernanceFlood.TransactOpts, registry_)
}

// MockQuoteVerifierMetaData contains all meta data concerning the MockQuoteVerifier contract.
var MockQuoteVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"name\":\"encode\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedFailure\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"passed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"}],\"name\":\"setForcedFailure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"}],\"name\":\"verifyQuote\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610bc78061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806338b2988a1161004d57806338b2988a146100c857806377e1702d146100e85780637c9d9d47146100f1575f5ffd5b8063067fa76c146100735780632c79a2ab1461009c578063305f72b7146100b1575b5f5ffd5b610086610081366004610712565b610123565b6040516100939190610827565b60405180910390f35b6100af6100aa366004610839565b600255565b005b6100ba60015481565b604051908152602001610093565b6100db6100d6366004610850565b61014c565b6040516100939190610a48565b6100ba60025481565b6101136100ff366004610839565b5f6020819052908152604090205460ff1681565b6040519015158152602001610093565b6060816040516020016101369190610a48565b6040516020818303038152906040529050919050565b6101546101d7565b61016082840184610712565b600180549192505f61017183610b5c565b90915550506002541561018a575f815260025460208201525b8051156101d15760015f5f85856040516101a5929190610bb8565b604051809103902081526020019081526020015f205f6101000a81548160ff0219169083151502179055505b92915050565b6040805160a0810182525f8082526020820181905290918201908152602001606081526020016102a76040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b905290565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610180810167ffffffffffffffff811182821017156102fd576102fd6102ac565b60405290565b60405160a0810167ffffffffffffffff811182821017156102fd576102fd6102ac565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561036d5761036d6102ac565b604052919050565b803560078110610383575f5ffd5b919050565b5f5f67ffffffffffffffff8411156103a2576103a26102ac565b50601f83017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020016103d581610326565b9150508281528383830111156103e9575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261040e575f5ffd5b813567ffffffffffffffff811115610428576104286102ac565b8060051b61043860208201610326565b91825260208185018101929081019086841115610453575f5ffd5b6020860192505b838310156104ac57823567ffffffffffffffff811115610478575f5ffd5b8601603f81018813610488575f5ffd5b61049a88602083013560408401610388565b8352506020928301929091019061045a565b9695505050505050565b80357fffffffffffffffffffffffffffffffff0000000000000000000000000000000081168114610383575f5ffd5b5f82601f8301126104f4575f5ffd5b61050383833560208501610388565b9392505050565b80357fffffffffffffffff00000000000000000000000000000000000000000000000081168114610383575f5ffd5b5f610180828403121561054a575f5ffd5b6105526102d9565b905061055d826104b6565b8152602082013567ffffffffffffffff811115610578575f5ffd5b610584848285016104e5565b602083015250604082013567ffffffffffffffff8111156105a3575f5ffd5b6105af848285016104e5565b604083015250606082013567ffffffffffffffff8111156105ce575f5ffd5b6105da848285016104e5565b606083015250608082013567ffffffffffffffff8111156105f9575f5ffd5b610605848285016104e5565b60808301525060a082013567ffffffffffffffff811115610624575f5ffd5b610630848285016104e5565b60a08301525060c082013567ffffffffffffffff81111561064f575f5ffd5b61065b848285016104e5565b60c08301525060e082013567ffffffffffffffff81111561067a575f5ffd5b610686848285016104e5565b60e08301525061010082013567ffffffffffffffff8111156106a6575f5ffd5b6106b2848285016104e5565b610100830152506106c6610120830161050a565b6101208201526106d9610140830161050a565b61014082015261016082013567ffffffffffffffff8111156106f9575f5ffd5b610705848285016104e5565b6101608301525092915050565b5f60208284031215610722575f5ffd5b813567ffffffffffffffff811115610738575f5ffd5b820160a08185031215610749575f5ffd5b610751610303565b81358015158114610760575f5ffd5b81526020828101359082015261077860408301610375565b6040820152606082013567ffffffffffffffff811115610796575f5ffd5b6107a2868285016103ff565b606083015250608082013567ffffffffffffffff8111156107c1575f5ffd5b6107cd86828501610539565b608083015250949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61050360208301846107db565b5f60208284031215610849575f5ffd5b5035919050565b5f5f60208385031215610861575f5ffd5b823567ffffffffffffffff811115610877575f5ffd5b8301601f81018513610887575f5ffd5b803567ffffffffffffffff81111561089d575f5ffd5b8560208284010111156108ae575f5ffd5b6020919091019590945092505050565b80517fffffffffffffffffffffffffffffffff000000000000000000000000000000001682525f602082015161018060208501526109006101808501826107db565b90506040830151848203604086015261091982826107db565b9150506060830151848203606086015261093382826107db565b9150506080830151848203608086015261094d82826107db565b91505060a083015184820360a086015261096782826107db565b91505060c083015184820360c086015261098182826107db565b91505060e083015184820360e086015261099b82826107db565b9150506101008301518482036101008601526109b782826107db565b9150506101208301516109ef6101208601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b50610140830151610a256101408601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b50610160830151848203610160860152610a3f82826107db565b95945050505050565b602081525f60c0820183511515602084015260208401516040840152604084015160078110610a9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80606085015250606084015160a0608085015281815180845260e08601915060e08160051b87010193506020830192505f5b81811015610b1f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff20878603018352610b0a8585516107db565b94506020938401939290920191600101610ad0565b5050505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160a0850152610a3f82826108be565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610bb1577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b818382375f910190815291905056",
}

// MockQuoteVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use MockQuoteVerifierMetaData.ABI instead.
var MockQuoteVerifierABI = MockQuoteVerifierMetaData.ABI

// MockQuoteVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MockQuoteVerifierMetaData.Bin instead.
var MockQuoteVerifierBin = MockQuoteVerifierMetaData.Bin

// DeployMockQuoteVerifier deploys a new Ethereum contract, binding an instance of MockQuoteVerifier to it.
func DeployMockQuoteVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *MockQuoteVerifier, error) {
	parsed, err := MockQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MockQuoteVerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MockQuoteVerifier{MockQuoteVerifierCaller: MockQuoteVerifierCaller{contract: contract}, MockQuoteVerifierTransactor: MockQuoteVerifierTransactor{contract: contract}, MockQuoteVerifierFilterer: MockQuoteVerifierFilterer{contract: contract}}, nil
}

// MockQuoteVerifier is an auto generated Go binding around an Ethereum contract.
type MockQuoteVerifier struct {
	MockQuoteVerifierCaller     // Read-only binding to the contract
	MockQuoteVerifierTransactor // Write-only binding to the contract
	MockQuoteVerifierFilterer   // Log filterer for contract events
}

// MockQuoteVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type MockQuoteVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MockQuoteVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MockQuoteVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MockQuoteVerifierSession struct {
	Contract     *MockQuoteVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// MockQuoteVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MockQuoteVerifierCallerSession struct {
	Contract *MockQuoteVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// MockQuoteVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MockQuoteVerifierTransactorSession struct {
	Contract     *MockQuoteVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// MockQuoteVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type MockQuoteVerifierRaw struct {
	Contract *MockQuoteVerifier // Generic contract binding to access the raw methods on
}

// MockQuoteVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MockQuoteVerifierCallerRaw struct {
	Contract *MockQuoteVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// MockQuoteVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MockQuoteVerifierTransactorRaw struct {
	Contract *MockQuoteVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMockQuoteVerifier creates a new instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifier(address common.Address, backend bind.ContractBackend) (*MockQuoteVerifier, error) {
	contract, err := bindMockQuoteVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifier{MockQuoteVerifierCaller: MockQuoteVerifierCaller{contract: contract}, MockQuoteVerifierTransactor: MockQuoteVerifierTransactor{contract: contract}, MockQuoteVerifierFilterer: MockQuoteVerifierFilterer{contract: contract}}, nil
}

// NewMockQuoteVerifierCaller creates a new read-only instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierCaller(address common.Address, caller bind.ContractCaller) (*MockQuoteVerifierCaller, error) {
	contract, err := bindMockQuoteVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierCaller{contract: contract}, nil
}

// NewMockQuoteVerifierTransactor creates a new write-only instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*MockQuoteVerifierTransactor, error) {
	contract, err := bindMockQuoteVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierTransactor{contract: contract}, nil
}

// NewMockQuoteVerifierFilterer creates a new log filterer instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*MockQuoteVerifierFilterer, error) {
	contract, err := bindMockQuoteVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierFilterer{contract: contract}, nil
}

// bindMockQuoteVerifier binds a generic wrapper to an already deployed contract.
func bindMockQuoteVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MockQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockQuoteVerifier *MockQuoteVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockQuoteVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockQuoteVerifier *MockQuoteVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockQuoteVerifier *MockQuoteVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.contract.Transact(opts, method, params...)
}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Calls(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "calls")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Calls() (*big.Int, error) {
	return _MockQuoteVerifier.Contract.Calls(&_MockQuoteVerifier.CallOpts)
}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Calls() (*big.Int, error) {
	return _MockQuoteVerifier.Contract.Calls(&_MockQuoteVerifier.CallOpts)
}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Encode(opts *bind.CallOpts, verdict IQuoteVerifierVerdict) ([]byte, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "encode", verdict)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Encode(verdict IQuoteVerifierVerdict) ([]byte, error) {
	return _MockQuoteVerifier.Contract.Encode(&_MockQuoteVerifier.CallOpts, verdict)
}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Encode(verdict IQuoteVerifierVerdict) ([]byte, error) {
	return _MockQuoteVerifier.Contract.Encode(&_MockQuoteVerifier.CallOpts, verdict)
}

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) ForcedFailure(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "forcedFailure")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierSession) ForcedFailure() ([32]byte, error) {
	return _MockQuoteVerifier.Contract.ForcedFailure(&_MockQuoteVerifier.CallOpts)
}

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) ForcedFailure() ([32]byte, error) {
	return _MockQuoteVerifier.Contract.ForcedFailure(&_MockQuoteVerifier.CallOpts)
}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Passed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "passed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Passed(arg0 [32]byte) (bool, error) {
	return _MockQuoteVerifier.Contract.Passed(&_MockQuoteVerifier.CallOpts, arg0)
}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Passed(arg0 [32]byte) (bool, error) {
	return _MockQuoteVerifier.Contract.Passed(&_MockQuoteVerifier.CallOpts, arg0)
}

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierTransactor) SetForcedFailure(opts *bind.TransactOpts, failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.contract.Transact(opts, "setForcedFailure", failure)
}

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierSession) SetForcedFailure(failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.SetForcedFailure(&_MockQuoteVerifier.TransactOpts, failure)
}

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierTransactorSession) SetForcedFailure(failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.SetForcedFailure(&_MockQuoteVerifier.TransactOpts, failure)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierTransactor) VerifyQuote(opts *bind.TransactOpts, quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.contract.Transact(opts, "verifyQuote", quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.VerifyQuote(&_MockQuoteVerifier.TransactOpts, quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierTransactorSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.VerifyQuote(&_MockQuoteVerifier.TransactOpts, quote)
}
