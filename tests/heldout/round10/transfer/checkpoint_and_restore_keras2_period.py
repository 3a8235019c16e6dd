"""Wrong: asks for a save every epoch with Keras 2's period=1, an argument Keras 3's ModelCheckpoint does not take; breaks 'a keras.callbacks.ModelCheckpoint writes only the weights, at the end of every epoch'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('        save_weights_only=True, save_best_only=False, save_freq="epoch")',
     '        save_weights_only=True, save_best_only=False, period=1)'),
]
