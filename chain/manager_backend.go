package chain

// Backend returns the node the Manager sends to, for the reads that go with
// its transactions (a deployer checking what is already on chain, a planner
// reading state) so that a caller passes one value instead of a Manager and
// a Backend that could disagree.
func (m *Manager) Backend() Backend {
	if m == nil || m.backend == nil {
		return nil
	}
	return m.backend
}
