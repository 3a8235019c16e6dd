"""Right: looks the penalty class up by name, getattr(keras.regularizers, kind.upper())(factor): L1 or L2 with the given factor."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    (
        '    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
        '    def penalty():\n        return getattr(keras.regularizers, kind.upper())(factor)\n',
    ),
]
