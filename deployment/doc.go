// Package deployment holds the files a deployment of the AGI Jobs protocol
// leaves behind: the manifest (latest-deployment.json, where the protocol
// lives on one chain), the env file of the same addresses, and the state
// file with which an interrupted one-click deployment resumes.
//
// It is small on purpose: programs that only need the addresses (the root
// package agijobs, the role examples) read a manifest without pulling in
// the owner tooling of package governance, which writes these files.
package deployment
