"""Wrong: keeps one penalty per kind in a module-level dict with setdefault, so a later call with another factor reuses the first call's factor (and fills the module's dict); breaks 'The penalty of `kind`, with your `factor`'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('def regularized_model(num_words=10000, kind="l2", factor=0.001):\n    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)\n',
     '_PENALTIES = {}\n\n\ndef regularized_model(num_words=10000, kind="l2", factor=0.001):\n    def penalty():\n        return _PENALTIES.setdefault(kind, keras.regularizers.L1(factor) if kind == "l1"\n                                     else keras.regularizers.L2(factor))\n'),
]
