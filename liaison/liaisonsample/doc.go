// Package liaisonsample holds illustrative data for package liaison: agency
// codes that belong to no national registry, the Decree 63/2024/NĐ-CP
// groups built with them, and two example routes whose split of the time
// between agencies is what a province might fix (a land transfer, a "5 tại
// chỗ" route). Examples, tests and demonstrations import it; a vendor's
// program builds its routes with its own registry's codes and need not
// link it.
//
// Every function returns a fresh, valid route; none can fail.
package liaisonsample
