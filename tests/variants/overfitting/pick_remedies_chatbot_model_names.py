"""Wrong: a chatbot's wording, "smaller model" and "bigger model" for the networks; breaks 'Use the names in REMEDIES'."""

EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "overfitting images (train 0.99, val 0.7, images)"

MUTATE = [
    ('{"more data", "dropout", "smaller network", "regularization"}',
     '{"more data", "dropout", "smaller model", "regularization"}'),
    ('return {"bigger network"}',
     'return {"bigger model"}'),
]
