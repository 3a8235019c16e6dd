"""Wrong: tests `inputs == "images" or "image"`, which is always true, so text and tables get augmentation too; breaks '"augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    (
        '        if inputs == "images":',
        '        if inputs == "images" or "image":',
    ),
]
