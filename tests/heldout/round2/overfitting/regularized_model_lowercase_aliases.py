"""Correct: Lowercase keras.regularizers.l1 / l2 picked from a dict (the docstring: same penalty)."""
EXERCISE, VERDICT = "overfitting.regularized_model", "done"
MUTATE = [
    ('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'return {"l1": keras.regularizers.l1, "l2": keras.regularizers.l2}[kind](factor)'),
]
