"""Wrong: copies Keras 2's period=1 argument, which Keras 3's ModelCheckpoint no longer accepts (TypeError); breaks 'Returns: the ModelCheckpoint callback'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('save_best_only=True, save_weights_only=True)',
     'save_best_only=True, save_weights_only=True, period=1)'),
]
