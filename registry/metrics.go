package registry

import (
	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	provisions    *prometheus.CounterVec   // outcome, code
	duration      *prometheus.HistogramVec // outcome
	challenges    *prometheus.CounterVec   // result: issued, refused
	confirmations *prometheus.CounterVec   // result
	configs       *prometheus.CounterVec   // result
	secrets       *prometheus.CounterVec   // result
	dbLag         prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer, outstanding func() float64, sealed func() float64) *metrics {
	m := &metrics{
		provisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_provisions_total",
			Help: "Provisioning decisions by outcome (granted, refused, failed) and code (empty when granted).",
		}, []string{"outcome", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "teereg_registry_provision_duration_seconds",
			Help:    "Time to answer POST /v1/provision, by outcome.",
			Buckets: []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .2, .5, 1, 2, 5, 10, 30},
		}, []string{"outcome"}),
		challenges: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_challenges_total",
			Help: "Challenge nonces issued, or refused (too many outstanding, KMS sealed).",
		}, []string{"result"}),
		confirmations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_chain_confirmations_total",
			Help: "Decisions that needed an eth_call at the final block, by why (stale, not_final, no_database) and result (confirmed, refused, disagreed, failed).",
		}, []string{"why", "result"}),
		configs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_config_resolutions_total",
			Help: "Configuration resolutions: ok, unavailable (no backend served the hash), invalid (template or secret).",
		}, []string{"result"}),
		secrets: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_secrets_opened_total",
			Help: "Secret envelopes the KMS opened for configurations, or failed to (missing, malformed, not opening).",
		}, []string{"result"}),
		dbLag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "teereg_registry_database_lag_seconds",
			Help: "Wall clock minus the block time of the indexer's cursor, at the last decision.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.provisions, m.duration, m.challenges, m.confirmations, m.configs, m.secrets, m.dbLag,
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "teereg_registry_challenges_outstanding",
				Help: "Challenge nonces issued and not used yet (expired ones included until swept).",
			}, outstanding),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "teereg_registry_kms_sealed",
				Help: "1 while the KMS is sealed (provisioning refused with kms_sealed).",
			}, sealed))
	}
	return m
}
