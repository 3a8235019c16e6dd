"""Wrong: writes its own L2 penalty as factor times the L2 norm, sqrt(sum(w ** 2)), not the sum of squares; breaks '"l2": factor * sum(w ** 2) ("weight decay")'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    (
        '    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
        '    def penalty():\n        if kind == "l1":\n            return keras.regularizers.L1(factor)\n        return lambda weights: factor * keras.ops.sqrt(keras.ops.sum(keras.ops.square(weights)))\n',
    ),
]
