package national

// SetEnvelopeBudget lets a test fill an envelope with a few records: the
// most bytes of records (or step records) Changes puts in one envelope.
func SetEnvelopeBudget(e *Exporter, n int) { e.budget = n }
