// Package vnfold folds Vietnamese letters for matching: lower case, without
// diacritics, "đ" as "d", whether the text is precomposed (NFC) or uses
// combining marks (NFD). The packages that read Vietnamese catalogue text
// (sla's limit parser, procedure's name search) build on it.
package vnfold
