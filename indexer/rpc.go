package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// RPC is the JSON-RPC surface the indexer uses: *rpc.Client satisfies it.
type RPC interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Subscriber is implemented by RPC clients that can push new heads
// (WebSocket, IPC, in-process); the indexer then reacts to a block at once
// instead of at the next poll.
type Subscriber interface {
	EthSubscribe(ctx context.Context, channel any, args ...any) (*rpc.ClientSubscription, error)
}

// chain wraps an RPC client with retries: transient faults (timeouts,
// dropped connections, 429 and 5xx) are retried with capped exponential
// backoff until the context ends, so no range is ever skipped.
type chain struct {
	rpc     RPC
	timeout time.Duration
	log     *slog.Logger
	metrics *metrics
}

type rpcHeader struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
}

func (h *rpcHeader) ref() blockRef {
	return blockRef{Number: uint64(h.Number), Hash: h.Hash, Parent: h.ParentHash, Time: uint64(h.Time)}
}

// errNotFound: the node has no such block (yet, or any more after a reorg).
var errNotFound = errors.New("block not found")

// retry runs call until it succeeds, the error is permanent, or ctx ends.
func (c *chain) retry(ctx context.Context, what string, call func(ctx context.Context) error) error {
	backoff := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, c.timeout)
		err := call(cctx)
		cancel()
		if err == nil || ctx.Err() != nil || isPermanent(err) {
			if err != nil && ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		c.metrics.rpcErrors.WithLabelValues(what).Inc()
		c.log.Warn("RPC call failed; retrying", "call", what, "attempt", attempt, "backoff", backoff, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(backoff + rand.N(backoff/2+1)):
		}
		backoff = min(backoff*2, 10*time.Second)
	}
}

// isPermanent reports errors that retrying cannot fix: a range the node
// refuses as too large (the caller splits it) and a missing block.
func isPermanent(err error) bool {
	return errors.Is(err, errNotFound) || isRangeTooLarge(err)
}

// isRangeTooLarge recognises the ways nodes and providers refuse an
// eth_getLogs range for its size: geth/erigon/reth/anvil result limits,
// Alchemy, Infura and QuickNode messages, and response-size limits. Rate
// limiting (which Infura also reports with code -32005) is not among them:
// it is transient and retried with backoff.
func isRangeTooLarge(err error) bool {
	if err == nil || isRateLimited(err) {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && httpErr.StatusCode == 413 {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"query returned more than", "too many results", "more than 10000 results", "log response size exceeded",
		"response size exceeded", "response size should not", "range too large", "block range is too large",
		"block range too large", "exceed maximum block range", "query timeout exceeded", "response is too big",
		"logs matched by query exceeds", "max results", "read limit exceeded",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// isRateLimited recognises a provider's rate limiting.
func isRateLimited(err error) bool {
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && httpErr.StatusCode == 429 {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"rate limit", "too many requests", "request limit", "capacity", "throughput", "credits"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (c *chain) chainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	err := c.retry(ctx, "eth_chainId", func(ctx context.Context) error { return c.rpc.CallContext(ctx, &id, "eth_chainId") })
	return uint64(id), err
}

// header returns a block by number or tag ("latest", "finalized").
func (c *chain) header(ctx context.Context, block string) (blockRef, error) {
	var h *rpcHeader
	err := c.retry(ctx, "eth_getBlockByNumber", func(ctx context.Context) error {
		h = nil
		if err := c.rpc.CallContext(ctx, &h, "eth_getBlockByNumber", block, false); err != nil {
			return err
		}
		if h == nil {
			return fmt.Errorf("block %s: %w", block, errNotFound)
		}
		return nil
	})
	if err != nil {
		return blockRef{}, err
	}
	return h.ref(), nil
}

func (c *chain) headerAt(ctx context.Context, n uint64) (blockRef, error) {
	return c.header(ctx, hexutil.EncodeUint64(n))
}

// finalizedTag returns the node's finalized block, ok=false when the node
// does not know the tag.
func (c *chain) finalizedTag(ctx context.Context) (blockRef, bool, error) {
	var h *rpcHeader
	cctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	err := c.rpc.CallContext(cctx, &h, "eth_getBlockByNumber", "finalized", false)
	if err != nil {
		// Nodes without the tag answer "unknown block"/"invalid block
		// number or tag"-style errors naming it; anything else (a broken
		// proxy, a timeout) is an error, retried by the caller's step.
		msg := strings.ToLower(err.Error())
		if strings.Contains(msg, "finalized") || strings.Contains(msg, "unknown block") || strings.Contains(msg, "block tag") {
			return blockRef{}, false, nil
		}
		return blockRef{}, false, err
	}
	if h == nil {
		return blockRef{}, false, nil
	}
	return h.ref(), true, nil
}

type logFilter struct {
	FromBlock string           `json:"fromBlock,omitempty"`
	ToBlock   string           `json:"toBlock,omitempty"`
	BlockHash *common.Hash     `json:"blockHash,omitempty"`
	Address   []common.Address `json:"address"`
}

// logsInRange returns the logs of final blocks [from, to]. A range the node
// refuses as too large is an error the caller answers by splitting.
func (c *chain) logsInRange(ctx context.Context, addrs []common.Address, from, to uint64) ([]types.Log, error) {
	var logs []types.Log
	err := c.retry(ctx, "eth_getLogs", func(ctx context.Context) error {
		logs = nil
		return c.rpc.CallContext(ctx, &logs, "eth_getLogs", logFilter{FromBlock: hexutil.EncodeUint64(from), ToBlock: hexutil.EncodeUint64(to), Address: addrs})
	})
	if err != nil {
		return nil, err
	}
	return logs, checkLogs(logs, from, to, nil)
}

// logsOfBlock returns the logs of one block by hash, so they cannot belong
// to a sibling that replaced it.
func (c *chain) logsOfBlock(ctx context.Context, addrs []common.Address, b blockRef) ([]types.Log, error) {
	var logs []types.Log
	err := c.retry(ctx, "eth_getLogs", func(ctx context.Context) error {
		logs = nil
		h := b.Hash
		return c.rpc.CallContext(ctx, &logs, "eth_getLogs", logFilter{BlockHash: &h, Address: addrs})
	})
	if err != nil {
		return nil, err
	}
	return logs, checkLogs(logs, b.Number, b.Number, &b.Hash)
}

// checkLogs rejects answers no honest node gives: logs outside the range,
// removed logs, or logs out of order.
func checkLogs(logs []types.Log, from, to uint64, hash *common.Hash) error {
	for i, l := range logs {
		if l.Removed {
			return fmt.Errorf("eth_getLogs returned a removed log (block %d index %d)", l.BlockNumber, l.Index)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return fmt.Errorf("eth_getLogs for blocks %d..%d returned a log of block %d", from, to, l.BlockNumber)
		}
		if hash != nil && l.BlockHash != *hash {
			return fmt.Errorf("eth_getLogs for block %s returned a log of block %s", hash, l.BlockHash)
		}
		if i > 0 {
			p := logs[i-1]
			if p.BlockNumber > l.BlockNumber || (p.BlockNumber == l.BlockNumber && p.Index >= l.Index) {
				return fmt.Errorf("eth_getLogs returned logs out of order at block %d index %d", l.BlockNumber, l.Index)
			}
		}
	}
	return nil
}

// MaxResponseBytes bounds one JSON-RPC response over WebSocket. eth_getLogs
// answers for busy ranges run to tens of megabytes; go-ethereum's default
// (32 MiB) would drop the connection instead, and every retry would pay for
// the whole answer again. Larger answers are split like any other range the
// node refuses.
const MaxResponseBytes = 512 << 20

// Dial connects to a JSON-RPC endpoint (http, https, ws, wss or an IPC path)
// the way the indexer needs it.
func Dial(ctx context.Context, url string) (*rpc.Client, error) {
	return rpc.DialOptions(ctx, url, rpc.WithWebsocketMessageSizeLimit(MaxResponseBytes))
}
