// Package benchsummary collects the headline figure of each benchmark for
// `make bench`, which prints them as one table: when TEEREG_BENCH_SUMMARY
// names a file, Record appends a tab-separated line to it.
package benchsummary

import (
	"fmt"
	"os"
	"strings"
)

// Env names the summary file.
const Env = "TEEREG_BENCH_SUMMARY"

// Record appends "bench  metric  value  target" to the summary file, if any.
func Record(bench, metric, value, target string) error {
	path := os.Getenv(Env)
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("bench summary: %w", err)
	}
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }
	_, err = fmt.Fprintf(f, "%s\t%s\t%s\t%s\n", clean(bench), clean(metric), clean(value), clean(target))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
