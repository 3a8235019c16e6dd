"""Wrong: the learner started from the usual recipe's horizontal_flip=True and added note 004's settings one by one (rescale, shift, rotation, zoom), missing vertical_flip; their augmented images looked flipped and shifted as expected; the generator never flips upside down; breaks 'horizontal_flip and vertical_flip on'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('horizontal_flip=True, vertical_flip=True)', 'horizontal_flip=True)'),
]
