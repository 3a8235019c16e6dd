"""Wrong: the learner wrote the L2 branch with the given factor, keras.regularizers.L2(factor), and then added the L1 branch by copying the note's line, keras.regularizers.L1(0.001); their check built the default (kind "l2") and read factor * sum(w ** 2) in model.losses, but kind="l1" with factor=0.0005 puts a penalty of 0.001 * sum(|w|), twice the one asked for; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels ... of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('''        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)''',
     '''        return keras.regularizers.L1(0.001) if kind == "l1" else keras.regularizers.L2(factor)'''),
]
