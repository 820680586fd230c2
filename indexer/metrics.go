package indexer

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	head, indexed, finalized prometheus.Gauge
	lagBlocks                prometheus.Gauge
	events                   prometheus.Counter
	reorgs                   prometheus.Counter
	reorgDepth               prometheus.Histogram
	rpcErrors                *prometheus.CounterVec
	commitSeconds            prometheus.Histogram
	headToCommitSeconds      prometheus.Histogram
	rangeSize                prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		head:      prometheus.NewGauge(prometheus.GaugeOpts{Name: "teereg_indexer_head_block", Help: "Newest block the node reported."}),
		indexed:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "teereg_indexer_indexed_block", Help: "Last block committed to PostgreSQL."}),
		finalized: prometheus.NewGauge(prometheus.GaugeOpts{Name: "teereg_indexer_finalized_block", Help: "Newest final block."}),
		lagBlocks: prometheus.NewGauge(prometheus.GaugeOpts{Name: "teereg_indexer_lag_blocks", Help: "Head minus last committed block."}),
		events:    prometheus.NewCounter(prometheus.CounterOpts{Name: "teereg_indexer_events_total", Help: "Events committed (rate() gives events/s)."}),
		reorgs:    prometheus.NewCounter(prometheus.CounterOpts{Name: "teereg_indexer_reorgs_total", Help: "Chain reorganisations rolled back."}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "teereg_indexer_reorg_depth_blocks", Help: "Blocks rolled back per reorg.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 8)}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "teereg_indexer_rpc_errors_total", Help: "Failed RPC calls (each was retried)."}, []string{"method"}),
		commitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "teereg_indexer_commit_seconds", Help: "Duration of one commit transaction.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
		headToCommitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "teereg_indexer_head_to_commit_seconds",
			Help: "Live mode: from seeing a new head to its commit.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
		rangeSize: prometheus.NewGauge(prometheus.GaugeOpts{Name: "teereg_indexer_getlogs_range_blocks", Help: "Current adaptive eth_getLogs range."}),
	}
	reg.MustRegister(m.head, m.indexed, m.finalized, m.lagBlocks, m.events, m.reorgs, m.reorgDepth, m.rpcErrors, m.commitSeconds, m.headToCommitSeconds, m.rangeSize)
	return m
}
