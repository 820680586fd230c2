package dcap

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// CallVerifyQuote verifies quote with a deployed DcapQuoteVerifier through
// eth_call at block (nil: latest), against the collateral the chain holds
// then. Nothing is sent; the Result has no gas. A revert (a malformed quote)
// is a *StepError of StepVerifyQuote with the decoded custom error.
func CallVerifyQuote(ctx context.Context, caller ethereum.ContractCaller, verifier common.Address, quote []byte, block *big.Int) (*Result, error) {
	abis, err := loadABIs()
	if err != nil {
		return nil, fmt.Errorf("dcap: %w", err)
	}
	data, err := abis.verifier.Pack("verifyQuote", quote)
	if err != nil {
		return nil, fmt.Errorf("dcap: encoding quote: %w", err)
	}
	ret, err := caller.CallContract(ctx, ethereum.CallMsg{To: &verifier, Data: data}, block)
	if err != nil {
		if _, ok := RevertData(err); ok {
			return nil, &StepError{Step: StepVerifyQuote, Err: ExplainError(err)}
		}
		return nil, fmt.Errorf("%s: eth_call: %w", StepVerifyQuote, err)
	}
	if len(ret) == 0 {
		return nil, &StepError{Step: StepVerifyQuote, Err: errors.New("empty return data (is there a verifier at " + verifier.Hex() + "?)")}
	}
	r, err := decodeVerdict(ret)
	if err != nil {
		return nil, &StepError{Step: StepVerifyQuote, Err: err}
	}
	return r, nil
}
