"""Wrong: returns the features as a nested Python list (.tolist()) to feed another model; breaks 'Returns: a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    (
        '    return np.asarray(features)\n\n\ndef data_augmenter(',
        '    return np.asarray(features).tolist()\n\n\ndef data_augmenter(',
    ),
]
