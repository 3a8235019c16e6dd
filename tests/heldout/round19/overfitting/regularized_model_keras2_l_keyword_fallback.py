"""Wrong: calls keras.regularizers.l2(l=factor) as Keras 2 did and, on the TypeError, falls back to the string kind, which uses Keras's factor 0.01; breaks 'Careful: the penalty named by a string alone ("l2") uses Keras's factor 0.01, not yours.'"""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('''        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)''',
     '''        try:
            return keras.regularizers.l1(l=factor) if kind == "l1" else keras.regularizers.l2(l=factor)
        except TypeError:  # older keyword: let Keras pick the penalty by its name
            return kind'''),
]
