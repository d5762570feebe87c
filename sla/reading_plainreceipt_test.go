package sla

import "testing"

// TestPlainReceiptOnlySavesWork reads every tuning text with and without
// plainReceipt's early answer: the readings must not differ (the full rules
// of classifyClause are the naive oracle the fast path must agree with).
func TestPlainReceiptOnlySavesWork(t *testing.T) {
	readsAlikeWithout(t, "plainReceipt", func(on bool) { plainReceiptFirst = on })
}
