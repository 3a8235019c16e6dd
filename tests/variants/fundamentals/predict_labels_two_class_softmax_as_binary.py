"""Wrong: treats any output of at most two columns as binary and thresholds column 0, so a two-class softmax gets label 1 where class 0 is likelier; breaks 'a multiclass model ... the label is the position of the largest in its row'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", 'largest probability'

MUTATE = [
    ('if probs.shape[-1] == 1:',
     'if probs.shape[-1] <= 2:'),
]
