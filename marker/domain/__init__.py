"""Values with no I/O: levels and the policy, periods, mark facts and mark text."""
