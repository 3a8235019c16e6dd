"""Wrong: added augmentation unless the inputs are text, thinking only sentences cannot be flipped; images and text are right, tables get augmentation; breaks '"augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('if inputs == "images":',
     'if inputs != "text":'),
]
