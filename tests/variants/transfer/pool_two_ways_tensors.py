"""Wrong: tensors returned, not NumPy arrays."""
EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "wrong", "np.asarray"
MUTATE = [("    return np.asarray(by_layer), np.asarray(by_mean)\n", "    return by_layer, by_mean\n")]
