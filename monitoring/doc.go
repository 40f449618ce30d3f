// Package monitoring holds no code: it is the sample monitoring setup for
// programs built on the SDK, and its test checks the setup against the
// instruments the SDK records (package telemetry).
//
//   - otel-collector.yaml: an OpenTelemetry Collector receiving OTLP and
//     serving the metrics to Prometheus.
//   - prometheus.yaml: Prometheus scraping that collector.
//   - alerts.yaml: alert rules for the operations guide's objectives:
//     failed transactions, stuck nonces and time to inclusion, follower
//     lag, RPC error rate, storage integrity.
//   - alerts_test.yaml: unit tests of the rules for
//     `promtool test rules monitoring/alerts_test.yaml`.
package monitoring
