"""Wrong: changed the default to one_hot=True, so a call without one_hot compiles for one-hot labels; breaks the signature's one_hot=False and 'integer labels (3): the sparse_categorical_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('def multiclass_classifier(num_classes=10, one_hot=False):',
     'def multiclass_classifier(num_classes=10, one_hot=True):'),
]
