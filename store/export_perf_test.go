package store

// SetMaxLate sets how many late requests the yardstick puts right one by
// one, for tests, and returns a function that restores it.
func SetMaxLate(n int) func() {
	old := maxLate
	maxLate = n
	return func() { maxLate = old }
}
