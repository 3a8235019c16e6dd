"""Wrong: Left the Sequential unnamed; breaks 'a keras.Sequential named "data_augmentation"'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('], name="data_augmentation")',
     '])'),
]
