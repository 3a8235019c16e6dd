"""Wrong: the learner called the head's dropout with training=True, "dropout is only for training", and fit() and predict() behave (Keras 3 passes fit's and predict's own mode through the graph); but a plain call of the model, model(images), which runs in inference mode, still drops half the hidden units, so two plain calls on the same images give different outputs; breaks 'a dropout of 0.5' (a Dropout that, like every dropout, is active only while training)."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ("    x = keras.layers.Dropout(0.5)(x)\n", "    x = keras.layers.Dropout(0.5)(x, training=True)\n"),
]
