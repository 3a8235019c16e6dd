"""Wrong: save_freq=len(x), reading it as samples per epoch; Keras counts batches, so the file is written every len(x) batches, not at the end of every epoch; breaks 'writes only the weights, at the end of every epoch'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ("""        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")""",
     """        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq=len(x))"""),
]
