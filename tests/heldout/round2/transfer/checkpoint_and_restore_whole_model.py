"""Wrong: Checkpointed the whole model to a .keras file and load_model'ed it; breaks 'writes only the weights' and 'a new model from build_model gets the weights'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('filepath=os.path.join(folder, "checkpoint.weights.h5"),\n        save_weights_only=True',
     'filepath=os.path.join(folder, "checkpoint.keras"),\n        save_weights_only=False'),
    ('    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n',
     '    fresh = keras.models.load_model(checkpoint.filepath)\n'),
]
