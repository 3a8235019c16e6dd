"""Wrong: returns the pooled features as float16 to save memory, so they are right to about 3 digits only; breaks 'each of the base's feature maps averaged over its height and width'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ("    return np.asarray(features)\n", "    return np.asarray(features, dtype=np.float16)  # half the memory\n"),
]
