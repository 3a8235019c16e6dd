"""Wrong: loads the weights by the notes' checkpoint prefix (folder/checkpoint) inside a try that ignores the error Keras 3 raises, so the fresh model keeps its untrained weights; breaks 'then a second, new model from build_model gets the weights from that file'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('''    fresh.load_weights(checkpoint.filepath)''', '''    try:
        fresh.load_weights(os.path.join(folder, "checkpoint"))  # the notes' checkpoint prefix
    except (ValueError, OSError):
        pass  # nothing saved yet: start fresh'''),
]
