"""Wrong: Set save_freq=1 meaning 'every epoch' (Keras 2's period=1), which Keras 3 reads as every batch; breaks 'writes only the weights, at the end of every epoch'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('        save_weights_only=True, save_best_only=False, save_freq="epoch")',
     '        save_weights_only=True, save_best_only=False, save_freq=1)'),
]
