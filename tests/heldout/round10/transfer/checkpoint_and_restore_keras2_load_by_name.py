"""Wrong: loads with Keras 2's load_weights(path, by_name=True), which Keras 3 refuses for .weights.h5 files; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    fresh.load_weights(checkpoint.filepath)',
     '    fresh.load_weights(checkpoint.filepath, by_name=True)'),
]
