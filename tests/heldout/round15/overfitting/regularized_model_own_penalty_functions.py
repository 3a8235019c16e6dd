"""Right: writes each penalty as its own function of the kernel, factor * keras.ops.sum(keras.ops.square(w)) or factor * keras.ops.sum(keras.ops.abs(w)): the same values as L2(factor) and L1(factor), on both hidden kernels, in the model's losses."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
     '    def penalty():\n        if kind == "l1":\n            return lambda weights: factor * keras.ops.sum(keras.ops.abs(weights))\n        return lambda weights: factor * keras.ops.sum(keras.ops.square(weights))\n'),
]
