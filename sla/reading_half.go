package sla

import "strconv"

// Halves written in words or as "½": "02 ngày rưỡi làm việc" (two and a
// half), "hai ngày rưỡi", "nửa ngày làm việc" (half a day), "½ ngày",
// "1½ ngày". Tokenize rewrites each as the decimal the digits give,
// "2,5 ngày làm việc", "0,5 ngày", so that every check reads them as it
// reads "2,5" and "0,5": half a working day or hour is an amount, half a
// calendar day or month is reported as unreadable (a Limit holds whole
// calendar days and months), as "1,5 tháng" is. Before, "02 ngày rưỡi làm
// việc" read as 2 calendar days and "1 giờ rưỡi" as 1 working hour,
// silently short, and "nửa ngày làm việc" as nothing.
//
// A half month is not converted to 15 days: the Civil Code 2015 counts
// "nửa tháng" as fifteen days only for a period that does not run on
// without a break (Art. 146(1)(d), "mà khoảng thời gian diễn ra không
// liền nhau"; domain/legal.md §6.4), and a time limit runs on.

// readHalves rewrites the halves in toks as decimals, in place, and returns
// the tokens left. The rewritten number keeps the span of what it replaced
// (its at and end), so that the reader quotes the original words. It
// allocates only for "rưỡi", whose amount's text is new.
func readHalves(toks []token) []token {
	return dropSpans(toks, func(toks []token, i int) (int, int) {
		t := &toks[i]
		switch {
		case t.kind == tokNum && halfUnitAt(toks, i+1) && wordAt(toks, i+2, "ruoi") && wholeAmount(toks, i):
			// "02 ngày rưỡi làm việc", "1 giờ rưỡi" (and the common
			// misspelling "rưởi", which folds alike): the number and a
			// half, its unit stays.
			t.text = t.text + ",5"
			toks[i+1].end = toks[i+2].end
			return 2, i + 2
		case t.kind == tokNum && punctAt(toks, i+1, "½") && !toks[i+1].space && halfUnitAt(toks, i+2) && wholeAmount(toks, i):
			// "1½ ngày"
			t.text = t.text + ",5"
			t.end = toks[i+1].end
			return 1, i + 1
		case t.kind == tokPunct && t.text == "½" && !kindAt(toks, i-1, tokNum) && halfUnitAt(toks, i+1):
			// "½ ngày"
			t.kind, t.text = tokNum, "0,5"
		case t.kind == tokWord && t.text == "nua" && !kindAt(toks, i-1, tokNum) && halfUnitAt(toks, i+1):
			// "nửa ngày làm việc", "trong nửa giờ". ("nữa", more, folds
			// alike; right before a unit it stands for the misspelt
			// "nửa", and "thêm 05 ngày nữa" has it after its unit.)
			t.kind, t.text, t.key = tokNum, "0,5", false
		case t.kind == tokWord && isNumberWord(t.text):
			// "hai ngày rưỡi", "mười lăm ngày rưỡi": the words become
			// the number in digits, as "2 ngày rưỡi".
			k := numberWordsFrom(toks, i, 5)
			if !halfUnitAt(toks, k) || !wordAt(toks, k+1, "ruoi") || wordAt(toks, i-1, "ngay") || wordAt(toks, i-1, "thang") || kindAt(toks, k+2, tokNum) {
				// ("Mười ngày rưỡi 10,5 ngày làm việc": the digits that
				// follow say it again, and numberInWords leaves the words
				// to them.)
				return 0, 0
			}
			v, ok := parseNumberWords(toks[i:k])
			if !ok || v == 0 || v >= 100 {
				return 0, 0
			}
			unit := toks[k]
			unit.end = toks[k+1].end
			t.kind, t.text, t.key, t.end = tokNum, strconv.Itoa(v)+",5", false, toks[k-1].end
			toks[i+1] = unit
			return 2, k + 1
		}
		return 0, 0
	})
}

// halfUnitAt reports whether toks[k] is a unit a half may be of: "ngày",
// "giờ", "tháng", "tuần" or "năm", as a unit rather than a date's part (no
// number right after it: "nửa ngày 15" is no half day).
func halfUnitAt(toks []token, k int) bool {
	return k < len(toks) && toks[k].kind == tokWord && isUnitWord(toks[k].text) && toks[k].text != "phut" && !kindAt(toks, k+1, tokNum)
}

// wholeAmount reports whether the number at i is a whole amount below 100
// that is no part of a date or code ("ngày 15 tháng rưỡi" is no amount).
func wholeAmount(toks []token, i int) bool {
	t := toks[i]
	if len(t.text) > 2 || punctAt(toks, i-1, "/") || punctAt(toks, i-1, ".") && !toks[i].space {
		return false
	}
	for j := 0; j < len(t.text); j++ {
		if !isDigit(t.text[j]) {
			return false
		}
	}
	return !wordAt(toks, i-1, "ngay") && !wordAt(toks, i-1, "thang")
}
