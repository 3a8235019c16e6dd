"""Wrong: Passed the kind as a string ('l2'), which uses Keras's factor 0.01; breaks 'with your factor'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'return kind'),
]
