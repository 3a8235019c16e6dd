"""Wrong: names the block "data-augmentation"; breaks 'a keras.Sequential named "data_augmentation", as in the note'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('], name="data_augmentation")',
     '], name="data-augmentation")'),
]
