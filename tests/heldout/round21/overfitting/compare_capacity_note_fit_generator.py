"""Wrong: trains with note 004's model.fit_generator, which Keras 3 models no longer have (AttributeError); breaks 'each history as fit() returned it'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('history = model.fit(train_data, train_labels,',
     'history = model.fit_generator(train_data, train_labels,'),
]
