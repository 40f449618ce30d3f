// Package e2e holds the SDK's cross-package end-to-end tests: the role
// examples built as binaries and run as separate processes against anvil.
package e2e
