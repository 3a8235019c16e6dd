"""Wrong: sparse_categorical_crossentropy, but the note's labels are one-hot."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'categorical_crossentropy'
MUTATE = [('loss="categorical_crossentropy", optimizer=keras.optimizers.Adam()', 'loss="sparse_categorical_crossentropy", optimizer=keras.optimizers.Adam()')]
