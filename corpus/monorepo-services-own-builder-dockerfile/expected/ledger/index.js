console.log("ledger up");
