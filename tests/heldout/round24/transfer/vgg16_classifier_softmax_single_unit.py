"""Wrong: the learner gave the single output unit a softmax, the output activation of the multiclass exercises; over one unit softmax is always 1.0, so the model builds with the right counts, compiles and runs but predicts "class 1" for every image and cannot learn; breaks 'one sigmoid output unit'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    outputs = keras.layers.Dense(1, activation="sigmoid")(x)\n    model = keras.Model(inputs=base.input, outputs=outputs)',
     '    outputs = keras.layers.Dense(1, activation="softmax")(x)\n    model = keras.Model(inputs=base.input, outputs=outputs)'),
]
