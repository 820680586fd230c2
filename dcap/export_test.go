package dcap

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/bindings"
)

// CollateralMutation flips the byte at Pos of one upload argument, named by
// its collateral field: root_ca_crl and pck_crl (DER), tcb_info and
// qe_identity (JSON), tcb_info_signature and qe_identity_signature (raw r‖s).
type CollateralMutation struct {
	Field string
	Pos   int
	Mask  byte
}

// MutationOutcome is what the chain made of a mutated collateral upload:
// UploadErr when it reverted; otherwise the verification of the quote once
// the mutated piece and the rest of the collateral are in place.
type MutationOutcome struct {
	UploadErr error
	Verdict   *Result
	VerifyErr error
}

// MutableFieldSize is the number of bytes of an upload argument.
func MutableFieldSize(c *collateral.Collateral, field string) (int, error) {
	u, err := prepare(c)
	if err != nil {
		return 0, err
	}
	b, _, err := u.field(field)
	return len(b), err
}

func (u *uploads) field(name string) ([]byte, string, error) {
	switch name {
	case collateral.FieldRootCACRL:
		return u.rootCRL, StepRootCACRL, nil
	case collateral.FieldPCKCRL:
		return u.pckCRL, StepPCKCRL, nil
	case collateral.FieldTCBInfo:
		return []byte(u.tcbInfo), StepTCBInfo, nil
	case collateral.FieldTCBInfoSignature:
		return u.tcbInfoSig, StepTCBInfo, nil
	case collateral.FieldQEIdentity:
		return []byte(u.qeID), StepQEIdentity, nil
	case collateral.FieldQEIdentitySignature:
		return u.qeIDSig, StepQEIdentity, nil
	}
	return nil, "", fmt.Errorf("no mutable field %q", name)
}

func (u *uploads) mutated(m CollateralMutation) (*uploads, string, error) {
	b, step, err := u.field(m.Field)
	if err != nil {
		return nil, "", err
	}
	if m.Pos < 0 || m.Pos >= len(b) {
		return nil, "", fmt.Errorf("%s has no byte %d", m.Field, m.Pos)
	}
	b = slices.Clone(b)
	b[m.Pos] ^= m.Mask
	c := *u
	switch m.Field {
	case collateral.FieldRootCACRL:
		c.rootCRL = b
	case collateral.FieldPCKCRL:
		c.pckCRL = b
	case collateral.FieldTCBInfo:
		c.tcbInfo = string(b)
	case collateral.FieldTCBInfoSignature:
		c.tcbInfoSig = b
	case collateral.FieldQEIdentity:
		c.qeID = string(b)
	case collateral.FieldQEIdentitySignature:
		c.qeIDSig = b
	}
	return &c, step, nil
}

// ProbeCollateralMutations simulates, for each mutation, the upload of the
// mutated piece after the pieces uploaded before it, at time at. Mutants of
// one piece share a simulation as long as they revert (a revert leaves no
// state); a mutant whose upload succeeds is followed by the rest of the
// collateral and the verification of quote in a simulation of its own.
func (s *Simulator) ProbeCollateralMutations(ctx context.Context, quote []byte, c *collateral.Collateral, root []byte, at time.Time, muts []CollateralMutation) ([]MutationOutcome, error) {
	p, err := s.newPlan(ctx, c, root, at)
	if err != nil {
		return nil, err
	}
	abis, err := loadABIs()
	if err != nil {
		return nil, err
	}
	out := make([]MutationOutcome, len(muts))
	encode := func(m CollateralMutation) (ethereum.CallMsg, string, []uploadCall, error) {
		u, step, err := p.u.mutated(m)
		if err != nil {
			return ethereum.CallMsg{}, "", nil, err
		}
		calls, err := uploadCalls(abis.store, u)
		if err != nil {
			return ethereum.CallMsg{}, "", nil, err
		}
		for _, uc := range calls {
			if uc.step == step {
				return ethereum.CallMsg{To: &p.store, Data: uc.data}, step, calls, nil
			}
		}
		return ethereum.CallMsg{}, "", nil, fmt.Errorf("no upload for %s", step)
	}
	setupBefore := func(step string) (*plan, []simCall) {
		i := slices.IndexFunc(p.setup, func(sc simCall) bool { return sc.step == step })
		q := *p
		q.setup = p.setup[:i]
		return &q, p.setup[i+1:]
	}
	for i := 0; i < len(muts); {
		_, step, _, err := encode(muts[i])
		if err != nil {
			return nil, err
		}
		// The run of mutations of the same piece starting at i.
		j := i
		var calls []ethereum.CallMsg
		for ; j < len(muts) && len(calls) < maxQuotesPerSimulation; j++ {
			msg, st, _, err := encode(muts[j])
			if err != nil {
				return nil, err
			}
			if st != step {
				break
			}
			calls = append(calls, msg)
		}
		before, after := setupBefore(step)
		_, results, err := s.execute(ctx, before, calls)
		if err != nil {
			return nil, err
		}
		k := 0
		for ; k < len(results); k++ {
			if err := callError(results[k]); err != nil {
				out[i+k].UploadErr = &StepError{Step: step, Err: err}
				continue
			}
			break
		}
		if k == len(results) {
			i = j
			continue
		}
		// Mutant i+k uploaded: finish the setup with it and verify.
		msg, _, _, _ := encode(muts[i+k])
		full := *before
		full.setup = append(slices.Clone(before.setup), simCall{step: step, msg: msg})
		full.setup = append(full.setup, after...)
		res, err := s.simulate(ctx, &full, [][]byte{quote})
		if err != nil {
			out[i+k].VerifyErr = err
		} else {
			out[i+k].Verdict, out[i+k].VerifyErr = res[0].Result, res[0].Err
		}
		i += k + 1
	}
	return out, nil
}

// VerifyGas is what BenchVerify measured.
type VerifyGas struct {
	// Cached is the first verifyQuote transaction after the collateral push,
	// whose PCK CA the store cached when the PCK CRL was uploaded; Repeat is a
	// second one right after it (a separate transaction, so equally cold).
	Cached, Repeat uint64
	// Uncached is a verifyQuote transaction whose PCK CA is not cached (the
	// cache entry cleared by a state override), so the store verifies and
	// caches it on the way: the path a quote carrying a re-issued CA
	// certificate takes the first time.
	Uncached uint64
	Steps    []StepGas
}

// BenchVerify measures the gas of verifying quote at time at (setup and
// cached runs in a block at at, the uncached run in a block one second later).
func (s *Simulator) BenchVerify(ctx context.Context, quote []byte, c *collateral.Collateral, root []byte, at time.Time) (*VerifyGas, error) {
	p, err := s.newPlan(ctx, c, root, at)
	if err != nil {
		return nil, err
	}
	abis, err := loadABIs()
	if err != nil {
		return nil, err
	}
	q, err := tdxquote.Parse(quote)
	if err != nil {
		return nil, err
	}
	chain, err := collateral.ParseCertChain(q.PCKCertChain)
	if err != nil || len(chain) != 3 {
		return nil, fmt.Errorf("PCK chain: %v (%d certificates)", err, len(chain))
	}
	caHash := crypto.Keccak256Hash(chain[1].Raw)
	verify, _ := abis.verifier.Pack("verifyQuote", quote)
	lookup, _ := abis.store.Pack("intermediate", caHash)
	call := func(to common.Address, data []byte) ethereum.CallMsg {
		return ethereum.CallMsg{From: s.from, To: &to, Data: data, Gas: params.MaxTxGas}
	}
	setup := make([]ethereum.CallMsg, 0, len(p.setup)+2)
	for _, sc := range p.setup {
		m := sc.msg
		m.From, m.Gas = s.from, params.MaxTxGas
		setup = append(setup, m)
	}
	setup = append(setup, call(p.verifier, verify), call(p.verifier, verify))
	// _intermediates is the store's first state variable (slot 0); an
	// Intermediate takes five slots. The lookups around the uncached run
	// check that the override cleared the entry and the run cached it again.
	base := new(big.Int).SetBytes(crypto.Keccak256(caHash[:], common.Hash{}.Bytes()))
	clear := map[common.Hash]common.Hash{}
	for i := range int64(5) {
		clear[common.BigToHash(new(big.Int).Add(base, big.NewInt(i)))] = common.Hash{}
	}
	blocks := []ethclient.SimulateBlock{
		{BlockOverrides: &ethereum.BlockOverrides{Time: p.at, GasLimit: params.MaxTxGas * uint64(len(setup))}, Calls: setup},
		{
			BlockOverrides: &ethereum.BlockOverrides{Time: p.at + 1, GasLimit: params.MaxTxGas * 3},
			StateOverrides: map[common.Address]ethereum.OverrideAccount{p.store: {StateDiff: clear}},
			Calls:          []ethereum.CallMsg{call(p.store, lookup), call(p.verifier, verify), call(p.store, lookup)},
		},
	}
	res, err := s.client.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: blocks}, nil)
	if err != nil {
		return nil, err
	}
	all := append(append([]ethclient.SimulateCallResult{}, res[0].Calls...), res[1].Calls...)
	g := &VerifyGas{}
	for i, sc := range p.setup {
		if err := callError(all[i]); err != nil {
			return nil, &StepError{Step: sc.step, Err: err}
		}
		if sc.step != StepCheckAddresses {
			g.Steps = append(g.Steps, StepGas{Step: sc.step, GasUsed: all[i].GasUsed})
		}
	}
	rest := all[len(p.setup):]
	for i, r := range rest {
		if err := callError(r); err != nil {
			return nil, fmt.Errorf("benchmark call %d: %w", i, err)
		}
	}
	for _, i := range []int{0, 1, 3} {
		v, err := decodeVerdict(rest[i].ReturnValue)
		if err != nil || !v.Valid {
			return nil, fmt.Errorf("benchmark verification %d: %v %+v", i, err, v)
		}
	}
	cleared, err := abis.store.Unpack("intermediate", rest[2].ReturnValue)
	if err != nil || abi.ConvertType(cleared[0], new(bindings.DcapCollateralStoreIntermediate)).(*bindings.DcapCollateralStoreIntermediate).SubjectHash != ([32]byte{}) {
		return nil, fmt.Errorf("the state override did not clear the cached PCK CA: %v", err)
	}
	recached, err := abis.store.Unpack("intermediate", rest[4].ReturnValue)
	if err != nil || abi.ConvertType(recached[0], new(bindings.DcapCollateralStoreIntermediate)).(*bindings.DcapCollateralStoreIntermediate).SubjectHash == ([32]byte{}) {
		return nil, fmt.Errorf("the uncached verification did not cache the PCK CA: %v", err)
	}
	g.Cached, g.Repeat, g.Uncached = rest[0].GasUsed, rest[1].GasUsed, rest[3].GasUsed
	return g, nil
}
