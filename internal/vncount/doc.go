// Package vncount writes how many originals and copies of a paper are asked
// for or filed, as one-stop slips write it: "01 bản chính, 02 bản sao". The
// intake check (dossier.Intake.ToAdd) and the slips of dossier/form share it.
package vncount
