"""Wrong: raises ValueError for fewer than three classes ('two classes is a binary problem: use binary_classifier'), so num_classes=2 is refused; breaks 'Build and compile a classifier of 28x28 images into `num_classes` classes' (the grader's 2 to 12)."""

EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "multiclass_classifier() raised ValueError"

MUTATE = [
    ('def multiclass_classifier(num_classes=10, one_hot=False):\n',
     'def multiclass_classifier(num_classes=10, one_hot=False):\n'
     '    if num_classes < 3:\n'
     '        raise ValueError("two classes is a binary problem: use binary_classifier")\n'),
]
