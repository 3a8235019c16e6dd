"""Right: Looks the penalty class up in a dict {"l1": L1, "l2": L2} and shares one instance between both layers."""
EXERCISE, VERDICT = "overfitting.regularized_model", "done"
MUTATE = [
    ('    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
     '    shared = {"l1": keras.regularizers.L1, "l2": keras.regularizers.L2}[kind](factor)\n\n    def penalty():\n        return shared\n'),
]
