package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
)

// signerFlags are the flags that choose the key transactions are signed
// with; signerKey reads them.
func signerFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "private-key", EnvVars: []string{"TEEREG_PRIVATE_KEY"}, Usage: "signer's private key, HEX (better in the environment than on the command line)"},
		&cli.StringFlag{Name: "private-key-file", EnvVars: []string{"TEEREG_PRIVATE_KEY_FILE"}, Usage: "FILE holding the signer's private key as HEX"},
		&cli.StringFlag{Name: "keystore", EnvVars: []string{"TEEREG_KEYSTORE"}, Usage: "signer's encrypted keystore FILE (go-ethereum/Foundry format)"},
		&cli.StringFlag{Name: "password-file", EnvVars: []string{"TEEREG_KEYSTORE_PASSWORD_FILE"}, Usage: "FILE holding the keystore password (else TEEREG_KEYSTORE_PASSWORD)"},
	}
}

// txFlags are the flags of every command that sends a transaction: where the
// contracts live, who signs, and how the outcome is shown.
func txFlags() []cli.Flag {
	var flags []cli.Flag
	for _, f := range deploymentFlags() {
		switch f.Names()[0] {
		case "start-block", "collateral-store": // not what a transaction needs
			continue
		}
		flags = append(flags, f)
	}
	flags = append(flags, signerFlags()...)
	return append(flags,
		&cli.StringFlag{Name: "from", EnvVars: []string{"TEEREG_FROM"}, Usage: "with --dry-run and no key: the ADDRESS to simulate the call from (e.g. a multisig)"},
		&cli.BoolFlag{Name: "dry-run", EnvVars: []string{"TEEREG_DRY_RUN"}, Usage: "print the call (target, function, arguments, calldata, `cast send` equivalent) and simulate it; send nothing"},
		&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, EnvVars: []string{"TEEREG_TX_TIMEOUT"}, Usage: "how long to wait for the transaction to be mined"},
		&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
	)
}

// txCall is one contract function call.
type txCall struct {
	Contract string // "Registry" or "ArtifactStore", for output
	To       common.Address
	ABI      *abi.ABI
	Method   string
	Args     []any
	// Info are facts about the call worth printing (an artifact's sha256).
	Info namedValues
}

// txSession is what a transaction-sending command works with: the resolved
// deployment, the signer and the (lazily dialed) node.
type txSession struct {
	ctx     context.Context
	dep     followed
	key     *ecdsa.PrivateKey // nil: no signer given
	from    common.Address    // the key's address, or --from
	hasFrom bool
	dryRun  bool
	asJSON  bool
	timeout time.Duration
	out     io.Writer

	client  *ethclient.Client
	chainID *big.Int
}

// newTxSession resolves the deployment and signer flags. artifactsOnly
// commands need the ArtifactStore and may go without a registry address.
func newTxSession(c *cli.Context, artifactsOnly bool) (*txSession, error) {
	dep, err := resolveDeployment(c)
	if err != nil {
		// resolveDeployment insists on a registry address, which the artifact
		// store's commands can do without.
		if !artifactsOnly || dep.RPC == "" || dep.Registry != (common.Address{}) || dep.ArtifactStore == (common.Address{}) {
			return nil, err
		}
	}
	if artifactsOnly && dep.ArtifactStore == (common.Address{}) {
		return nil, errors.New("no artifact store address: give --artifact-store or --deployment")
	}
	s := &txSession{ctx: c.Context, dep: dep, dryRun: c.Bool("dry-run"), asJSON: c.Bool("json"),
		timeout: c.Duration("timeout"), out: c.App.Writer}
	if c.String("private-key") != "" || c.String("private-key-file") != "" || c.String("keystore") != "" {
		if s.key, err = signerKey(c); err != nil {
			return nil, err
		}
		s.from, s.hasFrom = crypto.PubkeyToAddress(s.key.PublicKey), true
	}
	if f := c.String("from"); f != "" {
		if !common.IsHexAddress(f) {
			return nil, fmt.Errorf("--from: %q is not an address", f)
		}
		from := common.HexToAddress(f)
		if s.key != nil && from != s.from {
			return nil, fmt.Errorf("--from %s is not the signer's address %s", from, s.from)
		}
		s.from, s.hasFrom = from, true
	}
	if !s.dryRun && s.key == nil {
		return nil, errors.New("no signer: give --private-key (or TEEREG_PRIVATE_KEY), --private-key-file or --keystore; or --dry-run to print the call without sending it")
	}
	return s, nil
}

func (s *txSession) Close() {
	if s.client != nil {
		s.client.Close()
	}
}

// dial connects to the node on first use and checks its chain id against
// the deployment's.
func (s *txSession) dial() (*ethclient.Client, error) {
	if s.client != nil {
		return s.client, nil
	}
	client, err := ethclient.DialContext(s.ctx, s.dep.RPC)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", s.dep.RPC, err)
	}
	id, err := client.ChainID(s.ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain id of %s: %w", s.dep.RPC, err)
	}
	if s.dep.ChainID != 0 && id.Uint64() != s.dep.ChainID {
		client.Close()
		return nil, fmt.Errorf("the node at %s serves chain %d, but the deployment is on chain %d", s.dep.RPC, id, s.dep.ChainID)
	}
	s.client, s.chainID = client, id
	return client, nil
}

// registryCaller binds the registry for reads.
func (s *txSession) registryCaller() (*bindings.RegistryCaller, error) {
	client, err := s.dial()
	if err != nil {
		return nil, err
	}
	return bindings.NewRegistryCaller(s.dep.Registry, client)
}

func (s *txSession) callOpts() *bind.CallOpts { return &bind.CallOpts{Context: s.ctx} }

// registryCall builds a call of a Registry function.
func (s *txSession) registryCall(method string, args ...any) (txCall, error) {
	parsed, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		return txCall{}, fmt.Errorf("registry ABI: %w", err)
	}
	return txCall{Contract: "Registry", To: s.dep.Registry, ABI: parsed, Method: method, Args: args}, nil
}

// artifactStoreCall builds a call of an ArtifactStore function.
func (s *txSession) artifactStoreCall(method string, args ...any) (txCall, error) {
	parsed, err := bindings.ArtifactStoreMetaData.GetAbi()
	if err != nil {
		return txCall{}, fmt.Errorf("artifact store ABI: %w", err)
	}
	return txCall{Contract: "ArtifactStore", To: s.dep.ArtifactStore, ABI: parsed, Method: method, Args: args}, nil
}

// txReport is what a transaction command prints (--json prints it as is).
type txReport struct {
	DryRun     bool           `json:"dryRun"`
	ChainID    uint64         `json:"chainId,omitempty"`
	Contract   string         `json:"contract"`
	To         string         `json:"to"`
	From       string         `json:"from,omitempty"`
	Function   string         `json:"function"`
	Args       namedValues    `json:"args"`
	Calldata   hexutil.Bytes  `json:"calldata"`
	Cast       []string       `json:"cast"`
	Info       namedValues    `json:"info,omitempty"`
	Simulation *txSimulation  `json:"simulation,omitempty"`
	Tx         *txReceiptView `json:"transaction,omitempty"`
	Events     []txEvent      `json:"events,omitempty"`
	Error      *txErrorView   `json:"error,omitempty"`
}

// txSimulation is the outcome of running the call with eth_call.
type txSimulation struct {
	OK  bool   `json:"ok"`
	Gas uint64 `json:"gasEstimate,omitempty"`
}

// txReceiptView is the mined transaction.
type txReceiptView struct {
	Hash              common.Hash `json:"hash"`
	Block             uint64      `json:"block"`
	GasUsed           uint64      `json:"gasUsed"`
	EffectiveGasPrice string      `json:"effectiveGasPrice,omitempty"`
	Status            string      `json:"status"`
}

// txErrorView is a failed call: the decoded custom error when there is one.
type txErrorView struct {
	Message string        `json:"message"`
	Name    string        `json:"name,omitempty"`
	Args    []any         `json:"args,omitempty"`
	Data    hexutil.Bytes `json:"data,omitempty"`
	Hint    string        `json:"hint,omitempty"`
}

// txEvent is one decoded log.
type txEvent struct {
	Contract string        `json:"contract,omitempty"`
	Address  string        `json:"address"`
	Name     string        `json:"name"`
	Fields   namedValues   `json:"fields,omitempty"`
	Topics   []common.Hash `json:"topics,omitempty"` // only for logs no known ABI explains
	Data     hexutil.Bytes `json:"data,omitempty"`   // likewise
}

// callError is a call that reverted, in the simulation before sending or on
// chain. It unwraps to the decoded *dcap.RevertError.
type callError struct {
	Function string
	Revert   *dcap.RevertError
	Hint     string
	// Mined is the reverted transaction, nil when nothing was sent.
	Mined *txReceiptView
	// Replayed is the block after which the revert reason was recovered
	// (mined only).
	Replayed uint64
}

func (e *callError) Error() string {
	var b strings.Builder
	if e.Mined == nil {
		fmt.Fprintf(&b, "%s would revert: %v", e.Function, e.Revert)
	} else {
		fmt.Fprintf(&b, "%s: transaction %s reverted in block %d (gas used %d)", e.Function, e.Mined.Hash, e.Mined.Block, e.Mined.GasUsed)
		if e.Revert != nil {
			fmt.Fprintf(&b, ": %v (reason replayed on the state after block %d)", e.Revert, e.Replayed)
		}
	}
	if e.Hint != "" {
		fmt.Fprintf(&b, ": %s", e.Hint)
	}
	if e.Mined == nil {
		b.WriteString("; nothing was sent")
	}
	return b.String()
}

func (e *callError) Unwrap() error {
	if e.Revert == nil {
		return nil
	}
	return e.Revert
}

func (e *callError) view() *txErrorView {
	v := &txErrorView{Message: e.Error(), Hint: e.Hint}
	if e.Revert != nil {
		v.Name, v.Data = e.Revert.Name, e.Revert.Data
		for _, a := range e.Revert.Args {
			v.Args = append(v.Args, jsonValue(a))
		}
	}
	return v
}

// send runs call: with --dry-run it prints it and simulates it when it knows
// the sender; otherwise it simulates it with eth_call (a revert stops here,
// decoded), sends it, waits for the receipt and prints it with the decoded
// events.
func (s *txSession) send(call txCall) error {
	method, ok := call.ABI.Methods[call.Method]
	if !ok {
		return fmt.Errorf("%s has no function %s", call.Contract, call.Method)
	}
	data, err := call.ABI.Pack(call.Method, call.Args...)
	if err != nil {
		return fmt.Errorf("encode %s: %w", method.Sig, err)
	}
	rep := &txReport{DryRun: s.dryRun, Contract: call.Contract, To: call.To.Hex(), Function: method.Sig,
		Calldata: data, Cast: castSend(s.dep.RPC, call.To, method, call.Args, data), Info: call.Info}
	for i, in := range method.Inputs {
		rep.Args = append(rep.Args, namedValue{Name: in.Name, Value: call.Args[i]})
	}
	if s.hasFrom {
		rep.From = s.from.Hex()
	}
	if s.dryRun && !s.hasFrom {
		return s.print(rep, method, nil)
	}

	client, err := s.dial()
	if err != nil {
		return err
	}
	rep.ChainID = s.chainID.Uint64()
	ctx, cancel := context.WithTimeout(s.ctx, s.timeout)
	defer cancel()
	msg := ethereum.CallMsg{From: s.from, To: &call.To, Data: data}
	if _, err := client.CallContract(ctx, msg, nil); err != nil {
		return s.print(rep, method, s.failure(ctx, call, method, "simulate", err))
	}
	gas, err := client.EstimateGasAtBlock(ctx, msg, nil) // on the state the eth_call saw
	if err != nil {
		return s.print(rep, method, s.failure(ctx, call, method, "estimate gas of", err))
	}
	rep.Simulation = &txSimulation{OK: true, Gas: gas}
	if s.dryRun {
		return s.print(rep, method, nil)
	}

	auth, err := bind.NewKeyedTransactorWithChainID(s.key, s.chainID)
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	auth.Context = ctx
	// The estimate with a margin for state that changes before it is mined
	// (unused gas is not paid for).
	auth.GasLimit = gas + gas/10
	tx, err := bind.NewBoundContract(call.To, *call.ABI, client, client, client).RawTransact(auth, data)
	if err != nil {
		return s.print(rep, method, s.failure(ctx, call, method, "send", err))
	}
	rcpt, err := waitReceipt(ctx, client, tx.Hash())
	if err != nil {
		return fmt.Errorf("%s: transaction %s sent, but %w", method.Sig, tx.Hash(), err)
	}
	rep.Tx = &txReceiptView{Hash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed, Status: "success"}
	if rcpt.EffectiveGasPrice != nil {
		rep.Tx.EffectiveGasPrice = rcpt.EffectiveGasPrice.String()
	}
	rep.Events = decodeLogs(rcpt.Logs, map[common.Address]string{call.To: call.Contract})
	if rcpt.Status != types.ReceiptStatusSuccessful {
		rep.Tx.Status = "reverted"
		ce := &callError{Function: method.Sig, Mined: rep.Tx}
		// Receipts carry no revert data: replay the call on the state after
		// its block, which holds what changed under it since the simulation
		// (a transaction mined before it in the same block, typically).
		_, err := client.CallContract(ctx, ethereum.CallMsg{From: s.from, To: &call.To, Gas: tx.Gas(), Data: data}, rcpt.BlockNumber)
		if r, ok := dcap.ExplainError(err).(*dcap.RevertError); ok {
			ce.Revert, ce.Replayed = r, rcpt.BlockNumber.Uint64()
			ce.Hint = s.hint(ctx, call, r)
		}
		return s.print(rep, method, ce)
	}
	return s.print(rep, method, nil)
}

// failure turns a failed eth_call, gas estimate or send into a *callError
// when it carries revert data, and says which step failed otherwise.
func (s *txSession) failure(ctx context.Context, call txCall, method abi.Method, step string, err error) error {
	r, ok := dcap.ExplainError(err).(*dcap.RevertError)
	if !ok {
		return fmt.Errorf("%s %s: %w", step, method.Sig, err)
	}
	return &callError{Function: method.Sig, Revert: r, Hint: s.hint(ctx, call, r)}
}

// hint says what a revert means for the person at the keyboard.
func (s *txSession) hint(ctx context.Context, call txCall, r *dcap.RevertError) string {
	admin := func() string {
		reg := s.dep.Registry
		if call.Contract == "ArtifactStore" {
			if store, err := bindings.NewArtifactStoreCaller(call.To, s.client); err == nil {
				if a, err := store.Registry(&bind.CallOpts{Context: ctx}); err == nil {
					reg = a
				}
			}
		}
		if caller, err := bindings.NewRegistryCaller(reg, s.client); err == nil {
			if owner, err := caller.Owner(&bind.CallOpts{Context: ctx}); err == nil {
				return owner.Hex()
			}
		}
		return "unknown"
	}
	switch r.Name {
	case "Unauthorized":
		switch call.Method {
		case "addStorageBackend", "removeStorageBackend":
			return fmt.Sprintf("%s is neither the registry admin (%s) nor a metadata writer", s.from, admin())
		}
		return fmt.Sprintf("%s is not the registry admin (the admin is %s)", s.from, admin())
	case "NotArtifactWriter":
		return fmt.Sprintf("%s is neither the registry admin (%s) nor a metadata writer", s.from, admin())
	case "EnforcedPause", "StorePaused":
		return "the registry is paused (`teereg admin unpause` lifts the pause)"
	case "ExpectedPause":
		return "the registry is not paused"
	case "NoHandoverRequest":
		return "the new admin has not requested the handover, or its request expired after 48 hours: it runs `teereg admin ownership request` first"
	case "NotInstanceOperator":
		return fmt.Sprintf("%s is neither the registry admin (%s) nor the instance's operator", s.from, admin())
	case "InvalidTtl":
		return "the TTL must be from 1 minute to 365 days"
	case "InvalidTcbPolicy":
		return "the policy must accept at least one status and never Revoked"
	case "TwoStepTransferRequired":
		return "ownership moves only by `teereg admin ownership request` (new admin) and `complete` (current admin)"
	}
	return ""
}

// waitReceipt polls for the receipt of hash, quickly at first (an automining
// devnet answers at once), then every two seconds.
func waitReceipt(ctx context.Context, client *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	delay := 50 * time.Millisecond
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("fetching its receipt failed: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("it was not mined in time: %w", ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, 2*time.Second)
	}
}

// print writes rep (as JSON with --json) and returns callErr, so a failed
// call both shows what was attempted and fails the command.
func (s *txSession) print(rep *txReport, method abi.Method, callErr error) error {
	var ce *callError
	if errors.As(callErr, &ce) {
		rep.Error = ce.view()
	} else if callErr != nil {
		rep.Error = &txErrorView{Message: callErr.Error()}
	}
	if rep.Simulation == nil && rep.Error != nil && rep.Tx == nil {
		rep.Simulation = &txSimulation{OK: false}
	}
	if s.asJSON {
		if err := writeJSON(s.out, rep); err != nil {
			return err
		}
		return callErr
	}
	if rep.Error != nil && rep.Tx == nil && !rep.DryRun {
		return callErr // the error says it all; nothing was sent
	}
	w := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
	if rep.DryRun {
		fmt.Fprintf(w, "dry run\tnothing is sent\n")
	}
	fmt.Fprintf(w, "to\t%s (%s)\n", rep.To, rep.Contract)
	if rep.From != "" {
		fmt.Fprintf(w, "from\t%s\n", rep.From)
	}
	fmt.Fprintf(w, "function\t%s\n", rep.Function)
	for i, a := range rep.Args {
		fmt.Fprintf(w, "  %s\t%s\n", a.Name, textValue(a.Value, true)+note(method.Inputs[i].Name, a.Value))
	}
	for _, kv := range rep.Info {
		if s, ok := kv.Value.(string); ok {
			fmt.Fprintf(w, "%s\t%s\n", kv.Name, s)
		} else {
			fmt.Fprintf(w, "%s\t%s\n", kv.Name, textValue(kv.Value, false))
		}
	}
	if rep.DryRun {
		fmt.Fprintf(w, "calldata\t%s\n", hexutil.Encode(rep.Calldata))
		switch {
		case rep.Simulation == nil:
			fmt.Fprintf(w, "simulation\tskipped: no sender (give a key or --from)\n")
		case rep.Simulation.OK:
			fmt.Fprintf(w, "simulation\tsucceeds, estimated gas %d\n", rep.Simulation.Gas)
		case ce != nil:
			fmt.Fprintf(w, "simulation\tREVERTS: %s\n", rep.Error.Message)
		default:
			fmt.Fprintf(w, "simulation\tFAILED: %s\n", rep.Error.Message)
		}
		fmt.Fprintf(w, "cast\t%s\n", shellJoin(rep.Cast))
		fmt.Fprintf(w, "\t(add your signer: --private-key, --keystore, --account or --ledger)\n")
	}
	if rep.Tx != nil {
		fmt.Fprintf(w, "transaction\t%s\n", rep.Tx.Hash.Hex())
		fmt.Fprintf(w, "block\t%d\n", rep.Tx.Block)
		fmt.Fprintf(w, "gas used\t%d\n", rep.Tx.GasUsed)
		fmt.Fprintf(w, "status\t%s\n", rep.Tx.Status)
		if len(rep.Events) == 0 {
			fmt.Fprintf(w, "events\tnone\n")
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(rep.Events) > 0 {
		fmt.Fprintln(s.out, "events:")
		printEvents(s.out, rep.Events)
	}
	return callErr
}

func printEvents(out io.Writer, events []txEvent) {
	for _, ev := range events {
		where := ev.Address
		if ev.Contract != "" {
			where = ev.Contract + " " + where
		}
		fmt.Fprintf(out, "  %s  (%s)\n", ev.Name, where)
		w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, f := range ev.Fields {
			fmt.Fprintf(w, "    %s\t%s\n", f.Name, textValue(f.Value, true)+note(f.Name, f.Value))
		}
		for i, t := range ev.Topics {
			fmt.Fprintf(w, "    topic %d\t%s\n", i, t.Hex())
		}
		if ev.Data != nil {
			fmt.Fprintf(w, "    data\t%s\n", textValue([]byte(ev.Data), true))
		}
		w.Flush()
	}
}

// note explains numbers whose meaning is a bitmask or a duration.
func note(field string, v any) string {
	n, ok := v.(*big.Int)
	if !ok {
		switch x := v.(type) {
		case uint8:
			n = big.NewInt(int64(x))
		case uint64:
			n = new(big.Int).SetUint64(x)
		default:
			return ""
		}
	}
	switch {
	case field == "roles":
		return " (" + strings.Join(roleNames(n), ", ") + ")"
	case field == "acceptedStatuses":
		return " (" + strings.Join(tcbPolicyNames(uint8(n.Uint64())), ", ") + ")"
	case field == "ttl" && n.IsUint64() && n.Uint64() < 1<<33:
		return " (" + (time.Duration(n.Uint64()) * time.Second).String() + ")"
	}
	return ""
}

// eventTable maps event ids to the events of the teereg contracts.
var eventTable = sync.OnceValue(func() map[common.Hash]struct {
	contract string
	event    abi.Event
} {
	table := make(map[common.Hash]struct {
		contract string
		event    abi.Event
	})
	for _, c := range []struct {
		name string
		meta *bind.MetaData
	}{
		{"Registry", bindings.RegistryMetaData},
		{"ArtifactStore", bindings.ArtifactStoreMetaData},
		{"DcapCollateralStore", bindings.DcapCollateralStoreMetaData},
		{"DcapQuoteVerifier", bindings.DcapQuoteVerifierMetaData},
		{"DcapPckChainVerifier", bindings.DcapPckChainVerifierMetaData},
	} {
		parsed, err := c.meta.GetAbi()
		if err != nil {
			continue
		}
		for _, ev := range parsed.Events {
			if _, dup := table[ev.ID]; !dup {
				table[ev.ID] = struct {
					contract string
					event    abi.Event
				}{c.name, ev}
			}
		}
	}
	return table
})

// decodeLogs decodes logs with the bindings' ABIs; known names the
// addresses the caller knows.
func decodeLogs(logs []*types.Log, known map[common.Address]string) []txEvent {
	out := make([]txEvent, 0, len(logs))
	for _, l := range logs {
		ev := txEvent{Address: l.Address.Hex(), Contract: known[l.Address]}
		var def abi.Event
		found := false
		if len(l.Topics) > 0 {
			if e, ok := eventTable()[l.Topics[0]]; ok {
				def, found = e.event, true
				if ev.Contract == "" {
					ev.Contract = e.contract
				}
			}
		}
		fields, err := decodeEvent(def, l)
		if !found || err != nil {
			ev.Name, ev.Topics, ev.Data = "unknown event", l.Topics, l.Data
			if found {
				ev.Name = def.Name + " (undecodable: " + err.Error() + ")"
			}
			out = append(out, ev)
			continue
		}
		ev.Name, ev.Fields = def.Name, fields
		out = append(out, ev)
	}
	return out
}

func decodeEvent(def abi.Event, l *types.Log) (namedValues, error) {
	if def.Name == "" {
		return nil, errors.New("unknown")
	}
	var indexed abi.Arguments
	for _, in := range def.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(l.Topics)-1 != len(indexed) {
		return nil, fmt.Errorf("%d indexed topics, want %d", len(l.Topics)-1, len(indexed))
	}
	values := make(map[string]any)
	if err := abi.ParseTopicsIntoMap(values, indexed, l.Topics[1:]); err != nil {
		return nil, err
	}
	if err := def.Inputs.UnpackIntoMap(values, l.Data); err != nil {
		return nil, err
	}
	fields := make(namedValues, 0, len(def.Inputs))
	for _, in := range def.Inputs {
		fields = append(fields, namedValue{Name: in.Name, Value: values[in.Name]})
	}
	return fields, nil
}

// namedValue is a named ABI value; namedValues marshal as a JSON object
// that keeps their order.
type namedValue struct {
	Name  string
	Value any
}

type namedValues []namedValue

func (nv namedValues) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, v := range nv {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(v.Name)
		if err != nil {
			return nil, err
		}
		val, err := json.Marshal(jsonValue(v.Value))
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// jsonValue renders an ABI value for JSON: byte strings, hashes and
// addresses as 0x-hex, integers as JSON numbers (of any size), tuples as
// objects.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case namedValues:
		return x
	case common.Address:
		return x.Hex()
	case *big.Int:
		return json.Number(x.String())
	case string, bool:
		return x
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array, reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return hexutil.Encode(byteSlice(rv))
		}
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = jsonValue(rv.Index(i).Interface())
		}
		return out
	case reflect.Struct:
		return structFields(rv)
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		return json.Number(fmt.Sprint(rv.Uint()))
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
		return json.Number(fmt.Sprint(rv.Int()))
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		return jsonValue(rv.Elem().Interface())
	}
	return fmt.Sprint(v)
}

// structFields names a tuple's fields as the ABI does (the json tag the
// abi package gives its struct fields), in order.
func structFields(rv reflect.Value) namedValues {
	out := make(namedValues, 0, rv.NumField())
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = strings.ToLower(f.Name[:1]) + f.Name[1:]
		}
		out = append(out, namedValue{Name: name, Value: rv.Field(i).Interface()})
	}
	return out
}

func byteSlice(rv reflect.Value) []byte {
	if rv.Kind() == reflect.Slice {
		return rv.Bytes()
	}
	b := make([]byte, rv.Len())
	reflect.Copy(reflect.ValueOf(b), rv)
	return b
}

// textValue renders an ABI value for people: strings quoted, byte strings
// in hex (long ones abbreviated when short is set), tuples in braces.
func textValue(v any, short bool) string {
	switch x := v.(type) {
	case nil:
		return "-"
	case string:
		return fmt.Sprintf("%q", x)
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case bool:
		return fmt.Sprint(x)
	case namedValues:
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = f.Name + ": " + textValue(f.Value, short)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array, reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := byteSlice(rv)
			if short && len(b) > 48 {
				return fmt.Sprintf("%s…%x (%d bytes)", hexutil.Encode(b[:16]), b[len(b)-8:], len(b))
			}
			return hexutil.Encode(b)
		}
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = textValue(rv.Index(i).Interface(), short)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Struct:
		return textValue(structFields(rv), short)
	case reflect.Pointer:
		if rv.IsNil() {
			return "-"
		}
		return textValue(rv.Elem().Interface(), short)
	}
	return fmt.Sprint(v)
}

// castSend is the `cast send` command line that makes the same call (the
// signer's options left to the reader). Calls whose arguments cast cannot
// take literally, or that are too long to paste, use --data.
func castSend(rpcURL string, to common.Address, method abi.Method, args []any, data []byte) []string {
	argv := []string{"cast", "send"}
	if rpcURL != "" {
		argv = append(argv, "--rpc-url", rpcURL)
	}
	argv = append(argv, to.Hex())
	lits := make([]string, 0, len(args))
	total := 0
	for i, in := range method.Inputs {
		lit, ok := castLiteral(in.Type, args[i])
		if !ok {
			lits = nil
			break
		}
		lits = append(lits, lit)
		total += len(lit)
	}
	if lits == nil || total > 2048 {
		return append(argv, "--data", hexutil.Encode(data))
	}
	return append(append(argv, method.Sig), lits...)
}

func castLiteral(t abi.Type, v any) (string, bool) {
	switch t.T {
	case abi.AddressTy:
		a, ok := v.(common.Address)
		return a.Hex(), ok
	case abi.BoolTy, abi.UintTy, abi.IntTy:
		return fmt.Sprint(v), true
	case abi.StringTy:
		s, ok := v.(string)
		return s, ok
	case abi.BytesTy, abi.FixedBytesTy:
		rv := reflect.ValueOf(v)
		if (rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array) || rv.Type().Elem().Kind() != reflect.Uint8 {
			return "", false
		}
		return hexutil.Encode(byteSlice(rv)), true
	}
	return "", false
}

// shellJoin quotes argv for a POSIX shell.
func shellJoin(argv []string) string {
	out := make([]string, len(argv))
	for i, a := range argv {
		out[i] = shellQuote(a)
	}
	return strings.Join(out, " ")
}

func shellQuote(s string) string {
	safe := s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_./:=@,+%", r)))
	})
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// roleBits are the registry's role bits by name; roleNames and parseRoles
// use them.
var roleBits = []struct {
	name    string
	aliases []string
}{
	{"operator", nil},
	{"metadata-writer", []string{"metadata_writer", "metadatawriter", "writer"}},
	{"kms-custodian", []string{"kms_custodian", "kmscustodian", "custodian"}},
}

// roleNames names the bits of a role bitmap.
func roleNames(n *big.Int) []string {
	var names []string
	for bit, r := range roleBits {
		if n.Bit(bit) == 1 {
			names = append(names, r.name)
		}
	}
	if n.BitLen() > len(roleBits) {
		rest := new(big.Int).Rsh(n, uint(len(roleBits)))
		names = append(names, fmt.Sprintf("unknown bits %#x", rest.Lsh(rest, uint(len(roleBits)))))
	}
	if len(names) == 0 {
		names = append(names, "none")
	}
	return names
}

// roleBitOf finds a role by name or alias.
func roleBitOf(name string) (int, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for bit, r := range roleBits {
		if name == r.name || slices.Contains(r.aliases, name) {
			return bit, true
		}
	}
	return 0, false
}
