package dnsd

import (
	"time"

	"github.com/miekg/dns"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are dnsd's Prometheus metrics. The per-query counters are resolved
// once at start, so counting a query is an array index and an atomic add.
type metrics struct {
	queries    [2][len(qtypeLabels)][len(rcodeLabels)]prometheus.Counter
	truncs     prometheus.Counter
	drops      [numDropReasons]prometheus.Counter
	slips      prometheus.Counter
	transfers  *prometheus.CounterVec
	notifies   *prometheus.CounterVec
	reloads    *prometheus.CounterVec
	buildTime  prometheus.Histogram
	serial     prometheus.Gauge
	block      prometheus.Gauge
	instances  prometheus.Gauge
	skipped    prometheus.Gauge
	dbUp       prometheus.Gauge
	stale      prometheus.Gauge
	tcpConns   prometheus.Gauge
	tcpRefused prometheus.Counter
}

var qtypeLabels = [...]uint16{dns.TypeA, dns.TypeNS, dns.TypeSOA, dns.TypePTR, dns.TypeTXT, dns.TypeAAAA,
	dns.TypeSRV, dns.TypeTLSA, dns.TypeANY, dns.TypeAXFR, dns.TypeIXFR, 0}

var rcodeLabels = [...]int{rcodeNoError, rcodeFormErr, rcodeServFail, rcodeNXDomain, rcodeNotImp,
	rcodeRefused, rcodeNotAuth, rcodeBadVers}

type dropReason int

const (
	reasonMalformed dropReason = iota // too short or a response
	reasonRRL
	numDropReasons
)

var dropReasonLabels = [numDropReasons]string{"malformed", "rrl"}

func newMetrics(reg prometheus.Registerer, snapshot func() *Snapshot) *metrics {
	m := &metrics{}
	queries := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "dnsd_queries_total", Help: "DNS requests answered, by query type, response code and transport.",
	}, []string{"qtype", "rcode", "transport"})
	for t, tname := range []string{"udp", "tcp"} {
		for i, qt := range qtypeLabels {
			qname := "OTHER"
			if qt != 0 {
				qname = dns.TypeToString[qt]
			}
			for j, rc := range rcodeLabels {
				m.queries[t][i][j] = queries.WithLabelValues(qname, dns.RcodeToString[rc], tname)
			}
		}
	}
	m.truncs = prometheus.NewCounter(prometheus.CounterOpts{Name: "dnsd_truncated_total", Help: "Responses sent with TC because they did not fit."})
	drops := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dnsd_dropped_total", Help: "Requests not answered, by reason (malformed: too short or a response; rrl: rate limited)."}, []string{"reason"})
	for i, r := range dropReasonLabels {
		m.drops[i] = drops.WithLabelValues(r)
	}
	m.slips = prometheus.NewCounter(prometheus.CounterOpts{Name: "dnsd_rrl_slipped_total", Help: "Rate-limited requests answered with a truncated response (slip)."})
	m.transfers = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dnsd_transfers_total", Help: "Zone transfers, by result (ok, refused, error)."}, []string{"result"})
	m.notifies = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dnsd_notify_total", Help: "NOTIFY messages to secondaries, by result (ok, error)."}, []string{"result"})
	m.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dnsd_snapshot_reloads_total", Help: "Snapshot reloads from the database, by result (ok, error, not_indexed)."}, []string{"result"})
	m.buildTime = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dnsd_snapshot_load_seconds", Help: "Time to read the state and build a snapshot.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)})
	m.serial = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_snapshot_serial", Help: "SOA serial of the served snapshot (last indexed block mod 2^32)."})
	m.block = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_snapshot_block", Help: "Indexed block number the served snapshot was built from."})
	m.instances = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_snapshot_instances", Help: "Active instances in the served snapshot."})
	m.skipped = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_snapshot_skipped_instances", Help: "Active instances the snapshot could not serve (bad label or address, duplicate or reserved label)."})
	m.dbUp = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_database_up", Help: "1 while the database answered the last reload or notification wait, 0 while it is unreachable."})
	m.stale = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_snapshot_stale", Help: "1 while serving the last good snapshot because the database is unreachable."})
	m.tcpConns = prometheus.NewGauge(prometheus.GaugeOpts{Name: "dnsd_tcp_connections", Help: "Open TCP connections."})
	m.tcpRefused = prometheus.NewCounter(prometheus.CounterOpts{Name: "dnsd_tcp_connections_refused_total", Help: "TCP connections closed at once because the connection limit was reached."})
	age := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "dnsd_snapshot_age_seconds", Help: "Seconds since the served snapshot was built (-1: no snapshot yet). It grows while the database is unreachable and the safety poll keeps failing."}, func() float64 {
		s := snapshot()
		if s == nil {
			return -1
		}
		return time.Since(s.Built).Seconds()
	})
	reg.MustRegister(queries, m.truncs, drops, m.slips, m.transfers, m.notifies, m.reloads, m.buildTime,
		m.serial, m.block, m.instances, m.skipped, m.dbUp, m.stale, m.tcpConns, m.tcpRefused, age)
	return m
}

func (m *metrics) count(qtype uint16, rcode int, tr transport) {
	i := len(qtypeLabels) - 1
	for k, qt := range qtypeLabels[:len(qtypeLabels)-1] {
		if qt == qtype {
			i = k
			break
		}
	}
	j := 0
	for k, rc := range rcodeLabels {
		if rc == rcode {
			j = k
			break
		}
	}
	m.queries[tr][i][j].Inc()
}

func (m *metrics) truncated()             { m.truncs.Inc() }
func (m *metrics) dropped(r dropReason)   { m.drops[r].Inc() }
func (m *metrics) slipped()               { m.slips.Inc() }
func (m *metrics) transfer(result string) { m.transfers.WithLabelValues(result).Inc() }
