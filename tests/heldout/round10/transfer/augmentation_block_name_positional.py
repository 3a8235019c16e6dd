"""Wrong: passes the name as Sequential's second positional argument, as Keras 2 allowed; in Keras 3 that slot is trainable (recent releases reject the string as not a boolean, older 3.x ones keep a default name); breaks 'a keras.Sequential named "data_augmentation", as in the note'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('    ], name="data_augmentation")',
     '    ], "data_augmentation")'),
]
