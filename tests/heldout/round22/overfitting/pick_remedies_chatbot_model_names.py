"""Wrong: a chatbot's wording, "smaller model" and "bigger model" for the networks; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('{"more data", "dropout", "smaller network", "regularization"}',
     '{"more data", "dropout", "smaller model", "regularization"}'),
    ('return {"bigger network"}',
     'return {"bigger model"}'),
]
