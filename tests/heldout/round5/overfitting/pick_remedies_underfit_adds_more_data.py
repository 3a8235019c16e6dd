"""Wrong: Added "more data" to the underfitting cure; breaks 'underfitting ... : "bigger network"' only."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('return {"bigger network"}',
     'return {"bigger network", "more data"}'),
]
