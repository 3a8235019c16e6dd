"""Wrong: gives horizontal_flip Keras 3's RandomFlip mode string "horizontal_and_vertical", which only switches the horizontal flip on; breaks 'horizontal_flip and vertical_flip on'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    (
        'horizontal_flip=True, vertical_flip=True)',
        'horizontal_flip="horizontal_and_vertical")',
    ),
]
