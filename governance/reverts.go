package governance

// The protocol's custom errors register themselves with package chain when
// imported, so that every *chain.RevertError of this package, from a send
// or a read, carries a typed reason (see package contracts/reverts).
import _ "github.com/agijobs/agijobs-go/contracts/reverts"
