"""Wrong: Named the Sequential "augmentation_block" after the function; breaks 'a keras.Sequential named "data_augmentation", as in the note'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('    ], name="data_augmentation")',
     '    ], name="augmentation_block")'),
]
