"""Wrong: writes each penalty as its own function but with keras.ops.mean instead of a sum, so it is divided by the kernel's size (16 x num_words) and too small to matter; breaks '"l2": factor * sum(w ** 2) ("weight decay"); "l1": factor * sum(|w|)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
     '    def penalty():\n        if kind == "l1":\n            return lambda weights: factor * keras.ops.mean(keras.ops.abs(weights))\n        return lambda weights: factor * keras.ops.mean(keras.ops.square(weights))\n'),
]
