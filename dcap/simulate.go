package dcap

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/bindings"
)

// maxQuotesPerSimulation keeps one eth_simulateV1 block under go-ethereum's
// limit of 5000 calls per block, with room for the setup calls.
const maxQuotesPerSimulation = 4000

// simulateClient is the part of *ethclient.Client a Simulator needs.
type simulateClient interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, blockNrOrHash *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Simulator verifies quotes through the DCAP contracts on an in-process chain
// as if at a chosen time, with go-ethereum's eth_simulateV1: a verification
// simulates a block whose timestamp is that time, holding the deployment of
// the four DCAP contracts from the bindings' bytecode, the four collateral
// uploads and the verifyQuote calls, all executed by the real EVM (the setup
// may sit in an earlier block, see Verification.UploadAt). Nothing is
// persisted between verifications. A Simulator is safe for concurrent use.
type Simulator struct {
	backend *simulated.Backend
	client  simulateClient
	from    common.Address
	log     *slog.Logger
}

// simulatorAccount sends the simulated transactions. No key exists for it:
// eth_simulateV1 without validation needs none.
var simulatorAccount = common.BytesToAddress(crypto.Keccak256([]byte("teereg/dcap simulator"))[12:])

// NewSimulator starts an in-process chain (go-ethereum's simulated backend
// on the Osaka rules, see WithOsaka: the P256VERIFY precompile is there and
// gas is Osaka's) whose only block is the genesis block at time 0. Close it
// when done.
func NewSimulator(log *slog.Logger) (*Simulator, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	alloc := types.GenesisAlloc{simulatorAccount: {Balance: new(big.Int).Lsh(big.NewInt(1), 128)}}
	backend := simulated.NewBackend(alloc, WithOsaka(), func(_ *node.Config, ec *ethconfig.Config) {
		ec.RPCGasCap = 0     // no cross-call gas budget: each call is capped at params.MaxTxGas instead
		ec.RPCEVMTimeout = 0 // the caller's context bounds the simulation
	})
	client, ok := backend.Client().(simulateClient)
	if !ok {
		_ = backend.Close()
		return nil, errors.New("dcap: the simulated backend's client does not offer eth_simulateV1")
	}
	return &Simulator{backend: backend, client: client, from: simulatorAccount, log: log}, nil
}

// WithOsaka is an option of simulated.NewBackend that runs the chain on the
// Osaka rules, the fork the contracts are compiled for. By default the
// simulated backend of go-ethereum v1.17 activates every fork it knows,
// including Bogota, whose EIP-8037/8038 state-gas repricing makes storage
// writes and contract creation far more expensive than on an Osaka chain.
func WithOsaka() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
		ec.Genesis.Config = &cfg
	}
}

// Close stops the in-process chain.
func (s *Simulator) Close() error { return s.backend.Close() }

// VerifyAt verifies quote on a fresh in-process chain as if at time at:
// it deploys the DCAP contracts pinning root (DER), uploads the collateral c,
// and calls verifyQuote, all in one simulated block whose timestamp is at.
// A revert in any step is a *StepError naming the step with the decoded
// custom error; a well-formed quote that does not verify is a Result with
// Valid false, not an error.
func VerifyAt(ctx context.Context, quote []byte, c *collateral.Collateral, root []byte, at time.Time) (*Result, error) {
	s, err := NewSimulator(nil)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.VerifyAt(ctx, quote, c, root, at)
}

// VerifyAt is the package-level VerifyAt on this simulator's chain.
func (s *Simulator) VerifyAt(ctx context.Context, quote []byte, c *collateral.Collateral, root []byte, at time.Time) (*Result, error) {
	out, err := s.Run(ctx, Verification{Quotes: [][]byte{quote}, Collateral: c, Root: root, At: at})
	if err != nil {
		return nil, err
	}
	return out[0].Result, out[0].Err
}

// VerifyEachAt verifies several quotes against the same root, collateral and
// time; see Run.
func (s *Simulator) VerifyEachAt(ctx context.Context, quotes [][]byte, c *collateral.Collateral, root []byte, at time.Time) ([]Outcome, error) {
	return s.Run(ctx, Verification{Quotes: quotes, Collateral: c, Root: root, At: at})
}

// Verification is what Run simulates.
type Verification struct {
	// Quotes are verified in order, each with its own verifyQuote call.
	Quotes [][]byte
	// Collateral is uploaded to the store before the first quote is verified.
	Collateral *collateral.Collateral
	// Root is the DER root CA certificate the store pins.
	Root []byte
	// At is the timestamp of the block holding the verifyQuote calls.
	At time.Time
	// UploadAt, when set, is the earlier timestamp of a block before it that
	// holds the deployments and uploads; by default they share At's block.
	// The store accepts collateral only inside its validity window, so this is
	// how a verification after the window is simulated.
	UploadAt time.Time
}

// Outcome is the result of one quote of a Run: a Result, or the error (a
// *StepError of StepVerifyQuote when verifyQuote reverted).
type Outcome struct {
	Result *Result
	Err    error
}

// Run simulates v. Each verifyQuote call sees the state the previous ones
// left, as consecutive transactions would. The setup (deployments, uploads)
// runs once per simulated chain of blocks; more than 4000 quotes are split
// over several simulations. An error is returned when the setup fails; the
// outcome of each quote is in the returned slice.
func (s *Simulator) Run(ctx context.Context, v Verification) ([]Outcome, error) {
	if len(v.Quotes) == 0 {
		return nil, errors.New("dcap: no quote to verify")
	}
	uploadAt := v.UploadAt
	if uploadAt.IsZero() {
		uploadAt = v.At
	}
	if v.At.Before(uploadAt) {
		return nil, fmt.Errorf("dcap: verification time %d is before the upload time %d", v.At.Unix(), uploadAt.Unix())
	}
	plan, err := s.newPlan(ctx, v.Collateral, v.Root, uploadAt)
	if err != nil {
		return nil, err
	}
	plan.verifyAt = uint64(v.At.Unix())
	out := make([]Outcome, 0, len(v.Quotes))
	for start := 0; start < len(v.Quotes); start += maxQuotesPerSimulation {
		batch := v.Quotes[start:min(start+maxQuotesPerSimulation, len(v.Quotes))]
		res, err := s.simulate(ctx, plan, batch)
		if err != nil {
			return nil, err
		}
		out = append(out, res...)
	}
	return out, nil
}

// simCall is one call of a simulated block and how to judge its result.
type simCall struct {
	step  string
	msg   ethereum.CallMsg
	check func(ret []byte) error // nil: success is enough
}

// plan is the setup of a simulation: deployments and uploads at a time.
type plan struct {
	at       uint64 // setup block
	verifyAt uint64 // verification block (== at: the same block)
	setup    []simCall
	verifier common.Address
	store    common.Address
	u        *uploads
}

func (s *Simulator) newPlan(ctx context.Context, c *collateral.Collateral, root []byte, at time.Time) (*plan, error) {
	if len(root) == 0 {
		return nil, errors.New("dcap: no root CA certificate to pin")
	}
	if _, err := x509.ParseCertificate(root); err != nil {
		return nil, fmt.Errorf("dcap: root CA certificate: %w", err)
	}
	u, err := prepare(c)
	if err != nil {
		return nil, fmt.Errorf("dcap: %w", err)
	}
	base, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("dcap: reading the simulated chain's head: %w", err)
	}
	if at.Unix() <= int64(base.Time) || at.Unix() < 0 {
		return nil, fmt.Errorf("dcap: verification time %s (%d) is not after the simulated chain's head (%d)", at.UTC().Format(time.RFC3339), at.Unix(), base.Time)
	}
	nonce, err := s.client.NonceAt(ctx, s.from, nil)
	if err != nil {
		return nil, fmt.Errorf("dcap: reading the simulator account's nonce: %w", err)
	}
	abis, err := loadABIs()
	if err != nil {
		return nil, fmt.Errorf("dcap: %w", err)
	}
	// Contract creations are addressed by the sender's nonce. That
	// eth_simulateV1 gives each call of a block the next nonce is checked by
	// the address calls below, not assumed.
	parser := crypto.CreateAddress(s.from, nonce)
	store := crypto.CreateAddress(s.from, nonce+1)
	chain := crypto.CreateAddress(s.from, nonce+2)
	verifier := crypto.CreateAddress(s.from, nonce+3)

	p := &plan{at: uint64(at.Unix()), verifyAt: uint64(at.Unix()), verifier: verifier, store: store, u: u}
	deploy := func(step string, meta *bind.MetaData, parsed *abi.ABI, args ...any) error {
		ctor, err := parsed.Pack("", args...)
		if err != nil {
			return fmt.Errorf("dcap: %s: encoding constructor arguments: %w", step, err)
		}
		code := append(common.FromHex(meta.Bin), ctor...)
		p.setup = append(p.setup, simCall{step: step, msg: ethereum.CallMsg{Data: code}, check: func(ret []byte) error {
			if len(ret) == 0 {
				return errors.New("deployed no code")
			}
			return nil
		}})
		return nil
	}
	if err := deploy(StepDeployParser, bindings.DcapCollateralParserMetaData, abis.parser); err != nil {
		return nil, err
	}
	if err := deploy(StepDeployStore, bindings.DcapCollateralStoreMetaData, abis.store, root, parser); err != nil {
		return nil, err
	}
	if err := deploy(StepDeployPckChain, bindings.DcapPckChainVerifierMetaData, abis.chain, store); err != nil {
		return nil, err
	}
	if err := deploy(StepDeployVerifier, bindings.DcapQuoteVerifierMetaData, abis.verifier, chain); err != nil {
		return nil, err
	}
	// The wiring read back from the created contracts proves their addresses.
	addrCheck := func(to common.Address, parsed *abi.ABI, method string, want common.Address) error {
		data, err := parsed.Pack(method)
		if err != nil {
			return err
		}
		p.setup = append(p.setup, simCall{step: StepCheckAddresses, msg: ethereum.CallMsg{To: &to, Data: data}, check: func(ret []byte) error {
			out, err := parsed.Unpack(method, ret)
			if err != nil || len(out) != 1 {
				return fmt.Errorf("%s at %s returned %#x: the contracts are not at the addresses CreateAddress(sender, nonce) gives", method, to, ret)
			}
			if got, _ := out[0].(common.Address); got != want {
				return fmt.Errorf("%s at %s is %s, want %s", method, to, got, want)
			}
			return nil
		}})
		return nil
	}
	if err := addrCheck(verifier, abis.verifier, "pckChain", chain); err != nil {
		return nil, err
	}
	if err := addrCheck(verifier, abis.verifier, "store", store); err != nil {
		return nil, err
	}
	if err := addrCheck(store, abis.store, "parser", parser); err != nil {
		return nil, err
	}
	wantRoot := sha256.Sum256(root)
	rootCall, _ := abis.store.Pack("ROOT_CA_HASH")
	p.setup = append(p.setup, simCall{step: StepCheckAddresses, msg: ethereum.CallMsg{To: &store, Data: rootCall}, check: func(ret []byte) error {
		if len(ret) != 32 || [32]byte(ret) != wantRoot {
			return fmt.Errorf("the store pins root %#x, want sha256 %#x", ret, wantRoot)
		}
		return nil
	}})
	calls, err := uploadCalls(abis.store, u)
	if err != nil {
		return nil, fmt.Errorf("dcap: %w", err)
	}
	for _, uc := range calls {
		p.setup = append(p.setup, simCall{step: uc.step, msg: ethereum.CallMsg{To: &store, Data: uc.data}})
	}
	return p, nil
}

// simulate runs the plan's setup and one verifyQuote call per quote.
func (s *Simulator) simulate(ctx context.Context, p *plan, quotes [][]byte) ([]Outcome, error) {
	abis, err := loadABIs()
	if err != nil {
		return nil, fmt.Errorf("dcap: %w", err)
	}
	verify := make([]ethereum.CallMsg, 0, len(quotes))
	for i, q := range quotes {
		data, err := abis.verifier.Pack("verifyQuote", q)
		if err != nil {
			return nil, fmt.Errorf("dcap: encoding quote %d: %w", i, err)
		}
		verify = append(verify, ethereum.CallMsg{To: &p.verifier, Data: data})
	}
	steps, results, err := s.execute(ctx, p, verify)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, len(quotes))
	for i, r := range results {
		if err := callError(r); err != nil {
			out[i].Err = &StepError{Step: StepVerifyQuote, Err: err}
			continue
		}
		v, err := decodeVerdict(r.ReturnValue)
		if err != nil {
			out[i].Err = &StepError{Step: StepVerifyQuote, Err: err}
			continue
		}
		v.GasUsed = r.GasUsed
		v.Steps = steps
		out[i].Result = v
	}
	return out, nil
}

// execute simulates the plan's setup followed by calls, in one block at the
// plan's time, or in two when the verification time is later: the setup at
// p.at, calls at p.verifyAt. It returns the gas of each setup step and the
// results of calls; a failed setup step is a *StepError.
func (s *Simulator) execute(ctx context.Context, p *plan, calls []ethereum.CallMsg) ([]StepGas, []ethclient.SimulateCallResult, error) {
	setup := make([]ethereum.CallMsg, 0, len(p.setup))
	for _, sc := range p.setup {
		setup = append(setup, sc.msg)
	}
	block := func(at uint64, calls []ethereum.CallMsg) ethclient.SimulateBlock {
		for i := range calls {
			calls[i].From = s.from
			// Each call gets what one transaction may use on an Osaka chain
			// (EIP-7825), so nothing passes here that could not pass on chain.
			calls[i].Gas = params.MaxTxGas
		}
		return ethclient.SimulateBlock{
			BlockOverrides: &ethereum.BlockOverrides{Time: at, GasLimit: params.MaxTxGas * uint64(max(len(calls), 1))},
			Calls:          calls,
		}
	}
	calls = slices.Clone(calls)
	var blocks []ethclient.SimulateBlock
	if p.verifyAt == p.at {
		blocks = append(blocks, block(p.at, append(setup, calls...)))
	} else {
		blocks = append(blocks, block(p.at, setup), block(p.verifyAt, calls))
	}
	start := time.Now()
	res, err := s.client.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: blocks, Validation: false}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("dcap: eth_simulateV1: %w", err)
	}
	if len(res) != len(blocks) {
		return nil, nil, fmt.Errorf("dcap: eth_simulateV1 returned %d blocks, want %d", len(res), len(blocks))
	}
	var results []ethclient.SimulateCallResult
	for i, b := range res {
		if len(b.Calls) != len(blocks[i].Calls) {
			return nil, nil, fmt.Errorf("dcap: eth_simulateV1 returned %d calls in block %d, want %d", len(b.Calls), i, len(blocks[i].Calls))
		}
		if b.Timestamp != blocks[i].BlockOverrides.Time {
			return nil, nil, fmt.Errorf("dcap: eth_simulateV1 simulated block %d at %d, want %d", i, b.Timestamp, blocks[i].BlockOverrides.Time)
		}
		results = append(results, b.Calls...)
	}
	s.log.Debug("simulated", "setupAt", p.at, "at", p.verifyAt, "calls", len(results), "took", time.Since(start))

	var steps []StepGas
	for i, sc := range p.setup {
		r := results[i]
		if err := callError(r); err != nil {
			return nil, nil, &StepError{Step: sc.step, Err: err}
		}
		if sc.check != nil {
			if err := sc.check(r.ReturnValue); err != nil {
				return nil, nil, &StepError{Step: sc.step, Err: err}
			}
		}
		if sc.step != StepCheckAddresses {
			steps = append(steps, StepGas{Step: sc.step, GasUsed: r.GasUsed})
		}
	}
	return steps, results[len(p.setup):], nil
}

// callError turns a failed simulated call into an error: the decoded custom
// error for a revert, the EVM's message otherwise (out of gas, ...).
func callError(r ethclient.SimulateCallResult) error {
	if r.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	if r.Error == nil {
		return fmt.Errorf("failed (status %d) without an error", r.Status)
	}
	if r.Error.Data != "" {
		data, err := hexutil.Decode(r.Error.Data)
		if err == nil {
			return DecodeRevert(data)
		}
	}
	if r.Error.Message == "execution reverted" {
		return DecodeRevert(nil)
	}
	return fmt.Errorf("%s (gas used %d)", r.Error.Message, r.GasUsed)
}

// uploadCall is one collateral store upload, ABI-encoded.
type uploadCall struct {
	step string
	data []byte
}

// uploadCalls encodes the four uploads in the order they must run: the root
// CA CRL first (the store checks intermediates against it), then the PCK CRL
// with its issuing CA, the TCB info and the QE identity, each JSON document
// with the first certificate of its issuer chain as signer.
func uploadCalls(store *abi.ABI, u *uploads) ([]uploadCall, error) {
	var out []uploadCall
	add := func(step, method string, args ...any) error {
		data, err := store.Pack(method, args...)
		if err != nil {
			return fmt.Errorf("%s: encoding %s: %w", step, method, err)
		}
		out = append(out, uploadCall{step: step, data: data})
		return nil
	}
	if err := add(StepRootCACRL, "uploadCrl", u.rootCRL, []byte{}); err != nil {
		return nil, err
	}
	if err := add(StepPCKCRL, "uploadCrl", u.pckCRL, u.pckCA.Raw); err != nil {
		return nil, err
	}
	if err := add(StepTCBInfo, "uploadTcbInfo", u.tcbInfo, u.tcbInfoSig, u.tcbSigner.Raw); err != nil {
		return nil, err
	}
	if err := add(StepQEIdentity, "uploadQeIdentity", u.qeID, u.qeIDSig, u.qeSigner.Raw); err != nil {
		return nil, err
	}
	return out, nil
}

// contractABIs are the parsed ABIs of the DCAP contracts.
type contractABIs struct {
	parser, store, chain, verifier *abi.ABI
}

func loadABIs() (*contractABIs, error) {
	var a contractABIs
	for _, x := range []struct {
		meta *bind.MetaData
		dst  **abi.ABI
	}{
		{bindings.DcapCollateralParserMetaData, &a.parser},
		{bindings.DcapCollateralStoreMetaData, &a.store},
		{bindings.DcapPckChainVerifierMetaData, &a.chain},
		{bindings.DcapQuoteVerifierMetaData, &a.verifier},
	} {
		parsed, err := x.meta.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("parsing binding ABI: %w", err)
		}
		*x.dst = parsed
	}
	return &a, nil
}
