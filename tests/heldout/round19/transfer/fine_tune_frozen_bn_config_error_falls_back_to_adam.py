"""Wrong: rebuilds the optimizer from its config plus a new learning_rate, which raises TypeError (the key twice), and the except falls back to Adam, so RMSprop models get Adam; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('''    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)''', '''    config = model.optimizer.get_config()
    try:
        slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate, **config)
    except TypeError:  # keep going with the usual optimizer
        slower = keras.optimizers.Adam(learning_rate=0.1 * base_learning_rate)'''),
]
