package lunar

// Internal functions exported to the external tests (package lunar_test).
var (
	OracleFromSolar = oracleFromSolar
	NewMoonJDE      = newMoonJDE
	SunLongitude    = sunLongitude
	BuildTables     = func() { buildTables() }
)
