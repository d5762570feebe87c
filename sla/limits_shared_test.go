package sla_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// sharedWindow is how many characters of a held-out text's normalised
// wording (lower case, spaces collapsed) must stand in a tuning text for
// the two to count as sharing wording.
const sharedWindow = 50

// TestReadLimitHeldOutUnsharedWording splits the held-out set by wording.
// A held-out text shares wording with the tuning corpus when its first, last
// or (for a text over 120 characters) middle 50 characters stand in a
// tuning text:
// the same procedure published by another province, another cut of the
// same legal sentence, a template copied between decrees. About two texts
// in five do (December 2026), and the reader does better on them; the
// figure on the others says how it reads wording it has never seen. It
// logs both and keeps the unshared figure from falling (unsharedFloor).
func TestReadLimitHeldOutUnsharedWording(t *testing.T) {
	tuning := loadCorpus(t)
	_, files := corpusFiles(t)
	held := loadCorpusFiles(t, files...)
	shared := sharesWording(held, tuning)
	var with, without []corpusRow
	for i, r := range held {
		if shared[i] {
			with = append(with, r)
		} else {
			without = append(without, r)
		}
	}
	for _, set := range []struct {
		name string
		rows []corpusRow
	}{{"sharing wording with the tuning corpus", with}, {"sharing none", without}} {
		s := scoreCorpus(t, set.rows)
		t.Logf("held-out texts %s (%d): single limits %d/%d, alternatives %d/%d, other events %d/%d",
			set.name, len(set.rows), s.singleOK, s.single, s.right["alternatives"], s.kinds["alternatives"], s.right["event"], s.kinds["event"])
		if set.name != "sharing none" {
			continue
		}
		got := [3]int{s.singleOK, s.right["alternatives"], s.right["event"]}
		if got[0] < unsharedFloor[0] || got[1] < unsharedFloor[1] || got[2] < unsharedFloor[2] {
			t.Errorf("on held-out texts that share no wording with the tuning corpus the reader reads %v (single limits, alternatives, other events) as labelled, fewer than the %v of the last measure (if tuning rows were added, texts may have moved to the shared side: measure again and lower the floor, saying why)", got, unsharedFloor)
		}
	}
}

// unsharedFloor is the last measure of the reader on the held-out texts that
// share no wording with the tuning corpus (single limits with the right due
// date, alternatives, other events): a ratchet, as heldOutFloor is. First
// measured in the eighteenth session, on 8,133 of 13,339 held-out texts:
// 1130/1329 (85.0 %), 1014/1116 (90.9 %), 3016/3342 (90.2 %); on the 5,206
// that share wording 1982/2110 (93.9 %), 960/1016 (94.5 %), 1556/1699
// (91.6 %). New tuning rows can move a held-out text to the shared side:
// then measure again and lower the floor, saying why. (The same session's
// last draw, heldout_legal_rest.tsv, was chosen to share no wording; its
// tuning half moved 23 texts to the shared side: 8,392 of 13,621 texts
// share none, 1143/1345 (85.0 %), 1023/1126 (90.9 %), 3140/3476 (90.3 %).
// With a second such draw's held-out half, heldout_legal_rest2.tsv: 8,527
// of 13,756 share none, 1151/1357 (84.8 %), 1036/1140 (90.9 %), 3205/3545
// (90.4 %). Its tuning half moved 5 texts to the shared side: 8,522 share
// none, 1151/1357 (84.8 %), 1036/1140 (90.9 %), 3203/3542 (90.4 %). A
// third such draw, heldout_legal_rest3.tsv, and its tuning half (4 texts
// moved to the shared side): 8,605 of 13,843 share none, 1155/1362
// (84.8 %), 1038/1142 (90.9 %), 3251/3594 (90.5 %). With a fourth,
// heldout_legal_rest4.tsv: 8,660 of 13,898 share none, 1158/1365
// (84.8 %), 1040/1146 (90.8 %), 3283/3631 (90.4 %). Its tuning half,
// legal_rest4.tsv (nineteenth session), moved one text, an event read as
// labelled, to the shared side: 8,659 share none, 1158/1365 (84.8 %),
// 1040/1146 (90.8 %), 3282/3630 (90.4 %). With a fifth such draw's
// held-out half, heldout_legal_rest5.tsv: 8,724 of 13,963 share none,
// 1164/1371 (84.9 %), 1048/1154 (90.8 %), 3321/3671 (90.5 %); its tuning
// half moved none. With a sixth, heldout_legal_rest6.tsv: 8,783 of 14,022
// share none, 1167/1374 (84.9 %), 1054/1160 (90.9 %), 3358/3712 (90.5 %).
// Its tuning half, legal_rest6.tsv, moved three texts (two events read as
// labelled) to the shared side: 8,780 share none, 1167/1374, 1054/1160,
// 3356/3710 (90.5 %). With a seventh, heldout_legal_rest7.tsv: 8,829 of
// 14,071 share none, 1174/1381 (85.0 %), 1056/1162 (90.9 %), 3384/3741
// (90.5 %). Its tuning half's rule for a recommendation answered to the
// body that made it: other events 3386/3741 (90.5 %). With an eighth,
// heldout_legal_rest8.tsv: 8,867 of 14,109 share none, 1177/1385
// (85.0 %), 1060/1167 (90.8 %), 3409/3765 (90.5 %). Its tuning half,
// legal_rest8.tsv, moved three texts (two alternatives and an event, all
// read as labelled) to the shared side: 8,864 share none, 1177/1385,
// 1058/1165, 3408/3764. With a ninth, heldout_legal_rest9.tsv: 8,904 of
// 14,149 share none, 1183/1393 (84.9 %), 1060/1167 (90.8 %), 3432/3790
// (90.6 %). With heldout_catalogue_repos43.tsv (the portal's catalogue,
// 78 texts, 57 of them sharing wording): 8,925 of 14,227 share none,
// 1187/1398 (84.9 %), 1065/1173 (90.8 %), 3440/3799 (90.6 %). Its tuning
// half, catalogue_repos43.tsv, moved fifteen texts to the shared side (a
// single limit, an alternative and thirteen events, twelve of them read
// as labelled; the catalogue repeats itself): 8,910 share none,
// 1186/1397 (84.9 %), 1064/1172 (90.8 %), 3428/3786 (90.5 %). With
// heldout_catalogue_repos44.tsv (39 texts, 33 of them sharing wording):
// 8,916 of 14,266 share none, 1188/1399 (84.9 %), 1065/1173 (90.8 %),
// 3431/3789 (90.6 %). Its tuning half, catalogue_repos44.tsv, moved five
// texts to the shared side (two single limits, an alternative and two
// events, all read as labelled) and its rules gained one event and one
// limit on the shared side: 8,911 share none, 1186/1397 (84.9 %),
// 1064/1172 (90.8 %), 3430/3787 (90.6 %). With catalogue_repos45 (its 25
// held-out texts all share wording, and its tuning half moved three more
// texts, one event read as labelled, to the shared side): 8,908 of 14,291
// share none, 1186/1397, 1064/1172, 3429/3786. With a tenth unseen-wording
// draw, heldout_legal_rest10.tsv: 8,949 of 14,332 share none, 1186/1398
// (84.8 %), 1067/1175 (90.8 %), 3461/3818 (90.6 %). Its tuning half,
// legal_rest10.tsv, moved one event read as labelled to the shared side:
// 8,948 share none, 1186/1398, 1067/1175, 3460/3817. With
// heldout_provincial_repos2.tsv (two repositories the corpus had not used):
// 8,989 of 14,380 share none, 1200/1420 (84.5 %), 1076/1186 (90.7 %),
// 3463/3821 (90.6 %). With an eleventh unseen-wording draw,
// heldout_legal_rest11.tsv: 9,011 of 14,402 share none, 1201/1421
// (84.5 %), 1077/1188 (90.7 %), 3480/3838 (90.7 %); its tuning half's
// rules: other events 3481/3838. With heldout_catalogue_repos46.tsv (80
// texts, 51 of them sharing wording): 9,040 of 14,482 share none,
// 1212/1432 (84.6 %), 1082/1193 (90.7 %), 3487/3846 (90.7 %). Its tuning
// half, catalogue_repos46.tsv, moved seven texts (five single limits read
// right, as the catalogue repeats itself) to the shared side: 9,033 share
// none, 1207/1427 (84.6 %), 1082/1193, 3487/3846. The twentieth session:
// its first rules and heldout_web_pages_sixteenth.tsv (46 texts) gave 9,070
// of 14,528 sharing none, 1216/1435 (84.7 %), 1085/1197 (90.6 %),
// 3499/3859 (90.7 %); its tuning half, web_pages_sixteenth.tsv, moved
// twelve texts (one single limit, five alternatives, four events, all read
// right) to the shared side: 9,058 share none, 1215/1434 (84.7 %),
// 1080/1192 (90.6 %), 3495/3855 (90.7 %). With
// heldout_provincial_repos3.tsv (69 texts) and its tuning half's rules:
// 9,109 of 14,597 share none, 1231/1450 (84.9 %), 1091/1204 (90.6 %),
// 3501/3863 (90.6 %). With heldout_legal_new1.tsv (172 texts): 9,281 of
// 14,769 share none, 1256/1479 (84.9 %), 1099/1217 (90.3 %), 3572/3939
// (90.7 %). With heldout_provincial_repos4.tsv (76 texts) and the
// shorthand shares: 9,348 of 14,845 share none, 1271/1498 (84.8 %),
// 1122/1242 (90.3 %), 3581/3949 (90.7 %). With heldout_legal_new2.tsv
// (69 texts, none sharing wording): 9,417 of 14,914 share none, 1288/1516
// (85.0 %), 1127/1248 (90.3 %), 3618/3987 (90.7 %). With
// heldout_provincial_danang.tsv (30 texts) and its tuning half's rules:
// 9,447 of 14,944 share none, 1303/1532 (85.1 %), 1137/1258 (90.4 %),
// 3620/3989 (90.8 %). With heldout_legal_new3.tsv and
// heldout_web_pages_seventeenth.tsv (177 texts): 9,609 of 15,121 share
// none, 1318/1552 (84.9 %), 1160/1283 (90.4 %), 3686/4059 (90.8 %). With
// heldout_legal_new4.tsv (122 texts): 9,731 of 15,243 share none,
// 1330/1564 (85.0 %), 1163/1289 (90.2 %), 3755/4133 (90.9 %). With
// heldout_web_pages_eighteenth.tsv (31 texts): 9,756 of 15,274 share none,
// 1341/1575 (85.1 %), 1167/1293 (90.3 %), 3761/4139 (90.9 %). With
// heldout_legal_new5.tsv (129 texts): 9,885 of 15,403 share none,
// 1349/1583 (85.2 %), 1174/1300 (90.3 %), 3840/4221 (91.0 %).
// Lowered in the twenty-first session when the tuning halves of
// legal_new1, provincial_danang and web_pages_eighteenth joined the
// corpus: 17 held-out texts (4 single limits, 5 alternatives, 5 events,
// 3 none) came to share wording with them, 3, 5 and 4 of the first three
// kinds read as labelled, and moved to the shared side (2067/2201,
// 1053/1110, 1665/1810 there):
// 9,868 share none, 1346/1579 (85.2 %), 1169/1295 (90.3 %), 3836/4216
// (91.0 %). With heldout_legal_new6.tsv (117 texts, all of unseen wording
// when drawn) and the session's rules: 9,985 of 15,520 share none,
// 1356/1590 (85.3 %), 1176/1304 (90.2 %), 3894/4278 (91.0 %). With
// heldout_legal_new7.tsv (80 texts, unseen wording when drawn): 10,065 of
// 15,600 share none, 1364/1598 (85.4 %), 1177/1305 (90.2 %), 3936/4323
// (91.0 %); after rules from its tuning half 3940/4323 (91.1 %) other
// events. With the two web draws heldout_web_pages_nineteenth.tsv and
// heldout_web_pages_twentieth.tsv (138 texts, 110 of them unshared):
// 10,175 of 15,738 share none, 1397/1636 (85.4 %), 1195/1330 (89.8 %),
// 3954/4338 (91.1 %). Twenty-second session: legal_new8.tsv (600 tuning
// texts) joined with no held-out text coming to share its wording (the
// one held-out event its rules read right more is on the shared side); with
// heldout_legal_new8.tsv (300 texts, all unshared): 10,475 of 16,038
// share none, 1398/1637 (85.4 %), 1196/1331 (89.9 %), 3993/4378
// (91.2 %). With heldout_web_pages_twentysecond.tsv (79 texts, 56 of them
// unshared): 10,531 of 16,117 share none, 1413/1653 (85.5 %), 1210/1347
// (89.8 %), 4000/4385 (91.2 %). Lowered in the twenty-third session when
// that round's tuning half, web_pages_twentysecond.tsv, joined the corpus:
// 16 held-out texts of its held-out half (3 single limits, 9 alternatives,
// 4 events; 3, 9 and 3 read as labelled) came to share its wording and
// moved to the shared side: 10,515 share none, 1410/1650 (85.5 %),
// 1201/1338 (89.8 %), 3997/4381 (91.2 %). With
// heldout_web_pages_twentythird.tsv (99 texts, 78 of them unshared):
// 10,593 share none, 1429/1672 (85.5 %), 1214/1354 (89.7 %), 4009/4397
// (91.2 %); rules from its tuning half: 1431, 1215, 4010. Lowered when
// that tuning half, web_pages_twentythird.tsv, joined the corpus: 18
// held-out texts (4 single limits, 3 alternatives, 8 events, 3 none; 4, 3
// and 7 of the first three kinds read as labelled) came to share its
// wording: 10,575 share none, 1427/1668 (85.6 %), 1212/1351 (89.7 %),
// 4003/4389 (91.2 %). With heldout_web_pages_twentyfourth.tsv (129 texts,
// 86 of them unshared): 10,661 share none, 1449/1690 (85.7 %), 1229/1373
// (89.5 %), 4022/4409 (91.2 %); rules from its tuning half: 4023 events.
// Lowered when that tuning half, web_pages_twentyfourth.tsv, joined the
// corpus: 13 held-out texts (4 alternatives, 6 events, 3 none, all of the
// first two kinds read as labelled) came to share its wording: 10,648
// share none, 1449/1690 (85.7 %), 1225/1369 (89.5 %), 4017/4403 (91.2 %).
// With heldout_web_pages_twentyfifth.tsv (108 texts, 56 of them unshared;
// its tuning half waits in pending/): 10,704 share none, 1456/1700
// (85.6 %), 1232/1376 (89.5 %), 4032/4422 (91.2 %). With
// heldout_web_pages_twentysixth.tsv (73 texts, 48 of them unshared; its
// tuning half waits in pending/ too): 10,752 share none, 1466/1712
// (85.6 %), 1240/1386 (89.5 %), 4044/4435 (91.2 %). Lowered when
// web_pages_twentyfifth.tsv, the third round's tuning half, joined the
// corpus later in the session: 29 held-out texts (2 single limits, 7
// alternatives, 16 events, 4 none; 2, 7 and 15 of the first three kinds
// read as labelled) came to share its wording: 10,723 share none,
// 1464/1710 (85.6 %), 1233/1379 (89.4 %), 4029/4419 (91.2 %). Lowered
// in the twenty-fourth session when web_pages_twentysixth.tsv, the fourth
// round's tuning half, joined the corpus: 3 held-out texts (2 single
// limits and 1 event, all read as labelled) came to share its wording:
// 10,720 share none, 1462/1708 (85.6 %), 1233/1379 (89.4 %), 4028/4418
// (91.2 %). With heldout_web_pages_twentyseventh.tsv (the session's first
// web round, 133 texts, 95 of them unshared): 10,815 share none, 1483/1732,
// 1252/1400, 4039/4432; rules from its tuning half: 1487 single limits.
// Lowered when that tuning half, web_pages_twentyseventh.tsv, joined the
// corpus: 17 held-out texts (5 single limits, 3 alternatives, 9 events;
// all but one event read as labelled) came to share its wording: 10,798
// share none, 1482/1727 (85.8 %), 1249/1397 (89.4 %), 4031/4423 (91.1 %).
// With heldout_web_pages_twentyeighth.tsv (the second round, 92 texts, 72
// of them unshared): 10,870 share none, 1491/1740, 1257/1405, 4058/4450,
// its tuning half's rules moving none of them. Lowered when that half,
// web_pages_twentyeighth.tsv, joined the corpus: 11 held-out texts (2
// alternatives, 5 events, 4 none; one alternative and the 5 events read as
// labelled) came to share its wording: 10,859 share none, 1491/1740
// (85.7 %), 1256/1403 (89.5 %), 4053/4445 (91.2 %). With
// heldout_web_pages_twentyninth.tsv (the third round, 86 texts, 57 of them
// unshared; its tuning half waits in pending/) and the round's rules
// ("tiếng đồng hồ" among them): 10,916 share none, 1506/1757 (85.7 %),
// 1265/1416 (89.3 %), 4068/4460 (91.2 %). A scope whose own words hold a
// threshold ("Đối với …, … còn dưới 60 ngày, thời hạn … là 15 ngày")
// read one more alternative (1266). Lowered when that tuning half,
// web_pages_twentyninth.tsv, joined the corpus later in the session: 9
// held-out texts (3 single limits, 3 events, 3 none; all but one event
// read as labelled) came to share its wording: 10,907 share none,
// 1503/1754 (85.7 %), 1266/1416 (89.4 %), 4066/4457 (91.2 %). With
// heldout_web_pages_thirtieth.tsv (the fourth round, 102 texts, 81 of them
// unshared) and its tuning half's rules: 10,988 share none, 1516/1767,
// 1281/1431, 4088/4483. Lowered when that half, web_pages_thirtieth.tsv,
// joined the corpus: 10 held-out texts (3 single limits, 6 events, 1 none;
// all of the first two kinds read as labelled) came to share its wording:
// 10,978 share none, 1513/1764 (85.8 %), 1281/1431 (89.5 %), 4082/4477
// (91.2 %). An extension's cap said "tối đa": 1282 alternatives. With
// the fifth round's 13 held-out texts (heldout_web_pages_thirtyfirst.tsv)
// and its tuning half joined: 10,987 share none, 1518/1769 (85.8 %),
// 1282/1431 (89.6 %), 4083/4478 (91.2 %). With the twenty-fifth
// session's first round (heldout_web_pages_thirtysecond.tsv, 183 texts,
// 125 of them unshared) and its tuning half's rules: 11,112 share none,
// 1547/1804, 1292/1441, 4116/4516. Lowered when that half,
// web_pages_thirtysecond.tsv, joined the corpus: 21 held-out texts (2
// single limits, 4 alternatives, 12 events, 3 of other kinds; all but one event
// read as labelled) came to share its wording: 11,091 share none,
// 1545/1802 (85.7 %), 1288/1437 (89.6 %), 4105/4504 (91.1 %). With its
// second round (heldout_web_pages_thirtythird.tsv, 154 texts, 116 of them
// unshared): 11,207 share none, 1578/1839, 1302/1453, 4126/4527. Lowered
// when its tuning half, web_pages_thirtythird.tsv, joined: 20 held-out
// texts (7 single limits, 4 alternatives, 7 events, 2 of other kinds; all
// but one alternative read as labelled) came to share its wording: 11,187
// share none, 1571/1832 (85.8 %), 1299/1449 (89.6 %), 4119/4520
// (91.1 %). With its third round (heldout_web_pages_thirtyfourth.tsv,
// 133 texts, 110 of them unshared; its tuning half waits in pending/):
// 11,297 share none, 1587/1855 (85.6 %), 1323/1481 (89.3 %), 4135/4539
// (91.1 %). A spending unit's request to the State Treasury read as a
// filing: 1588 single limits. With its fourth round's 11 held-out texts
// (heldout_web_pages_thirtyfifth.tsv) and its tuning half joined (no
// held-out text came to share its wording): 11,308 share none, 1589/1856
// (85.6 %), 1323/1481 (89.3 %), 4136/4540 (91.1 %). With the
// twenty-sixth session's first round (heldout_web_pages_thirtysixth.tsv,
// 170 texts, 141 of them unshared; its tuning half waits in pending/):
// 11,449 share none, 1605/1873 (85.7 %), 1331/1492 (89.2 %), 4162/4577
// (90.9 %). With its second round (heldout_web_pages_thirtyseventh.tsv,
// 219 texts) and the software repositories' held-out half
// (heldout_app_repos.tsv, 30 texts), both tuning halves waiting in
// pending/: 11,658 share none, 1627/1898 (85.7 %), 1365/1536 (88.9 %),
// 4205/4627 (90.9 %). Hours glued to an amount after "Tối đa": 1628
// single limits. With its third round (heldout_web_pages_thirtyeighth.tsv,
// 69 texts, its tuning half in pending/): 11,725 share none, 1636/1912
// (85.6 %), 1375/1546 (88.9 %), 4223/4648 (90.9 %). The twenty-seventh
// session's extension after a comma ("gia hạn không quá N"): 1376
// alternatives. The twenty-eighth's "một" alone filling its field: 1637
// single limits; ", cụ thể:" as ", trong đó:": 1638. The twenty-ninth's
// "trong ngày theo quy định" read as no day of another event: 4222, the
// text lost having been read as labelled only through that error; the
// same day ", chậm nhất là" the next working day as either day: 1377.
// The thirtieth's "Trong trường hợp …" read as "Trường hợp …": 4223; "kể
// từ ngày được tiếp nhận, tuyển dụng" as another event: 4224.) The
// thirty-first session joined web_pages_thirtyfourth.tsv (145 texts), and
// 12 held-out texts came to share its wording (3 single limits, 3
// alternatives and 1 of 3 events read as labelled among them): 11,713
// share none, 1635/1909 (85.6 %), 1374/1543 (89.0 %), 4223/4645 (90.9 %).
// It then joined web_pages_thirtysixth.tsv (204 texts), and 15 held-out
// texts came to share its wording (1 single limit, 2 alternatives and 8 of
// 9 events read as labelled among them): 11,698 share none, 1634/1908
// (85.6 %), 1372/1541 (89.0 %), 4215/4636 (90.9 %). A default said with
// "trừ khi có thoả thuận khác" read as one case: 1374 alternatives (the
// single limit it cost shares wording). The session's web round
// (heldout_web_pages_thirtyninth.tsv, 34 texts, its tuning half joined):
// 11,725 share none, 1635/1909 (85.6 %), 1372/1539 (89.1 %), 4216/4637
// (90.9 %): held-out alternatives read as labelled came to share the
// tuning half's wording. Then web_pages_thirtyeighth.tsv joined: 11,723
// share none, 1635/1909, 1372/1539, 4215/4636 (one held-out event read as
// labelled came to share its wording). The thirty-second session's next
// working day after the day of another event: 4216 events. It then joined
// web_pages_thirtyseventh.tsv (218 texts), and 18 held-out texts came to
// share its wording (3 single limits, 1 alternative and 7 of 8 events read
// as labelled among them): 11,705 share none, 1632/1906 (85.6 %),
// 1371/1538 (89.1 %), 4209/4628 (90.9 %). The session's web round
// (heldout_web_pages_fortieth.tsv, 85 texts, its tuning half joined):
// 11,780 share none, 1644/1918 (85.7 %), 1371/1538 (89.1 %), 4209/4628
// (90.9 %). Its second round (heldout_web_pages_fortyfirst.tsv, 78 texts,
// its tuning half joined), with the rows that repeated a text of the
// other side but for a list marker dropped: 11,848 share none, 1652/1926
// (85.8 %), 1372/1539 (89.1 %), 4211/4636 (90.8 %). Its third round
// (heldout_web_pages_fortysecond.tsv, 44 texts, its tuning half joined):
// 11,885 share none, 1654/1928 (85.8 %), 1371/1538 (89.1 %), 4216/4641
// (90.8 %): one held-out alternative read as labelled came to share the
// tuning half's wording. The emulation and commendation board read as a
// public body: 4217 events. Its fourth round
// (heldout_web_pages_fortythird.tsv, 50 texts, its tuning half joined):
// 11,925 share none, 1655/1929 (85.8 %), 1371/1538 (89.1 %), 4217/4643
// (90.8 %). The thirty-third session's draw of the codified law
// (heldout_legal_rest12.tsv, 73 texts, its tuning half joined): 11,992
// share none, 1655/1929 (85.8 %), 1377/1547 (89.0 %), 4232/4661 (90.8 %).
// Its draws of the Gazette and of another crawl of the codified law
// (heldout_legal_gazette8.tsv, heldout_legal_new11.tsv, 130 texts, their
// tuning halves joined): 12,120 share none, 1658/1934 (85.7 %), 1381/1552
// (89.0 %), 4286/4718 (90.8 %). Its draw of the national portal's lines
// (heldout_portal_fresh.tsv, 16 texts, its tuning half joined): 12,136
// share none, 1661/1937 (85.8 %), 1381/1552 (89.0 %), 4292/4724 (90.9 %).
// Its draws of the legal database and of a practice blog
// (heldout_legal_rag31.tsv, heldout_sector_texts4.tsv, 321 texts; the
// first one's tuning half joined, the second's in pending/): 12,456 share
// none, 1669/1948 (85.7 %), 1395/1569 (88.9 %), 4403/4849 (90.8 %). Its
// draw of provincial decisions' lines (heldout_provincial_fresh.tsv, 20
// texts, its tuning half joined): 12,476 share none, 1673/1955 (85.6 %),
// 1396/1570 (88.9 %), 4409/4858 (90.8 %). A count split off by a full
// stop read four more events: 4413/4858 (90.8 %). The thirty-fourth
// session's web round (heldout_web_pages_fortyfourth.tsv, 77 texts, its
// tuning half joined), with its rules: 12,515 share none, 1685/1968
// (85.6 %), 1402/1576 (89.0 %), 4424/4869 (90.9 %). Its second round
// (heldout_web_pages_fortyfifth.tsv, 85 texts, its tuning half joined),
// with its rules: 12,554 share none, 1696/1980 (85.7 %), 1405/1579
// (89.0 %), 4433/4880 (90.8 %). Its third round
// (heldout_web_pages_fortysixth.tsv, 73 texts, its tuning half joined):
// 12,604 share none, 1705/1991 (85.6 %), 1407/1582 (88.9 %), 4442/4892
// (90.8 %). Its fourth round (heldout_web_pages_fortyseventh.tsv, 67
// texts, its tuning half joined): 12,654 share none, 1743/2031 (85.8 %),
// 1414/1590 (88.9 %), 4442/4892 (90.8 %). Its fifth round
// (heldout_web_pages_fortyeighth.tsv, 143 texts, its tuning half joined):
// 12,741 share none, 1760/2051 (85.8 %), 1415/1593 (88.8 %), 4475/4927
// (90.8 %). Its sixth round (heldout_web_pages_fortyninth.tsv, 27 texts,
// its tuning half joined in the thirty-fifth session) and that session's
// round (heldout_web_pages_fiftieth.tsv, 52 texts, its tuning half
// joined), with their rules: 12,779 share none, 1763/2058 (85.7 %),
// 1426/1604 (88.9 %), 4480/4932 (90.8 %). Its second round
// (heldout_web_pages_fiftyfirst.tsv, 91 texts, its tuning half joined),
// with its rules: 12,836 share none, 1779/2074 (85.8 %), 1441/1616
// (89.2 %), 4489/4941 (90.9 %). Its third round
// (heldout_web_pages_fiftysecond.tsv, 42 texts, its tuning half joined):
// 12,854 share none, 1784/2080 (85.8 %), 1437/1613 (89.1 %), 4494/4947
// (90.8 %); the tuning half gave wording to held-out texts read right
// before, which moved to the shared side (alternatives 1441 → 1437 with
// no reading changed). Its fourth round (heldout_web_pages_fiftythird.tsv,
// 80 texts, its tuning half joined): 12,881 share none, 1798/2097
// (85.7 %), 1429/1605 (89.0 %), 4501/4956 (90.8 %); again no held-out
// reading changed, alternatives read right before moving to the shared
// side with the tuning half's wording. Its fifth round
// (heldout_web_pages_fiftyfourth.tsv, 60 texts, its tuning half joined),
// with its rules: 12,924 share none, 1810/2110 (85.8 %), 1435/1612
// (89.0 %), 4513/4969 (90.8 %). Its sixth round
// (heldout_web_pages_fiftyfifth.tsv, 57 texts, its tuning half joined):
// 12,954 share none, 1818/2120 (85.8 %), 1438/1615 (89.0 %), 4517/4973
// (90.8 %). Its seventh round (heldout_web_pages_fiftysixth.tsv, 21
// texts, its tuning half joined): 12,966 share none, 1820/2122 (85.8 %),
// 1439/1616 (89.0 %), 4517/4973 (90.8 %); the tuning half gave wording to
// two single limits and two events read right before, which moved to the
// shared side with no reading changed. The thirty-sixth session's first
// two rounds (heldout_web_pages_fiftyseventh.tsv and
// heldout_web_pages_fiftyeighth.tsv, 159 texts, their tuning halves
// joined): 13,040 share none, 1838/2140 (85.9 %), 1444/1623 (89.0 %),
// 4539/4999 (90.8 %). Its third and fourth
// (heldout_web_pages_fiftyninth.tsv and heldout_web_pages_sixtieth.tsv,
// 148 texts, their tuning halves joined): 13,113 share none, 1862/2167
// (85.9 %), 1447/1627 (88.9 %), 4550/5015 (90.7 %). Its fifth and sixth
// (heldout_web_pages_sixtyfirst.tsv and heldout_web_pages_sixtysecond.tsv,
// 149 texts, their tuning halves joined): 13,218 share none, 1880/2186
// (86.0 %), 1467/1650 (88.9 %), 4575/5038 (90.8 %). The thirty-seventh
// session's seven rounds (heldout_web_pages_sixtythird.tsv to
// heldout_web_pages_sixtyeighth.tsv, 429 texts, their tuning halves
// joined) and its rules: 13,452 share none, 1952/2261 (86.3 %), 1484/1667
// (89.0 %), 4639/5112 (90.7 %). The thirty-eighth session's four rounds
// (heldout_web_pages_sixtyninth.tsv to heldout_web_pages_seventysecond.tsv,
// 430 texts, their tuning halves joined) and its rules: 13,731 share none,
// 2023/2341 (86.4 %), 1502/1686 (89.1 %), 4699/5185 (90.6 %). The
// thirty-ninth session's word-swap checks: 4700/5185 other events. Its
// first web round (heldout_web_pages_seventythird.tsv, 108 texts, its
// tuning half joined) and its rules: 13,803 share none, 2033/2350 (86.5
// %), 1509/1706 (88.5 %), 4709/5201 (90.5 %). Its second round
// (heldout_web_pages_seventyfourth.tsv, 147 texts; its tuning half waits in
// pending/): 13,922 share none, 2053/2372 (86.6 %), 1518/1716 (88.5 %),
// 4731/5224 (90.6 %). The fortieth session's transforms of the tuning
// texts and their rules: 1519/1716 alternatives, 4735/5224 other events.
// The forty-first session's rules: 4740/5224 other events; its web round
// (heldout_web_pages_seventyfifth.tsv, 128 texts; its tuning half waits in
// pending/): 14,023 share none, 2069/2388 (86.6 %), 1536/1735 (88.5 %),
// 4755/5241 (90.7 %); its later rules and second round
// (heldout_web_pages_seventysixth.tsv, 163 texts): 14,154 share none,
// 2079/2396 (86.8 %), 1553/1756 (88.4 %), 4790/5281 (90.7 %); its later
// rules and third round (heldout_web_pages_seventyseventh.tsv): 14,162
// share none, 2080/2397, 1554/1756, 4795/5286. The forty-second session's
// web round (heldout_web_pages_seventyeighth.tsv, 124 texts; its tuning
// half waits in pending/) and its rules: 14,273 share none, 2086/2404
// (86.8 %), 1559/1764 (88.4 %), 4821/5319 (90.6 %); its second round
// (heldout_web_pages_seventyninth.tsv, 189 texts) and its rules: 14,446
// share none, 2093/2414 (86.7 %), 1565/1772 (88.3 %), 4851/5353 (90.6 %).
// The forty-third session's web round (heldout_web_pages_eightieth.tsv,
// 146 texts) and its rules: 14,568 share none, 2100/2421 (86.7 %),
// 1569/1775 (88.4 %), 4868/5371 (90.6 %); its second round
// (heldout_web_pages_eightyfirst.tsv, 68 texts; its tuning half joined the
// tuning corpus): 14,626 share none, 2105/2427 (86.7 %), 1580/1786
// (88.5 %), 4878/5389 (90.5 %). The forty-fourth session's web round
// (heldout_web_pages_eightysecond.tsv, 139 texts; its tuning half waits in
// pending/) and its rules: 14,736 share none, 2108/2433 (86.6 %),
// 1587/1796 (88.4 %), 4903/5420 (90.5 %); its second round
// (heldout_web_pages_eightythird.tsv, 109 texts; its tuning half waits in
// pending/) and its rules: 14,842 share none, 2108/2435 (86.6 %),
// 1592/1801 (88.4 %), 4929/5454 (90.4 %). The forty-fifth session's web
// round (heldout_web_pages_eightyfourth.tsv, 136 texts; its tuning half
// waits in pending/) and its rules: 14,957 share none, 2117/2447
// (86.5 %), 1599/1808 (88.4 %), 4948/5484 (90.2 %); its second round
// (heldout_web_pages_eightyfifth.tsv, 124 texts; its tuning half waits in
// pending/) and its rules: 15,065 share none, 2124/2455 (86.5 %),
// 1603/1815 (88.3 %), 4955/5497 (90.1 %); a step's time named inside the
// total, two single limits more: 2126/2455 (86.6 %).
var unsharedFloor = [3]int{2126, 1603, 4955}

// normalisedWording is a text lower-cased with its runs of space folded to
// one space, for sharesWording.
func normalisedWording(s string) []rune {
	var w []rune
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			w = append(w, ' ')
			space = false
		}
		w = append(w, unicode.ToLower(r))
	}
	return w
}

// sharesWording reports, for each held-out row, whether its first, last or
// middle sharedWindow characters stand in a tuning row. It hashes the held-out
// windows and slides a rolling hash over every tuning text once, so the
// cost grows with the corpus's length, not with the product of the sets.
func sharesWording(held, tuning []corpusRow) []bool {
	const base = 1099511628211
	var top uint64 = 1 // base^(sharedWindow-1)
	for i := 1; i < sharedWindow; i++ {
		top *= base
	}
	hash := func(w []rune) uint64 {
		var h uint64
		for _, c := range w {
			h = h*base + uint64(c)
		}
		return h
	}
	type window struct {
		row  int
		text []rune
	}
	windows := map[uint64][]window{}
	for i, r := range held {
		w := normalisedWording(r.text)
		if len(w) < sharedWindow {
			continue
		}
		cuts := [][]rune{w[:sharedWindow], w[len(w)-sharedWindow:]}
		if len(w) > 120 {
			mid := len(w) / 2
			cuts = append(cuts, w[mid-sharedWindow/2:mid+sharedWindow/2])
		}
		for _, c := range cuts {
			h := hash(c)
			windows[h] = append(windows[h], window{i, c})
		}
	}
	shared := make([]bool, len(held))
	for _, r := range tuning {
		w := normalisedWording(r.text)
		if len(w) < sharedWindow {
			continue
		}
		h := hash(w[:sharedWindow])
		for i := 0; ; i++ {
			for _, c := range windows[h] {
				if !shared[c.row] && slices.Equal(c.text, w[i:i+sharedWindow]) {
					shared[c.row] = true
				}
			}
			if i+sharedWindow >= len(w) {
				break
			}
			h = (h-uint64(w[i])*top)*base + uint64(w[i+sharedWindow])
		}
	}
	return shared
}
