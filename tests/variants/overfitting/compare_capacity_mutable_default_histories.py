"""Wrong: collects the pairs in a default argument (histories=[]), so a second comparison returns the first one's pairs too; breaks '[(name, history), ...]: one pair per model, in the order of `models`'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'default value of histories'

MUTATE = [
    ('def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):\n    histories = []',
     'def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512, histories=[]):'),
]
