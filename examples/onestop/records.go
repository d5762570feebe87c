package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/motcua/motcua/dossier"
	"github.com/motcua/motcua/national"
	"github.com/motcua/motcua/sla"
)

// writeRecords writes the year's dossiers as the national public service
// portal's records (national.Record, the body of a "DongBoHoSoMC"
// envelope), one JSON object a line, in the order they arrived. A dossier
// refused at intake has no code of its own: its record carries the code the
// desk registered the refusal under (national.Extras.Code). It returns the
// number of records written; a dossier that cannot be exported stops the
// run with its *national.ExportError, naming the dossier.
func writeRecords(w io.Writer, sched *sla.Schedule, ds []dossier.Dossier, hs []handled) (int, error) {
	e, err := national.NewExporter(sched, nil)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	for i, d := range ds {
		var x *national.Extras
		if d.Code() == "" {
			x = &national.Extras{Code: hs[i].refusal}
		}
		r, err := e.Record(d, hs[i].procedure, x)
		if err != nil {
			return i, fmt.Errorf("record %d: %w", i+1, err) // a *national.ExportError
		}
		line, err := json.Marshal(r)
		if err != nil {
			return i, err
		}
		bw.Write(line) // a write error sticks: Flush returns it
		bw.WriteByte('\n')
	}
	return len(ds), bw.Flush()
}
