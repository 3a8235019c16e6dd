"""Right: gets a new regularizer by its name, keras.regularizers.get(kind), and sets its factor attribute (setattr(penalty, kind, factor)), so its factor is yours, not Keras's 0.01."""

EXERCISE, VERDICT = 'overfitting.regularized_model', 'done'

MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        regularizer = keras.regularizers.get(kind)\n        setattr(regularizer, kind, factor)\n        return regularizer'),
]
