package indexer

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

type codeErr struct {
	code int
	msg  string
}

func (e codeErr) Error() string  { return e.msg }
func (e codeErr) ErrorCode() int { return e.code }

// TestRangeErrorClassification: a range refused for its size is split; a
// rate limit (Infura also says -32005) is retried, never split down to a
// single block.
func TestRangeErrorClassification(t *testing.T) {
	for _, tc := range []struct {
		err        error
		tooLarge   bool
		rateLimits bool
	}{
		{codeErr{-32005, "query returned more than 10000 results"}, true, false},
		{errors.New("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"), true, false},
		{errors.New("block range is too large"), true, false},
		{rpc.HTTPError{StatusCode: 413}, true, false},
		{codeErr{-32005, "daily request count exceeded, request rate limited"}, false, true},
		{errors.New("rate limit exceeded"), false, true},
		{rpc.HTTPError{StatusCode: 429}, false, true},
		{errors.New("block range extends beyond current head block"), false, false},
		{errors.New("connection reset by peer"), false, false},
	} {
		if got := isRangeTooLarge(tc.err); got != tc.tooLarge {
			t.Errorf("isRangeTooLarge(%q) = %v", tc.err, got)
		}
		if got := isRateLimited(tc.err); got != tc.rateLimits {
			t.Errorf("isRateLimited(%q) = %v", tc.err, got)
		}
	}
}
