"""Wrong: "resumes" the fresh model after loading the file with one more epoch of training, so its weights are no longer the file's; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    fresh.load_weights(checkpoint.filepath)\n',
     '    fresh.load_weights(checkpoint.filepath)\n    fresh.fit(x, y, epochs=1, verbose=0)\n'),
]
