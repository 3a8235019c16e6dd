"""Wrong: Augmentation unless the inputs are text, so tables get it too; breaks 'augmentation only when inputs == "images"'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('if inputs == "images":',
     'if inputs != "text":'),
]
