"""Wrong: makes the fresh model with keras.models.load_model(checkpoint.filepath), which needs a whole-model file, not the weights-only .weights.h5 the callback wrote; breaks 'then a second, new model from build_model gets the weights from that file.'"""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n',
     '    fresh = keras.models.load_model(checkpoint.filepath)\n'),
]
