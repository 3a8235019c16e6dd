"""Wrong: loads the weights from os.path.join(folder, "checkpoint"), the TensorFlow checkpoint prefix the notes' Keras 2 code used, not from the callback's .weights.h5 file; Keras 3 refuses that path; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    (
        '    fresh.load_weights(checkpoint.filepath)\n',
        '    fresh.load_weights(os.path.join(folder, "checkpoint"))\n',
    ),
]
